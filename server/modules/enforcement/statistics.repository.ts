import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { EnforcementScope } from './enforcement.policy';

/** Counts of one group (an agency in a region) as the statistics queries answer them. */
export interface FigureCounts {
  org_key: string;
  region_key: string;
  cases_received: number;
  cases_opened: number;
  cases_closed: number;
  penalties: number;
  fine_fen: number;
  confiscated_fen: number;
  transfers: number;
  transfers_opened: number;
  transfers_refused: number;
  transfers_pending: number;
  clues_received: number;
  clues_answered: number;
  clue_answer_days_sum: number;
  detentions: number;
}
type Keys = 'org_key' | 'region_key';
export type CaseCounts = Pick<FigureCounts, Keys | 'cases_received' | 'cases_opened' | 'cases_closed' | 'penalties' | 'fine_fen' | 'confiscated_fen'>;
export type TransferCounts = Pick<FigureCounts, Keys | 'transfers' | 'transfers_opened' | 'transfers_refused' | 'transfers_pending'>;
export type ClueCounts = Pick<FigureCounts, Keys | 'clues_received' | 'clues_answered' | 'clue_answer_days_sum'>;
export type DetentionCounts = Pick<FigureCounts, Keys | 'detentions'>;
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
 * The year's enforcement figures, summed in the database. Each date column counts its own event
 * (received, opened, closed, decided), so a case opened last year and closed this year counts once
 * as closed; the row filter keeps to cases with any of them in the year.
 */
export const statisticsRepository = {
  indicatorRows: (db: Db): Promise<IndicatorRow[]> => indicatorRows(db),

  async cases(db: Db, scope: EnforcementScope, from: string, to: string): Promise<CaseCounts[]> {
    const inScope = scoped(scope, 'region_code', 'org_id');
    // One branch per event, each on its own date index, instead of one scan testing four dates.
    const r = await sql<CaseCounts>`
      select org_id::text as org_key, region_code as region_key,
        sum(received)::int as cases_received, sum(opened)::int as cases_opened, sum(closed)::int as cases_closed, sum(penalties)::int as penalties,
        coalesce(sum(fine_fen), 0)::float8 as fine_fen, coalesce(sum(confiscated_fen), 0)::float8 as confiscated_fen
      from (
        select org_id, region_code, 1 as received, 0 as opened, 0 as closed, 0 as penalties, 0::bigint as fine_fen, 0::bigint as confiscated_fen
          from enforcement_case where ${inScope} and received_on between ${from} and ${to}
        union all
        select org_id, region_code, 0, 1, 0, 0, 0, 0 from enforcement_case where ${inScope} and opened_on between ${from} and ${to}
        union all
        select org_id, region_code, 0, 0, 1, 0, 0, 0 from enforcement_case where ${inScope} and closed_on between ${from} and ${to}
        union all
        select org_id, region_code, 0, 0, 0, case when decision = 'penalty' then 1 else 0 end, fine_fen, confiscated_fen
          from enforcement_case where ${inScope} and decided_on between ${from} and ${to}
      ) e
      group by 1, 2`.execute(db);
    return r.rows;
  },

  async transfers(db: Db, scope: EnforcementScope, from: string, to: string): Promise<TransferCounts[]> {
    const r = await sql<TransferCounts>`
      select from_org_id::text as org_key, region_code as region_key, count(*)::int as transfers,
        count(*) filter (where status = 'opened')::int as transfers_opened,
        count(*) filter (where status = 'refusedFinal')::int as transfers_refused,
        count(*) filter (where status in ('reported', 'sent', 'refused', 'reconsidering'))::int as transfers_pending
      from enforcement_transfer
      where ${scoped(scope, 'region_code', 'from_org_id')} and reported_on between ${from} and ${to}
      group by 1, 2`.execute(db);
    return r.rows;
  },

  async clues(db: Db, scope: EnforcementScope, from: string, to: string): Promise<ClueCounts[]> {
    const r = await sql<ClueCounts>`
      select to_org_id::text as org_key, region_code as region_key, count(*)::int as clues_received, count(answered_on)::int as clues_answered,
        coalesce(sum(answered_on - passed_on), 0)::int as clue_answer_days_sum
      from enforcement_clue
      where ${scoped(scope, 'region_code', 'to_org_id')} and passed_on between ${from} and ${to}
      group by 1, 2`.execute(db);
    return r.rows;
  },

  async detentions(db: Db, scope: EnforcementScope, from: string, to: string): Promise<DetentionCounts[]> {
    const r = await sql<DetentionCounts>`
      select customs_org_id::text as org_key, region_code as region_key, count(*)::int as detentions
      from enforcement_detention
      where ${scoped(scope, 'region_code', 'customs_org_id')} and coalesce(detained_on, notified_on) between ${from} and ${to}
      group by 1, 2`.execute(db);
    return r.rows;
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
