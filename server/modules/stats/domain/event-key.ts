/*
 * The event key of a record: one integer that packs the year and code of every event the record
 * emits (a patent's grant, the year it became high-value, the year it ended; a trademark's
 * registration and end; …). Each record table keeps it as a generated column, which the
 * database computes from the row's own fields on every insert and update, and indexes it with
 * the region: the facts are then a walk over that index, counting the records of each region
 * and key (a few hundred thousand groups for ten million patents), and the groups are spread
 * into events here. The SQL runs on PostgreSQL 15, PGlite and DuckDB alike.
 *
 * The key of a kind is part of the schema: the migration that adds the columns takes these
 * expressions, and a change to the rules needs a migration that rewrites them (a test holds the
 * stored keys to the expressions below). The high-value pledge threshold is an office setting,
 * so the stored patent key leaves pledges out and the facts correct the pledged inventions at
 * query time.
 */

/** The kinds of record that emit events. */
export type RecordKind = 'patent' | 'trademark' | 'pct' | 'gi';
export const RECORD_KINDS: readonly RecordKind[] = ['patent', 'trademark', 'pct', 'gi'];

/** The record table of each kind. */
export const RECORD_TABLES: Readonly<Record<RecordKind, string>> = { patent: 'stats_patent', trademark: 'stats_trademark', pct: 'stats_pct', gi: 'stats_gi' };

// date_part answers a double, cheaper than extract's numeric on PostgreSQL 14 and later; on a date it is immutable.
const yearOf = (col: string) => `cast(date_part('year', ${col}) as integer)`;
/** 0 for a domestic holder, 1 for a foreign one. */
const holder = `case when holder_kind = 'foreign' then 1 else 0 end`;

/** The pledge amount in whole fen from which an invention counts as high-value (at least 1 fen: an unpledged patent never reaches it). */
export function pledgeFloorFen(thresholdFen: number): number {
  return Math.max(1, Math.round(thresholdFen));
}

/** Patents granted (the others emit nothing: their key is null). */
export const PATENT_GRANTED = `grant_date is not null and legal_status not in ('pending', 'rejected', 'withdrawn')`;

/**
 * A granted patent's key: grant year · code · high-value year · exit year, as 4 + 1 + 4 + 4 decimal
 * digits. The code is 2 × type (invention 0, utility model 1, design 2) + holder; the high-value
 * and exit years are 0 except for inventions that became high-value or ended (lapsed, invalidated,
 * expired). With `thresholdFen` a pledge of at least that much makes an invention high-value from
 * its grant; null leaves pledges out (the stored column).
 */
export function patentKeySql(thresholdFen: number | null): string {
  const ending = `legal_status in ('lapsed', 'invalidated', 'expired') and status_date is not null`;
  // Maintained more than ten years at the end of year y: the filing date plus ten years falls before 31 December of y.
  const maintYear = `${yearOf('application_date')} + case when date_part('month', application_date) = 12 and date_part('day', application_date) = 31 then 11 else 10 end`;
  const pledged = thresholdFen === null ? '' : ` or (pledge_amount is not null and pledge_amount >= ${pledgeFloorFen(thresholdFen)})`;
  const staticHv = `(sei_code is not null or overseas_family${pledged} or award is not null)`;
  const grantYear = yearOf('grant_date');
  const hvYear = `case when ${staticHv} then ${grantYear} else greatest(${grantYear}, ${maintYear}) end`;
  const type = `case patent_type when 'invention' then 0 when 'utilityModel' then 2 when 'design' then 4 end`;
  const invention = `case when patent_type = 'invention' then ${hvYear} * 10000 + case when ${ending} then ${yearOf('status_date')} else 0 end else 0 end`;
  return `case when ${PATENT_GRANTED} then (cast(${grantYear} as bigint) * 10 + ${type} + ${holder}) * 100000000 + ${invention} end`;
}

/** A trademark's key: registration year · holder · exit year (cancelled, revoked, invalidated, expired; 0 while in force). */
export const TRADEMARK_KEY_SQL = `(cast(${yearOf('registration_date')} as bigint) * 10 + ${holder}) * 10000 + case when status in ('cancelled', 'revoked', 'invalidated', 'expired') and status_date is not null then ${yearOf('status_date')} else 0 end`;

/** A PCT application's key: filing year · holder. */
export const PCT_KEY_SQL = `cast(${yearOf('filing_date')} as bigint) * 10 + ${holder}`;

/** A geographical indication's key: registration year · year revoked (0 while valid). */
export const GI_KEY_SQL = `cast(${yearOf('registration_date')} as bigint) * 10000 + case when status = 'revoked' and status_date is not null then ${yearOf('status_date')} else 0 end`;

/** The key expression of a kind, as stored (`thresholdFen` null) or with the pledge threshold applied. */
export function eventKeySql(kind: RecordKind, thresholdFen: number | null): string {
  switch (kind) {
    case 'patent':
      return patentKeySql(thresholdFen);
    case 'trademark':
      return TRADEMARK_KEY_SQL;
    case 'pct':
      return PCT_KEY_SQL;
    case 'gi':
      return GI_KEY_SQL;
  }
}

/** The decimal digits of `key` from 10^`from` up, `width` of them. */
const digits = (key: number, from: number, width: number) => Math.floor(key / 10 ** from) % 10 ** width;

/**
 * The key of a granted invention made high-value by a pledge at or above the threshold: as the
 * stored key, but high-value from its grant year (patentKeySql with a threshold).
 */
export function pledgedPatentKey(key: number): number {
  const grantYear = Math.floor(key / 1e9);
  const hvYear = digits(key, 4, 4);
  return hvYear === 0 ? key : key + (grantYear - hvYear) * 1e4;
}

/** Receives one event: `n` records (negative to take them away) of event code `k` in `year`. */
export type EventSink = (year: number, k: number, n: number) => void;

/**
 * The events of `n` records sharing `key` (see EVENT_MEASURES in facts.ts for what each code
 * counts). Keys are below 2^53, so a JavaScript number holds them exactly.
 */
export function eventsOfKey(kind: RecordKind, key: number, n: number, emit: EventSink): void {
  switch (kind) {
    case 'patent': {
      const code = digits(key, 8, 1);
      const hvYear = digits(key, 4, 4);
      const exitYear = digits(key, 0, 4);
      emit(Math.floor(key / 1e9), code, n);
      // Only inventions have a high-value or an exit year; their code is the holder alone.
      if (exitYear > 0) emit(exitYear, 6 + code + (hvYear > 0 && hvYear < exitYear ? 2 : 0), n);
      if (hvYear > 0 && (exitYear === 0 || hvYear < exitYear)) emit(hvYear, 10 + code, n);
      return;
    }
    case 'trademark': {
      const foreign = digits(key, 4, 1);
      emit(Math.floor(key / 1e5), 12 + foreign, n);
      if (digits(key, 0, 4) > 0) emit(digits(key, 0, 4), 14 + foreign, n);
      return;
    }
    case 'pct':
      emit(Math.floor(key / 10), 16 + digits(key, 0, 1), n);
      return;
    case 'gi':
      emit(Math.floor(key / 1e4), 18, n);
      if (digits(key, 0, 4) > 0) emit(digits(key, 0, 4), 19, n);
      return;
  }
}
