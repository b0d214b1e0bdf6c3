import type { ExportSheet } from '../../platform/excel';

/** A typed sheet for writeWorkbook, which takes sheets of different row types together. */
export function sheet<T>(s: ExportSheet<T>): ExportSheet<unknown> {
  return s as ExportSheet<unknown>;
}
