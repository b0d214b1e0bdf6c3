import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEventSchema } from '../../../common/audit';
import { MeetingIdParams as Id } from '../../../common/conference';
import { FinanceAccess, TypicalCaseSchema } from '../../../common/finance';
import { LoanActionInputSchema, LoanCreateSchema, LoanDetailSchema, LoanListQuerySchema, LoanPageSchema, RepaymentCreateSchema } from '../../../common/finance-loans';
import { JobSchema } from '../../../common/jobs';
import { actorOf } from '../../platform/http/auth-hook';
import { errorResponses, XlsxResponse } from '../../platform/http/route-helpers';
import { readUpload, sendXlsx } from '../../platform/http/transfer';
import type { LoanService } from './loan.service';

const tags = ['finance'];

/** Loans, their state changes and repayments, and the banks' Excel imports. */
export function registerLoanRoutes(app: FastifyInstance, loans: LoanService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: FinanceAccess.read };
  const bank = { access: FinanceAccess.bank };
  const caseMark = { access: [...FinanceAccess.manage, ...FinanceAccess.bank] };

  r.get('/api/v1/finance/loans', { config: read, schema: { tags, summary: 'IP-backed loans the caller may see', querystring: LoanListQuerySchema, response: { 200: LoanPageSchema, ...errorResponses(400, 401, 403) } } }, async (req) =>
    loans.list(actorOf(req), req.query),
  );
  r.get('/api/v1/finance/loans/export.xlsx', { config: read, schema: { tags, summary: 'Export loans', querystring: LoanListQuerySchema, response: { 200: XlsxResponse, ...errorResponses(400, 401, 403) } } }, async (req, reply) =>
    sendXlsx(reply, '知识产权质押贷款.xlsx', await loans.exportXlsx(actorOf(req), req.query)),
  );
  r.get('/api/v1/finance/loans/import-template.xlsx', { config: bank, schema: { tags, summary: 'Excel template for importing loans', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } }, async (_req, reply) =>
    sendXlsx(reply, '贷款导入模板.xlsx', await loans.importTemplate()),
  );
  r.post('/api/v1/finance/loans/import', { config: bank, schema: { tags, summary: 'Import the bank’s loans from Excel (multipart field "file"); all rows or none', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } } }, async (req, reply) =>
    reply.code(202).send(await loans.importLoans(actorOf(req), (await readUpload(req)).bytes)),
  );
  r.get('/api/v1/finance/repayments/import-template.xlsx', { config: bank, schema: { tags, summary: 'Excel template for importing repayments', response: { 200: XlsxResponse, ...errorResponses(401, 403) } } }, async (_req, reply) =>
    sendXlsx(reply, '还款导入模板.xlsx', await loans.repaymentTemplate()),
  );
  r.post('/api/v1/finance/repayments/import', { config: bank, schema: { tags, summary: 'Import the bank’s repayments from Excel (multipart field "file"); all rows or none', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413) } } }, async (req, reply) =>
    reply.code(202).send(await loans.importRepayments(actorOf(req), (await readUpload(req)).bytes)),
  );
  r.post('/api/v1/finance/loans', { config: bank, schema: { tags, summary: 'Record a loan of the caller’s bank', body: LoanCreateSchema, response: { 201: LoanDetailSchema, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await loans.create(actorOf(req), req.body)),
  );
  r.get('/api/v1/finance/loans/:id', { config: read, schema: { tags, summary: 'A loan with its repayments and pledges', params: Id, response: { 200: LoanDetailSchema, ...errorResponses(400, 401, 404) } } }, async (req) =>
    loans.get(actorOf(req), req.params.id),
  );
  r.get('/api/v1/finance/loans/:id/history', { config: read, schema: { tags, summary: 'What happened to a loan', params: Id, response: { 200: z.array(AuditEventSchema), ...errorResponses(400, 401, 404) } } }, async (req) =>
    loans.history(actorOf(req), req.params.id),
  );
  r.post('/api/v1/finance/loans/:id/actions', { config: bank, schema: { tags, summary: 'Move a loan by its state machine (approve, disburse, default, pay off, …)', params: Id, body: LoanActionInputSchema, response: { 200: LoanDetailSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    loans.act(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/v1/finance/loans/:id/repayments', { config: bank, schema: { tags, summary: 'Record a repayment', params: Id, body: RepaymentCreateSchema, response: { 200: LoanDetailSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    loans.addRepayment(actorOf(req), req.params.id, req.body),
  );
  r.put('/api/v1/finance/loans/:id/typical-case', { config: caseMark, schema: { tags, summary: 'Mark a loan as a candidate typical case with its story', params: Id, body: TypicalCaseSchema, response: { 200: LoanDetailSchema, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    loans.setTypicalCase(actorOf(req), req.params.id, req.body),
  );
}
