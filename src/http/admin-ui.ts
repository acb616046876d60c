/**
 * GET /__admin/ui: the inspector page. Static ES modules from the package's
 * `ui/` folder, served as they are (no build step, no CDN); the page reads only
 * the documented control-API routes. `/__admin/ui` redirects to `/__admin/ui/`
 * so the page's relative URLs (`../companies`, `app.js`) resolve under any
 * path prefix a proxy may add.
 */
import express, { type Router } from 'express';
import { fileURLToPath } from 'node:url';
import { packageFile } from '../config/package-root.js';

/** The package's ui/ folder, from src (tests), dist or the one-file CLI bundle alike. */
const UI_DIR = fileURLToPath(packageFile('ui/'));

// The page runs only its own scripts and talks only to this server.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function mountAdminUi(router: Router): void {
  router.use(
    '/__admin/ui',
    express.static(UI_DIR, {
      index: 'index.html',
      redirect: true,
      fallthrough: true,
      setHeaders: (res) => {
        res.setHeader('Content-Security-Policy', CSP);
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('X-Content-Type-Options', 'nosniff');
      },
    }),
  );
}
