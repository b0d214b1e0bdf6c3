import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ApiErrorBody, ErrorCode, FieldError } from '../../../common/errors';
import { AppError, HTTP_STATUS, isForeignKeyViolation } from '../errors';

// Fastify's own errors that a client can cause, with what to tell them.
// A 400 names the part of the request it is about: `body`, `path`, or the form field.
const FASTIFY_ERRORS: Record<string, { code: ErrorCode; message: string; field?: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求内容类型' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'VALIDATION', message: '请求内容长度与声明不符', field: 'body' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'VALIDATION', message: '请求内容不是有效的 JSON，或含有不允许的字段名（如 __proto__）', field: 'body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'VALIDATION', message: '请求内容为空', field: 'body' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'VALIDATION', message: '请以表单 (multipart/form-data) 上传文件' },
  FST_REQ_FILE_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: '文件过大', field: 'file' },
  FST_FILES_LIMIT: { code: 'VALIDATION', message: '一次只能上传一个文件', field: 'file' },
  FST_PARTS_LIMIT: { code: 'VALIDATION', message: '表单字段过多', field: 'body' },
  FST_PROTO_VIOLATION: { code: 'VALIDATION', message: '表单含有不允许的字段名（如 __proto__）', field: 'body' },
};

// PostgreSQL's "data exception" class and "program limit exceeded": a value the database cannot take.
// The input guard and the schemas refuse such values first; this keeps a missed one from being a 500.
function isDataException(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code === '54000') && code.length === 5;
}

function send(reply: FastifyReply, code: ErrorCode, message: string, fields?: FieldError[]) {
  const body: ApiErrorBody = { error: code, message, ...(fields?.length ? { fields } : {}) };
  return reply.code(HTTP_STATUS[code]).type('application/json; charset=utf-8').send(body);
}

function fieldOf(instancePath: string, context: string | undefined): string {
  const path = instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (path) return path;
  return context === 'body' ? 'body' : context === 'querystring' ? 'query' : (context ?? 'request');
}

function valueAt(source: unknown, instancePath: string): unknown {
  let v = source;
  for (const key of instancePath.split('/').filter(Boolean)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Maps every error to one JSON shape: AppError by its code, schema failures to 400 naming the field, the unknown to a logged 500. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) return send(reply, err.code, err.message, err.fields);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const source: unknown = err.validationContext === 'body' ? request.body : err.validationContext === 'querystring' ? request.query : request.params;
      const fields: FieldError[] = err.validation.map((v) => {
        const missing = (v.keyword === 'invalid_type' || v.keyword === 'invalid_value') && valueAt(source, v.instancePath) === undefined;
        return { field: fieldOf(v.instancePath, err.validationContext), message: missing ? '必填' : (v.message ?? '无效') };
      });
      return send(reply, 'VALIDATION', fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues, url: request.url }, 'response does not match its schema');
      return send(reply, 'INTERNAL', '服务器内部错误');
    }
    // A delete of a row other records still refer to: the services check the usual cases first.
    if (isForeignKeyViolation(err)) return send(reply, 'CONFLICT', '该记录仍被其他记录引用，不能删除或修改');
    if (isDataException(err)) {
      request.log.warn({ err, url: request.url }, 'the database refused a value the request carried');
      return send(reply, 'VALIDATION', 'request: 请求中有数据库无法保存的值', [{ field: 'request', message: '请求中有数据库无法保存的值' }]);
    }
    const known = err.code ? FASTIFY_ERRORS[err.code] : undefined;
    if (known) return known.field ? send(reply, known.code, `${known.field}: ${known.message}`, [{ field: known.field, message: known.message }]) : send(reply, known.code, known.message);
    if (err.statusCode === 429) return send(reply, 'RATE_LIMITED', '请求过于频繁，请稍后再试');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return send(reply, err.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : err.statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'VALIDATION', err.message);
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, 'INTERNAL', '服务器内部错误');
  });
}

// Errors Fastify meets before it knows the route (the address itself is bad).
const FRAMEWORK_ERRORS: Record<string, string> = {
  FST_ERR_BAD_URL: '地址包含无效的字符',
  FST_ERR_MAX_PARAM_LENGTH: '地址中的参数过长',
};

/** Fastify's `frameworkErrors` option: a bad address answers 400 naming `path`, in the one error shape. */
export function frameworkErrors(err: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const message = FRAMEWORK_ERRORS[err.code] ?? '请求无效';
  return send(reply, 'VALIDATION', `path: ${message}`, [{ field: 'path', message }]);
}
