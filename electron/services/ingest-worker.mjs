// Starts the bulk-ingest worker from its TypeScript source. A worker thread
// does not inherit the tsx loader that bin/copydesk registers (or Vitest's
// transform), so it registers its own first. The Electron bundle has a compiled
// ingest-worker.mjs of the same name beside main.mjs instead (electron/build.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./ingest-worker.ts');
