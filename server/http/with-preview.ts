/**
 * Sandbox mode only: the local HubSpot preview (sandbox/preview) on the backend's port, at /preview, and
 * `GET /` pointing to it. In production mode (no sandbox) the app is returned as it is: no preview route exists.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import type { Sandbox } from '../../sandbox';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The handler that serves the preview for /preview and / and hands every other request to `app`. */
export function withPreview(app: Handler, sandbox: Sandbox | null, backendUrl: string): Handler {
  if (!sandbox) return app;
  const preview = express();
  preview.disable('x-powered-by');
  preview.get('/', (_req, res) => {
    res.redirect(302, '/preview');
  });
  preview.use(sandbox.previewRouter({ backendUrl }));
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if ((path === '/' && req.method === 'GET') || path === '/preview' || path.startsWith('/preview/')) preview(req, res);
    else app(req, res);
  };
}
