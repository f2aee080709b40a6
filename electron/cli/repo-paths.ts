import { fileURLToPath } from 'node:url';

/** The renderer as `vite build` leaves it in the checkout. */
export const rendererDistDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
