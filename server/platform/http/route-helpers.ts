import type { Readable } from 'node:stream';
import { z } from 'zod';
import { ApiErrorSchema } from '../../../common/errors';

/** The error responses a route documents in OpenAPI, all in the one ApiError shape. */
export function errorResponses(...codes: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 423 | 429)[]) {
  return Object.fromEntries(codes.map((c) => [c, ApiErrorSchema])) as Record<number, typeof ApiErrorSchema>;
}

/** The body of a route that answers 204. */
export const NoContent = z.undefined().describe('no content');

/** The media types of the files the platform sends. */
export const Mime = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  ics: 'text/calendar',
  rss: 'application/rss+xml',
  csv: 'text/csv',
  /** An uploaded attachment, sent back with the media type it was stored with. */
  any: '*/*',
} as const;

// What a download route sends (bytes, text or a stream; never serialised as JSON), documented as
// binary. `meta` gives the JSON schema that a custom type cannot derive.
const FileBody = z.custom<string | Buffer | Readable>(() => true).meta({ type: 'string', format: 'binary' });

/** A file download in OpenAPI: the media types it may come as, each a binary body. */
export function fileResponse(description: string, ...mimes: string[]) {
  return { description, content: Object.fromEntries(mimes.map((m) => [m, { schema: FileBody }])) };
}

/** The success answer of an Excel export or template. */
export const XlsxResponse = fileResponse('Excel workbook (.xlsx)', Mime.xlsx);
/** The success answer of an attachment download. */
export const AttachmentResponse = fileResponse('the file as uploaded, with its own media type', Mime.any);
