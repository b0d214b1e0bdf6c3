import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../common/errors';
import { textProblem } from '../../../common/fields';
import { fieldErrors } from '../errors';

// Deeper than any form; a body nested further is refused rather than walked.
const MAX_DEPTH = 32;

function walk(value: unknown, path: string, depth: number, out: FieldError[]): void {
  if (out.length >= 20) return;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) out.push({ field: path, message: problem });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth > MAX_DEPTH) {
    out.push({ field: path, message: '嵌套层级过深' });
    return;
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, v] of entries) {
    const field = path ? `${path}.${key}` : key;
    const keyProblem = textProblem(key);
    if (keyProblem) out.push({ field: path || 'body', message: `字段名${keyProblem}` });
    else walk(v, field, depth + 1, out);
  }
}

/** The text problems of a request's body, query string and path parameters, each named by its field. */
export function inputProblems(request: Pick<FastifyRequest, 'body' | 'query' | 'params'>): FieldError[] {
  const out: FieldError[] = [];
  walk(request.params, '', 0, out);
  walk(request.query, '', 0, out);
  // A body that is one string (a wrong type for every route) is still named as the body.
  if (typeof request.body === 'string') walk(request.body, 'body', 0, out);
  else walk(request.body, '', 0, out);
  return out;
}

/**
 * Before validation, on every route: refuse text PostgreSQL cannot store or UTF-8 cannot carry (NUL,
 * lone surrogates) anywhere in the body, query or path, with a 400 naming the field. One hook covers
 * every route, present and future; uploads are checked where they are read (`readUpload`).
 */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const problems = inputProblems(request);
    if (problems.length) throw fieldErrors(problems);
  });
}
