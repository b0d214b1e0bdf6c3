// A worker thread that reads and checks one import file and hands the COPY text of its rows back
// as bytes: the parsing runs on a core of its own while the main thread feeds the database.
import { parentPort, workerData } from 'node:worker_threads';
import { createRegionLookup } from '../../org/index';
import { KINDS } from './domain/kinds';
import { createParseContext } from './domain/parse-context';
import type { ReadMessage, ReadPlan } from './read-plan.workbook';
import { readImportFile } from './read-file.workbook';
import { RowErrors } from './row-parser.service';

/** Chunks sent and not yet acknowledged before the reader waits (about 3.5 MB each). */
const IN_FLIGHT = 3;

const port = parentPort!;
const plan = workerData as ReadPlan;
const post = (m: ReadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

let unacked = 0;
let wake: (() => void) | null = null;
port.on('message', () => {
  unacked--;
  wake?.();
  wake = null;
});

async function main(): Promise<void> {
  const errors = new RowErrors(plan.maxListedErrors);
  const encoder = new TextEncoder();
  const total = await readImportFile({
    input: plan.input,
    spec: KINDS[plan.kind],
    indexes: plan.indexes,
    headerOf: plan.headerOf,
    ctx: createParseContext(createRegionLookup(plan.regions), plan.reach),
    line: plan.line,
    errors,
    async sink(chunk) {
      const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
      unacked++;
      post({ type: 'chunk', bytes }, [bytes.buffer]);
      while (unacked >= IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
    },
    progress: { report: (done, total, message) => post({ type: 'progress', done, total: total ?? null, message: message ?? '' }) },
  });
  post({ type: 'done', total, errors: errors.listed, errorCount: errors.count });
}

main().catch((err: unknown) => post({ type: 'failed', message: err instanceof Error ? err.message : String(err) }));
