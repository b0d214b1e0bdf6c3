#!/usr/bin/env node
// Bundles the server and the command line into dist/ (dependencies stay in node_modules).
import { build } from 'esbuild';

const started = Date.now();
await build({
  // The worker threads are entries of their own (server/platform/workers/module-worker.ts names them).
  entryPoints: { 'server/main': 'server/main.ts', 'cli/main': 'cli/main.ts', 'server/stats-read-worker': 'server/modules/stats/import/read.worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __zcRequire } from 'node:module'; const require = __zcRequire(import.meta.url);" },
});
console.log(`server built in ${Date.now() - started} ms`);
