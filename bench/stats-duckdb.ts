// The DuckDB side of the stats benchmark: the same patents file loaded with the same event key,
// and the facts computed two ways, of which the faster counts: the groups SQL the recompute runs,
// spread in JS as the recompute spreads them; or the whole spread in DuckDB's own SQL (DuckDB
// hands a few hundred thousand rows to JavaScript more slowly than it sums them). Both must give
// the facts PostgreSQL gave.
import { DuckDBInstance } from '@duckdb/node-api';
import { MEASURE_KEYS, NATION_CODE } from '../common/stats';
import { eventKeySql, pledgeFloorFen } from '../server/modules/stats/domain/event-key';
import { EVENT_MEASURES, type EventGroups, FactSums } from '../server/modules/stats/domain/facts';
import { pledgedGroupsSql, tableGroupsSql } from '../server/modules/stats/domain/facts-sql';
import type { FactRow } from '../server/modules/stats/domain/rollup';

export interface DuckFacts {
  loadMs: number;
  /** The groups SQL and the spread in JS. */
  jsMs: number;
  /** The whole spread in SQL. */
  sqlMs: number;
  groups: number;
  facts: FactRow[];
}

/** The facts in DuckDB's SQL: the groups spread into events (event-key.ts, read back with `//`) and the events into measures. */
function factsSql(thresholdFen: number): string {
  const pledged = `patent_type = 'invention' and pledge_amount >= ${pledgeFloorFen(thresholdFen)} and event_key is not null`;
  const sums = MEASURE_KEYS.map((m) => {
    const whens = Object.entries(EVENT_MEASURES).flatMap(([k, c]) => (c[m] === undefined ? [] : [`when ${k} then ${c[m] === 1 ? 'n' : '-n'}`]));
    return `cast(sum(case k ${whens.join(' ')} else 0 end) as bigint) as ${m}`;
  });
  return `with g as (
      ${tableGroupsSql('patent')}
      union all select region_code, event_key, -count(*) from stats_patent where ${pledged} group by all
      union all select region_code, event_key + (event_key // 1000000000 - (event_key // 10000) % 10000) * 10000, count(*) from stats_patent where ${pledged} group by all),
    d as (select coalesce(region_code, '${NATION_CODE}') as region_code, key // 1000000000 as gy, (key // 100000000) % 10 as c, (key // 10000) % 10000 as hy, key % 10000 as ey, n from g),
    e as (select region_code, year, k, sum(n) as n from (select region_code, gy as year, c as k, n from d
      union all select region_code, ey, 6 + c + case when hy > 0 and hy < ey then 2 else 0 end, n from d where ey > 0
      union all select region_code, hy, 10 + c, n from d where hy > 0 and (ey = 0 or hy < ey)) group by all)
    select region_code, year, ${sums.join(', ')} from e group by all`;
}

/** Loads the generated patents file into DuckDB and computes the patents' facts both ways. */
export async function duckdbFacts(patentsCsv: string, thresholdFen: number): Promise<DuckFacts> {
  const duck = await DuckDBInstance.create(':memory:');
  const conn = await duck.connect();
  try {
    let t = Date.now();
    await conn.run(`create table stats_patent as select *, ${eventKeySql('patent', null)} as event_key from (select
        "申请号" as application_no, "专利类型" as patent_type, "名称" as title, cast("申请日" as date) as application_date,
        cast("授权公告日" as date) as grant_date, "法律状态" as legal_status, cast("法律状态日" as date) as status_date,
        "第一权利人" as holder_name, "权利人类型" as holder_kind, "行政区划" as region_code, "主分类号" as main_ipc,
        "战略性新兴产业代码" as sei_code, ("海外同族" = '是') as overseas_family,
        cast(round(cast("质押融资金额（元）" as double) * 100) as bigint) as pledge_amount, "获奖" as award
      from read_csv('${patentsCsv.replace(/'/g, "''")}', header = true, all_varchar = true)) f`);
    const loadMs = Date.now() - t;

    const groupsOf = async (query: string): Promise<EventGroups> => {
      const groups: EventGroups = { regions: [], keys: [], counts: [] };
      for (const [region, key, n] of (await conn.runAndReadAll(query)).getRows()) {
        groups.regions.push(region === null ? null : String(region));
        groups.keys.push(key === null ? null : Number(key));
        groups.counts.push(Number(n));
      }
      return groups;
    };
    t = Date.now();
    const all = await groupsOf(tableGroupsSql('patent'));
    const facts = new FactSums().add('patent', all).addPledged(await groupsOf(pledgedGroupsSql(thresholdFen))).rows();
    const jsMs = Date.now() - t;

    t = Date.now();
    const rows = (await conn.runAndReadAll(factsSql(thresholdFen))).getRows();
    const sqlFacts = rows.map(([region, year, ...values]) => ({ regionCode: String(region), year: Number(year), values: values.map(Number) })).filter((f) => f.values.some((v) => v !== 0));
    const sqlMs = Date.now() - t;
    if (factKey(sqlFacts) !== factKey(facts)) throw new Error('DuckDB: the facts of its SQL differ from the facts spread in JS');
    return { loadMs, jsMs, sqlMs, groups: all.keys.length, facts };
  } finally {
    conn.closeSync();
    duck.closeSync();
  }
}

/** A text of facts in a fixed order, for comparing two sets of them. */
export function factKey(facts: readonly FactRow[]): string {
  return facts
    .map((f) => `${f.regionCode}|${f.year}|${f.values.join(',')}`)
    .sort()
    .join('\n');
}
