import { IpRightKindLabels, type IpRightKind } from '../../../common/finance';
import { type FinanceFiguresPublished, type FinanceStatistics, type PledgeTotals, SEI_INDUSTRIES, type SeiIndustry } from '../../../common/finance-stats';
import { type Measure, NATION_CODE } from '../../../common/stats';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditActor } from '../../platform/audit/audit.service';
import type { OrgServices } from '../org/org.contract';
import type { StatsServices } from '../stats/stats.contract';
import { financeScope } from './finance.policy';
import type { FinanceStatsRepository, PledgeTotalsRow, RegionYearSum } from './finance-stats.repository';
import { createVersionedCache, deepFreeze } from '../../platform/cache/versioned-cache';
import type { TableVersions, VersionedTable } from '../../platform/cache/table-version.repository';
import type { LoanFiguresService } from './loan-figures.service';
import { splitPledges } from './domain/pledge-splits';

/** The measures of the statistics catalogue the finance module gives (common/stats.ts). */
export const FINANCE_MEASURES = [
  'fin_pledge_amount', 'fin_pledge_count', 'fin_pledge_enterprises', 'fin_patent_pledge_amount', 'fin_trademark_pledge_amount', 'fin_gi_pledge_amount',
  'fin_inclusive_loan_amount', 'fin_inclusive_loans', 'fin_subsidies_paid', 'fin_securitisation_amount',
] as const satisfies readonly Measure[];
const KIND_MEASURE: Record<IpRightKind, Measure> = { patent: 'fin_patent_pledge_amount', trademark: 'fin_trademark_pledge_amount', gi: 'fin_gi_pledge_amount' };
/** What the statistics page is read from: the finance tables, the names of organisations, and the statistics (industries of patents). */
const STATS_TABLES: VersionedTable[] = ['finance_loan', 'finance_pledge', 'finance_pledge_right', 'finance_pool_ledger', 'finance_subsidy_application', 'finance_subsidy_batch', 'finance_securitisation', 'org', 'stats_value'];
const FIGURE_SOURCE = '本平台知识产权金融模块按登记、贷款、补贴和证券化记录汇总';

const totals = (r: PledgeTotalsRow): PledgeTotals => ({ projects: r.projects, amountFen: r.amount_fen, enterprises: r.enterprises });
/** Growth in basis points; null without a base year to grow from. */
export const growthBp = (current: number, previous: number): number | null => (previous > 0 ? Math.round(((current - previous) * 10_000) / previous) : null);
/** Fen as whole 万元, the unit of the catalogue's amounts. */
const wan = (fen: number) => Math.round(fen / 1_000_000);
/** The region codes a record of this code counts toward: itself, its city and its province. */
export function levelsOf(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}

/** The finance statistics page, and the finance indicators given to the statistics catalogue. */
export function createFinanceStatsService(deps: { db: Db; repo: FinanceStatsRepository; org: OrgServices; stats: StatsServices; loanFigures: LoanFiguresService; versions: TableVersions; securitisation: (year: number, prefix: string) => Promise<{ products: number; amountFen: number }> }) {
  const { db, repo, org, stats, loanFigures, versions } = deps;
  const cache = createVersionedCache<FinanceStatistics>(64);

  /** The year's pledges summed and split, industries from the stats records' codes of their first patents. */
  async function pledgeSplits(year: number, prefix: string, scope: ReturnType<typeof financeScope>) {
    const rows = await repo.pledgeRows(db, year, prefix, scope);
    const codes = await stats.records.facts.industries(rows.flatMap((r) => (r.first_patent ? [r.first_patent] : [])));
    return splitPledges(rows, (patent) => {
      const code = patent ? codes.get(patent)?.charAt(0) : undefined;
      return code && code in SEI_INDUSTRIES ? code : 'other';
    });
  }

  /** The catalogue's finance figures of every year and region (district, city, province) from the records. */
  async function figureRows(): Promise<{ regionCode: string; year: number; measure: Measure; value: number }[]> {
    const [pledges, inclusive, subsidies, products] = await Promise.all([repo.pledgeFacts(db), repo.inclusiveLoanSums(db), repo.subsidySums(db), repo.securitisationSums(db)]);
    const sums = new Map<string, number>();
    const add = (code: string, year: number, measure: Measure, value: number) => {
      for (const c of levelsOf(code)) sums.set(`${c}|${year}|${measure}`, (sums.get(`${c}|${year}|${measure}`) ?? 0) + value);
    };
    const enterprises = new Map<string, Set<string>>();
    for (const p of pledges) {
      add(p.region_code, p.year, 'fin_pledge_count', 1);
      add(p.region_code, p.year, 'fin_pledge_amount', p.amount_fen);
      for (const k of p.kinds) if (k in KIND_MEASURE) add(p.region_code, p.year, KIND_MEASURE[k as IpRightKind], p.amount_fen);
      for (const c of levelsOf(p.region_code)) {
        const key = `${c}|${p.year}|fin_pledge_enterprises`;
        enterprises.set(key, (enterprises.get(key) ?? new Set<string>()).add(p.enterprise_org_id));
      }
    }
    const addSums = (rows: RegionYearSum[], amount: Measure, count?: Measure) => {
      for (const r of rows) {
        add(r.region_code, r.year, amount, r.fen);
        if (count) add(r.region_code, r.year, count, r.n);
      }
    };
    addSums(inclusive, 'fin_inclusive_loan_amount', 'fin_inclusive_loans');
    addSums(subsidies, 'fin_subsidies_paid');
    addSums(products, 'fin_securitisation_amount');
    const isAmount = (m: string) => m.endsWith('_amount') || m === 'fin_subsidies_paid';
    const rows = [...sums].map(([key, v]) => {
      const [regionCode, year, measure] = key.split('|');
      return { regionCode, year: Number(year), measure: measure as Measure, value: isAmount(measure) ? wan(v) : v };
    });
    for (const [key, set] of enterprises) {
      const [regionCode, year] = key.split('|');
      rows.push({ regionCode, year: Number(year), measure: 'fin_pledge_enterprises', value: set.size });
    }
    return rows.filter((r) => r.regionCode !== NATION_CODE && org.regions.exists(r.regionCode));
  }

  return {
    /**
     * The finance statistics of a year inside a region (the caller's own when none is given, or a
     * narrower one inside it): pledges with their split by kind, district, bank and industry and the
     * growth on the year before; the loan figures; securitisation issued.
     */
    async statistics(actor: Actor, year: number, regionCode?: string | null): Promise<FinanceStatistics> {
      const scope = financeScope(actor);
      const own = scope.kind === 'region' ? scope.prefix : '';
      const asked = regionCode ? regionCode.replace(/(00)+$/, '') : null;
      const p = asked && asked.startsWith(own) ? asked : own;
      // The answer depends only on the finance tables (and names and records that change with them
      // or with a statistics import): kept while none of them has been written.
      const version = await versions.combined(db, STATS_TABLES);
      const key = `${JSON.stringify(scope)}|${year}|${p}`;
      const hit = cache.get(key, version);
      if (hit) return hit;
      const [splits, previous, loans, previousLoanAmountFen, securitisation] = await Promise.all([
        pledgeSplits(year, p, scope),
        repo.pledgeTotals(db, year - 1, p, scope),
        loanFigures.loanFigures(actor, year, p || null),
        loanFigures.lentAmount(actor, year - 1, p),
        deps.securitisation(year, p),
      ]);
      const bankNames = new Map((await org.orgs.lookup(null, splits.byBank.map((b) => b.key))).map((o) => [o.id, o.name]));
      const current = splits.total;
      const answer: FinanceStatistics = deepFreeze({
        year,
        regionPrefix: p,
        regionName: p ? org.regions.fullName(p.padEnd(6, '0')) : '全国',
        pledges: current,
        previousPledges: totals(previous),
        pledgeAmountGrowthBp: growthBp(current.amountFen, previous.amount_fen),
        pledgeProjectsGrowthBp: growthBp(current.projects, previous.projects),
        enterprisesGrowthBp: growthBp(current.enterprises, previous.enterprises),
        byKind: splits.byKind.map((k) => ({ key: k.key, ...k.totals, kind: k.key as IpRightKind, name: IpRightKindLabels[k.key as IpRightKind].zh })),
        byDistrict: splits.byDistrict.map((d) => ({ key: d.key, ...d.totals, name: org.regions.fullName(d.key) })),
        byBank: splits.byBank.map((b) => ({ key: b.key, ...b.totals, name: bankNames.get(b.key) ?? '' })),
        byIndustry: splits.byIndustry.map((i) => ({ key: i.key, ...i.totals, industry: i.key as SeiIndustry, name: SEI_INDUSTRIES[i.key as SeiIndustry].zh })),
        loans,
        previousLoanAmountFen,
        loanAmountGrowthBp: growthBp(loans.amountFen, previousLoanAmountFen),
        securitisation,
      });
      cache.set(key, version, answer);
      return answer;
    },

    /**
     * Gives the finance figures of every year and region to the statistics catalogue (stats keeps
     * them as figures of the `fin_` measures and recomputes its indicators), so dashboards, the
     * yearly report and open data show them. Idempotent: unchanged figures write nothing.
     */
    async publishFigures(by: AuditActor): Promise<FinanceFiguresPublished> {
      const rows = await figureRows();
      const changed = await stats.reference.replaceComputedFigures(by, FINANCE_MEASURES, FIGURE_SOURCE, rows);
      return { years: [...new Set(rows.map((r) => r.year))].sort(), rows: rows.length, changed };
    },
  };
}
export type FinanceStatsService = ReturnType<typeof createFinanceStatsService>;
