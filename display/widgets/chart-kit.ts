import { BarController, BarElement, CategoryScale, Chart, Filler, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

// Only what the wall draws: lines, areas and bars on category/linear axes. No tooltips or legends: nobody hovers
// a wall, and the HTML legends beside each chart are larger and follow the theme's type.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Filler);
// Walls are watched, not read closely: the first draw may ease in, but no chart ever animates from zero again.
Chart.defaults.animation = { duration: 400 };
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.responsive = true;

/** Chart.js with the wall's pieces registered; loaded on demand so it stays out of the initial bundle. */
export { Chart };
