import { startWorker } from '../../../platform/workers/module-worker';
import type { JobProgress } from '../../../platform/jobs/job.service';
import type { ReadMessage, ReadPlan } from './read-plan.workbook';
import type { RowErrors } from './row-parser.service';

/**
 * Reads and checks a file in a worker thread (read.worker.ts runs readRows there); the COPY chunks
 * of valid rows reach `sink` in file order, each while the worker parses the next ones. The
 * worker's errors are added to `errors`. Answers the number of data rows.
 */
export async function readInWorker(plan: ReadPlan, sink: (chunk: Uint8Array<ArrayBuffer>) => Promise<void>, errors: RowErrors, progress: JobProgress): Promise<number> {
  // A young generation as large as the main process is given (--max-semi-space-size=64): the reader
  // makes short-lived strings by the million, and a thread's default spends a quarter of its time collecting them.
  const worker = startWorker('stats-read-worker', plan, { youngGenerationMb: 192 });
  const queue: ReadMessage[] = [];
  let waiting: (() => void) | null = null;
  const state: { broken: Error | null } = { broken: null };
  const wake = () => {
    waiting?.();
    waiting = null;
  };
  worker.on('message', (m: ReadMessage) => {
    queue.push(m);
    wake();
  });
  worker.on('error', (err) => {
    state.broken ??= err;
    wake();
  });
  worker.on('exit', (code) => {
    state.broken ??= new Error(`the import reader stopped (exit code ${code})`);
    wake();
  });
  try {
    for (;;) {
      const m = queue.shift();
      if (!m) {
        if (state.broken) throw state.broken;
        await new Promise<void>((resolve) => (waiting = resolve));
        continue;
      }
      switch (m.type) {
        case 'chunk':
          await sink(m.bytes);
          worker.postMessage('ack');
          break;
        case 'progress':
          progress.report(m.done, m.total, m.message);
          break;
        case 'done':
          errors.merge(m.errors, m.errorCount);
          return m.total;
        case 'failed':
          throw new Error(m.message);
      }
    }
  } finally {
    await worker.terminate();
  }
}
