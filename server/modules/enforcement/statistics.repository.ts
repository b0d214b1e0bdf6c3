import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { EnforcementScope } from './enforcement.policy';
import { rebuildRollup, type RollupSum, rollupSums } from '../../db/rollup';
import { ALL_MEASURES, caseParts, clueParts, detentionParts, transferParts } from './domain/figure-parts';

export interface RightCounts {
  right_kind: string | null;
  detentions: number;
  confiscated: number;
  declared_value_fen: number;
}

/** A scope over a table's region column and the organisation column that makes a row an agency's own. */
function scoped(scope: EnforcementScope, regionCol: string, orgCol: string) {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`${sql.ref(regionCol)} like ${scope.prefix + '%'}`;
    case 'org':
      return sql<boolean>`${sql.ref(orgCol)} = ${scope.orgId}`;
    case 'none':
      return sql<boolean>`false`;
  }
}

/**
 * The year's enforcement figures. Each dated event counts in its own month (received, opened, closed,
 * decided), so a case opened last year and closed this year counts once as closed; the monthly
 * figures table holds those counts, kept on every write (domain/figure-parts.ts).
 */
export const statisticsRepository = {
  indicatorRows: (db: Db): Promise<IndicatorRow[]> => indicatorRows(db),

  /** Fills the monthly figures again from every case, transfer, clue and detention (after a bulk load that went around the repositories). */
  async rebuildFigures(trx: Db): Promise<void> {
    const [cases, transfers, clues, detentions] = await Promise.all([
      trx.selectFrom('enforcement_case').select(['region_code', 'org_id', 'received_on', 'opened_on', 'closed_on', 'decided_on', 'decision', 'fine_fen', 'confiscated_fen']).execute(),
      trx.selectFrom('enforcement_transfer').select(['region_code', 'from_org_id', 'reported_on', 'status']).execute(),
      trx.selectFrom('enforcement_clue').select(['region_code', 'to_org_id', 'passed_on', 'answered_on']).execute(),
      trx.selectFrom('enforcement_detention').select(['region_code', 'customs_org_id', 'detained_on', 'notified_on']).execute(),
    ]);
    await rebuildRollup(trx, 'enforcement_figure_month', [...cases.flatMap(caseParts), ...transfers.flatMap(transferParts), ...clues.flatMap(clueParts), ...detentions.flatMap(detentionParts)]);
  },

  /** The monthly figures of the span summed by agency and region, within the scope. */
  async figures(db: Db, scope: EnforcementScope, from: string, to: string): Promise<RollupSum[]> {
    if (scope.kind === 'none') return [];
    const narrow = scope.kind === 'region' ? { prefix: scope.prefix } : scope.kind === 'org' ? { orgId: scope.orgId } : {};
    return rollupSums(db, 'enforcement_figure_month', { measures: ALL_MEASURES, from, to, ...narrow });
  },

  /** Detentions of the year by the kind of right they protect (through the recordal; none when unrecorded). */
  async detentionsByRight(db: Db, scope: EnforcementScope, from: string, to: string): Promise<RightCounts[]> {
    const r = await sql<RightCounts>`
      select rec.right_kind, count(*)::int as detentions, count(*) filter (where d.status = 'confiscated')::int as confiscated,
        coalesce(sum(d.declared_value_fen), 0)::float8 as declared_value_fen
      from enforcement_detention d left join enforcement_recordal rec on rec.id = d.recordal_id
      where ${scoped(scope, 'd.region_code', 'd.customs_org_id')} and coalesce(d.detained_on, d.notified_on) between ${from} and ${to}
      group by rec.right_kind order by rec.right_kind nulls last`.execute(db);
    return r.rows;
  },
};
export type StatisticsRepository = typeof statisticsRepository;

/** One region's and year's value of a catalogue indicator, as the stats module takes it. */
export interface IndicatorRow {
  regionCode: string;
  year: number;
  indicatorId: string;
  numerator: number;
  denominator: number | null;
}

/** Every year's enforcement indicator values by region, for the statistics catalogue (read on each stats refresh). */
async function indicatorRows(db: Db): Promise<IndicatorRow[]> {
  const r = await sql<IndicatorRow>`
    select region_code as "regionCode", year::int as year, id as "indicatorId", numerator::float8 as numerator, denominator::float8 as denominator from (
      select region_code, extract(year from opened_on) as year, 'enfCasesOpened' as id, count(*) as numerator, null::bigint as denominator from enforcement_case where opened_on is not null group by 1, 2
      union all
      select region_code, extract(year from closed_on), 'enfCasesClosed', count(*), null from enforcement_case where closed_on is not null group by 1, 2
      union all
      select region_code, extract(year from decided_on), 'enfPenalties', count(*), null from enforcement_case where decision = 'penalty' group by 1, 2
      union all
      select region_code, extract(year from decided_on), 'enfPenaltyAmount', sum(coalesce(fine_fen, 0) + coalesce(confiscated_fen, 0)) / 1000000.0, null from enforcement_case where decision = 'penalty' group by 1, 2
      union all
      select region_code, extract(year from reported_on), 'enfTransfers', count(*), null from enforcement_transfer group by 1, 2
      union all
      select region_code, extract(year from reported_on), 'enfTransfersOpened', count(*), null from enforcement_transfer where status = 'opened' group by 1, 2
      union all
      select d.region_code, extract(year from coalesce(d.detained_on, d.notified_on)), case rec.right_kind when 'trademark' then 'enfDetentionsTrademark' else 'enfDetentionsPatent' end, count(*), null
        from enforcement_detention d join enforcement_recordal rec on rec.id = d.recordal_id where rec.right_kind in ('trademark', 'patent') group by 1, 2, 3
      union all
      select region_code, extract(year from coalesce(detained_on, notified_on)), 'enfDetentions', count(*), null from enforcement_detention group by 1, 2
      union all
      select region_code, extract(year from passed_on), 'enfClueAnswerDays', sum(answered_on - passed_on), count(*) from enforcement_clue where answered_on is not null group by 1, 2
    ) v`.execute(db);
  return r.rows;
}
