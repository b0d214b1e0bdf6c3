import { ErrorCode, type FieldError } from '../../common/errors';

/** The one error type services throw; the HTTP layer maps its code to a status in one place. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
};

/** A 400 naming one field: the message reads "field: problem". */
export function fieldError(field: string, message: string): AppError {
  return new AppError(ErrorCode.Validation, `${field}: ${message}`, [{ field, message }]);
}

/** A 400 naming several fields at once. */
export function fieldErrors(fields: FieldError[]): AppError {
  return new AppError(ErrorCode.Validation, fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
}

/** The answer for a missing row and for a row the caller may not see: the two must look alike. */
export function notFound(what: string): AppError {
  return new AppError(ErrorCode.NotFound, `${what}不存在`);
}

/** The value of a lookup, or null when it answers 404; any other failure still fails. */
export async function orNullIfNotFound<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (err) {
    if (err instanceof AppError && err.code === ErrorCode.NotFound) return null;
    throw err;
  }
}

export function forbidden(message = '没有权限执行此操作'): AppError {
  return new AppError(ErrorCode.Forbidden, message);
}

export function conflict(message: string, field?: string): AppError {
  return new AppError(ErrorCode.Conflict, field ? `${field}: ${message}` : message, field ? [{ field, message }] : undefined);
}

/** True for a PostgreSQL foreign-key violation: the row is still referenced, or refers to a missing row. */
export function isForeignKeyViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '23503';
}

/** True for a PostgreSQL unique-constraint violation (optionally of one named constraint). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string } | null;
  return !!e && e.code === '23505' && (!constraint || e.constraint === constraint);
}
