import { z } from 'zod';
import { ApiErrorSchema } from '../../../common/errors';

/** The error responses a route documents in OpenAPI, all in the one ApiError shape. */
export function errorResponses(...codes: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 423 | 429)[]) {
  return Object.fromEntries(codes.map((c) => [c, ApiErrorSchema])) as Record<number, typeof ApiErrorSchema>;
}

/** The body of a route that answers 204. */
export const NoContent = z.undefined().describe('no content');

/** A binary download (Excel, PDF, calendar file) in OpenAPI. */
export const BinaryResponse = z.any().describe('file download');
