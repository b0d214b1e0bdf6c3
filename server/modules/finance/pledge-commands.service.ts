import type { z } from 'zod';
import type { Pledge, PledgeChangeSchema, PledgeCreate, PledgeRefuseSchema, PledgeRegisterSchema, PledgeReleaseSchema, PledgeUpdate, TypicalCaseInput } from '../../../common/finance';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import { fieldError, forbidden, notFound } from '../../platform/errors';
import { blockingCheck } from './domain/pledge-checks';
import { nextPledgeStatus, type PledgeAction } from './domain/pledge-states';
import { actsForEnterprise, canFollowPledge, canManageFinance, canPreparePledge } from './finance.policy';
import type { PledgeRow } from './pledge.repository';
import { normaliseRight, type PledgeDeps, type PledgeSupport } from './pledge-support.service';

type Register = z.output<typeof PledgeRegisterSchema>;
type Refuse = z.output<typeof PledgeRefuseSchema>;
type Change = z.output<typeof PledgeChangeSchema>;
type Release = z.output<typeof PledgeReleaseSchema>;

/** Writes of pledge registrations: each change in one transaction with its audit event. */
export function createPledgeCommands(deps: PledgeDeps, support: PledgeSupport) {
  const { db, repo, org, audit, clock, calendar, files } = deps;
  const { today, records, outsideFacts, checksWith, visible, detail } = support;

  async function mustOrg(id: string, kinds: readonly string[], field: string, what: string) {
    const [o] = await org.orgs.lookup(null, [id]);
    if (!o || !kinds.includes(o.kind)) throw fieldError(field, `${what}不存在`);
    return o;
  }

  async function mustFile(id: string | null | undefined, field: string): Promise<void> {
    if (id && !(await files.describe([id])).length) throw fieldError(field, '文件不存在');
  }

  /** The pledge, if the caller may see it and this action may happen now; 400 naming the state otherwise. */
  async function acting(trx: Db, actor: Actor, id: string, action: PledgeAction, may: (a: Actor, r: PledgeRow) => boolean): Promise<{ row: PledgeRow; to: Pledge['status'] }> {
    const row = await visible(trx, actor, id);
    if (!may(actor, row)) throw forbidden('只有出质企业、质权银行或知识产权局可以办理');
    const to = nextPledgeStatus(row.status as Pledge['status'], action);
    if (!to) throw fieldError('status', `质押登记当前状态不能执行此操作`);
    return { row, to };
  }

  /** Rights checked for their number, with the record's title taken from the platform's records. */
  async function rightValues(rights: PledgeCreate['rights']) {
    const normal = rights.map(normaliseRight);
    const seen = new Set<string>();
    normal.forEach((r, i) => {
      if (seen.has(`${r.kind}:${r.number}`)) throw fieldError(`rights.${i}.number`, '同一权利不能重复填写');
      seen.add(`${r.kind}:${r.number}`);
    });
    const recs = await records(normal);
    return normal.map((r) => ({ kind: r.kind, number: r.number, title: recs.get(`${r.kind}:${r.number}`)?.title ?? null, co_owners: r.coOwners }));
  }

  async function checkParties(input: Partial<PledgeCreate>): Promise<void> {
    if (input.bankOrgId) await mustOrg(input.bankOrgId, ['bank'], 'bankOrgId', '质权银行');
    if (input.appraiserOrgId) await mustOrg(input.appraiserOrgId, ['serviceAgency', 'enterprise'], 'appraiserOrgId', '评估机构');
    await mustFile(input.valuationFileId, 'valuationFileId');
  }

  async function timeLimitId(id: string | undefined): Promise<string> {
    const limits = await repo.timeLimits(db);
    const limit = id ? limits.find((l) => l.id === id) : limits.find((l) => l.is_default);
    if (!limit) throw fieldError('timeLimitId', '办理时限不存在');
    return limit.id;
  }

  /** The audit event of a change; the pledge page with its checks is read after the transaction. */
  async function finish(trx: Db, actor: Actor, id: string, action: string, before: Pledge | undefined): Promise<string> {
    const { checks: _checks, ...after } = await detail(trx, actor, (await repo.find(trx, id))!, false);
    const beforeRecord = before ? (({ checks: _b, ...rest }) => rest)(before) : undefined;
    await audit.record(trx, actor, { action, entityType: 'financePledge', entityId: id, before: beforeRecord, after });
    return id;
  }

  /** The pledge page with today's pre-checks, read once the change is committed. */
  async function answer(actor: Actor, id: string): Promise<Pledge> {
    return detail(db, actor, (await repo.find(db, id))!);
  }

  return {
    /** Prepares a pledge: an enterprise for itself, the office for an enterprise of its region. */
    async create(actor: Actor, input: PledgeCreate): Promise<Pledge> {
      const enterpriseId = actor.roles.includes('enterprise') ? actor.orgId : input.enterpriseOrgId;
      if (!enterpriseId) throw fieldError('enterpriseOrgId', '请选择出质企业');
      if (input.enterpriseOrgId && input.enterpriseOrgId !== enterpriseId) throw fieldError('enterpriseOrgId', '企业用户只能为本企业办理质押');
      const enterprise = await mustOrg(enterpriseId, ['enterprise'], 'enterpriseOrgId', '出质企业');
      const parties = { region_code: enterprise.regionCode, enterprise_org_id: enterprise.id, bank_org_id: input.bankOrgId };
      if (!actsForEnterprise(actor, enterprise.id) && !canManageFinance(actor, enterprise.regionCode)) throw fieldError('enterpriseOrgId', '超出您的管辖范围');
      if (input.debtEnd <= input.debtStart) throw fieldError('debtEnd', '债务届满日应晚于起始日');
      await checkParties(input);
      const rights = await rightValues(input.rights);
      const limitId = await timeLimitId(input.timeLimitId);
      return answer(actor, await inTransaction(db, async (trx) => {
        const id = await repo.insert(
          trx,
          {
            ...parties,
            secured_amount_fen: input.securedAmountFen,
            debt_start: input.debtStart,
            debt_end: input.debtEnd,
            appraiser_org_id: input.appraiserOrgId ?? null,
            valuation_fen: input.valuationFen ?? null,
            valuation_file_id: input.valuationFileId ?? null,
            insurance: input.insurance,
            guarantee: input.guarantee,
            time_limit_id: limitId,
            created_by: actor.userId,
          },
          clock.now(),
        );
        await repo.setRights(trx, id, rights);
        return finish(trx, actor, id, 'create', undefined);
      }));
    },

    /** Changes a pledge still being prepared. */
    async update(actor: Actor, id: string, patch: PledgeUpdate): Promise<Pledge> {
      await checkParties(patch);
      const rights = patch.rights ? await rightValues(patch.rights) : undefined;
      const limitId = patch.timeLimitId ? await timeLimitId(patch.timeLimitId) : undefined;
      return answer(actor, await inTransaction(db, async (trx) => {
        const { row } = await acting(trx, actor, id, 'edit', canPreparePledge);
        const before = await detail(trx, actor, row, false);
        const start = patch.debtStart ?? row.debt_start;
        const end = patch.debtEnd ?? row.debt_end;
        if (end <= start) throw fieldError('debtEnd', '债务届满日应晚于起始日');
        await repo.update(
          trx,
          id,
          {
            ...(patch.bankOrgId !== undefined && { bank_org_id: patch.bankOrgId }),
            ...(patch.securedAmountFen !== undefined && { secured_amount_fen: patch.securedAmountFen }),
            ...(patch.debtStart !== undefined && { debt_start: patch.debtStart }),
            ...(patch.debtEnd !== undefined && { debt_end: patch.debtEnd }),
            ...(patch.appraiserOrgId !== undefined && { appraiser_org_id: patch.appraiserOrgId }),
            ...(patch.valuationFen !== undefined && { valuation_fen: patch.valuationFen }),
            ...(patch.valuationFileId !== undefined && { valuation_file_id: patch.valuationFileId }),
            ...(patch.insurance !== undefined && { insurance: patch.insurance }),
            ...(patch.guarantee !== undefined && { guarantee: patch.guarantee }),
            ...(limitId !== undefined && { time_limit_id: limitId }),
          },
          clock.now(),
        );
        if (rights) await repo.setRights(trx, id, rights);
        return finish(trx, actor, id, 'update', before);
      }));
    },

    /** Files the pledge with CNIPA once every pre-check passes (warnings only when the parties insist); the due date counted in working days. */
    async submit(actor: Actor, id: string, input: { overrideWarnings: boolean }): Promise<Pledge> {
      const outside = await outsideFacts(await repo.rights(db, (await visible(db, actor, id)).id));
      return answer(actor, await inTransaction(db, async (trx) => {
        const { row, to } = await acting(trx, actor, id, 'submit', canPreparePledge);
        const checks = await checksWith(trx, row, await repo.rights(trx, id), outside);
        const blocking = blockingCheck(checks, input.overrideWarnings);
        if (blocking) {
          const field = blocking.outcome === 'warn' ? 'overrideWarnings' : 'rights';
          throw fieldError(field, `${blocking.rightNumber ?? ''} 不符合${blocking.rule}（${blocking.reason}）${blocking.outcome === 'warn' ? '；当事人坚持办理的请确认' : ''}`.trim());
        }
        const before = await detail(trx, actor, row, false);
        const limit = (await repo.timeLimits(trx)).find((l) => l.id === row.time_limit_id)!;
        const on = today();
        await repo.update(trx, id, { status: to, submitted_on: on, due_on: calendar.addWorkingDays(on, limit.working_days), override_warnings: input.overrideWarnings }, clock.now());
        await repo.addEvent(trx, { pledge_id: id, kind: 'submit', on_date: on, note: `按“${limit.name}”计算办理期限`, file_id: null, created_by: actor.userId }, clock.now());
        return finish(trx, actor, id, 'submit', before);
      }));
    },

    /** Records the registration: number, notice and date. */
    async register(actor: Actor, id: string, input: Register): Promise<Pledge> {
      await mustFile(input.noticeFileId, 'noticeFileId');
      return answer(actor, await inTransaction(db, async (trx) => {
        const { row, to } = await acting(trx, actor, id, 'register', canFollowPledge);
        if (row.submitted_on && input.registeredOn < row.submitted_on) throw fieldError('registeredOn', '登记日期不能早于提交日期');
        const before = await detail(trx, actor, row, false);
        await repo.update(trx, id, { status: to, registration_no: input.registrationNo, registered_on: input.registeredOn, notice_file_id: input.noticeFileId ?? null }, clock.now());
        await repo.addEvent(trx, { pledge_id: id, kind: 'register', on_date: input.registeredOn, note: `质押登记号 ${input.registrationNo}`, file_id: input.noticeFileId ?? null, created_by: actor.userId }, clock.now());
        return finish(trx, actor, id, 'register', before);
      }));
    },

    /** Records CNIPA's refusal with its ground. */
    async refuse(actor: Actor, id: string, input: Refuse): Promise<Pledge> {
      return answer(actor, await inTransaction(db, async (trx) => {
        const { row, to } = await acting(trx, actor, id, 'refuse', canFollowPledge);
        if (row.submitted_on && input.refusedOn < row.submitted_on) throw fieldError('refusedOn', '决定日期不能早于提交日期');
        const before = await detail(trx, actor, row, false);
        await repo.update(trx, id, { status: to, refusal_ground: input.ground, refusal_note: input.note }, clock.now());
        await repo.addEvent(trx, { pledge_id: id, kind: 'refuse', on_date: input.refusedOn, note: input.note, file_id: null, created_by: actor.userId }, clock.now());
        return finish(trx, actor, id, 'refuse', before);
      }));
    },

    /** Records a change of a registered pledge (amount, term or other terms). */
    async change(actor: Actor, id: string, input: Change): Promise<Pledge> {
      await mustFile(input.fileId, 'fileId');
      return answer(actor, await inTransaction(db, async (trx) => {
        const { row, to } = await acting(trx, actor, id, 'change', canFollowPledge);
        if (row.registered_on && input.changedOn < row.registered_on) throw fieldError('changedOn', '变更日期不能早于登记日期');
        if (input.debtEnd && input.debtEnd <= row.debt_start) throw fieldError('debtEnd', '债务届满日应晚于起始日');
        const before = await detail(trx, actor, row, false);
        await repo.update(trx, id, { status: to, ...(input.securedAmountFen !== undefined && { secured_amount_fen: input.securedAmountFen }), ...(input.debtEnd !== undefined && { debt_end: input.debtEnd }) }, clock.now());
        await repo.addEvent(trx, { pledge_id: id, kind: 'change', on_date: input.changedOn, note: input.note, file_id: input.fileId ?? null, created_by: actor.userId }, clock.now());
        return finish(trx, actor, id, 'change', before);
      }));
    },

    /** Records the release (注销) of the pledge. */
    async release(actor: Actor, id: string, input: Release): Promise<Pledge> {
      await mustFile(input.fileId, 'fileId');
      return answer(actor, await inTransaction(db, async (trx) => {
        const { row, to } = await acting(trx, actor, id, 'release', canFollowPledge);
        if (row.registered_on && input.releasedOn < row.registered_on) throw fieldError('releasedOn', '注销日期不能早于登记日期');
        const before = await detail(trx, actor, row, false);
        await repo.update(trx, id, { status: to, released_on: input.releasedOn }, clock.now());
        await repo.addEvent(trx, { pledge_id: id, kind: 'release', on_date: input.releasedOn, note: input.note, file_id: input.fileId ?? null, created_by: actor.userId }, clock.now());
        return finish(trx, actor, id, 'release', before);
      }));
    },

    /** Marks a pledge a candidate typical case with its story, or takes the mark off; the office only. */
    async setTypicalCase(actor: Actor, id: string, input: TypicalCaseInput): Promise<Pledge> {
      return answer(actor, await inTransaction(db, async (trx) => {
        const row = await visible(trx, actor, id);
        if (!canManageFinance(actor, row.region_code)) throw notFound('质押登记');
        const before = await detail(trx, actor, row, false);
        await repo.update(trx, id, { typical_case: input.typicalCase, typical_story: input.typicalCase ? input.caseStory : null }, clock.now());
        return finish(trx, actor, id, 'typicalCase', before);
      }));
    },
  };
}
