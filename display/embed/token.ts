/**
 * An embed opened with `?token=` (an intranet off the wall's network) must present that read-only token on the live
 * socket. The shared live client builds its URL from the page's host, so the token is added here, for `/live` only,
 * by a thin WebSocket subclass installed before anything connects.
 */
export function installEmbedToken(search: string): void {
  const token = new URLSearchParams(search).get('token');
  if (!token || typeof WebSocket === 'undefined') return;
  const Native = WebSocket;
  class WebSocketWithToken extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      const u = new URL(url, location.href);
      if (u.pathname === '/live' && !u.searchParams.has('token')) u.searchParams.set('token', token as string);
      super(u, protocols);
    }
  }
  window.WebSocket = WebSocketWithToken;
}
