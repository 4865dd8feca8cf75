import fp from 'fastify-plugin';

/**
 * Headers on every response. The CSP keeps injected markup inert even if a bug ever rendered post text as HTML:
 * no inline or foreign scripts, sockets only to this origin, and no framing except by this origin.
 */
export default fp(
  async (app) => {
    app.addHook('onSend', async (_req, reply, payload) => {
      reply.header('X-Content-Type-Options', 'nosniff');
      reply.header('Referrer-Policy', 'no-referrer');
      if (!reply.hasHeader('Content-Security-Policy')) {
        reply.header(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self' ws: wss:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
        );
      }
      return payload;
    });
  },
  { name: 'security-headers' },
);
