import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * Monthly figures of enforcement and of loans: running sums the repositories keep in the transaction
 * of every write, so the statistics pages sum a few hundred rows instead of scanning a year of cases
 * or loans. Filled here from the records already held; the parts each record adds are the ones the
 * modules' `domain/figure-parts.ts` and `domain/loan-figure-parts.ts` define (frozen copy).
 *
 * A pledge keeps the kinds of its rights and its first patent, so the statistics read a year's
 * pledges from one index instead of looking up each pledge's rights.
 */
const TABLES = ['enforcement_figure_month', 'finance_figure_month'];
/** [table, distribution column, colocated with] of this migration's distributed tables (frozen). */
export const FIGURE_MONTHS_DISTRIBUTED: [string, string, string][] = TABLES.map((t) => [t, 'region_code', 'none']);

const table = (name: string) => `
create table ${name} (
  region_code text collate "C" not null,
  org_id uuid not null,
  month date not null,
  measure text not null,
  n bigint not null,
  total bigint not null,
  primary key (region_code, org_id, month, measure)
);
create index ${name}_month_idx on ${name} (month, measure) include (region_code, org_id, n, total);`;

/** Fills the enforcement figures from the records (exported for the test that holds the repositories to the same rule). */
export const ENFORCEMENT_FILL = `
insert into enforcement_figure_month (region_code, org_id, month, measure, n, total)
select region_code, org_id, month, measure, sum(n), sum(total) from (
  select region_code, org_id, date_trunc('month', received_on)::date as month, 'caseReceived' as measure, 1 as n, 0::bigint as total from enforcement_case
  union all select region_code, org_id, date_trunc('month', opened_on)::date, 'caseOpened', 1, 0 from enforcement_case where opened_on is not null
  union all select region_code, org_id, date_trunc('month', closed_on)::date, 'caseClosed', 1, 0 from enforcement_case where closed_on is not null
  union all select region_code, org_id, date_trunc('month', decided_on)::date, 'casePenalty', case when decision = 'penalty' then 1 else 0 end, coalesce(fine_fen, 0) from enforcement_case where decided_on is not null
  union all select region_code, org_id, date_trunc('month', decided_on)::date, 'caseConfiscated', 0, coalesce(confiscated_fen, 0) from enforcement_case where decided_on is not null
  union all select region_code, from_org_id, date_trunc('month', reported_on)::date, 'transfer:' || status, 1, 0 from enforcement_transfer
  union all select region_code, to_org_id, date_trunc('month', passed_on)::date, 'clueReceived', 1, 0 from enforcement_clue
  union all select region_code, to_org_id, date_trunc('month', passed_on)::date, 'clueAnswered', 1, answered_on - passed_on from enforcement_clue where answered_on is not null
  union all select region_code, customs_org_id, date_trunc('month', coalesce(detained_on, notified_on))::date, 'detention', 1, 0 from enforcement_detention where coalesce(detained_on, notified_on) is not null
) p
group by 1, 2, 3, 4
having sum(n) <> 0 or sum(total) <> 0;`;

/** Fills the loan figures from the loans (exported for the same test). */
export const FINANCE_FILL = `
insert into finance_figure_month (region_code, org_id, month, measure, n, total)
select region_code, bank_org_id, month, measure, sum(n), sum(total) from (
  select region_code, bank_org_id, date_trunc('month', signed_on)::date as month, 'loanLent' as measure, 1 as n, amount_fen as total
    from finance_loan where status not in ('rejected', 'withdrawn', 'submitted')
  union all select region_code, bank_org_id, date_trunc('month', signed_on)::date, 'loanInclusive', 1, amount_fen
    from finance_loan where status not in ('rejected', 'withdrawn', 'submitted') and amount_fen < 1000000000
  union all select region_code, bank_org_id, date_trunc('month', signed_on)::date, 'loanOwed', 1, amount_fen - principal_repaid_fen
    from finance_loan where status in ('active', 'rescheduled', 'defaulted')
) p
group by 1, 2, 3, 4;`;

const PLEDGE_RIGHTS = `
alter table finance_pledge add column right_kinds text[] not null default '{}', add column first_patent text;
update finance_pledge p set
  right_kinds = coalesce((select array_agg(distinct r.kind order by r.kind) from finance_pledge_right r where r.pledge_id = p.id), '{}'),
  first_patent = (select r.number from finance_pledge_right r where r.pledge_id = p.id and r.kind = 'patent' order by r.position limit 1);
drop index finance_pledge_registered_idx;
create index finance_pledge_registered_idx on finance_pledge (registered_on)
  include (region_code, bank_org_id, enterprise_org_id, secured_amount_fen, right_kinds, first_patent)
  where status in ('registered', 'changed', 'released');`;

const quote = (s: string) => `'${s}'`;

/** Distributes the tables by region when the database runs Citus; elsewhere nothing happens. */
const DISTRIBUTE = `
do $$
begin
  if exists (select 1 from pg_extension where extname = 'citus') then
    ${FIGURE_MONTHS_DISTRIBUTED.map(([t, c, w]) => `perform create_distributed_table(${quote(t)}, ${quote(c)}, colocate_with => ${quote(w)});`).join('\n    ')}
  end if;
end
$$;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(db, TABLES.map(table).join('\n') + ENFORCEMENT_FILL + FINANCE_FILL + PLEDGE_RIGHTS);
  await runSql(db, DISTRIBUTE);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `drop table ${TABLES.join(', ')};
     drop index finance_pledge_registered_idx;
     alter table finance_pledge drop column right_kinds, drop column first_patent;
     create index finance_pledge_registered_idx on finance_pledge (registered_on) include (region_code, bank_org_id, enterprise_org_id, secured_amount_fen)
       where status in ('registered', 'changed', 'released');`,
  );
}
