// Starts a parse thread of a bulk ingest from its TypeScript source (see
// ingest-worker.mjs: a worker does not inherit the tsx loader). The Electron
// bundle has a compiled parse-worker.mjs of the same name instead.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
