import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { TERMINAL_STATUS_SQL } from './case.repository';

/** One row of the grouped counts: `g` is the grouping() bit mask saying which breakdown it belongs to. */
export interface StatRow {
  g: number;
  source: string | null;
  dispute_type: string | null;
  outcome: string | null;
  org_id: string | null;
  mediator_id: string | null;
  cases: number;
  open: number;
  concluded: number;
  succeeded: number;
  dur_sum: number | null;
  dur_n: number;
  period_sum: number | null;
  within_n: number;
  agreements: number;
  confirmed: number;
}

const CONCLUDED = `c.outcome in ('agreement', 'failure')`;
/** The day mediation ended (agreement in effect or termination), which is not the case's closing date. */
const MEDIATION_ENDED = `c.mediation_ended_on`;

export const statisticsRepository = {
  /**
   * The period's mediation cases counted once per combination of the five breakdowns (a few thousand
   * rows at most, since a mediator belongs to one organisation), then rolled up six ways with
   * grouping sets: each case is read and tested once instead of once per breakdown.
   */
  async aggregate(db: Db, from: string, to: string, region: string | null, orgId: string | undefined): Promise<StatRow[]> {
    const r = await sql<StatRow>`
      with base as (
        select c.source, c.dispute_type, c.outcome, c.org_id, c.mediator_id,
               count(*) as cases,
               count(*) filter (where c.status not in ${sql.raw(TERMINAL_STATUS_SQL)}) as open,
               count(*) filter (where ${sql.raw(CONCLUDED)}) as concluded,
               count(*) filter (where c.outcome = 'agreement') as succeeded,
               sum(${sql.raw(MEDIATION_ENDED)} - c.accepted_on) filter (where ${sql.raw(CONCLUDED)} and c.accepted_on is not null) as dur_sum,
               count(*) filter (where ${sql.raw(CONCLUDED)} and c.accepted_on is not null) as dur_n,
               sum(coalesce(c.period_days, 0) + c.extension_days) filter (where ${sql.raw(CONCLUDED)} and c.accepted_on is not null) as period_sum,
               count(*) filter (where ${sql.raw(CONCLUDED)} and c.accepted_on is not null
                                and ${sql.raw(MEDIATION_ENDED)} - c.accepted_on - c.paused_days <= coalesce(c.period_days, 0) + c.extension_days) as within_n,
               count(*) filter (where c.outcome = 'agreement' and c.source <> 'courtInLitigation' and not c.affects_validity) as agreements,
               count(*) filter (where c.confirmation_result = 'confirmed') as confirmed
        from protection_case c
        where c.kind = 'mediation' and c.received_on between ${from} and ${to}
          ${region !== null ? sql`and c.region_code like ${region + '%'}` : sql``}
          ${orgId ? sql`and c.org_id = ${orgId}` : sql``}
        group by 1, 2, 3, 4, 5
      )
      select grouping(source, dispute_type, outcome, org_id, mediator_id)::int as g,
             source, dispute_type, outcome, org_id, mediator_id,
             sum(cases)::int as cases, sum(open)::int as open, sum(concluded)::int as concluded, sum(succeeded)::int as succeeded,
             sum(dur_sum)::float as dur_sum, sum(dur_n)::int as dur_n, sum(period_sum)::float as period_sum, sum(within_n)::int as within_n,
             sum(agreements)::int as agreements, sum(confirmed)::int as confirmed
      from base
      group by grouping sets ((), (source), (dispute_type), (outcome), (org_id), (mediator_id))`.execute(db);
    return r.rows;
  },

  /** The names of mediators by id. */
  async namesOfMediators(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('protection_mediator').select(['id', 'name']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};
export type StatisticsRepository = typeof statisticsRepository;
