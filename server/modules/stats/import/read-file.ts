import type { JobProgress } from '../../../platform/jobs/job.service';
import type { CopyChunk } from './bulk';
import { readCsvRows } from './csv-rows';
import type { KindSpec, ParseContext } from './kinds';
import { readRows } from './read-rows';
import type { LineFormat, RowErrors } from './row-parser';
import { type FileInput, formatOf, openRowSource, type RowSource } from './row-source';

export interface FileRead {
  input: FileInput;
  /** The file opened already (its header read), if the caller has it. */
  source?: RowSource;
  spec: KindSpec;
  indexes: readonly number[];
  headerOf: readonly string[];
  ctx: ParseContext;
  line: LineFormat;
  errors: RowErrors;
  sink(chunk: CopyChunk): Promise<void>;
  progress: JobProgress;
}

/** Reads and checks the rows of an import file: a CSV from its bytes, an Excel workbook cell by cell. Answers the number of data rows. */
export async function readImportFile(f: FileRead): Promise<number> {
  if (formatOf(f.input.name) === 'csv') {
    f.source?.close();
    return readCsvRows(f);
  }
  return readRows({ ...f, source: f.source ?? (await openRowSource(f.input)) });
}
