import { CUSTOMS_RIGHT_KINDS } from '../../../common/enforcement-agency';
import type { EnforcementFigures, EnforcementStats, EnforcementStatsQuery } from '../../../common/enforcement-stats';
import type { Actor } from '../../platform/access';
import { chinaDate, type Clock } from '../../platform/clock';
import { writeWorkbook } from '../../platform/excel';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/unit-of-work';
import type { OrgServices } from '../org/org.contract';
import { type AgencyService, named } from './agency.service';
import { statisticsScope } from './enforcement.policy';
import type { IndicatorRow, StatisticsRepository } from './statistics.repository';
import { addMeasure, type EnforcementCounts, emptyCounts } from './domain/figure-parts';
import type { RollupSum } from '../../db/rollup';
import { INDICATOR_IDS, type IndicatorId } from '../../../common/indicators';
import type { ProvidedRow } from '../stats/stats.contract';
import { statisticsSheets } from './statistics.workbook';

/** What the statistics service needs. */
export interface StatisticsDeps {
  db: Db;
  clock: Clock;
  repo: StatisticsRepository;
  agency: AgencyService;
  org: OrgServices;
  /** Recomputes the statistics catalogue's values (the stats module reads this module's figures then). */
  refreshCatalogue: () => Promise<unknown>;
}

/** The repository's indicator rows as the stats module takes them (only catalogue ids). */
export function providedRows(rows: readonly IndicatorRow[]): ProvidedRow[] {
  const ids = new Set<string>(INDICATOR_IDS);
  return rows.filter((r) => ids.has(r.indicatorId)).map((r) => ({ ...r, indicatorId: r.indicatorId as IndicatorId }));
}

type Counts = EnforcementCounts;

/** Adds `b`'s counts into `a`. */
function add(a: Counts, b: Counts): void {
  for (const k of Object.keys(b) as (keyof Counts)[]) a[k] += b[k];
}

/** The answer's shape of summed counts. */
function figures(c: Counts): EnforcementFigures {
  return {
    casesReceived: c.cases_received,
    casesOpened: c.cases_opened,
    casesClosed: c.cases_closed,
    penalties: c.penalties,
    fineFen: c.fine_fen,
    confiscatedFen: c.confiscated_fen,
    transfers: c.transfers,
    transfersOpened: c.transfers_opened,
    transfersRefused: c.transfers_refused,
    transfersPending: c.transfers_pending,
    cluesReceived: c.clues_received,
    cluesAnswered: c.clues_answered,
    clueAnswerDays: c.clues_answered ? Math.round((c.clue_answer_days_sum / c.clues_answered) * 10) / 10 : null,
    detentions: c.detentions,
  };
}

/** Enforcement figures of a year, per agency and per district: the statistics page and its workbook. */
export function createStatisticsService(deps: StatisticsDeps) {
  const { db, repo, agency, clock } = deps;

  /** Every agency's and every region's counts of the span, from the monthly figures. */
  async function grouped(scope: ReturnType<typeof statisticsScope>, from: string, to: string): Promise<{ byOrg: Map<string, Counts>; byRegion: Map<string, Counts> }> {
    const byOrg = new Map<string, Counts>();
    const byRegion = new Map<string, Counts>();
    const into = (m: Map<string, Counts>, key: string, r: RollupSum) => {
      const c = m.get(key) ?? emptyCounts();
      addMeasure(c, r);
      m.set(key, c);
    };
    for (const r of await repo.figures(db, scope, from, to)) {
      into(byOrg, r.org_id, r);
      into(byRegion, r.region_code, r);
    }
    return { byOrg, byRegion };
  }

  async function compute(actor: Actor, q: EnforcementStatsQuery): Promise<EnforcementStats> {
    const year = q.year ?? Number(chinaDate(clock.now()).slice(0, 4));
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const scope = statisticsScope(actor, await agency.agentOf(actor));
    const [{ byOrg, byRegion }, rights] = await Promise.all([grouped(scope, from, to), repo.detentionsByRight(db, scope, from, to)]);
    const orgs = await agency.byId([...byOrg.keys()]);
    const totals = emptyCounts();
    for (const c of byRegion.values()) add(totals, c);
    return {
      year,
      totals: figures(totals),
      byAgency: [...byOrg.entries()].map(([id, c]) => ({ org: named(orgs, id), regionCode: orgs.get(id)?.regionCode ?? '', ...figures(c) })).sort((a, b) => b.casesReceived - a.casesReceived || a.org.name.localeCompare(b.org.name)),
      byDistrict: [...byRegion.entries()].map(([code, c]) => ({ regionCode: code, regionName: deps.org.regions.find(code)?.name ?? code, ...figures(c) })).sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
      detentionsByRight: rights.map((r) => ({
        rightKind: (CUSTOMS_RIGHT_KINDS as readonly string[]).includes(r.right_kind ?? '') ? (r.right_kind as (typeof CUSTOMS_RIGHT_KINDS)[number]) : 'unrecorded',
        detentions: r.detentions,
        confiscated: r.confiscated,
        declaredValueFen: r.declared_value_fen,
      })),
    };
  }

  return {
    /** The year's figures the caller may see: the office its region, an officer its agency, the procuratorate its region. */
    get: compute,
    /** Fills the monthly figures again from the records (after a bulk load that went around the repositories). */
    async rebuildFigures(): Promise<void> {
      await inTransaction(db, (trx) => repo.rebuildFigures(trx));
    },
    /** Hands the current figures to the statistics catalogue (dashboards, the yearly report, open data). */
    refreshCatalogue: deps.refreshCatalogue,
    /** The same figures as a workbook: per agency, per district, detentions by right. */
    async exportXlsx(actor: Actor, q: EnforcementStatsQuery): Promise<Buffer> {
      return writeWorkbook(statisticsSheets(await compute(actor, q)));
    },
  };
}
export type StatisticsService = ReturnType<typeof createStatisticsService>;
