import { mount } from 'svelte';
import App from './App.svelte';
import './panel.css';

/** The mounted control panel. */
export default mount(App, { target: document.getElementById('app')! });
