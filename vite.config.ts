import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  // Relative asset URLs: Electron serves the build from app://, the browser host from its own origin.
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // The polyfill is an inline <script>; the CSP (script-src 'self') would refuse it.
    modulePreload: { polyfill: false },
    // data: URLs for assets would need a looser CSP; keep every asset a file.
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'es2022',
  },
});
