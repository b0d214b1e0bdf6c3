import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/test-db';
import type { Database } from './database';
import { DISTRIBUTION, distributeSql } from './distribution';
import { checkDistribution, readSchema } from './distribution-check';
import * as citus from './migrations/20261207100000_citus_distribution';
import * as financePledges from './migrations/20261207200000_finance_pledges';
import * as financeLoans from './migrations/20261207200100_finance_loans';
import { ENFORCEMENT_DISTRIBUTED, ENFORCEMENT_REFERENCE } from './migrations/20261207210000_enforcement';
import { ENFORCEMENT_MORE_DISTRIBUTED, ENFORCEMENT_MORE_REFERENCE } from './migrations/20261208130000_enforcement_compliance_cooperation';
import { FIGURE_MONTHS_DISTRIBUTED } from './migrations/20261209090000_figure_months';
import * as servicesDesk from './migrations/20261209100000_services_desk';
import * as centre from './migrations/20261209120000_centre';
import * as utilisation from './migrations/20261209130000_utilisation';
import { SERVICES_VOLUNTEER_DISTRIBUTED, SERVICES_VOLUNTEER_REFERENCE } from './migrations/20261209110000_services_volunteers';
import { migrateDown, migrateToLatest } from './migrate';
import { migrations } from './migrations/index';

// Each migration after the Citus one distributes the tables it creates; together they cover the map.
const DISTRIBUTED_TABLES = [...citus.DISTRIBUTED_TABLES, ...financePledges.DISTRIBUTED_TABLES, ...financeLoans.DISTRIBUTED_TABLES, ...ENFORCEMENT_DISTRIBUTED, ...ENFORCEMENT_MORE_DISTRIBUTED, ...FIGURE_MONTHS_DISTRIBUTED, ...servicesDesk.DISTRIBUTED_TABLES, ...SERVICES_VOLUNTEER_DISTRIBUTED, ...centre.DISTRIBUTED_TABLES, ...utilisation.DISTRIBUTED_TABLES];
const REFERENCE_TABLES = [...citus.REFERENCE_TABLES, ...financePledges.REFERENCE_TABLES, ...financeLoans.REFERENCE_TABLES, ...ENFORCEMENT_REFERENCE, ...ENFORCEMENT_MORE_REFERENCE, ...servicesDesk.REFERENCE_TABLES, ...SERVICES_VOLUNTEER_REFERENCE, ...centre.REFERENCE_TABLES, ...utilisation.REFERENCE_TABLES];

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const run = (text: string) => sql.raw(text).execute(database.db);

describe('the schema against the rules of Citus', () => {
  it('keeps every rule, table by table, for every table of the migrated schema', async () => {
    expect(checkDistribution(await readSchema(database.db), DISTRIBUTION)).toEqual([]);
  });

  it('distributes in the migration exactly what the map says, each table after those it needs', async () => {
    const distributed = Object.entries(DISTRIBUTION).flatMap(([t, d]) => (d.kind === 'distributed' ? [[t, d.column, d.colocateWith ?? 'none']] : []));
    const reference = Object.entries(DISTRIBUTION).flatMap(([t, d]) => (d.kind === 'reference' ? [t] : []));
    expect([...DISTRIBUTED_TABLES].sort()).toEqual(distributed.sort());
    expect([...REFERENCE_TABLES].sort()).toEqual(reference.sort());
    // Citus distributes a table only after the table it is colocated with, and makes a reference
    // table only after the reference tables it points at.
    DISTRIBUTED_TABLES.forEach(([t, , with_], i) => {
      if (with_ !== 'none') expect(DISTRIBUTED_TABLES.findIndex(([u]) => u === with_), `${t} after ${with_}`).toBeLessThan(i);
    });
    const schema = new Map((await readSchema(database.db)).map((t) => [t.name, t]));
    for (const order of [REFERENCE_TABLES, Object.keys(DISTRIBUTION).filter((t) => DISTRIBUTION[t]?.kind === 'reference')]) {
      order.forEach((t, i) => {
        for (const k of schema.get(t)?.foreignKeys ?? []) {
          if (k.target !== t) expect(order.indexOf(k.target), `${t} after ${k.target}`).toBeLessThan(i);
        }
      });
    }
  });

  it('writes the statements that distribute a database migrated before Citus was installed', () => {
    const text = distributeSql();
    expect(text).toContain(`if not exists (select 1 from pg_dist_partition where logicalrelid = 'region'::regclass) then perform create_reference_table('region'); end if;`);
    expect(text).toContain(`perform create_distributed_table('protection_note', 'case_id', colocate_with => 'protection_case');`);
    expect(text).toContain(`perform create_distributed_table('stats_patent', 'application_no', colocate_with => 'none');`);
    expect(text.indexOf(`create_reference_table('org')`)).toBeLessThan(text.indexOf(`create_distributed_table('meeting'`));
    expect(text).not.toContain(`'session'`);
  });

  it('names the table and the rule when a change breaks one', async () => {
    await run(`
      create table stray (id integer primary key);
      create unique index protection_note_text_idx on protection_note (text);
      create table stats_tag (region_code text collate "C" not null, tag text not null, primary key (tag));
      alter table task_comment add column reply_to uuid;
      alter table task_comment add constraint task_comment_meeting_fkey foreign key (reply_to) references meeting (id) on delete set null;
      alter table work_plan add column meeting_id uuid references meeting (id);`);
    try {
      const map = { ...DISTRIBUTION, stats_tag: { kind: 'distributed', column: 'region_code', colocateWith: 'stats_fact', reason: 'test' } } as const;
      const problems = checkDistribution(await readSchema(database.db), map);
      expect(problems).toEqual(
        expect.arrayContaining([
          'stray: not in server/db/distribution.ts (say whether it is distributed, a reference table or local)',
          'protection_note: unique key protection_note_text_idx (text) lacks the distribution column case_id',
          'stats_tag: primary key stats_tag_pkey (tag) lacks the distribution column region_code',
          'task_comment: foreign key task_comment_meeting_fkey points at meeting, which is not colocated with it',
          'task_comment: foreign key task_comment_meeting_fkey (reply_to) → meeting (id) does not join work_plan_id to meeting.id',
          'task_comment: foreign key task_comment_meeting_fkey does set null on delete, which Citus refuses between distributed tables',
          'work_plan: reference table points at distributed table meeting (foreign key work_plan_meeting_id_fkey)',
        ]),
      );
      expect(problems).toHaveLength(7);
      expect(checkDistribution(await readSchema(database.db), { ...DISTRIBUTION, gone: { kind: 'local', reason: 'test' } })).toContain('gone: in server/db/distribution.ts but not in the schema');
    } finally {
      await run(`
        alter table work_plan drop column meeting_id;
        alter table task_comment drop column reply_to;
        drop table stats_tag, stray;
        drop index protection_note_text_idx;`);
    }
  });

  it('undoes its keys and makes them again, every row about a task keeping the task\'s plan', async () => {
    const plan = '00000000-0000-4000-8000-0000000000a1';
    const task = '00000000-0000-4000-8000-0000000000b1';
    await run(`
      insert into org (id, name, kind, region_code) values ('00000000-0000-4000-8000-0000000000d1', '坪山区市场监督管理局', 'government', '440310');
      insert into file (id, name, mime, size, sha256) values ('00000000-0000-4000-8000-0000000000f1', 'a.pdf', 'application/pdf', 1, 'x');
      insert into work_plan (id, region_code, year, title) values ('${plan}', '440300', 2026, '要点');
      insert into task (id, work_plan_id, region_code, year, level, position, number, path, sort_key, title)
        values ('${task}', '${plan}', '440300', 2026, 1, 1, '1', '1', '1', '任务');
      insert into progress_report (id, work_plan_id, task_id, org_id, percent, narrative, created_at)
        values ('00000000-0000-4000-8000-0000000000c1', '${plan}', '${task}', '00000000-0000-4000-8000-0000000000d1', 50, '过半', now());
      insert into progress_evidence (work_plan_id, report_id, file_id)
        values ('${plan}', '00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000f1');
      insert into task_comment (work_plan_id, task_id, author_name, body, created_at) values ('${plan}', '${task}', '张宁', '请加快', now());`);
    // Later migrations are undone first, down to the one under test.
    const citus = '20261207100000_citus_distribution';
    const later = Object.keys(migrations).filter((name) => name > citus);
    const undone: string[] = [];
    while (!undone.includes(citus)) undone.push(...(await migrateDown(database.db)));
    expect(undone).toEqual([...later].reverse().concat(citus));
    expect((await sql`select * from progress_evidence`.execute(database.db)).rows).toEqual([
      { report_id: '00000000-0000-4000-8000-0000000000c1', file_id: '00000000-0000-4000-8000-0000000000f1' },
    ]);
    expect(await migrateToLatest(database.db)).toEqual([citus, ...later]);
    for (const table of ['progress_report', 'progress_evidence', 'task_comment']) {
      const r = await sql<{ work_plan_id: string }>`select work_plan_id from ${sql.table(table)}`.execute(database.db);
      expect(r.rows, table).toEqual([{ work_plan_id: plan }]);
    }
    expect(checkDistribution(await readSchema(database.db), DISTRIBUTION)).toEqual([]);
  });

  it('deletes the sub-tasks with their parent, as before, now through the key that includes the plan', async () => {
    const plan = '00000000-0000-4000-8000-0000000000a1';
    await run(`
      insert into task (id, work_plan_id, parent_id, region_code, year, level, position, number, path, sort_key, title)
        values ('00000000-0000-4000-8000-0000000000b2', '${plan}', '00000000-0000-4000-8000-0000000000b1', '440300', 2026, 2, 1, '（1）', '1（1）', '1.1', '子任务');
      delete from task where id = '00000000-0000-4000-8000-0000000000b1';`);
    expect((await sql`select id from task`.execute(database.db)).rows).toEqual([]);
    expect((await sql`select id from task_comment`.execute(database.db)).rows).toEqual([]);
  });
});
