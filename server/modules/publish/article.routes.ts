import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { IdParamsSchema } from '../../../common/org';
import { ArticleCreateSchema, ArticleListQuerySchema, ArticlePageSchema, ArticleSchema, ArticleUpdateSchema, PublishAccess, ReviewSchema } from '../../../common/publish';
import { actorOf } from '../../platform/http/auth-hook';
import { AttachmentResponse, errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendDownload, sendXlsx } from '../../platform/http/transfer';
import type { ArticleService } from './article.service';

const FileParamsSchema = IdParamsSchema.extend({ fileId: z.uuid('编号无效') });

/** Articles: list, write, review and publish, attachments, history and export. */
export function registerArticleRoutes(app: FastifyInstance, s: ArticleService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const write = { access: PublishAccess.write };
  const review = { access: PublishAccess.review };
  const tags = ['publish'];

  r.get(
    '/api/v1/publish/articles',
    { config: write, schema: { tags, summary: 'Articles in the caller’s scope', querystring: ArticleListQuerySchema, response: { 200: ArticlePageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.list(actorOf(req), req.query),
  );
  r.get(
    '/api/v1/publish/articles/export.xlsx',
    { config: write, schema: { tags, summary: 'Export the filtered article list as Excel', querystring: ArticleListQuerySchema, response: { 200: XlsxResponse } } },
    async (req, reply) => sendXlsx(reply, '资讯.xlsx', await s.exportXlsx(actorOf(req), req.query)),
  );
  r.post(
    '/api/v1/publish/articles',
    { config: write, schema: { tags, summary: 'Write a draft article', body: ArticleCreateSchema, response: { 201: ArticleSchema, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.code(201).send(await s.create(actorOf(req), req.body)),
  );
  r.get(
    '/api/v1/publish/articles/:id',
    { config: write, schema: { tags, summary: 'One article (in scope, or published)', params: IdParamsSchema, response: { 200: ArticleSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.get(actorOf(req), req.params.id),
  );
  r.get(
    '/api/v1/publish/articles/:id/history',
    { config: write, schema: { tags, summary: 'What happened to an article', params: IdParamsSchema, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.history(actorOf(req), req.params.id),
  );
  r.patch(
    '/api/v1/publish/articles/:id',
    { config: write, schema: { tags, summary: 'Change an article', params: IdParamsSchema, body: ArticleUpdateSchema, response: { 200: ArticleSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.update(actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/v1/publish/articles/:id',
    { config: write, schema: { tags, summary: 'Delete an unpublished article', params: IdParamsSchema, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req, reply) => {
      await s.remove(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/v1/publish/articles/:id/submit',
    { config: write, schema: { tags, summary: 'Submit a draft for review', params: IdParamsSchema, response: { 200: ArticleSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => s.submit(actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/publish/articles/:id/publish',
    { config: review, schema: { tags, summary: 'Publish an article (office)', params: IdParamsSchema, response: { 200: ArticleSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => s.publish(actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/publish/articles/:id/reject',
    { config: review, schema: { tags, summary: 'Send an article in review back to its author, with the reason', params: IdParamsSchema, body: ReviewSchema, response: { 200: ArticleSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => s.reject(actorOf(req), req.params.id, req.body.note),
  );
  r.post(
    '/api/v1/publish/articles/:id/unpublish',
    { config: review, schema: { tags, summary: 'Take a published article off the public pages', params: IdParamsSchema, body: ReviewSchema, response: { 200: ArticleSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => s.unpublish(actorOf(req), req.params.id, req.body.note),
  );
  r.post(
    '/api/v1/publish/articles/:id/attachments',
    { config: write, schema: { tags, summary: 'Attach a file (multipart field "file")', params: IdParamsSchema, consumes: ['multipart/form-data'], response: { 200: ArticleSchema, ...errorResponses(400, 401, 403, 404, 413) } } },
    async (req) => s.attach(actorOf(req), req.params.id, await readUpload(req)),
  );
  r.get(
    '/api/v1/publish/articles/:id/attachments/:fileId',
    { config: write, schema: { tags, summary: 'Download an attachment', params: FileParamsSchema, response: { 200: AttachmentResponse, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      const { file, bytes } = await s.attachment(actorOf(req), req.params.id, req.params.fileId);
      return sendDownload(reply, { name: file.name, mime: file.mime, bytes });
    },
  );
  r.delete(
    '/api/v1/publish/articles/:id/attachments/:fileId',
    { config: write, schema: { tags, summary: 'Remove an attachment', params: FileParamsSchema, response: { 200: ArticleSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.detach(actorOf(req), req.params.id, req.params.fileId),
  );
}
