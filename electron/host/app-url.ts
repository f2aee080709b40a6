/**
 * Electron loads the renderer from `app://copydesk/…`, a privileged standard
 * scheme, never from file:// (which would open the whole disk to the page).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'copydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL of the renderer's own origin; everything else is foreign. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
