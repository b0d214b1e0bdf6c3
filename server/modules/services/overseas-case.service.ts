import type { AuditEvent } from '../../../common/audit';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import {
  COUNTRY_LABELS,
  DISPUTE_KINDS,
  DisputeKindLabels,
  type Expert,
  type OverseasCase,
  type OverseasCaseCreate,
  type OverseasCaseListQuery,
  type OverseasCaseSummary,
  type OverseasCaseUpdate,
  OVERSEAS_OUTCOMES,
  OverseasStatusLabels,
  type OverseasStats,
} from '../../../common/services-overseas';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { MONEY_FORMAT, writeSheet } from '../../platform/excel';
import type { OrgServices } from '../org/org.contract';
import type { OverseasCaseRepository, OverseasRow, OverseasValues } from './overseas-case.repository';
import { canManageOverseas, canSeeOverseasCase, overseasScope } from './services.policy';
import type { VolunteerRequestRepository } from './volunteer-request.repository';

/** What the overseas-guidance service needs. */
export interface OverseasCaseDeps {
  db: Db;
  repo: OverseasCaseRepository;
  limits: Pick<VolunteerRequestRepository, 'timeLimit'>;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  calendar: WorkingCalendar;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

const GUIDANCE_RULE = 'overseas.guidance';

/** Overseas-dispute guidance: cases with the deadline abroad, the experts, the plan and the outcome; the national assessment's figures. */
export function createOverseasCaseService(deps: OverseasCaseDeps) {
  const { db, repo, org, audit, clock, calendar } = deps;
  const expertsOf = (r: OverseasRow): Expert[] => (Array.isArray(r.experts) ? (r.experts as Expert[]) : []);

  const summary = (r: OverseasRow): OverseasCaseSummary => ({
    id: r.id,
    number: r.number,
    regionCode: r.region_code,
    regionName: org.regions.exists(r.region_code) ? org.regions.fullName(r.region_code) : r.region_code,
    enterpriseOrgId: r.enterprise_org_id,
    enterpriseName: r.enterprise_name,
    country: r.country,
    disputeKind: r.dispute_kind as OverseasCaseSummary['disputeKind'],
    rightKind: r.right_kind as OverseasCaseSummary['rightKind'],
    opponent: r.opponent,
    openedOn: r.opened_on,
    guidanceDueOn: r.guidance_due_on,
    deadlineAbroad: r.deadline_abroad,
    status: r.status as OverseasCaseSummary['status'],
    outcome: r.outcome as OverseasCaseSummary['outcome'],
    amountFen: Number(r.amount_fen),
    expertCount: expertsOf(r).length,
  });

  async function visible(actor: Actor, id: string): Promise<OverseasRow> {
    const r = await repo.find(db, id);
    if (!r || !canSeeOverseasCase(actor, r)) throw notFound('海外纠纷案件');
    return r;
  }

  /** The enterprise must exist and be an enterprise; its region is the case's region, which the caller must manage. */
  async function enterpriseRegion(actor: Actor, enterpriseOrgId: string): Promise<string> {
    const [e] = await org.orgs.lookup(null, [enterpriseOrgId]);
    if (!e || e.kind !== 'enterprise') throw fieldError('enterpriseOrgId', '企业不存在');
    if (!canManageOverseas(actor, e.regionCode)) throw fieldError('enterpriseOrgId', '该企业不在您的管辖范围');
    return e.regionCode;
  }

  /** The rules a case keeps as a whole: a closed case has its outcome and date; dates in order. */
  function check(v: OverseasValues): void {
    if (v.status === 'closed' && !v.outcome) throw fieldError('outcome', '结案时请填写结果');
    if (v.status === 'closed' && !v.closed_on) throw fieldError('closedOn', '结案时请填写结案日期');
    if (v.closed_on && v.closed_on < v.opened_on) throw fieldError('closedOn', '结案日期不能早于受理日期');
    if (v.status !== 'received' && expertsOf(v as OverseasRow).length === 0) throw fieldError('experts', '进入指导阶段前请指派至少一位专家');
  }

  return {
    async list(actor: Actor, q: OverseasCaseListQuery): Promise<Page<OverseasCaseSummary>> {
      const { rows, total } = await repo.list(db, { ...q, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined }, overseasScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'openedOn', order: q.order });
      return { items: rows.map(summary), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, q: OverseasCaseListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({
        name: '海外知识产权纠纷应对指导',
        rows: page.items,
        columns: [
          { header: '编号', width: 12, value: (r) => r.number },
          { header: '企业', width: 32, value: (r) => r.enterpriseName },
          { header: '国家或地区', width: 12, value: (r) => COUNTRY_LABELS[r.country]?.zh ?? r.country },
          { header: '纠纷类型', width: 14, value: (r) => DisputeKindLabels[r.disputeKind].zh },
          { header: '对方当事人', width: 30, value: (r) => r.opponent },
          { header: '受理日期', width: 12, value: (r) => r.openedOn },
          { header: '境外应对期限', width: 12, value: (r) => r.deadlineAbroad ?? '' },
          { header: '涉案金额(元)', width: 16, numFmt: MONEY_FORMAT, value: (r) => r.amountFen / 100 },
          { header: '状态', width: 12, value: (r) => OverseasStatusLabels[r.status].zh },
          { header: '专家人数', width: 8, value: (r) => r.expertCount },
        ],
      });
    },

    async get(actor: Actor, id: string): Promise<OverseasCase> {
      const r = await visible(actor, id);
      const rule = await deps.limits.timeLimit(db, GUIDANCE_RULE);
      return { ...summary(r), summary: r.summary, deadlineNote: r.deadline_note, experts: expertsOf(r), responsePlan: r.response_plan, outcomeNote: r.outcome_note, closedOn: r.closed_on, guidanceRule: { name: rule.name, source: rule.source, citation: rule.citation }, canManage: canManageOverseas(actor, r.region_code) };
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visible(actor, id);
      return deps.history('servicesOverseasCase', id);
    },

    /** The office opens a case; expert guidance is due within the working days of the rule. */
    async create(actor: Actor, input: OverseasCaseCreate): Promise<OverseasCase> {
      const region = await enterpriseRegion(actor, input.enterpriseOrgId);
      const rule = await deps.limits.timeLimit(db, GUIDANCE_RULE);
      const v: OverseasValues = {
        region_code: region, enterprise_org_id: input.enterpriseOrgId, country: input.country, dispute_kind: input.disputeKind, right_kind: input.rightKind, opponent: input.opponent, summary: input.summary,
        opened_on: input.openedOn, guidance_due_on: calendar.addWorkingDays(input.openedOn, rule.working_days), deadline_abroad: input.deadlineAbroad ?? null, deadline_note: input.deadlineNote ?? null,
        experts: [], response_plan: null, status: 'received', outcome: null, outcome_note: null, amount_fen: input.amountFen, closed_on: null,
      };
      const id = await inTransaction(db, async (trx) => {
        const number = await repo.nextNumber(trx, Number(input.openedOn.slice(0, 4)));
        const newId = await repo.insert(trx, { ...v, number }, actor.userId, clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'servicesOverseasCase', entityId: newId, after: { ...v, number } });
        return newId;
      });
      return this.get(actor, id);
    },

    /** The office assigns experts, records the plan, moves the case on and closes it with its outcome. */
    async update(actor: Actor, id: string, patch: OverseasCaseUpdate): Promise<OverseasCase> {
      const before = await visible(actor, id);
      if (!canManageOverseas(actor, before.region_code)) throw forbidden('只有本地区知识产权局可以办理海外纠纷应对指导');
      const region = patch.enterpriseOrgId && patch.enterpriseOrgId !== before.enterprise_org_id ? await enterpriseRegion(actor, patch.enterpriseOrgId) : before.region_code;
      const { id: _i, number: _n, updated_at: _u, enterprise_name: _e, ...current } = before;
      const pick = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);
      const openedOn = pick(patch.openedOn, current.opened_on);
      const rule = openedOn === current.opened_on ? null : await deps.limits.timeLimit(db, GUIDANCE_RULE);
      const next: OverseasValues = {
        ...current, region_code: region, enterprise_org_id: pick(patch.enterpriseOrgId, current.enterprise_org_id), country: pick(patch.country, current.country), dispute_kind: pick(patch.disputeKind, current.dispute_kind),
        right_kind: pick(patch.rightKind, current.right_kind), opponent: pick(patch.opponent, current.opponent), summary: pick(patch.summary, current.summary), opened_on: openedOn,
        guidance_due_on: rule ? calendar.addWorkingDays(openedOn, rule.working_days) : current.guidance_due_on, deadline_abroad: pick(patch.deadlineAbroad, current.deadline_abroad), deadline_note: pick(patch.deadlineNote, current.deadline_note),
        experts: pick(patch.experts, current.experts), response_plan: pick(patch.responsePlan, current.response_plan), status: pick(patch.status, current.status), outcome: pick(patch.outcome, current.outcome),
        outcome_note: pick(patch.outcomeNote, current.outcome_note), amount_fen: pick(patch.amountFen, Number(current.amount_fen)), closed_on: pick(patch.closedOn, current.closed_on),
      };
      check(next);
      await inTransaction(db, async (trx) => {
        const l = await repo.lock(trx, id);
        if (!l) throw notFound('海外纠纷案件');
        if (l.updated_at.getTime() !== before.updated_at.getTime()) throw conflict('该案件刚被他人修改，请刷新后再试');
        await repo.update(trx, id, next, clock.now());
        await audit.record(trx, actor, { action: 'update', entityType: 'servicesOverseasCase', entityId: id, before: current, after: next });
      });
      return this.get(actor, id);
    },

    /** The year's figures as the national assessment counts them: enterprises guided, cases, amounts, outcomes. */
    async stats(actor: Actor, year: number, regionCode?: string): Promise<OverseasStats> {
      const scope = overseasScope(actor);
      if (scope.kind !== 'all' && scope.kind !== 'region') throw forbidden('只有知识产权局可以查看海外纠纷应对统计');
      const prefix = regionCode ? regionPrefix(regionCode) : scope.kind === 'region' ? scope.prefix : '';
      if (scope.kind === 'region' && !prefix.startsWith(scope.prefix)) throw fieldError('regionCode', '超出您的管辖范围');
      const rows = await repo.figures(db, prefix, year);
      const enterprises = new Set(rows.flatMap((r) => r.enterprises));
      const group = <K extends string>(keys: readonly K[], of: (r: (typeof rows)[number]) => string | null) =>
        keys.map((k) => ({ key: k, cases: rows.filter((r) => of(r) === k).reduce((s, r) => s + r.cases, 0), amountFen: rows.filter((r) => of(r) === k).reduce((s, r) => s + r.amount_fen, 0) }));
      const countries = new Map<string, number>();
      for (const r of rows) countries.set(r.country, (countries.get(r.country) ?? 0) + r.cases);
      return {
        year,
        enterprisesGuided: enterprises.size,
        cases: rows.reduce((s, r) => s + r.cases, 0),
        amountFen: rows.reduce((s, r) => s + r.amount_fen, 0),
        closed: rows.filter((r) => r.outcome !== null).reduce((s, r) => s + r.cases, 0),
        byOutcome: group(OVERSEAS_OUTCOMES, (r) => r.outcome).map(({ key, ...x }) => ({ outcome: key, ...x })),
        byKind: group(DISPUTE_KINDS, (r) => r.dispute_kind).map(({ key, ...x }) => ({ disputeKind: key, ...x })),
        byCountry: [...countries].map(([country, cases]) => ({ country, cases })).sort((a, b) => b.cases - a.cases || a.country.localeCompare(b.country)),
      };
    },
  };
}
export type OverseasCaseService = ReturnType<typeof createOverseasCaseService>;
