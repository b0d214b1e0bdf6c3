import type { Logger } from 'pino';
import { INDICATORS, type IndicatorId, indicatorInfo, type WorkPlanTarget } from '../../../common/indicators';
import type { CliIndicator, Compare, CompareQuery, Dashboard, IndicatorValue, RankingPage, RankingQuery, StatsRegionInfo, Trend, TrendQuery } from '../../../common/stats';
import { NATION_CODE } from '../../../common/stats';
import type { Db } from '../../db/database';
import type { TableVersions } from '../../platform/cache/table-version.repository';
import { createVersionedCache, deepFreeze } from '../../platform/cache/versioned-cache';
import { notFound } from '../../platform/errors';
import { type ExportColumn, PERCENT_FORMAT, writeSheet, writeWorkbook } from '../../platform/excel';
import { buildCards, narrativeOf } from './cards';
import { sheet } from './xlsx';
import type { ComputeService } from './compute.service';
import type { PublicationRepository } from './publication.repository';
import { basisOf, type StoredValue, type ValueRepository } from './value.repository';

/** The dashboards' reads: cards with the narrative, trends, sub-region comparison and rankings, each also as Excel. */
export function createDashboardService(deps: {
  db: Db;
  values: ValueRepository;
  publications: PublicationRepository;
  compute: ComputeService;
  targets: (regionCode: string, year: number) => Promise<WorkPlanTarget[]>;
  versions: TableVersions;
  logger: Logger;
}) {
  const { db, values, publications, compute, targets, versions, logger } = deps;
  /** The work-plan targets of a region and year; the cards still show, without them, when the tasks module fails. */
  const targetsOf = (code: string, year: number) =>
    targets(code, year).catch((err: unknown) => {
      logger.warn({ err, regionCode: code, year }, 'work-plan targets unavailable for the stats dashboard');
      return [] as WorkPlanTarget[];
    });
  // A region's values of every year, as the cards need them (the streaks look back over all
  // years), kept while no import or recompute has written the values since.
  const regionValues = createVersionedCache<readonly StoredValue[]>(256);

  /** The stored values of each region, read from the database only for regions not cached at this version. */
  async function valuesOf(codes: readonly string[]): Promise<Map<string, readonly StoredValue[]>> {
    const version = await versions.current(db, 'stats_value');
    const found = new Map<string, readonly StoredValue[]>();
    for (const c of codes) {
      const hit = regionValues.get(c, version);
      if (hit) found.set(c, hit);
    }
    const missing = codes.filter((c) => !found.has(c));
    if (missing.length > 0) {
      const rows = await values.forCodes(db, missing);
      for (const c of missing) {
        const own = deepFreeze(rows.filter((r) => r.region_code === c));
        regionValues.set(c, version, own);
        found.set(c, own);
      }
    }
    return found;
  }

  function regionInfo(code: string): StatsRegionInfo {
    const node = compute.tree().get(code);
    if (!node) throw notFound('行政区划');
    return { code, name: node.name, fullName: node.fullName, level: node.level };
  }
  const indicatorMeta = (id: IndicatorId) => {
    const i = indicatorInfo(id);
    return { id, name: i.name, unit: i.unit, decimals: i.decimals };
  };

  const service = {
    regionInfo,

    /** Cards, narrative and publication state of a region for a year (the latest year with values by default). */
    async dashboard(code: string, year?: number): Promise<Dashboard> {
      const region = regionInfo(code);
      const tree = compute.tree();
      const byCode = await valuesOf([code, NATION_CODE]);
      const rows = byCode.get(code) ?? [];
      const national = byCode.get(NATION_CODE) ?? [];
      const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
      const y = year ?? years[years.length - 1] ?? null;
      const hasChildren = (tree.children.get(code) ?? []).length > 0 && region.level !== 'nation';
      const childLevel = hasChildren ? (region.level === 'province' && !tree.isCity(code) ? '市' : '区县') : null;
      if (y === null) return { region, year: null, years, cards: [], narrative: '', publishedAt: null, childLevel };
      const [plan, threshold, publication] = await Promise.all([targetsOf(code, y), compute.thresholdYuan(db), publications.find(db, code, y)]);
      const cards = buildCards({ tree, year: y, values: rows, national, targets: plan, pledgeThresholdYuan: threshold });
      const peers = new Map(rows.filter((r) => r.year === y).map((r) => [r.indicator_id, r.peer]));
      return { region, year: y, years, cards, narrative: narrativeOf(tree, code, y, cards, (id) => peers.get(id) ?? null), publishedAt: publication?.published_at.toISOString() ?? null, childLevel };
    },

    /** The peer group a region is ranked in for an indicator and year (null when it has no value). */
    async peerOf(code: string, year: number, indicator: IndicatorId): Promise<string | null> {
      const rows = await values.series(db, code, indicator, year, year);
      return rows[0]?.peer ?? null;
    },

    /** One indicator of a region over the years, with the national level beside it. */
    async trend(q: TrendQuery): Promise<Trend> {
      const region = regionInfo(q.region);
      const from = q.from ?? 1985;
      const to = q.to ?? 2100;
      const [own, national] = await Promise.all([values.series(db, q.region, q.indicator, from, to), values.series(db, NATION_CODE, q.indicator, from, to)]);
      const nat = new Map(national.map((r) => [r.year, r.value]));
      return { region, indicator: indicatorMeta(q.indicator), points: own.map((r) => ({ year: r.year, value: r.value, nationalValue: nat.get(r.year) ?? null, rank: r.rank, rankOf: r.rank_of })) };
    },

    /** The sub-regions (districts of a city, cities of a province) side by side. */
    async compare(q: CompareQuery): Promise<Compare> {
      const region = regionInfo(q.region);
      const children = compute.tree().children.get(q.region) ?? [];
      const rows = await values.forRegions(db, region.level === 'nation' ? [] : children, q.year);
      const byCode = new Map(rows.filter((r) => r.indicator_id === q.indicator).map((r) => [r.region_code, r]));
      const items = children
        .filter((c) => byCode.has(c))
        .map((c) => {
          const r = byCode.get(c)!;
          return { regionCode: c, regionName: compute.tree().get(c)!.name, value: r.value, rank: r.peer2?.startsWith('province:') ? r.rank2 : r.rank, basis: basisOf(r.basis) };
        })
        .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
      return { region, year: q.year, indicator: indicatorMeta(q.indicator), items };
    },

    /** A peer group ranked by one indicator, with filters, sorting and paging. */
    async ranking(q: RankingQuery): Promise<RankingPage> {
      const tree = compute.tree();
      const [rows, previous] = await Promise.all([values.peers(db, q.year, q.indicator, q.peer), values.peers(db, q.year - 1, q.indicator, q.peer)]);
      const prev = new Map(previous.map((r) => [r.region_code, r.value]));
      let items = rows.map((r) => {
        const p = prev.get(r.region_code) ?? null;
        return { rank: r.r, regionCode: r.region_code, regionName: tree.get(r.region_code)?.fullName ?? r.region_code, value: r.value, yoy: r.value !== null && p ? (r.value - p) / p : null, basis: basisOf(r.basis) };
      });
      if (q.q) items = items.filter((i) => i.regionName.includes(q.q!));
      const sort = q.sort ?? 'rank';
      const dir = q.order === 'desc' ? -1 : 1;
      const key = (i: (typeof items)[number]) => (sort === 'rank' ? (i.rank ?? Infinity) : sort === 'value' ? (i.value ?? -Infinity) : 0);
      items.sort((a, b) => (sort === 'regionCode' ? a.regionCode.localeCompare(b.regionCode) : key(a) - key(b)) * dir || a.regionCode.localeCompare(b.regionCode));
      const start = (q.page - 1) * q.pageSize;
      return { items: items.slice(start, start + q.pageSize), total: items.length, page: q.page, pageSize: q.pageSize, peerLabel: tree.peerLabel(q.peer), rankOf: rows.find((r) => r.r_of !== null)?.r_of ?? 0 };
    },

    /** The command line's contract: id, name, value, unit, rank (main peer group) and the national average. */
    async cliIndicators(code: string, year: number): Promise<CliIndicator[]> {
      const d = await service.dashboard(code, year);
      const cards = d.cards.length ? d.cards : INDICATORS.map((i) => ({ id: i.id, name: i.name, value: null, unit: i.unit, rank: null, nationalAverage: null }));
      return cards.map((c) => ({ id: c.id, name: c.name, value: c.value, unit: c.unit, rank: c.rank, nationalAverage: c.nationalAverage }));
    },

    async exportDashboard(code: string, year?: number): Promise<Buffer> {
      const d = await service.dashboard(code, year);
      return writeWorkbook([
        sheet({ name: `${d.region.name}${d.year ?? ''}年指标`, columns: CARD_COLUMNS, rows: d.cards }),
        sheet({ name: '统计分析', columns: [{ header: '统计分析', width: 120, value: (s: string) => s }], rows: [d.narrative] }),
      ]);
    },
    async exportTrend(q: TrendQuery): Promise<Buffer> {
      const t = await service.trend(q);
      return writeSheet({
        name: `${t.region.name}${t.indicator.name}`,
        columns: [
          { header: '年份', value: (p: Trend['points'][number]) => p.year },
          { header: `${t.indicator.name}（${t.indicator.unit}）`, width: 20, value: (p) => p.value },
          { header: '全国', width: 16, value: (p) => p.nationalValue },
          { header: '排名', value: (p) => p.rank },
          { header: '参与排名数', value: (p) => p.rankOf },
        ],
        rows: t.points,
      });
    },
    async exportCompare(q: CompareQuery): Promise<Buffer> {
      const c = await service.compare(q);
      return writeSheet({
        name: `${c.region.name}${c.year}年${c.indicator.name}`,
        columns: [
          { header: '行政区划代码', width: 12, value: (i: Compare['items'][number]) => i.regionCode },
          { header: '行政区划', width: 16, value: (i) => i.regionName },
          { header: `${c.indicator.name}（${c.indicator.unit}）`, width: 20, value: (i) => i.value },
          { header: '排名', value: (i) => i.rank },
        ],
        rows: c.items,
      });
    },
    async exportRanking(q: RankingQuery): Promise<Buffer> {
      const r = await service.ranking({ ...q, page: 1, pageSize: 10_000 });
      const name = indicatorInfo(q.indicator).name;
      return writeSheet({
        name: `${q.year}年${name}排名`,
        columns: [
          { header: '排名', value: (i: RankingPage['items'][number]) => i.rank },
          { header: '行政区划代码', width: 12, value: (i) => i.regionCode },
          { header: '行政区划', width: 24, value: (i) => i.regionName },
          { header: `${name}（${indicatorInfo(q.indicator).unit}）`, width: 20, value: (i) => i.value },
          { header: '同比', numFmt: PERCENT_FORMAT, value: (i) => i.yoy },
        ],
        rows: r.items,
      });
    },
  };
  return service;
}
export type DashboardService = ReturnType<typeof createDashboardService>;

const CARD_COLUMNS: ExportColumn<IndicatorValue>[] = [
  { header: '指标', width: 30, value: (c) => c.name },
  { header: '数值', width: 14, value: (c) => c.value },
  { header: '单位', width: 6, value: (c) => c.unit },
  { header: '上年', width: 14, value: (c) => c.previous },
  { header: '同比', width: 10, numFmt: PERCENT_FORMAT, value: (c) => c.yoy },
  { header: '排名', width: 8, value: (c) => c.rank },
  { header: '比较范围', width: 16, value: (c) => c.peerLabel },
  { header: '连续第一（年）', width: 10, value: (c) => (c.streak > 0 ? c.streak : null) },
  { header: '全国', width: 14, value: (c) => c.nationalValue },
  { header: '数据依据', width: 20, value: (c) => c.basisNote },
  { header: '计算公式', width: 50, value: (c) => c.definition.formula },
  { header: '定义来源', width: 50, value: (c) => c.definition.source },
  { header: '定义版本', width: 20, value: (c) => c.definition.version },
];

