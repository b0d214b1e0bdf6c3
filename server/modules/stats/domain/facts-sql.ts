import { eventKeySql, pledgeFloorFen, RECORD_TABLES, type RecordKind } from './event-key';

/*
 * The SQL of the facts' first step: records counted per region and event key (event-key.ts).
 * Over a whole table the count walks the (region, key) index in order, so it needs neither a
 * hash table nor a sort; over an import's delta it computes the keys of the rows it is given.
 * Both answer rows of (region_code, key, n); facts.ts spreads them into events and measures.
 */

/** The groups of every record of a kind in its table, by its stored event key. */
export function tableGroupsSql(kind: RecordKind): string {
  const table = RECORD_TABLES[kind];
  return `select region_code, event_key as key, count(*) as n from ${table} where event_key is not null group by region_code, event_key`;
}

/**
 * The groups of the inventions pledged for at least `thresholdFen`, by their stored key (which
 * leaves pledges out: facts.ts moves them to the key with the threshold applied). Their own index
 * holds the region and key, so the heap is not read.
 */
export function pledgedGroupsSql(thresholdFen: number): string {
  return `select region_code, event_key as key, count(*) as n from stats_patent where patent_type = 'invention' and pledge_amount >= ${pledgeFloorFen(thresholdFen)} and event_key is not null group by region_code, event_key`;
}

/**
 * The groups of the records in `src` (a parenthesised query with the record columns and a sign
 * column `s`: +1 for rows coming in, -1 for old versions going out). Rows that emit nothing have a
 * null key.
 */
export function sourceGroupsSql(kind: RecordKind, src: string, thresholdFen: number): string {
  return `select region_code, ${eventKeySql(kind, thresholdFen)} as key, sum(s) as n from ${src} group by 1, 2`;
}
