import { mount } from 'svelte';
import { installEmbedToken } from './token.ts';
import Embed from './Embed.svelte';
import '../styles.css';
import './embed.css';

// Before the first subscription opens the live socket.
installEmbedToken(location.search);

/** The mounted embed: one dashboard or one widget for an intranet page (`/embed/<dashboard>[/<widget>]`). */
export default mount(Embed, { target: document.getElementById('app')! });
