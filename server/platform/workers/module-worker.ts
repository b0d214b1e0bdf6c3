import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The worker threads of the server, by name: the TypeScript module each runs. The build
 * (scripts/build-server.mjs) bundles each into dist/server/<name>.js.
 */
export const WORKER_ENTRIES = {
  'stats-read-worker': 'server/modules/stats/import/read.worker.ts',
} as const;
export type WorkerName = keyof typeof WORKER_ENTRIES;

// Run from the TypeScript sources (tsx, the tests) this file is itself a .ts module; in the build it is part of a bundle.
const fromSource = import.meta.url.endsWith('.ts');

/**
 * Starts a worker thread. From the sources, the thread first registers tsx so it can load the
 * TypeScript module (threads do not inherit the loader the main thread registered, and
 * `--import tsx` in a thread's execArgv comes too late for its main module); in the build it runs
 * the bundled copy.
 */
export function startWorker(name: WorkerName, workerData: unknown, opts: { youngGenerationMb?: number } = {}): Worker {
  const resourceLimits = opts.youngGenerationMb ? { maxYoungGenerationSizeMb: opts.youngGenerationMb } : undefined;
  if (!fromSource) return new Worker(new URL(`../server/${name}.js`, import.meta.url), { workerData, resourceLimits });
  const api = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const entry = new URL(`../../../${WORKER_ENTRIES[name]}`, import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}
