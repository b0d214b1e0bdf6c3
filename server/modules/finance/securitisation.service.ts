import type { AuditEvent } from '../../../common/audit';
import { type Securitisation, type SecuritisationCreate, type SecuritisationListQuery, type SecuritisationSummary, type SecuritisationUpdate, type Tranche } from '../../../common/finance-securitisation';
import type { Page } from '../../../common/pagination';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { MONEY_FORMAT, writeSheet } from '../../platform/excel';
import type { OrgServices } from '../org/org.contract';
import { canManageFinance, canSeeSecuritisation, securitisationScope } from './finance.policy';
import type { SecuritisationRepository, SecuritisationRow } from './securitisation.repository';

/** The day `months` calendar months after `date` (clamped to the month's last day), as 'YYYY-MM-DD'. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The register of IP securitisation products: the office records them, the statistics report them. */
export function createSecuritisationService(deps: { db: Db; repo: SecuritisationRepository; org: OrgServices; audit: AuditWriter; clock: Clock; history: (type: string, id: string) => Promise<AuditEvent[]> }) {
  const { db, repo, org, audit, clock } = deps;

  const tranchesOf = (r: SecuritisationRow): Tranche[] => (Array.isArray(r.tranches) ? (r.tranches as Tranche[]) : []);
  const summary = (r: SecuritisationRow): SecuritisationSummary => ({
    id: r.id,
    regionCode: r.region_code,
    regionName: org.regions.fullName(r.region_code),
    name: r.name,
    issuer: r.issuer,
    amountFen: Number(r.amount_fen),
    issueDate: r.issue_date,
    termMonths: r.term_months,
    enterpriseCount: r.enterprise_org_ids.length,
    trancheCount: tranchesOf(r).length,
    updatedAt: r.updated_at.toISOString(),
  });

  async function detail(actor: Actor, r: SecuritisationRow): Promise<Securitisation> {
    const names = new Map((await org.orgs.lookup(null, r.enterprise_org_ids)).map((o) => [o.id, o.name]));
    return {
      ...summary(r),
      underlying: r.underlying,
      enterprises: r.enterprise_org_ids.map((id) => ({ id, name: names.get(id) ?? '' })),
      tranches: tranchesOf(r),
      note: r.note,
      maturityDate: addMonths(r.issue_date, r.term_months),
      canManage: canManageFinance(actor, r.region_code),
    };
  }

  async function visible(actor: Actor, id: string): Promise<SecuritisationRow> {
    const r = await repo.find(db, id);
    if (!r || !canSeeSecuritisation(actor, r)) throw notFound('证券化产品');
    return r;
  }

  /** Checks what the schema cannot: the region, the enterprises, and tranches adding up to the amount. */
  async function checked(actor: Actor, v: SecuritisationCreate): Promise<void> {
    if (!org.regions.exists(v.regionCode)) throw fieldError('regionCode', `行政区划代码 ${v.regionCode} 不存在`);
    if (!canManageFinance(actor, v.regionCode)) throw fieldError('regionCode', '超出您的管辖范围');
    const found = await org.orgs.lookup(null, v.enterpriseOrgIds);
    v.enterpriseOrgIds.forEach((id, i) => {
      const e = found.find((o) => o.id === id);
      if (!e || e.kind !== 'enterprise') throw fieldError(`enterpriseOrgIds.${i}`, '企业不存在');
    });
    if (new Set(v.enterpriseOrgIds).size !== v.enterpriseOrgIds.length) throw fieldError('enterpriseOrgIds', '同一企业填写了两次');
    const sum = v.tranches.reduce((s, t) => s + t.amountFen, 0);
    if (sum !== v.amountFen) throw fieldError('tranches', `各档次金额之和（${(sum / 100).toFixed(2)}元）应等于发行总额（${(v.amountFen / 100).toFixed(2)}元）`);
  }

  const row = (v: SecuritisationCreate) => ({
    region_code: v.regionCode,
    name: v.name,
    issuer: v.issuer,
    amount_fen: v.amountFen,
    issue_date: v.issueDate,
    term_months: v.termMonths,
    underlying: v.underlying,
    enterprise_org_ids: v.enterpriseOrgIds,
    tranches: v.tranches.map((t) => ({ name: t.name, trancheClass: t.trancheClass, amountFen: t.amountFen, couponBp: t.couponBp ?? null, rating: t.rating ?? null })),
    note: v.note ?? null,
  });

  return {
    /** The products the caller may see, filtered, sorted and paged. */
    async list(actor: Actor, q: SecuritisationListQuery): Promise<Page<SecuritisationSummary>> {
      const { rows, total } = await repo.list(db, { q: q.q, year: q.year, regionPrefix: q.regionCode ? q.regionCode.replace(/(00)+$/, '') : undefined, enterpriseOrgId: q.enterpriseOrgId }, securitisationScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'issueDate', order: q.order });
      return { items: rows.map(summary), total, page: q.page, pageSize: q.pageSize };
    },

    /** The filtered list (every page) as an Excel workbook. */
    async exportXlsx(actor: Actor, q: SecuritisationListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({
        name: '知识产权证券化产品',
        rows: page.items,
        columns: [
          { header: '产品名称', width: 44, value: (r) => r.name },
          { header: '发行人', width: 30, value: (r) => r.issuer },
          { header: '地区', width: 20, value: (r) => r.regionName },
          { header: '发行规模(元)', width: 18, numFmt: MONEY_FORMAT, value: (r) => r.amountFen / 100 },
          { header: '发行日期', width: 12, value: (r) => r.issueDate },
          { header: '期限(月)', width: 10, value: (r) => r.termMonths },
          { header: '档次数', width: 8, value: (r) => r.trancheCount },
          { header: '涉及企业数', width: 10, value: (r) => r.enterpriseCount },
        ],
      });
    },

    async get(actor: Actor, id: string): Promise<Securitisation> {
      return detail(actor, await visible(actor, id));
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visible(actor, id);
      return deps.history('financeSecuritisation', id);
    },

    /** Records a product; its tranches must add up to its amount. */
    async create(actor: Actor, input: SecuritisationCreate): Promise<Securitisation> {
      await checked(actor, input);
      const id = await inTransaction(db, async (trx) => {
        if (await repo.findByName(trx, input.regionCode, input.name)) throw fieldError('name', '本地区已有同名产品');
        const v = row(input);
        const newId = await repo.insert(trx, v, actor.userId, clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'financeSecuritisation', entityId: newId, after: v });
        return newId;
      });
      return this.get(actor, id);
    },

    /** Changes a product; the whole record is checked again as it would stand. */
    async update(actor: Actor, id: string, patch: SecuritisationUpdate): Promise<Securitisation> {
      const before = await visible(actor, id);
      if (!canManageFinance(actor, before.region_code)) throw forbidden('只有本地区的知识产权金融主管部门可以修改证券化产品');
      const current: SecuritisationCreate = { regionCode: before.region_code, name: before.name, issuer: before.issuer, amountFen: Number(before.amount_fen), issueDate: before.issue_date, termMonths: before.term_months, underlying: before.underlying, enterpriseOrgIds: before.enterprise_org_ids, tranches: tranchesOf(before), note: before.note };
      const next: SecuritisationCreate = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      await checked(actor, next);
      await inTransaction(db, async (trx) => {
        const locked = await repo.lock(trx, id);
        if (!locked) throw notFound('证券化产品');
        const same = await repo.findByName(trx, next.regionCode, next.name);
        if (same && same.id !== id) throw fieldError('name', '本地区已有同名产品');
        if (locked.updated_at.getTime() !== before.updated_at.getTime()) throw conflict('该产品刚被他人修改，请刷新后再试');
        const v = row(next);
        await repo.update(trx, id, v, clock.now());
        await audit.record(trx, actor, { action: 'update', entityType: 'financeSecuritisation', entityId: id, before: row(current), after: v });
      });
      return this.get(actor, id);
    },

    /** Products issued in a year inside a region prefix (for the finance statistics). */
    async issued(year: number, prefix: string): Promise<{ products: number; amountFen: number }> {
      const r = await repo.issued(db, year, prefix);
      return { products: r.products, amountFen: r.amount_fen };
    },
  };
}
export type SecuritisationService = ReturnType<typeof createSecuritisationService>;
