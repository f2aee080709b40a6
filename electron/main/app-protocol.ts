import { protocol } from 'electron';
import { APP_SCHEME, isAppUrl } from '../host/app-url.ts';
import { RENDERER_MISSING_PAGE, findStaticFile, readStaticFile } from '../host/static-file.ts';
import { securityHeaders } from '../host/security-headers.ts';

/** Must run before the app is ready: app:// behaves like https (standard, secure origin, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://copydesk/, confined to `rendererDir`, with the CSP. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (!isAppUrl(request.url) || request.method !== 'GET') return new Response('Not found.', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
    const { pathname } = new URL(request.url);
    const file = await findStaticFile(rendererDir, pathname);
    if (file === null) {
      if (pathname === '/' || pathname === '/index.html') {
        return new Response(RENDERER_MISSING_PAGE, { headers: securityHeaders('text/html; charset=utf-8') });
      }
      return new Response('Not found.', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
    }
    const bytes = await readStaticFile(file.filePath);
    return new Response(new Uint8Array(bytes), { headers: securityHeaders(file.contentType) });
  });
}
