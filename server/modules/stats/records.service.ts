import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import { type Award, AwardLabels } from '../../../common/stats';
import type { Gi, GiListQuery, Patent, PatentListQuery, Pct, PctListQuery, Trademark, TrademarkListQuery } from '../../../common/stats-records';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { canSeeRecord, statsScope } from './stats.policy';
import type { Clock } from '../../platform/clock';
import { chinaDate } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import type { RegionService } from '../org/org.contract';
import type { ComputeService } from './compute.service';
import type { StatsGiTable, StatsPatentTable, StatsPctTable, StatsTrademarkTable } from '../../db/tables/stats';
import { RECORD_TABLES, type RecordFilter, type RecordRepository } from './record.repository';
import { createRecordsExports } from './records.workbook';

type Row<T> = Omit<T, 'updated_at'> & { updated_at: Date };

/** The five high-value criteria a patent meets on `asOf` (Chinese labels; empty when none or not in force). */
export function highValueReasons(p: Row<StatsPatentTable>, asOf: string, thresholdFen: number): string[] {
  if (p.patent_type !== 'invention' || !p.grant_date || p.grant_date > asOf) return [];
  if (['pending', 'rejected', 'withdrawn'].includes(p.legal_status)) return [];
  if (['lapsed', 'invalidated', 'expired'].includes(p.legal_status) && p.status_date && p.status_date <= asOf) return [];
  const out: string[] = [];
  if (p.sei_code) out.push('战略性新兴产业');
  if (p.overseas_family) out.push('海外有同族专利权');
  const tenYears = `${Number(p.application_date.slice(0, 4)) + 10}${p.application_date.slice(4)}`;
  if (tenYears < asOf) out.push('维持年限超过10年');
  if (p.pledge_amount !== null && p.pledge_amount >= Math.max(1, thresholdFen)) out.push('质押融资金额达到阈值');
  if (p.award) out.push(AwardLabels[p.award as Award]?.zh ?? p.award);
  return out;
}

/** Lists, details and exports (records.workbook.ts) of patents, trademarks, PCT applications and geographical indications. */
export function createRecordsService(deps: { db: Db; repo: RecordRepository; regions: RegionService; compute: ComputeService; clock: Clock }) {
  const { db, repo, regions, compute, clock } = deps;
  const regionName = (code: string | null) => (code ? regions.fullName(code) : null);

  function base(q: { q?: string | undefined; regionCode?: string | undefined; year?: number | undefined; holderKind?: readonly string[] | undefined }): RecordFilter {
    return { q: q.q, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined, year: q.year, holderKinds: q.holderKind };
  }
  const paging = (q: { page: number; pageSize: number; sort?: string | undefined; order: 'asc' | 'desc' }) => ({ page: q.page, pageSize: q.pageSize, sort: q.sort, order: q.order });

  const mapPatent = (p: Row<StatsPatentTable>, asOf: string, thresholdFen: number): Patent => ({
    applicationNo: p.application_no,
    type: p.patent_type as Patent['type'],
    title: p.title,
    applicationDate: p.application_date,
    grantDate: p.grant_date,
    legalStatus: p.legal_status as Patent['legalStatus'],
    statusDate: p.status_date,
    holderName: p.holder_name,
    holderKind: p.holder_kind as Patent['holderKind'],
    regionCode: p.region_code,
    regionName: regionName(p.region_code),
    mainIpc: p.main_ipc,
    seiCode: p.sei_code,
    overseasFamily: p.overseas_family,
    pledgeAmountYuan: p.pledge_amount === null ? null : Number(p.pledge_amount) / 100,
    award: p.award as Patent['award'],
    highValueReasons: highValueReasons(p, asOf, thresholdFen),
    updatedAt: p.updated_at.toISOString(),
  });
  const mapTrademark = (t: Row<StatsTrademarkTable>): Trademark => ({
    registrationNo: t.registration_no,
    niceClass: t.nice_class,
    markName: t.mark_name,
    holderName: t.holder_name,
    holderKind: t.holder_kind as Trademark['holderKind'],
    regionCode: t.region_code,
    regionName: regionName(t.region_code),
    registrationDate: t.registration_date,
    status: t.status as Trademark['status'],
    statusDate: t.status_date,
    madrid: t.madrid,
    updatedAt: t.updated_at.toISOString(),
  });
  const mapPct = (c: Row<StatsPctTable>): Pct => ({
    pctNo: c.pct_no,
    filingDate: c.filing_date,
    applicantName: c.applicant_name,
    holderKind: c.holder_kind as Pct['holderKind'],
    regionCode: c.region_code,
    regionName: regionName(c.region_code),
    mainIpc: c.main_ipc,
    title: c.title,
    updatedAt: c.updated_at.toISOString(),
  });
  const mapGi = (g: Row<StatsGiTable>): Gi => ({
    giNo: g.gi_no,
    name: g.name,
    kind: g.gi_kind as Gi['kind'],
    regionCode: g.region_code,
    regionName: regions.fullName(g.region_code),
    holderName: g.holder_name,
    registrationDate: g.registration_date,
    status: g.status as Gi['status'],
    statusDate: g.status_date,
    updatedAt: g.updated_at.toISOString(),
  });

  const service = {
    async patents(actor: Actor, q: PatentListQuery): Promise<Page<Patent>> {
      const asOf = chinaDate(clock.now());
      const thresholdFen = await compute.thresholdFen(db);
      const filter: RecordFilter = { ...base(q), enums: { patent_type: q.type, legal_status: q.status }, highValue: q.highValue ? { asOf, thresholdFen } : undefined };
      const { rows, total } = await repo.list<Row<StatsPatentTable>>(db, RECORD_TABLES.patent, filter, statsScope(actor), paging(q));
      return { items: rows.map((r) => mapPatent(r, asOf, thresholdFen)), total, page: q.page, pageSize: q.pageSize };
    },
    /** One patent in the reader's scope. */
    async patent(actor: Actor, no: string): Promise<Patent> {
      const row = await repo.find<Row<StatsPatentTable>>(db, RECORD_TABLES.patent, no.toUpperCase().replace(/^(CN|ZL)/, ''));
      if (!row || !canSeeRecord(actor, { regionCode: row.region_code ?? '' })) throw notFound('专利');
      return mapPatent(row, chinaDate(clock.now()), await compute.thresholdFen(db));
    },
    async trademarks(actor: Actor, q: TrademarkListQuery): Promise<Page<Trademark>> {
      const filter: RecordFilter = { ...base(q), enums: { status: q.status }, niceClass: q.niceClass, madrid: q.madrid };
      const { rows, total } = await repo.list<Row<StatsTrademarkTable>>(db, RECORD_TABLES.trademark, filter, statsScope(actor), paging(q));
      return { items: rows.map(mapTrademark), total, page: q.page, pageSize: q.pageSize };
    },
    async pct(actor: Actor, q: PctListQuery): Promise<Page<Pct>> {
      const { rows, total } = await repo.list<Row<StatsPctTable>>(db, RECORD_TABLES.pct, base(q), statsScope(actor), paging(q));
      return { items: rows.map(mapPct), total, page: q.page, pageSize: q.pageSize };
    },
    async gis(actor: Actor, q: GiListQuery): Promise<Page<Gi>> {
      const filter: RecordFilter = { ...base(q), enums: { gi_kind: q.kind, status: q.status } };
      const { rows, total } = await repo.list<Row<StatsGiTable>>(db, RECORD_TABLES.gi, filter, statsScope(actor), paging(q));
      return { items: rows.map(mapGi), total, page: q.page, pageSize: q.pageSize };
    },
  };
  /** Plain reads for other modules (finance's pledge pre-checks and whitelist scoring): no reader scope, raw facts. */
  const facts = {
    /** The records of these patents (numbers with or without ZL/CN), trademarks and GIs, with a same-day invention flag on utility models. */
    async rights(numbers: { patents: readonly string[]; trademarks: readonly string[]; gis: readonly string[] }) {
      const key = (n: string) => n.trim().toUpperCase().replace(/^(CN|ZL)/, '');
      const [patents, trademarks, gis] = await Promise.all([
        repo.findMany<Row<StatsPatentTable>>(db, RECORD_TABLES.patent, numbers.patents.map(key)),
        repo.findMany<Row<StatsTrademarkTable>>(db, RECORD_TABLES.trademark, numbers.trademarks.map(key)),
        repo.findMany<Row<StatsGiTable>>(db, RECORD_TABLES.gi, [...numbers.gis]),
      ]);
      const models = patents.filter((p) => p.patent_type === 'utilityModel');
      const twins = await repo.inventionsFiledOn(db, models.map((p) => ({ holder: p.holder_name, date: p.application_date })));
      const hasTwin = (p: Row<StatsPatentTable>) => twins.some((t) => t.holder_name === p.holder_name && t.application_date === p.application_date && (!t.title || !p.title || t.title === p.title));
      return {
        patents: patents.map((p) => ({ number: p.application_no, holderName: p.holder_name, patentType: p.patent_type, title: p.title, applicationDate: p.application_date, grantDate: p.grant_date, legalStatus: p.legal_status, statusDate: p.status_date, seiCode: p.sei_code, regionCode: p.region_code, mainIpc: p.main_ipc, holderKind: p.holder_kind, sameDayInvention: p.patent_type === 'utilityModel' && hasTwin(p) })),
        trademarks: trademarks.map((t) => ({ number: t.registration_no, holderName: t.holder_name, title: t.mark_name, registrationDate: t.registration_date, status: t.status, statusDate: t.status_date, regionCode: t.region_code, holderKind: t.holder_kind })),
        gis: gis.map((g) => ({ number: g.gi_no, holderName: g.holder_name, title: g.name, registrationDate: g.registration_date, status: g.status, statusDate: g.status_date })),
      };
    },
    /** The strategic-emerging-industry code of each of these patents (numbers with or without ZL/CN) that has one, by the number as given. */
    async industries(numbers: readonly string[]): Promise<Map<string, string>> {
      const key = (n: string) => n.trim().toUpperCase().replace(/^(CN|ZL)/, '');
      const rows = await repo.seiCodes(db, [...new Set(numbers.map(key))]);
      const byKey = new Map(rows.flatMap((r) => (r.sei_code ? [[r.application_no, r.sei_code] as const] : [])));
      return new Map(numbers.flatMap((n) => (byKey.has(key(n)) ? [[n, byKey.get(key(n))!] as const] : [])));
    },
    /** Per holder name: invention patents in force today and how many are high-value. */
    async holders(names: readonly string[]): Promise<Map<string, { inventions: number; highValue: number }>> {
      const rows = await repo.holderCounts(db, names, chinaDate(clock.now()), await compute.thresholdFen(db));
      return new Map(rows.map((r) => [r.holder_name, { inventions: r.inventions, highValue: r.high_value }]));
    },
    /** Makes an enterprise the holder of a patent, trademark or GI record (the demo city's pledged rights). */
    async setHolder(kind: 'patent' | 'trademark' | 'gi', number: string, holderName: string): Promise<void> {
      await repo.setHolder(db, RECORD_TABLES[kind], number.trim().toUpperCase().replace(/^(CN|ZL)/, ''), holderName);
    },
  };
  return { ...service, ...createRecordsExports(service), facts };
}
export type RecordsService = ReturnType<typeof createRecordsService>;
