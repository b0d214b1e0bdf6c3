import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/** The finance tables the statistics page reads; each gets a version the page's cache is keyed by (frozen). */
const VERSIONED = ['finance_loan', 'finance_pledge', 'finance_pledge_right', 'finance_pool_ledger', 'finance_subsidy_application', 'finance_subsidy_batch', 'finance_securitisation'];

/**
 * What the finance statistics page reads a year of: loans by the day they were signed (with the
 * columns the sums need, so the index alone answers), the live loans' outstanding principal, and
 * registered pledges by the day of registration. The tables it reads join the versioned tables, so
 * the page's answer is kept in memory while nothing in them has been written.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `
    create index finance_loan_year_idx on finance_loan (signed_on) include (region_code, bank_org_id, enterprise_org_id, status, amount_fen);
    create index finance_loan_live_idx on finance_loan (region_code text_pattern_ops) include (bank_org_id, enterprise_org_id, amount_fen, principal_repaid_fen)
      where status in ('active', 'rescheduled', 'defaulted');
    create index finance_pledge_registered_idx on finance_pledge (registered_on) include (region_code, bank_org_id, enterprise_org_id, secured_amount_fen)
      where status in ('registered', 'changed', 'released');
    ${VERSIONED.map(
      (t) => `insert into table_version (table_name, version) values ('${t}', 0) on conflict (table_name) do nothing;
    create trigger ${t}_version after insert or update or delete or truncate on ${t} for each statement execute function bump_table_version();`,
    ).join('\n    ')}
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `${VERSIONED.map((t) => `drop trigger ${t}_version on ${t}; delete from table_version where table_name = '${t}';`).join('\n')}
    drop index finance_pledge_registered_idx, finance_loan_live_idx, finance_loan_year_idx;`,
  );
}
