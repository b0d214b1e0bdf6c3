import type { Page } from '../../../common/pagination';
import type { BrandParticipantCreate, BrandProgramme, BrandProgrammeCreate } from '../../../common/utilisation-transfers';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError, forbidden, notFound } from '../../platform/errors';
import type { OrgServices } from '../org/org.contract';
import type { BrandRepository, ParticipantRow, ProgrammeRow } from './brand.repository';
import { canManageUtilisation, canSeeRegister, registerPrefix } from './utilisation.policy';

/** Trademark brand cultivation programmes: the office enrols enterprises and records what each achieved. */
export function createBrandService(deps: { db: Db; repo: BrandRepository; org: OrgServices; audit: AuditWriter; clock: Clock }) {
  const { db, repo, org, audit, clock } = deps;

  const map = (p: ProgrammeRow, parts: ParticipantRow[]): BrandProgramme => ({
    id: p.id,
    regionCode: p.region_code,
    regionName: org.regions.fullName(p.region_code),
    name: p.name,
    year: p.year,
    goal: p.goal,
    participants: parts.filter((x) => x.programme_id === p.id).map((x) => ({ id: x.id, orgId: x.org_id, orgName: x.org_name, brand: x.brand, joinedOn: x.joined_on, result: x.result })),
  });

  async function managed(actor: Actor, id: string): Promise<ProgrammeRow> {
    const p = await repo.find(db, id);
    if (!p || !canSeeRegister(actor, p.region_code)) throw notFound('品牌培育计划');
    if (!canManageUtilisation(actor, p.region_code)) throw forbidden('只有知识产权局可以管理品牌培育计划');
    return p;
  }

  const service = {
    async list(actor: Actor, q: { year?: number | undefined; page: number; pageSize: number; sort?: 'year' | 'name' | undefined; order: 'asc' | 'desc' }): Promise<Page<BrandProgramme>> {
      const { rows, total } = await repo.list(db, { year: q.year, prefix: registerPrefix(actor) }, { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'year', order: q.order });
      const parts = await repo.participants(db, rows.map((r) => r.id));
      return { items: rows.map((r) => map(r, parts)), total, page: q.page, pageSize: q.pageSize };
    },
    async get(actor: Actor, id: string): Promise<BrandProgramme> {
      const p = await repo.find(db, id);
      if (!p || !canSeeRegister(actor, p.region_code)) throw notFound('品牌培育计划');
      return map(p, await repo.participants(db, [id]));
    },
    async create(actor: Actor, v: BrandProgrammeCreate): Promise<BrandProgramme> {
      if (!org.regions.exists(v.regionCode)) throw fieldError('regionCode', `行政区划代码 ${v.regionCode} 不存在`);
      if (!canManageUtilisation(actor, v.regionCode)) throw fieldError('regionCode', '超出您的管辖范围');
      const id = await inTransaction(db, async (trx) => {
        if (await repo.findByName(trx, v.regionCode, v.name)) throw fieldError('name', '本地区已有同名计划');
        const row = { region_code: v.regionCode, name: v.name, year: v.year, goal: v.goal };
        const newId = await repo.insert(trx, row, actor.userId, clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'utilisationBrand', entityId: newId, after: row });
        return newId;
      });
      return service.get(actor, id);
    },
    /** Enrols an enterprise's brand in a programme. */
    async addParticipant(actor: Actor, id: string, v: BrandParticipantCreate): Promise<BrandProgramme> {
      await managed(actor, id);
      const [e] = await org.orgs.lookup(null, [v.orgId]);
      if (!e || e.kind !== 'enterprise') throw fieldError('orgId', '参与单位应为平台上的企业');
      await inTransaction(db, async (trx) => {
        if (await repo.sameBrand(trx, id, e.id, v.brand)) throw fieldError('brand', '该企业的这个品牌已在计划中');
        const row = { programme_id: id, org_id: e.id, org_name: e.name, brand: v.brand, result: v.result ?? null, joined_on: v.joinedOn };
        const pid = await repo.insertParticipant(trx, row, clock.now());
        await audit.record(trx, actor, { action: 'addParticipant', entityType: 'utilisationBrand', entityId: id, after: { participantId: pid, ...row } });
      });
      return service.get(actor, id);
    },
    /** Records what a participant achieved (registrations, well-known marks, sales). */
    async recordResult(actor: Actor, id: string, participantId: string, result: string): Promise<BrandProgramme> {
      await managed(actor, id);
      await inTransaction(db, async (trx) => {
        const p = await repo.findParticipant(trx, id, participantId);
        if (!p) throw notFound('参与企业');
        await repo.setResult(trx, participantId, result, clock.now());
        await audit.record(trx, actor, { action: 'recordResult', entityType: 'utilisationBrand', entityId: id, before: { participantId, result: p.result }, after: { participantId, result } });
      });
      return service.get(actor, id);
    },
  };
  return service;
}
export type BrandService = ReturnType<typeof createBrandService>;
