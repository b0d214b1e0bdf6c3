import type { AuditEvent } from '../../../common/audit';
import type { Detention, DetentionAction, DetentionCreate, DetentionListQuery, RecordalCreate, RecordalListQuery } from '../../../common/enforcement-agency';
import type { RecordalSchema } from '../../../common/enforcement-agency';
import type { Org } from '../../../common/org';
import type { Page } from '../../../common/pagination';
import type { z } from 'zod';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { writeSheet } from '../../platform/excel';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { inTransaction } from '../../db/unit-of-work';
import type { Db } from '../../db/database';
import { type AgencyService, named } from './agency.service';
import type { RuleRow } from './case.repository';
import type { CustomsRepository, DetentionRow, RecordalRow } from './customs.repository';
import { createDetentionFlow, type DetentionFacts, detentionStatusAfter, recordalExpiry, renewable } from './domain/detention-flow';
import type { LimitEngine } from './domain/limits';
import { actsForCustoms, customsScope, type EnforcementAgent, inEnforcementScope } from './enforcement.policy';
import { DETENTION_EXPORT_COLUMNS, RECORDAL_EXPORT_COLUMNS } from './enforcement.workbook';

type Recordal = z.infer<typeof RecordalSchema>;

/** What the customs service needs. */
export interface CustomsDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  repo: CustomsRepository;
  rules: (db: Db) => Promise<RuleRow[]>;
  engine: LimitEngine;
  agency: AgencyService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

const facts = (d: DetentionRow): DetentionFacts => ({ kind: d.kind as DetentionFacts['kind'], status: d.status as DetentionFacts['status'], regionCode: d.region_code, notifiedOn: d.notified_on, detainedOn: d.detained_on, outcomeOn: d.outcome_on });

/** Customs protection: the holders' recordals, and detentions entered by customs and followed by holders and the office. */
export function createCustomsService(deps: CustomsDeps) {
  const { db, repo, agency, audit, clock } = deps;
  const flow = createDetentionFlow(deps.engine);
  const today = () => chinaDate(clock.now());

  const recordalOf = (r: RecordalRow, orgs: Map<string, Org>): Recordal => ({
    id: r.id,
    recordalNo: r.recordal_no,
    holder: named(orgs, r.holder_org_id),
    rightKind: r.right_kind as Recordal['rightKind'],
    rightNo: r.right_no,
    rightName: r.right_name,
    approvedOn: r.approved_on,
    expiresOn: r.expires_on,
    renewals: r.renewals,
    valid: r.expires_on >= today(),
  });
  /** Recordals are the holders' public protection: customs and the offices see all, a holder its own, others none. */
  async function recordalHolder(actor: Actor): Promise<{ agent: EnforcementAgent; holder: string | null }> {
    const agent = await agency.agentOf(actor);
    if (['admin', 'office', 'district', 'customs'].includes(agent)) return { agent, holder: null };
    if (agent === 'party') return { agent, holder: actor.orgId };
    throw forbidden();
  }

  async function detentionsView(actor: Actor, agent: EnforcementAgent, rows: DetentionRow[]): Promise<Detention[]> {
    const [rules, orgs] = await Promise.all([deps.rules(db), agency.byId(rows.flatMap((r) => [r.customs_org_id, r.holder_org_id]))]);
    const day = today();
    return rows.map((d): Detention => {
      const limits = flow.limits(facts(d), rules, day);
      return {
        id: d.id,
        regionCode: d.region_code,
        customs: named(orgs, d.customs_org_id),
        holder: named(orgs, d.holder_org_id),
        recordalId: d.recordal_id,
        kind: d.kind as Detention['kind'],
        goods: d.goods,
        quantity: d.quantity,
        declaredValueFen: d.declared_value_fen,
        notifiedOn: d.notified_on,
        appliedOn: d.applied_on,
        bondFen: d.bond_fen,
        detainedOn: d.detained_on,
        status: d.status as Detention['status'],
        outcomeOn: d.outcome_on,
        limits,
        overdue: limits.some((l) => l.state === 'overdue'),
        nextActor: flow.nextActor(limits),
        actions: actsForCustoms(actor, agent, d.customs_org_id) ? flow.allowedActions(facts(d)) : [],
      };
    });
  }
  async function visible(d: Db, actor: Actor, agent: EnforcementAgent, id: string, lock = false): Promise<DetentionRow> {
    const row = await repo.detention(d, id, lock);
    if (!row || !inEnforcementScope(customsScope(actor, agent), { regionCode: row.region_code, orgIds: [row.customs_org_id, row.holder_org_id] })) throw notFound('扣留记录');
    return row;
  }
  async function listDetentions(actor: Actor, q: DetentionListQuery, exportAll = false): Promise<Page<Detention>> {
    const agent = await agency.agentOf(actor);
    const { rows, total } = await repo.detentions(db, customsScope(actor, agent), q, exportAll);
    return { items: await detentionsView(actor, agent, rows), total, page: q.page, pageSize: q.pageSize };
  }
  const oneDetention = async (actor: Actor, agent: EnforcementAgent, id: string) => (await detentionsView(actor, agent, [(await repo.detention(db, id))!]))[0];

  return {
    /** Recordals the caller may see. */
    async recordals(actor: Actor, q: RecordalListQuery): Promise<Page<Recordal>> {
      const { holder } = await recordalHolder(actor);
      const { rows, total } = await repo.recordals(db, holder, q);
      const orgs = await agency.byId(rows.map((r) => r.holder_org_id));
      return { items: rows.map((r) => recordalOf(r, orgs)), total, page: q.page, pageSize: q.pageSize };
    },
    /** The filtered recordals as Excel. */
    async exportRecordals(actor: Actor, q: RecordalListQuery): Promise<Buffer> {
      const { holder } = await recordalHolder(actor);
      const { rows } = await repo.recordals(db, holder, { ...q, page: 1, pageSize: 50_000 });
      const orgs = await agency.byId(rows.map((r) => r.holder_org_id));
      return writeSheet({ name: '海关备案', columns: RECORDAL_EXPORT_COLUMNS, rows: rows.map((r) => recordalOf(r, orgs)) });
    },
    /** One recordal. */
    async recordal(actor: Actor, id: string): Promise<Recordal> {
      const { holder } = await recordalHolder(actor);
      const r = await repo.recordal(db, id);
      if (!r || (holder && r.holder_org_id !== holder)) throw notFound('海关备案');
      return recordalOf(r, await agency.byId([r.holder_org_id]));
    },
    /** Customs records a recordal approved by the General Administration of Customs: valid ten years. */
    async createRecordal(actor: Actor, input: RecordalCreate): Promise<Recordal> {
      if (!actsForCustoms(actor, await agency.agentOf(actor))) throw forbidden('只有海关联络员可以登记备案');
      const orgs = await agency.byId([input.holderOrgId]);
      if (!orgs.has(input.holderOrgId)) throw fieldError('holderOrgId', '权利人不存在');
      if (await repo.recordalByNo(db, input.recordalNo)) throw conflict('备案号已存在', 'recordalNo');
      const id = await inTransaction(db, async (trx) => {
        const newId = await repo.insertRecordal(trx, { recordal_no: input.recordalNo, holder_org_id: input.holderOrgId, right_kind: input.rightKind, right_no: input.rightNo, right_name: input.rightName, approved_on: input.approvedOn, expires_on: recordalExpiry(input.approvedOn, 0), updated_at: clock.now() });
        await audit.record(trx, actor, { action: 'create', entityType: 'enforcementRecordal', entityId: newId, after: { title: `${input.recordalNo} ${input.rightName}`, ...input } });
        return newId;
      });
      return recordalOf((await repo.recordal(db, id))!, orgs);
    },
    /** Renews a recordal for ten more years, within the six months before it expires. */
    async renewRecordal(actor: Actor, id: string): Promise<Recordal> {
      const agent = await agency.agentOf(actor);
      const r = await repo.recordal(db, id);
      if (!r) throw notFound('海关备案');
      if (!actsForCustoms(actor, agent)) throw forbidden('只有海关联络员可以办理续展');
      if (!renewable(r.expires_on, today())) throw fieldError('action', `续展应在备案有效期届满前六个月内申请（有效期至 ${r.expires_on}；《中华人民共和国知识产权海关保护条例》第十条）`);
      await inTransaction(db, async (trx) => {
        await repo.updateRecordal(trx, id, { renewals: r.renewals + 1, expires_on: recordalExpiry(r.approved_on, r.renewals + 1), updated_at: clock.now() });
        await audit.record(trx, actor, { action: 'renew', entityType: 'enforcementRecordal', entityId: id, before: { expiresOn: r.expires_on }, after: { expiresOn: recordalExpiry(r.approved_on, r.renewals + 1) } });
      });
      return recordalOf((await repo.recordal(db, id))!, await agency.byId([r.holder_org_id]));
    },

    /** Detentions the caller may see: customs its own, the holder its own, the office its region. */
    listDetentions: (actor: Actor, q: DetentionListQuery) => listDetentions(actor, q),
    /** The filtered list as Excel. */
    async exportDetentions(actor: Actor, q: DetentionListQuery): Promise<Buffer> {
      return writeSheet({ name: '海关扣留', columns: DETENTION_EXPORT_COLUMNS, rows: (await listDetentions(actor, { ...q, page: 1, pageSize: 50_000 }, true)).items });
    },
    /** One detention with its limits. */
    async detention(actor: Actor, id: string): Promise<Detention> {
      const agent = await agency.agentOf(actor);
      await visible(db, actor, agent, id);
      return oneDetention(actor, agent, id);
    },
    /** What happened to the detention. */
    async detentionHistory(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visible(db, actor, await agency.agentOf(actor), id);
      return deps.history('enforcementDetention', id);
    },
    /** Customs enters a detention: notified to the holder (ex officio) or detained on the holder's application with a bond. */
    async createDetention(actor: Actor, input: DetentionCreate): Promise<Detention> {
      const agent = await agency.agentOf(actor);
      if (!actsForCustoms(actor, agent)) throw forbidden('只有海关联络员可以登记扣留');
      const orgs = await agency.byId([actor.orgId, input.holderOrgId]);
      if (!orgs.has(input.holderOrgId)) throw fieldError('holderOrgId', '权利人不存在');
      if (input.on > today()) throw fieldError('on', '日期不能晚于今天');
      if (input.kind === 'onApplication' && !input.bondFen) throw fieldError('bondFen', '申请扣留应当提供担保（《中华人民共和国知识产权海关保护条例》第十四条）');
      if (input.kind === 'exOfficio' && !input.recordalId) throw fieldError('recordalId', '依职权扣留限于已在海关总署备案的知识产权（《中华人民共和国知识产权海关保护条例》第十六条）');
      if (input.recordalId && (await repo.recordal(db, input.recordalId))?.holder_org_id !== input.holderOrgId) throw fieldError('recordalId', '备案不存在或不属于该权利人');
      const customs = orgs.get(actor.orgId)!;
      const applied = input.kind === 'onApplication';
      const id = await inTransaction(db, async (trx) => {
        const newId = await repo.insertDetention(trx, {
          region_code: customs.regionCode,
          customs_org_id: customs.id,
          holder_org_id: input.holderOrgId,
          recordal_id: input.recordalId ?? null,
          kind: input.kind,
          goods: input.goods,
          quantity: input.quantity,
          declared_value_fen: input.declaredValueFen,
          notified_on: applied ? null : input.on,
          applied_on: applied ? input.on : null,
          bond_fen: applied ? (input.bondFen ?? null) : null,
          detained_on: applied ? input.on : null,
          status: applied ? 'detained' : 'notified',
          updated_at: clock.now(),
        });
        await audit.record(trx, actor, { action: 'create', entityType: 'enforcementDetention', entityId: newId, after: { title: input.goods, ...input } });
        return newId;
      });
      return oneDetention(actor, agent, id);
    },
    /** The holder's application within 3 working days, a lapse, a court order, confiscation or release. */
    async actOnDetention(actor: Actor, id: string, action: DetentionAction): Promise<Detention> {
      const agent = await agency.agentOf(actor);
      const rules = await deps.rules(db);
      await inTransaction(db, async (trx) => {
        const d = await visible(trx, actor, agent, id, true);
        if (!actsForCustoms(actor, agent, d.customs_org_id)) throw forbidden('只有办理扣留的海关可以登记');
        const on = action.on ?? today();
        const problem = flow.check(facts(d), action, on, today(), rules);
        if (problem) throw fieldError(problem.field, problem.message);
        const status = detentionStatusAfter(action);
        const patch = action.action === 'apply' ? { applied_on: on, bond_fen: action.bondFen, detained_on: on } : { outcome_on: on };
        await repo.updateDetention(trx, id, { ...patch, status, updated_at: clock.now() });
        await audit.record(trx, actor, { action: action.action, entityType: 'enforcementDetention', entityId: id, before: { status: d.status }, after: { ...action, on, status } });
      });
      return oneDetention(actor, agent, id);
    },
  };
}
export type CustomsService = ReturnType<typeof createCustomsService>;
