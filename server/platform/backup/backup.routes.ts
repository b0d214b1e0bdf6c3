import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { BackupNameParamsSchema, BackupOverviewSchema } from '../../../common/backup';
import { JobSchema } from '../../../common/jobs';
import { OrgAccess } from '../../../common/roles';
import { actorOf } from '../http/auth-hook';
import { errorResponses, fileResponse } from '../http/route-helpers';
import type { BackupService } from './backup.service';

/** The admin's backups: the list with schedule and retention, a backup now, and downloads. */
export function registerBackupRoutes(app: FastifyInstance, backups: BackupService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const admin = { access: OrgAccess.admin };

  r.get(
    '/api/v1/platform/backups',
    { config: admin, schema: { tags: ['admin'], summary: 'Kept backups (newest first), the schedule and the retention', response: { 200: BackupOverviewSchema, ...errorResponses(401, 403) } } },
    async () => backups.overview(),
  );
  r.post(
    '/api/v1/platform/backups',
    { config: admin, schema: { tags: ['admin'], summary: 'Make a backup now, as a job; it is checked and retention applied', response: { 202: JobSchema, ...errorResponses(401, 403, 409) } } },
    async (req, reply) => reply.code(202).send(await backups.start(actorOf(req))),
  );
  r.get(
    '/api/v1/platform/backups/:name',
    { config: admin, schema: { tags: ['admin'], summary: 'Download a kept backup', params: BackupNameParamsSchema, response: { 200: fileResponse('the backup (gzip-compressed)', 'application/gzip'), ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      const file = await backups.open(actorOf(req), req.params.name);
      return reply
        .header('content-type', 'application/gzip')
        .header('content-length', file.bytes)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .header('x-content-type-options', 'nosniff')
        .send(file.stream);
    },
  );
}
