import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * Every record keeps its event key, computed by the database from the row's own fields on every
 * insert and update, indexed with the region: the facts become one walk over that index instead of
 * a grouping of every record in a hash table. Inventions with a pledge get a small index of their
 * own with their region and key, for the pledge threshold.
 *
 * The expressions are frozen here as the text `eventKeySql` in server/modules/stats/engine/event-key.ts
 * gave when this migration was written: a migration must not change when the engine does. A later
 * change to the event rules is a new migration that rewrites the column, and facts.db.test.ts fails
 * while the stored keys and the engine's expressions disagree.
 */
const UP = `
alter table stats_patent add column event_key bigint generated always as (case when grant_date is not null and legal_status not in ('pending', 'rejected', 'withdrawn') then (cast(cast(date_part('year', grant_date) as integer) as bigint) * 10 + case patent_type when 'invention' then 0 when 'utilityModel' then 2 when 'design' then 4 end + case when holder_kind = 'foreign' then 1 else 0 end) * 100000000 + case when patent_type = 'invention' then case when (sei_code is not null or overseas_family or award is not null) then cast(date_part('year', grant_date) as integer) else greatest(cast(date_part('year', grant_date) as integer), cast(date_part('year', application_date) as integer) + case when date_part('month', application_date) = 12 and date_part('day', application_date) = 31 then 11 else 10 end) end * 10000 + case when legal_status in ('lapsed', 'invalidated', 'expired') and status_date is not null then cast(date_part('year', status_date) as integer) else 0 end else 0 end end) stored;
create index stats_patent_event_idx on stats_patent (region_code, event_key) where event_key is not null;
alter table stats_trademark add column event_key bigint generated always as ((cast(cast(date_part('year', registration_date) as integer) as bigint) * 10 + case when holder_kind = 'foreign' then 1 else 0 end) * 10000 + case when status in ('cancelled', 'revoked', 'invalidated', 'expired') and status_date is not null then cast(date_part('year', status_date) as integer) else 0 end) stored;
create index stats_trademark_event_idx on stats_trademark (region_code, event_key) where event_key is not null;
alter table stats_pct add column event_key bigint generated always as (cast(cast(date_part('year', filing_date) as integer) as bigint) * 10 + case when holder_kind = 'foreign' then 1 else 0 end) stored;
create index stats_pct_event_idx on stats_pct (region_code, event_key) where event_key is not null;
alter table stats_gi add column event_key bigint generated always as (cast(cast(date_part('year', registration_date) as integer) as bigint) * 10000 + case when status = 'revoked' and status_date is not null then cast(date_part('year', status_date) as integer) else 0 end) stored;
create index stats_gi_event_idx on stats_gi (region_code, event_key) where event_key is not null;
create index stats_patent_pledge_idx on stats_patent (pledge_amount) include (region_code, event_key) where patent_type = 'invention' and pledge_amount is not null;
`;

const DOWN = `drop index stats_patent_pledge_idx; alter table stats_patent drop column event_key; alter table stats_trademark drop column event_key; alter table stats_pct drop column event_key; alter table stats_gi drop column event_key;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(db, UP);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(db, DOWN);
}
