import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { MeetingIdParams as Id } from '../../../common/conference';
import { JobSchema } from '../../../common/jobs';
import { Limits } from '../../../common/limits';
import {
  TaskCreateSchema,
  TaskFromResolutionSchema,
  TaskListQuerySchema,
  TaskPageSchema,
  TaskSchema,
  TaskSummarySchema,
  TasksAccess,
  TaskUpdateSchema,
  WorkPlanCreateSchema,
  WorkPlanListQuerySchema,
  WorkPlanPageSchema,
  WorkPlanSchema,
  WorkPlanUpdateSchema,
} from '../../../common/tasks';
import { PlanTextResultSchema, PlanTextSchema } from '../../../common/tasks-assessment';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, NoContent, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendXlsx } from '../../platform/http/transfer';
import type { PlanImport } from './plan-import.service';
import type { PlanService } from './plan.service';
import type { TaskService } from './task.service';

const tags = ['tasks'];

/** Work plans, their numbered key tasks, and importing a plan from Excel or pasted text. */
export function registerTaskRoutes(app: FastifyInstance, s: { plans: PlanService; tasks: TaskService; planImport: PlanImport }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: TasksAccess.read };
  const manage = { access: TasksAccess.manage };
  const { plans, tasks, planImport } = s;

  r.get('/api/v1/tasks/work-plans', { config: read, schema: { tags, summary: 'Work plans (工作要点) per year and region', querystring: WorkPlanListQuerySchema, response: { 200: WorkPlanPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    plans.plans(actorOf(req), req.query),
  );
  r.get('/api/v1/tasks/work-plans/export.xlsx', { config: read, schema: { tags, summary: 'Export the filtered work plans', querystring: WorkPlanListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '工作要点.xlsx', await plans.exportPlans(actorOf(req), req.query)),
  );
  r.post('/api/v1/tasks/work-plans', { config: manage, schema: { tags, summary: 'Create a work plan', body: WorkPlanCreateSchema, response: { 201: WorkPlanSchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await plans.createPlan(actorOf(req), req.body)),
  );
  r.get('/api/v1/tasks/work-plans/import-template.xlsx', { config: manage, schema: { tags, summary: 'Excel template of a work plan', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } }, async (_req, reply) =>
    sendXlsx(reply, '工作要点导入模板.xlsx', await planImport.template()),
  );
  r.get('/api/v1/tasks/work-plans/:id', { config: read, schema: { tags, summary: 'One work plan', params: Id, response: { 200: WorkPlanSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    plans.plan(actorOf(req), req.params.id),
  );
  r.patch('/api/v1/tasks/work-plans/:id', { config: manage, schema: { tags, summary: 'Rename a work plan or change its year', params: Id, body: WorkPlanUpdateSchema, response: { 200: WorkPlanSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    plans.updatePlan(actorOf(req), req.params.id, req.body),
  );
  r.delete('/api/v1/tasks/work-plans/:id', { config: manage, schema: { tags, summary: 'Delete a work plan nobody has reported on', params: Id, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req, reply) => {
    await plans.removePlan(actorOf(req), req.params.id);
    return reply.code(204).send();
  });
  r.get('/api/v1/tasks/work-plans/:id/tasks', { config: read, schema: { tags, summary: 'The plan’s tasks in order (liaisons: their unit’s)', params: Id, response: { 200: z.array(TaskSummarySchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    plans.planTasks(actorOf(req), req.params.id),
  );
  r.get('/api/v1/tasks/work-plans/:id/export.xlsx', { config: read, schema: { tags, summary: 'The plan’s tasks as Excel', params: Id, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) => {
    const f = await plans.planExport(actorOf(req), req.params.id);
    return sendXlsx(reply, f.name, f.bytes);
  });
  r.post('/api/v1/tasks/work-plans/:id/import', { config: manage, schema: { tags, summary: 'Add tasks from the Excel template', params: Id, consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 404, 413) } } }, async (req, reply) =>
    reply.code(202).send(await planImport.importXlsx(actorOf(req), req.params.id, (await readUpload(req)).bytes)),
  );
  // A pasted work plan may run to 200,000 characters (about 600 KB of Chinese, more escaped).
  r.post('/api/v1/tasks/work-plans/:id/import-text', { config: manage, bodyLimit: Limits.pastedTextBodyBytesMax, schema: { tags, summary: 'Add tasks from pasted numbered text (一、 （一） 1.)', params: Id, body: PlanTextSchema, response: { 200: PlanTextResultSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    planImport.importText(actorOf(req), req.params.id, req.body.text, req.body.dryRun),
  );

  r.get('/api/v1/tasks', { config: read, schema: { tags, summary: 'Key tasks', querystring: TaskListQuerySchema, response: { 200: TaskPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    tasks.list(actorOf(req), req.query),
  );
  r.get('/api/v1/tasks/export.xlsx', { config: read, schema: { tags, summary: 'Export the filtered tasks', querystring: TaskListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '重点任务.xlsx', await tasks.exportXlsx(actorOf(req), req.query)),
  );
  r.post('/api/v1/tasks', { config: manage, schema: { tags, summary: 'Add a key task to a plan', body: TaskCreateSchema, response: { 201: TaskSchema, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    reply.code(201).send(await tasks.create(actorOf(req), req.body)),
  );
  r.post('/api/v1/tasks/from-resolution', { config: manage, schema: { tags, summary: 'Turn a meeting’s resolution into a key task', body: TaskFromResolutionSchema, response: { 201: TaskSchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await tasks.fromResolution(actorOf(req), req.body)),
  );
  r.get('/api/v1/tasks/:id', { config: read, schema: { tags, summary: 'One key task with its sub-tasks', params: Id, response: { 200: TaskSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    tasks.get(actorOf(req), req.params.id),
  );
  r.get('/api/v1/tasks/:id/history', { config: read, schema: { tags, summary: 'Timeline of every change to the task', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    tasks.history(actorOf(req), req.params.id),
  );
  r.patch('/api/v1/tasks/:id', { config: manage, schema: { tags, summary: 'Change a key task', params: Id, body: TaskUpdateSchema, response: { 200: TaskSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    tasks.update(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/v1/tasks/:id/cancel', { config: manage, schema: { tags, summary: 'Cancel a key task', params: Id, body: z.object({ reason: z.string().trim().min(1, '请说明取消原因').max(2000) }), response: { 200: TaskSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    tasks.cancel(actorOf(req), req.params.id, req.body.reason),
  );
  r.delete('/api/v1/tasks/:id', { config: manage, schema: { tags, summary: 'Delete a key task with no sub-tasks and no reports', params: Id, response: { 204: NoContent, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req, reply) => {
    await tasks.remove(actorOf(req), req.params.id);
    return reply.code(204).send();
  });
}
