import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { sqlCapture } from './sql-capture';

// Each database test file hands what its repositories sent to the run's global teardown, which
// compares it with the snapshots in server/queries/ (or rewrites them with `npm run sql:snapshots`).
afterAll(() => {
  const dir = inject('sqlCaptureDir');
  const queries = sqlCapture.drain();
  if (!dir || queries.length === 0) return;
  fs.writeFileSync(path.join(dir, `${process.pid}-${randomBytes(4).toString('hex')}.json`), JSON.stringify(queries));
});
