import { describe, expect, it } from 'vitest';
import { normaliseSql } from './sql-capture';
import { parseSnapshot, renderSnapshot } from './sql-snapshots';

describe('SQL snapshots', () => {
  it('reads a query the same whatever the length of its lists and rows', () => {
    const one = normaliseSql('select "id" from "org" where "id" in ($1) and "kind" = $2');
    const three = normaliseSql('select "id" from "org" where "id" in ($1, $2, $3) and "kind" = $4');
    expect(three).toBe(one);
    expect(one).toContain('"kind" = $1');
    const rows = normaliseSql('insert into "org" ("id", "name") values ($1, $2), ($3, $4) returning "id"');
    expect(rows).toBe(normaliseSql('insert into "org" ("id", "name") values ($1, $2) returning "id"'));
  });

  it('tells apart queries that differ in a column or a condition', () => {
    expect(normaliseSql('select "id" from "org" where "kind" = $1')).not.toBe(normaliseSql('select "name" from "org" where "kind" = $1'));
    expect(normaliseSql('select "id" from "org" where "kind" = $1')).not.toBe(normaliseSql('select "id" from "org" where "kind" <> $1'));
  });

  it('reads back every query it wrote, and nothing else', () => {
    const queries = [
      { file: 'modules/org/org.repository.ts', fn: 'find', sql: normaliseSql('select "id" from "org" where "id" = $1') },
      { file: 'modules/org/org.repository.ts', fn: 'delete', sql: normaliseSql('delete from "org" where "id" = $1') },
    ];
    const keys = parseSnapshot(renderSnapshot(queries));
    expect([...keys].sort()).toEqual(queries.map((q) => `${q.fn}\u0000${q.sql}`).sort());
  });
});

describe('literals that differ each run', () => {
  it('reads an id or an instant written into the SQL as a placeholder', () => {
    const a = normaliseSql("select 1 from stats_patent_stage where import_id = '3a334fd1-921b-4edb-a55b-6c2b5182d18a'");
    const b = normaliseSql("select 1 from stats_patent_stage where import_id = 'c97ca5bc-a3fd-472b-a2e1-409c9a23b507'");
    expect(a).toBe(b);
    expect(a).toContain("'<uuid>'");
    expect(normaliseSql("set default '2026-12-07T02:00:00.000Z'::timestamptz")).toContain("'<instant>'");
  });
});
