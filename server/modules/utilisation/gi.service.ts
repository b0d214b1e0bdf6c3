import type { AuditEvent } from '../../../common/audit';
import { PledgeListQuerySchema } from '../../../common/finance';
import type { Page } from '../../../common/pagination';
import type { Gi, GiAuthorise, GiCheck, GiCreate, GiRevoke, GiUser } from '../../../common/utilisation-transfers';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import type { FinanceServices } from '../finance/finance.contract';
import type { OrgServices } from '../org/org.contract';
import { insideProtectedArea } from './domain/protected-area';
import type { GiRepository, GiRow, GiUserRow } from './gi.repository';
import { canManageUtilisation, canSeeRegister, registerPrefix } from './utilisation.policy';

type GiSummary = Omit<Gi, 'users' | 'pledges'> & { activeUsers: number };

/** Geographical indications: the product, its protected area and standard, and the users of its special mark. */
export function createGiService(deps: { db: Db; repo: GiRepository; org: OrgServices; finance: FinanceServices; audit: AuditWriter; clock: Clock; history: (type: string, id: string) => Promise<AuditEvent[]> }) {
  const { db, repo, org, audit, clock } = deps;

  const summary = (g: GiRow): Omit<GiSummary, 'activeUsers'> => ({
    id: g.id,
    regionCode: g.region_code,
    regionName: org.regions.fullName(g.region_code),
    name: g.name,
    giNo: g.gi_no,
    productKind: g.product_kind,
    protectedArea: g.protected_area.map((code) => ({ code, name: org.regions.fullName(code) })),
    areaNote: g.area_note,
    standard: g.standard,
    applicant: g.applicant,
  });
  const mapUser = (u: GiUserRow): GiUser => ({
    id: u.id,
    giId: u.gi_id,
    orgId: u.org_id,
    orgName: u.org_name,
    regionCode: u.region_code,
    regionName: org.regions.fullName(u.region_code),
    site: u.site,
    status: u.status as GiUser['status'],
    authorisedOn: u.authorised_on,
    lastCheckYear: u.last_check_year,
    lastCheckResult: u.last_check_result as GiUser['lastCheckResult'],
    lastCheckNote: u.last_check_note,
    revokedOn: u.revoked_on,
    revokeReason: u.revoke_reason,
  });

  async function visible(actor: Actor, id: string): Promise<GiRow> {
    const g = await repo.find(db, id);
    if (!g || ![g.region_code, ...g.protected_area].some((c) => canSeeRegister(actor, c))) throw notFound('地理标志');
    return g;
  }
  async function managedUser(actor: Actor, id: string): Promise<{ g: GiRow; u: GiUserRow }> {
    const u = await repo.findUser(db, id);
    const g = u ? await repo.find(db, u.gi_id) : undefined;
    if (!u || !g || ![g.region_code, ...g.protected_area].some((c) => canSeeRegister(actor, c))) throw notFound('地理标志使用人');
    if (!canManageUtilisation(actor, g.region_code)) throw forbidden('只有知识产权局可以管理地理标志使用人');
    return { g, u };
  }

  const service = {
    async list(actor: Actor, q: { q?: string | undefined; page: number; pageSize: number; order: 'asc' | 'desc' }): Promise<Page<GiSummary>> {
      const { rows, total } = await repo.list(db, { q: q.q, prefix: registerPrefix(actor) }, { ...pageWindow(q.page, q.pageSize), order: q.order });
      return { items: rows.map((g) => ({ ...summary(g), activeUsers: Number(g.active_users) })), total, page: q.page, pageSize: q.pageSize };
    },
    /** A GI with its users and the pledges of it recorded in IP finance (the GI-backed loans). */
    async get(actor: Actor, id: string): Promise<Gi> {
      const g = await visible(actor, id);
      const users = (await repo.users(db, id)).map(mapUser);
      const pledges = g.gi_no ? (await deps.finance.pledges.list(actor, PledgeListQuerySchema.parse({ kind: 'gi', q: g.gi_no, pageSize: 50 }))).items : [];
      return { ...summary(g), users, pledges: pledges.map((p) => ({ id: p.id, enterpriseName: p.enterpriseName, securedAmountFen: p.securedAmountFen, status: p.status })) };
    },
    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visible(actor, id);
      return deps.history('utilisationGi', id);
    },
    async create(actor: Actor, v: GiCreate): Promise<Gi> {
      for (const [code, field] of [[v.regionCode, 'regionCode'], ...v.protectedArea.map((c, i) => [c, `protectedArea.${i}`])] as [string, string][]) {
        if (!org.regions.exists(code)) throw fieldError(field, `行政区划代码 ${code} 不存在`);
      }
      if (!canManageUtilisation(actor, v.regionCode)) throw fieldError('regionCode', '超出您的管辖范围');
      const id = await inTransaction(db, async (trx) => {
        if (await repo.findByName(trx, v.regionCode, v.name)) throw fieldError('name', '本地区已有同名地理标志产品');
        const row = { region_code: v.regionCode, name: v.name, gi_no: v.giNo ?? null, product_kind: v.productKind, protected_area: v.protectedArea, area_note: v.areaNote ?? null, standard: v.standard, applicant: v.applicant };
        const newId = await repo.insert(trx, row, actor.userId, clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'utilisationGi', entityId: newId, after: row });
        return newId;
      });
      return service.get(actor, id);
    },
    /** Authorises an enterprise to use the special mark; its site must lie inside the protected area. */
    async authorise(actor: Actor, giId: string, v: GiAuthorise): Promise<Gi> {
      const g = await visible(actor, giId);
      if (!canManageUtilisation(actor, g.region_code)) throw forbidden('只有知识产权局可以核准地理标志使用人');
      if (!org.regions.exists(v.regionCode)) throw fieldError('regionCode', `行政区划代码 ${v.regionCode} 不存在`);
      if (!insideProtectedArea(g.protected_area, v.regionCode)) throw fieldError('regionCode', `生产经营地不在「${g.name}」的地理标志保护范围内（${g.protected_area.map((c) => org.regions.fullName(c)).join('、')}）`);
      const [e] = await org.orgs.lookup(null, [v.orgId]);
      if (!e || e.kind !== 'enterprise') throw fieldError('orgId', '使用人应为平台上的企业');
      await inTransaction(db, async (trx) => {
        if (await repo.activeUser(trx, giId, e.id)) throw fieldError('orgId', '该企业已是本地理标志的使用人');
        const row = { gi_id: giId, org_id: e.id, org_name: e.name, region_code: v.regionCode, site: v.site, authorised_on: v.authorisedOn };
        const id = await repo.insertUser(trx, row, clock.now());
        await audit.record(trx, actor, { action: 'authorise', entityType: 'utilisationGi', entityId: giId, after: { userId: id, ...row } });
      });
      return service.get(actor, giId);
    },
    /** Records a user's annual check. */
    async check(actor: Actor, userId: string, v: GiCheck): Promise<Gi> {
      const { g } = await managedUser(actor, userId);
      await inTransaction(db, async (trx) => {
        const u = await repo.findUser(trx, userId, true);
        if (!u || u.status !== 'authorised') throw conflict('该使用人已被撤销');
        await repo.updateUser(trx, userId, { last_check_year: v.year, last_check_result: v.result, last_check_note: v.note ?? null }, clock.now());
        await audit.record(trx, actor, { action: 'annualCheck', entityType: 'utilisationGi', entityId: g.id, before: { userId, year: u.last_check_year, result: u.last_check_result }, after: { userId, ...v } });
      });
      return service.get(actor, g.id);
    },
    /** Revokes a user's authorisation. */
    async revoke(actor: Actor, userId: string, v: GiRevoke): Promise<Gi> {
      const { g } = await managedUser(actor, userId);
      await inTransaction(db, async (trx) => {
        const u = await repo.findUser(trx, userId, true);
        if (!u || u.status !== 'authorised') throw conflict('该使用人已被撤销');
        if (v.revokedOn < u.authorised_on) throw fieldError('revokedOn', '撤销日期不能早于核准日期');
        await repo.updateUser(trx, userId, { status: 'revoked', revoked_on: v.revokedOn, revoke_reason: v.reason }, clock.now());
        await audit.record(trx, actor, { action: 'revoke', entityType: 'utilisationGi', entityId: g.id, before: { userId, status: 'authorised' }, after: { userId, status: 'revoked', ...v } });
      });
      return service.get(actor, g.id);
    },
  };
  return service;
}
export type GiService = ReturnType<typeof createGiService>;
