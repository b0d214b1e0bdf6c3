import type { ImportKind } from '../../../../common/stats-records';
import type { RegionLookupRow } from '../../org/org.contract';
import type { ImportReach } from './domain/parse-context';
import type { LineFormat, RowError } from './row-parser.service';
import type { FileInput } from './row-source.workbook';

/** Everything a worker thread needs to read and check an import file: plain data, copied to the thread. */
export interface ReadPlan {
  kind: ImportKind;
  input: FileInput;
  indexes: number[];
  headerOf: string[];
  regions: RegionLookupRow[];
  reach: ImportReach;
  line: LineFormat;
  maxListedErrors: number;
}

/** What the worker says, in order: chunks of COPY bytes (each answered by 'ack'), progress, then done or failed. */
export type ReadMessage =
  | { type: 'chunk'; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'progress'; done: number; total: number | null; message: string }
  | { type: 'done'; total: number; errors: RowError[]; errorCount: number }
  | { type: 'failed'; message: string };
