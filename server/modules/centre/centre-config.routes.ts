import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AgencyCreateSchema,
  AgencyListSchema,
  AgencySchema,
  CentreAccess,
  CentreIdParams,
  ConditionSchema,
  ConditionUpdateSchema,
  ConfigSchema,
  IpcClassListSchema,
  IpcQuerySchema,
  RuleKindParams,
  RuleSchema,
  RuleUpdateSchema,
  WindowCreateSchema,
  WindowSchema,
} from '../../../common/centre';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses } from '../../platform/http/route-helpers';
import type { CentreConfigService } from './centre-config.service';

const tags = ['centre'];

/** The centre's configuration: windows, fields, conditions, time limits and quotas, agencies, IPC classes. */
export function registerCentreConfigRoutes(app: FastifyInstance, config: CentreConfigService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: CentreAccess.read };
  const configure = { access: CentreAccess.configure };

  r.get('/api/v1/centre/config', { config: read, schema: { tags, summary: 'Windows, fields, filing conditions, time limits and quotas', response: { 200: ConfigSchema, ...errorResponses(401, 403) } } }, async () => config.config());
  r.get('/api/v1/centre/ipc-classes', { config: read, schema: { tags, summary: 'IPC classes, optionally those starting with a prefix', querystring: IpcQuerySchema, response: { 200: IpcClassListSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    config.ipcClasses(req.query.q),
  );
  r.post('/api/v1/centre/windows', { config: configure, schema: { tags, summary: 'Open a centre or sub-window', body: WindowCreateSchema, response: { 201: WindowSchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await config.createWindow(actorOf(req), req.body)),
  );
  r.put('/api/v1/centre/conditions/:id', { config: configure, schema: { tags, summary: 'Change a filing condition', params: CentreIdParams, body: ConditionUpdateSchema, response: { 200: ConditionSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    config.updateCondition(actorOf(req), req.params.id, req.body),
  );
  r.put('/api/v1/centre/rules/:kind', { config: configure, schema: { tags, summary: 'Change the time limit and yearly quota of a patent kind', params: RuleKindParams, body: RuleUpdateSchema, response: { 200: RuleSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    config.updateRule(actorOf(req), req.params.kind, req.body),
  );
  r.get('/api/v1/centre/agencies', { config: read, schema: { tags, summary: 'Agencies the centre accepts', response: { 200: AgencyListSchema, ...errorResponses(401, 403) } } }, async () => config.agencies());
  r.post('/api/v1/centre/agencies', { config: { access: CentreAccess.examine }, schema: { tags, summary: 'Add an agency to the list', body: AgencyCreateSchema, response: { 201: AgencySchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await config.createAgency(actorOf(req), req.body)),
  );
}
