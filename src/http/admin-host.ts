/**
 * DNS rebinding guard: on a loopback bind the control API (/__admin/**, the
 * inspector page included) answers only requests addressed to a loopback name.
 * A web page from elsewhere can make its own host name resolve to 127.0.0.1,
 * but the browser still sends that name as Host, so it gets a 403 here.
 */
import type { NextFunction, Request, Response, Router } from 'express';

/** localhost (and *.localhost, RFC 6761), 127.0.0.0/8 and [::1], each with an optional port. */
const LOOPBACK_HOST = /^(?:(?:[a-z0-9-]+\.)*localhost\.?|127(?:\.\d{1,3}){3}|\[(?:0{0,4}:){2,7}0{0,3}1\])(?::\d{1,5})?$/i;

const isLoopbackHost = (host: string | undefined): boolean => host !== undefined && LOOPBACK_HOST.test(host);

export function guardAdminHost(router: Router): void {
  router.use('/__admin', (req: Request, res: Response, next: NextFunction) => {
    const host = req.headers.host;
    if (isLoopbackHost(host)) return next();
    res.status(403).json({
      error:
        `the ips-mock control API listens on loopback and answers only requests addressed to localhost, 127.0.0.1 or [::1] ` +
        `(with any port); this one was addressed to Host ${host === undefined ? '(none)' : JSON.stringify(host.slice(0, 200))} ` +
        '(refused against DNS rebinding). To reach it under another name, listen beyond loopback with --admin-token.',
    });
  });
}
