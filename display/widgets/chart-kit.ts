import { BarController, BarElement, CategoryScale, Chart, Filler, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

// Only what the wall draws: lines, areas and bars on category/linear axes. No tooltips or legends: nobody hovers
// a wall, and the HTML legends beside each chart are larger and follow the theme's type.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Filler);
// Every draw is update('none'): a wall chart that re-animates from zero on each update looks broken.
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.responsive = true;

/** Chart.js with the wall's pieces registered; loaded on demand so it stays out of the initial bundle. */
export { Chart };
