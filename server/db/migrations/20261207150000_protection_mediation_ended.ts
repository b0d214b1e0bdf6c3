import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * The day mediation ended gets its own column, apart from the case's closing date (结案日期).
 * A failed mediation used to set the closing date on termination while the case stayed open for
 * the failure report and the transfer; the closing date is now set only when the case closes.
 *
 * Existing rows: a mediation that was accepted and then ended (agreement in effect, failure or
 * withdrawal) takes its end from the agreement's effective date or the old closing date; cases
 * still open after a failed mediation lose the closing date they were given too early, and those
 * since transferred close on the day of the transfer (from their timeline). The statistics index
 * carries the new column so the statistics stay an index-only scan.
 */
const UP = `
alter table protection_case add column mediation_ended_on date;
update protection_case set mediation_ended_on = coalesce(effective_on, ended_on)
  where kind = 'mediation' and accepted_on is not null
    and (effective_on is not null or outcome in ('failure', 'withdrawn'));
update protection_case set ended_on = null where kind = 'mediation' and status in ('terminated', 'failureReported');
update protection_case c set ended_on = e.on_date
  from (select case_id, max(on_date) as on_date from protection_case_event where to_status = 'transferred' group by case_id) e
  where e.case_id = c.id and c.kind = 'mediation' and c.status = 'transferred' and c.outcome = 'failure';
drop index protection_case_stats_idx;
create index protection_case_stats_idx on protection_case (kind, received_on)
  include (region_code, org_id, mediator_id, source, dispute_type, status, outcome, accepted_on, ended_on, mediation_ended_on,
           period_days, extension_days, paused_days, affects_validity, confirmation_result);
`;

const DOWN = `
drop index protection_case_stats_idx;
create index protection_case_stats_idx on protection_case (kind, received_on)
  include (region_code, org_id, mediator_id, source, dispute_type, status, outcome, accepted_on, ended_on, period_days,
           extension_days, paused_days, affects_validity, confirmation_result);
update protection_case set ended_on = mediation_ended_on
  where kind = 'mediation' and outcome = 'failure' and status in ('terminated', 'failureReported', 'transferred');
alter table protection_case drop column mediation_ended_on;
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(db, UP);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(db, DOWN);
}
