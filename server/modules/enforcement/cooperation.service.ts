import type { AuditEvent } from '../../../common/audit';
import { type BodyCreate, type BodyDetail, type BodyListItem, type BodyListQuery, type BodyMemberAdd, type CoopArea } from '../../../common/enforcement-cooperation';
import type { Page } from '../../../common/pagination';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { writeSheet } from '../../platform/excel';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { inTransaction } from '../../db/unit-of-work';
import type { Db } from '../../db/database';
import { type AgencyService, named } from './agency.service';
import type { RuleRow } from './case.repository';
import type { BodyListRow, CooperationRepository } from './cooperation.repository';
import { BODY_EXPORT_COLUMNS } from './cooperation.workbook';
import { bodyLimits } from './domain/assist-limits';
import { actsForMember, cooperationScope, type EnforcementAgent, foundsCooperationBody, inEnforcementScope } from './enforcement.policy';

/** What the cooperation-body service needs. */
export interface CooperationDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  repo: CooperationRepository;
  rules: (db: Db) => Promise<RuleRow[]>;
  agency: AgencyService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

const ENTITY = 'enforcementCoopBody';

const item = (r: BodyListRow): BodyListItem => ({
  id: r.id,
  name: r.name,
  area: r.area as CoopArea,
  agreementTitle: r.agreement_title,
  agreementSignedOn: r.agreement_signed_on,
  memberCount: r.member_count,
  requestCount: r.request_count,
  openRequests: r.open_requests,
});

/** Cooperation bodies that span regions (川渝, 淮海经济区, 长三角, 深港): members, agreement, deadlines and joint figures. */
export function createCooperationService(deps: CooperationDeps) {
  const { db, repo, agency, audit, clock } = deps;
  const today = () => chinaDate(clock.now());

  /** The body and its members when the caller may see it (a member in its region or its own unit); otherwise 404. */
  async function visible(d: Db, actor: Actor, agent: EnforcementAgent, id: string) {
    const row = await repo.get(d, id);
    const members = row ? await repo.members(d, id) : [];
    const scope = cooperationScope(actor, agent);
    if (!row || !members.some((m) => inEnforcementScope(scope, { regionCode: m.region_code, orgIds: [m.org_id] }))) throw notFound('协作体');
    return { row, members };
  }

  async function detail(actor: Actor, id: string): Promise<BodyDetail> {
    const agent = await agency.agentOf(actor);
    const { row, members } = await visible(db, actor, agent, id);
    const [limits, rules, figures] = await Promise.all([repo.limits(db, id), deps.rules(db), repo.figures(db, id, today())]);
    const orgs = await agency.byId([row.created_by_org_id, ...members.map((m) => m.org_id)]);
    const memberIds = members.map((m) => m.org_id);
    const regionOf = new Map(members.map((m) => [m.org_id, m.region_code]));
    return {
      ...item(row),
      agreementSummary: row.agreement_summary,
      createdBy: named(orgs, row.created_by_org_id),
      members: members.map((m) => ({ org: named(orgs, m.org_id), regionCode: m.region_code, joinedOn: m.joined_on })),
      limits: bodyLimits(limits, rules),
      figures: figures.map((f) => ({ org: named(orgs, f.org_id), regionCode: regionOf.get(f.org_id) ?? '', sent: f.sent, received: f.received, answered: f.answered, answeredInTime: f.answered_in_time, open: f.open, overdue: f.overdue, averageDays: f.average_days })),
      canRequest: actsForMember(actor, agent, memberIds),
      canManage: foundsCooperationBody(agent) && (agent === 'admin' || memberIds.includes(actor.orgId)),
    };
  }

  async function list(actor: Actor, q: BodyListQuery): Promise<Page<BodyListItem>> {
    const agent = await agency.agentOf(actor);
    const { rows, total } = await repo.list(db, cooperationScope(actor, agent), q);
    return { items: rows.map(item), total, page: q.page, pageSize: q.pageSize };
  }

  return {
    /** Bodies with a member in the caller's region, or that the caller's unit belongs to. */
    list,
    /** The filtered list as Excel. */
    async exportXlsx(actor: Actor, q: BodyListQuery): Promise<Buffer> {
      return writeSheet({ name: '区域协作体', columns: BODY_EXPORT_COLUMNS, rows: (await list(actor, { ...q, page: 1, pageSize: 10_000 })).items });
    },
    /** One body with its members, the deadlines its agreement sets, and the joint figures. */
    get: detail,
    /** What happened to the body. */
    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visible(db, actor, await agency.agentOf(actor), id);
      return deps.history(ENTITY, id);
    },
    /** The members of a body (for the request service: who may ask whom). */
    async membersOf(d: Db, actor: Actor, id: string) {
      return visible(d, actor, await agency.agentOf(actor), id);
    },

    /** The office of a member region sets up a body with its agreement and member offices. */
    async create(actor: Actor, input: BodyCreate): Promise<BodyDetail> {
      const agent = await agency.agentOf(actor);
      if (!foundsCooperationBody(agent)) throw forbidden('只有知识产权管理部门可以设立协作体');
      const ids = input.members.map((m) => m.orgId);
      if (new Set(ids).size !== ids.length) throw fieldError('members', '成员单位不能重复');
      if (agent !== 'admin' && !ids.includes(actor.orgId)) throw fieldError('members', '发起单位应当是协作体成员');
      const orgs = await agency.byId(ids);
      const missing = ids.findIndex((id) => !orgs.has(id));
      if (missing >= 0) throw fieldError(`members.${missing}.orgId`, '成员单位不存在');
      if (new Set(ids.map((id) => orgs.get(id)!.regionCode.slice(0, 2))).size < 2 && input.area !== 'other') throw fieldError('members', '协作体应当由不同省（市）的成员单位组成');
      const kinds = input.limits.map((l) => l.kind);
      if (new Set(kinds).size !== kinds.length) throw fieldError('limits', '同一协助事项只能约定一个期限');
      if (await repo.nameTaken(db, input.name)) throw conflict('已有同名协作体', 'name');
      const id = await inTransaction(db, async (trx) => {
        const newId = await repo.insert(
          trx,
          { name: input.name, area: input.area, agreement_title: input.agreementTitle, agreement_signed_on: input.agreementSignedOn, agreement_summary: input.agreementSummary ?? null, created_by_org_id: actor.orgId || ids[0], updated_at: clock.now() },
          input.members.map((m) => ({ org_id: m.orgId, region_code: orgs.get(m.orgId)!.regionCode, joined_on: m.joinedOn })),
          input.limits.map((l) => ({ kind: l.kind, length: l.length, unit: l.unit, citation: l.citation })),
        );
        await audit.record(trx, actor, { action: 'create', entityType: ENTITY, entityId: newId, after: input });
        return newId;
      });
      return detail(actor, id);
    },

    /** A member office of the body admits another office. */
    async addMember(actor: Actor, id: string, input: BodyMemberAdd): Promise<BodyDetail> {
      const agent = await agency.agentOf(actor);
      const { members } = await visible(db, actor, agent, id);
      if (!foundsCooperationBody(agent) || (agent !== 'admin' && !members.some((m) => m.org_id === actor.orgId))) throw forbidden('只有协作体成员的知识产权管理部门可以增加成员');
      if (members.some((m) => m.org_id === input.orgId)) throw fieldError('orgId', '该单位已是成员');
      const org = (await agency.byId([input.orgId])).get(input.orgId);
      if (!org) throw fieldError('orgId', '成员单位不存在');
      await inTransaction(db, async (trx) => {
        await repo.addMember(trx, { body_id: id, org_id: input.orgId, region_code: org.regionCode, joined_on: input.joinedOn });
        await repo.touch(trx, id, clock.now());
        await audit.record(trx, actor, { action: 'addMember', entityType: ENTITY, entityId: id, after: { orgId: input.orgId, orgName: org.name, joinedOn: input.joinedOn } });
      });
      return detail(actor, id);
    },
  };
}
export type CooperationService = ReturnType<typeof createCooperationService>;
