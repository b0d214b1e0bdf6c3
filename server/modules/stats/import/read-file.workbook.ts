import type { CopyChunk } from '../../../db/bulk';
import { readCsvRows } from './csv-rows.workbook';
import { readRows } from './read-rows.workbook';
import type { ReadTarget } from './row-parser.service';
import { type FileInput, formatOf, openRowSource, type RowSource } from './row-source.workbook';

export interface FileRead extends ReadTarget {
  input: FileInput;
  /** The file opened already (its header read), if the caller has it. */
  source?: RowSource;
  sink(chunk: CopyChunk): Promise<void>;
}

/** Reads and checks the rows of an import file: a CSV from its bytes, an Excel workbook cell by cell. Answers the number of data rows. */
export async function readImportFile(f: FileRead): Promise<number> {
  if (formatOf(f.input.name) === 'csv') {
    f.source?.close();
    return readCsvRows(f);
  }
  return readRows({ ...f, source: f.source ?? (await openRowSource(f.input)) });
}
