import type { Assign, Outcome, Submission, SubmissionAmend, SubmissionCreate, SubmissionDecision } from '../../../common/centre-submissions';
import type { Job } from '../../../common/jobs';
import type { ImportRowError } from '../../../common/jobs';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import { conflict, fieldError, notFound } from '../../platform/errors';
import { startImport, type ValidRow } from '../../platform/import';
import { examinerWindows } from './centre.policy';
import { OUTCOME_IMPORT_COLUMNS, type OutcomeImportRow, OutcomeImportRowSchema } from './centre.workbook';
import { fieldOfIpc, ipcClassOf, normaliseIpc } from './domain/ipc-fields';
import type { SubmissionDeps, SubmissionSupport } from './submission-support.service';
import type { SubmissionRow } from './submission.repository';

const appNo = (n: string) => n.replace(/^(CN|ZL)/, '').replace(/^(\d{12})([0-9X])$/, '$1.$2');

/** Writes of pre-examinations: submission with its checks, assignment, decisions, amendment, the CNIPA outcome and its import. */
export function createSubmissionCommands(deps: SubmissionDeps, support: SubmissionSupport, get: (actor: Actor, id: string) => Promise<Submission>) {
  const { db, repo, config, filings, audit, clock, calendar, org } = deps;
  const { visible, retally, today } = support;

  async function validIpc(symbol: string): Promise<string> {
    const ipc = normaliseIpc(symbol);
    if (!(await config.ipcClassExists(ipcClassOf(ipc)))) throw fieldError('ipc', `IPC分类号「${ipc}」不存在：没有 ${ipcClassOf(ipc)} 这一大类`);
    return ipc;
  }

  /** The rule of the kind: its time limit in working days and its yearly quota. */
  const ruleOf = async (kind: string) => (await config.rules()).find((r) => r.kind === kind)!;

  async function examining(actor: Actor, id: string) {
    const v = await visible(db, actor, id);
    if (!v.canExamine) throw notFound('预审申请');
    return v;
  }

  async function decide(actor: Actor, id: string, input: SubmissionDecision): Promise<Submission> {
    await examining(actor, id);
    await inTransaction(db, async (trx) => {
      const row = (await repo.find(trx, id))!;
      if (row.status !== 'submitted' && row.status !== 'examining') throw fieldError('decision', '该申请不在预审中');
      const day = today();
      const base = { examiner_user_id: row.examiner_user_id ?? actor.userId, examiner_days: row.examiner_days + calendar.workingDaysBetween(row.round_started_on, day), updated_at: clock.now() };
      const patch =
        input.decision === 'pass'
          ? { status: 'passed', decided_on: day, decision_note: input.note, due_on: null }
          : input.decision === 'return'
            ? { status: 'returned', defects: input.defects, due_on: null }
            : { status: 'refused', refusal_ground: input.ground, decision_note: input.note, decided_on: day, due_on: null };
      await repo.update(trx, id, { ...base, ...patch });
      await retally(trx, row, id);
      await audit.record(trx, actor, { action: input.decision, entityType: 'centreSubmission', entityId: id, before: { status: row.status, round: row.round }, after: { ...patch, round: row.round } });
    });
    return get(actor, id);
  }

  return {
    /** A filed enterprise submits: the filing must be approved and in force, the IPC class real, the quota not used up; outside the filed fields it is refused at once. */
    async submit(actor: Actor, input: SubmissionCreate): Promise<Submission> {
      const filing = await filings.find(db, input.filingId);
      if (!filing || filing.enterprise_org_id !== actor.orgId || !actor.roles.includes('enterprise')) throw fieldError('filingId', '备案不存在');
      if (filing.status !== 'approved') throw fieldError('filingId', '备案尚未通过审核');
      const day = today();
      if (filing.valid_to! < day) throw fieldError('filingId', `备案已于${filing.valid_to}过期，请重新备案`);
      const ipc = await validIpc(input.ipc);
      if (input.agencyId && !(await config.activeAgency(input.agencyId))) throw fieldError('agencyId', '代理机构不在保护中心的名单中');
      const rule = await ruleOf(input.kind);
      const year = Number(day.slice(0, 4));
      const used = await repo.usedQuota(db, actor.orgId, year, input.kind);
      if (used >= rule.yearlyQuota) throw fieldError('kind', `本企业${year}年该类型预审配额${rule.yearlyQuota}件已用完（${rule.quotaSource}）`);
      const fields = await config.fields();
      const filed = fieldOfIpc(ipc, fields.filter((f) => filing.field_codes.includes(f.code)));
      const id = await inTransaction(db, async (trx) => {
        const at = clock.now();
        const id = await repo.insert(trx, {
          filing_id: filing.id,
          window_id: filing.window_id,
          region_code: filing.region_code,
          enterprise_org_id: filing.enterprise_org_id,
          agency_id: input.agencyId,
          kind: input.kind,
          title: input.title,
          ipc,
          field_code: filed ?? fieldOfIpc(ipc, fields),
          applicant: input.applicant,
          status: filed ? 'submitted' : 'refused',
          submitted_on: day,
          round_started_on: day,
          limit_days: rule.workingDays,
          due_on: filed ? calendar.addWorkingDays(day, rule.workingDays) : null,
          ...(!filed && { refusal_ground: 'outOfField', decided_on: day, decision_note: `IPC分类号 ${ipc} 不属于企业备案的产业领域` }),
          year,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        const row = await retally(trx, null, id);
        await audit.record(trx, actor, { action: 'create', entityType: 'centreSubmission', entityId: id, after: { ...input, ipc, status: row.status, dueOn: row.due_on, refusalGround: row.refusal_ground } });
        return id;
      });
      return get(actor, id);
    },

    /** Gives the pre-examination to an examiner of its window (the caller when none is named). */
    async assign(actor: Actor, id: string, input: Assign): Promise<Submission> {
      const examinerId = input.examinerUserId ?? actor.userId;
      const { windows, row: seen } = await examining(actor, id);
      // The examiners come from the org module, asked before the transaction: on the embedded database a
      // query outside an open transaction waits for it to end. A submission never changes its window.
      const orgs = windows.filter((w) => examinerWindows(w.org_id, windows).includes(seen.window_id)).map((w) => w.org_id);
      if (!orgs.length || !(await org.users.userIdsWithRole(['examiner'], orgs)).includes(examinerId)) throw fieldError('examinerUserId', '该用户不是本窗口的审查员');
      await inTransaction(db, async (trx) => {
        const row = (await repo.find(trx, id))!;
        if (row.status !== 'submitted' && row.status !== 'examining') throw fieldError('examinerUserId', '该申请不在预审中');
        await repo.update(trx, id, { examiner_user_id: examinerId, status: 'examining', updated_at: clock.now() });
        await retally(trx, row, id);
        await audit.record(trx, actor, { action: 'assign', entityType: 'centreSubmission', entityId: id, before: { examiner: row.examiner_user_id }, after: { examiner: examinerId } });
      });
      return get(actor, id);
    },

    decide,

    /** The enterprise answers a return: the amended application starts a new round with a fresh time limit. */
    async amend(actor: Actor, id: string, input: SubmissionAmend): Promise<Submission> {
      const { row } = await visible(db, actor, id);
      if (row.enterprise_org_id !== actor.orgId || !actor.roles.includes('enterprise') || row.status !== 'returned') throw fieldError('title', '只有退回补正的申请可以修改');
      const ipc = await validIpc(input.ipc);
      const filing = (await filings.find(db, row.filing_id))!;
      const fields = (await config.fields()).filter((f) => filing.field_codes.includes(f.code));
      if (!fieldOfIpc(ipc, fields)) throw fieldError('ipc', `IPC分类号 ${ipc} 不属于企业备案的产业领域`);
      const day = today();
      await inTransaction(db, async (trx) => {
        const patch = { title: input.title, ipc, field_code: fieldOfIpc(ipc, fields), round: row.round + 1, round_started_on: day, due_on: calendar.addWorkingDays(day, row.limit_days), status: row.examiner_user_id ? 'examining' : 'submitted', updated_at: clock.now() };
        await repo.update(trx, id, patch);
        await retally(trx, row, id);
        await audit.record(trx, actor, { action: 'amend', entityType: 'centreSubmission', entityId: id, before: { title: row.title, ipc: row.ipc, round: row.round, defects: row.defects }, after: { ...patch, note: input.note } });
      });
      return get(actor, id);
    },

    /** Records the CNIPA application number of a passed pre-examination, and its outcome when known. */
    async outcome(actor: Actor, id: string, input: Outcome): Promise<Submission> {
      if (input.outcome && !input.on) throw fieldError('on', '请填写结果日期');
      await examining(actor, id);
      await inTransaction(db, async (trx) => {
        const row = (await repo.find(trx, id))!;
        if (row.status !== 'passed') throw fieldError('applicationNo', '只有预审合格的申请有国家知识产权局结果');
        if (input.on && input.on < row.submitted_on) throw fieldError('on', '结果日期不能早于预审提交日期');
        const patch = { cnipa_application_no: appNo(input.applicationNo), cnipa_outcome: input.outcome, cnipa_on: input.on };
        if ((await repo.byApplicationNo(trx, [patch.cnipa_application_no])).some((s) => s.id !== id)) throw conflict('该申请号已登记在其他预审申请上', 'applicationNo');
        await repo.update(trx, id, { ...patch, updated_at: clock.now() });
        await retally(trx, row, id);
        await audit.record(trx, actor, { action: 'outcome', entityType: 'centreSubmission', entityId: id, before: { applicationNo: row.cnipa_application_no, outcome: row.cnipa_outcome }, after: patch });
      });
      return get(actor, id);
    },

    /** Imports CNIPA outcomes from Excel: every row names a passed pre-examination the caller examines; all rows or none. */
    async importOutcomes(actor: Actor, bytes: Buffer): Promise<Job> {
      return startImport(deps.jobs, actor, bytes, {
        kind: 'centre.outcomes',
        columns: OUTCOME_IMPORT_COLUMNS,
        rowSchema: OutcomeImportRowSchema,
        async check(rows: ValidRow<OutcomeImportRow>[], errors: ImportRowError[]) {
          const byNo = new Map((await repo.byApplicationNo(db, rows.map((r) => appNo(r.value.applicationNo)))).map((s) => [s.cnipa_application_no, s.id]));
          const ok: ValidRow<OutcomeImportRow & { id: string; row: SubmissionRow }>[] = [];
          const seen = new Set<string>();
          for (const r of rows) {
            const bad = (field: string, message: string) => errors.push({ row: r.rowNumber, field, message });
            const id = byNo.get(appNo(r.value.applicationNo)) ?? r.value.submissionId;
            if (!id) {
              bad('申请号', '找不到登记了该申请号的预审申请，请填写预审编号');
              continue;
            }
            const v = await visible(db, actor, id).catch(() => null);
            if (seen.has(id)) bad('申请号', '同一预审申请在文件中出现了两次');
            else if (!v || !v.canExamine) bad('预审编号', '预审申请不存在');
            else if (v.row.status !== 'passed') bad('预审编号', '该申请未通过预审');
            else if (r.value.on && r.value.on < v.row.submitted_on) bad('结果日期', '结果日期不能早于预审提交日期');
            else ok.push({ rowNumber: r.rowNumber, value: { ...r.value, id, row: v.row } });
            seen.add(id);
          }
          return ok;
        },
        async persist(rows, progress) {
          await inTransaction(db, async (trx) => {
            for (const { value: v } of rows) {
              const patch = { cnipa_application_no: appNo(v.applicationNo), cnipa_outcome: v.outcome ?? null, cnipa_on: v.on ?? null };
              await repo.update(trx, v.id, { ...patch, updated_at: clock.now() });
              await retally(trx, v.row, v.id);
              await audit.record(trx, actor, { action: 'import', entityType: 'centreSubmission', entityId: v.id, before: { applicationNo: v.row.cnipa_application_no, outcome: v.row.cnipa_outcome }, after: patch });
            }
          });
          progress(rows.length);
        },
      });
    },
  };
}
