import { mount } from 'svelte';
import App from './App.svelte';
import './styles.css';

/** The mounted wall app. */
export default mount(App, { target: document.getElementById('app')! });
