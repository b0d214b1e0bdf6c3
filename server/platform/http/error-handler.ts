import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ApiErrorBody, ErrorCode, FieldError } from '../../../common/errors';
import { AppError, HTTP_STATUS, isForeignKeyViolation } from '../errors';

// Fastify's own errors that a client can cause, with what to tell them.
const FASTIFY_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求内容类型' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'VALIDATION', message: '请求内容不是有效的 JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'VALIDATION', message: '请求内容为空' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'VALIDATION', message: '请以表单 (multipart/form-data) 上传文件' },
  FST_REQ_FILE_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'file: 文件过大' },
  FST_FILES_LIMIT: { code: 'VALIDATION', message: 'file: 一次只能上传一个文件' },
  FST_PARTS_LIMIT: { code: 'VALIDATION', message: '表单字段过多' },
};

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
    const known = err.code ? FASTIFY_ERRORS[err.code] : undefined;
    if (known) return send(reply, known.code, known.message);
    if (err.statusCode === 429) return send(reply, 'RATE_LIMITED', '请求过于频繁，请稍后再试');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return send(reply, err.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : err.statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'VALIDATION', err.message);
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, 'INTERNAL', '服务器内部错误');
  });
}
