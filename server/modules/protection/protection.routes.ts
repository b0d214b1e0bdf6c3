import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProtectionHomeSchema } from '../../../common/home';
import { JobSchema } from '../../../common/jobs';
import {
  AdjudicationCaseCreateSchema,
  CaseChildParamsSchema,
  CaseIdParamsSchema,
  CaseListQuerySchema,
  CasePageSchema,
  MediationCaseCreateSchema,
  PartySchema,
  PartyUpdateSchema,
  ProtectionAccess,
} from '../../../common/protection';
import { CaseDetailSchema, CaseEventSchema, EvidenceSchema, NoteCreateSchema, NoteSchema } from '../../../common/protection-case';
import { CaseActionSchema } from '../../../common/protection-workflow';
import { actorOf } from '../../platform/http/auth-hook';
import { AttachmentResponse, errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendDownload, sendXlsx } from '../../platform/http/transfer';
import type { CaseImport } from './case-import.service';
import type { CaseRecordsService } from './case-records.service';
import type { CaseService } from './case.service';
import type { ProtectionHomeService } from './home.service';
import type { WorkflowService } from './workflow.service';

const TAGS = ['protection'];

/** Cases: filing, lists, the case page, actions through the state machines, parties, evidence and notes. */
export function registerCaseRoutes(app: FastifyInstance, s: { cases: CaseService; records: CaseRecordsService; workflow: WorkflowService; caseImport: CaseImport; home: ProtectionHomeService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cases = { access: ProtectionAccess.cases };

  r.get(
    '/api/v1/protection/cases',
    { config: cases, schema: { tags: TAGS, summary: 'Cases the caller may see (office: region; mediator: assigned; court: referred by or to it; enterprise: its own)', querystring: CaseListQuerySchema, response: { 200: CasePageSchema, ...errorResponses(400, 401, 403) } } },
    async (req) => s.cases.list(actorOf(req), req.query),
  );
  r.get(
    '/api/v1/protection/home',
    { config: cases, schema: { tags: TAGS, summary: 'The cases card of the caller’s home page: counts with the list each opens, and open cases by next deadline', response: { 200: ProtectionHomeSchema, ...errorResponses(401, 403) } } },
    async (req) => s.home.home(actorOf(req)),
  );
  r.get(
    '/api/v1/protection/cases/export.xlsx',
    { config: cases, schema: { tags: TAGS, summary: 'Export the filtered case list as Excel', querystring: CaseListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => sendXlsx(reply, '纠纷案件.xlsx', await s.cases.exportXlsx(actorOf(req), req.query)),
  );
  r.post(
    '/api/v1/protection/cases',
    {
      config: { access: ProtectionAccess.fileMediation },
      schema: { tags: TAGS, summary: 'File a mediation case: online application, court referral (委派/委托) or IP-office referral', body: MediationCaseCreateSchema, response: { 201: CaseDetailSchema, ...errorResponses(400, 401, 403) } },
    },
    async (req, reply) => reply.code(201).send(await s.cases.createMediation(actorOf(req), req.body)),
  );
  r.get(
    '/api/v1/protection/cases/import-template.xlsx',
    { config: { access: ProtectionAccess.bulkFile }, schema: { tags: TAGS, summary: 'Excel template for filing a batch of referrals', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } },
    async (_req, reply) => sendXlsx(reply, '纠纷案件导入模板.xlsx', await s.caseImport.template()),
  );
  r.post(
    '/api/v1/protection/cases/import',
    {
      config: { access: ProtectionAccess.bulkFile },
      schema: { tags: TAGS, summary: 'File a batch of referrals from Excel (multipart field "file"); all rows or none; answers a job', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } },
    },
    async (req, reply) => reply.code(202).send(await s.caseImport.start(actorOf(req), (await readUpload(req)).bytes)),
  );
  r.post(
    '/api/v1/protection/adjudications',
    {
      config: { access: ProtectionAccess.fileAdjudication },
      schema: { tags: TAGS, summary: 'Request administrative adjudication of a patent infringement dispute', body: AdjudicationCaseCreateSchema, response: { 201: CaseDetailSchema, ...errorResponses(400, 401, 403) } },
    },
    async (req, reply) => reply.code(201).send(await s.cases.createAdjudication(actorOf(req), req.body)),
  );
  r.get(
    '/api/v1/protection/cases/:id',
    { config: cases, schema: { tags: TAGS, summary: 'A case with its deadlines, who acts next and what the caller may do', params: CaseIdParamsSchema, response: { 200: CaseDetailSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.cases.detail(actorOf(req), req.params.id),
  );
  r.get(
    '/api/v1/protection/cases/:id/events',
    { config: cases, schema: { tags: TAGS, summary: 'The timeline of a case, newest first', params: CaseIdParamsSchema, response: { 200: z.array(CaseEventSchema), ...errorResponses(400, 401, 403, 404) } } },
    async (req) => s.cases.events(actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/protection/cases/:id/actions',
    {
      config: cases,
      schema: {
        tags: TAGS,
        summary: 'Take an action on a case; an action its status or the caller’s side does not allow is refused (409 / 403) and nothing changes',
        params: CaseIdParamsSchema,
        body: CaseActionSchema,
        response: { 200: CaseDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.workflow.perform(actorOf(req), req.params.id, req.body),
  );
  r.patch(
    '/api/v1/protection/cases/:id/parties/:childId',
    {
      config: cases,
      schema: { tags: TAGS, summary: "Change a party's particulars (a party only its own side's)", params: CaseChildParamsSchema, body: PartyUpdateSchema, response: { 200: PartySchema, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req) => s.records.updateParty(actorOf(req), req.params.id, req.params.childId, req.body),
  );
  r.post(
    '/api/v1/protection/cases/:id/evidence',
    {
      config: cases,
      schema: {
        tags: TAGS,
        summary: 'Upload evidence (multipart field "file", optional "title"); a file whose content is not what its extension says is refused',
        params: CaseIdParamsSchema,
        consumes: ['multipart/form-data'],
        response: { 201: EvidenceSchema, ...errorResponses(400, 401, 403, 404, 409, 413) },
      },
    },
    async (req, reply) => {
      const upload = await readUpload(req);
      return reply.code(201).send(await s.records.addEvidence(actorOf(req), req.params.id, upload, upload.fields.title));
    },
  );
  r.get(
    '/api/v1/protection/cases/:id/evidence/:childId',
    { config: cases, schema: { tags: TAGS, summary: 'Download an evidence file', params: CaseChildParamsSchema, response: { 200: AttachmentResponse, ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => sendDownload(reply, await s.records.evidenceFile(actorOf(req), req.params.id, req.params.childId)),
  );
  r.post(
    '/api/v1/protection/cases/:id/notes',
    {
      config: cases,
      schema: { tags: TAGS, summary: "Add a note; a side's private notes are never shown to the other side", params: CaseIdParamsSchema, body: NoteCreateSchema, response: { 201: NoteSchema, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req, reply) => reply.code(201).send(await s.records.addNote(actorOf(req), req.params.id, req.body)),
  );
}
