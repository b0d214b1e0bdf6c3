import { randomUUID } from 'node:crypto';
import type { Db } from '../server/db/database';

/** Size of the benchmark city. */
export const SIZE = { units: 100, topLevel: 20, perTopLevel: 5, leavesPerMid: 19, reports: 50_000 } as const;
export const YEAR = 2024;
/** The day the dashboard is read on: late in the year, so the work is in every state. */
export const TODAY = '2024-12-16';
const TODAY_INDEX = 350;

const DISTRICTS = ['440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310', '440311', '440300'];

/** A small deterministic random generator, so both engines get the same city. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function day(offset: number): string {
  return new Date(Date.UTC(YEAR, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

async function batches<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Fills an empty, migrated database with a city of 100 member units, a work plan of about 2,000
 * key tasks in three levels and 50,000 progress reports, straight into the tables (the services
 * would take minutes for this many rows). Answers the ids the benchmark acts with.
 */
export async function generateCity(db: Db): Promise<{ officeOrgId: string; planId: string; units: string[] }> {
  const rand = rng(42);
  const now = new Date(`${TODAY}T02:00:00Z`);
  const office = { id: randomUUID(), name: '基准测试市知识产权局', name_pinyin: 'jizhun', kind: 'ipOffice', region_code: '440300', updated_at: now };
  const units = Array.from({ length: SIZE.units }, (_, i) => ({ id: randomUUID(), name: `基准成员单位${String(i + 1).padStart(3, '0')}`, name_pinyin: `unit${String(i + 1).padStart(3, '0')}`, kind: 'memberUnit', region_code: DISTRICTS[i % DISTRICTS.length], updated_at: now }));
  await db.insertInto('org').values([office, ...units]).execute();
  const planId = (await db.insertInto('work_plan').values({ region_code: '440300', year: YEAR, title: '基准测试工作要点', created_by: null, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id;

  type Task = Parameters<ReturnType<Db['insertInto']>['values']>[0] & Record<string, unknown>;
  const tasks: Task[] = [];
  const leaves: { id: string; org: string; status: string; deadline: string }[] = [];
  const base = (id: string, parent: string | null, level: number, position: number, number: string, path: string, key: string, lead: string, region: string) => ({
    id,
    work_plan_id: planId,
    parent_id: parent,
    region_code: region,
    year: YEAR,
    level,
    position,
    number,
    path,
    sort_key: key,
    title: `基准任务${path}`,
    title_pinyin: path,
    lead_org_id: lead,
    weight: 1 + Math.floor(rand() * 3),
    updated_at: now,
  });
  for (let a = 1; a <= SIZE.topLevel; a++) {
    const topId = randomUUID();
    tasks.push({ ...base(topId, null, 1, a, String(a), `${a}`, String(a).padStart(4, '0'), office.id, '440300'), deadline: `${YEAR}-12-31`, progress: 60, status: 'inProgress', flag: 'none' });
    for (let b = 1; b <= SIZE.perTopLevel; b++) {
      const midId = randomUUID();
      const midKey = `${String(a).padStart(4, '0')}.${String(b).padStart(4, '0')}`;
      tasks.push({ ...base(midId, topId, 2, b, `（${b}）`, `${a}（${b}）`, midKey, office.id, '440300'), deadline: `${YEAR}-12-31`, progress: 60, status: 'inProgress', flag: 'none' });
      for (let c = 1; c <= SIZE.leavesPerMid; c++) {
        const unit = units[Math.floor(rand() * units.length)];
        const dIdx = 30 + Math.floor(rand() * 335);
        const deadline = day(dIdx);
        const r = rand();
        const done = deadline < TODAY ? r < 0.8 : r < 0.3;
        const status = done ? 'completed' : deadline < TODAY ? 'overdue' : deadline <= day(355) ? 'atRisk' : r < 0.6 ? 'inProgress' : 'planned';
        const progress = done ? 100 : Math.floor(rand() * 90);
        const completedOn = done ? day(Math.min(TODAY_INDEX, rand() < 0.8 ? dIdx - Math.floor(rand() * 10) : dIdx + 10)) : null;
        const id = randomUUID();
        tasks.push({ ...base(id, midId, 3, c, String(c), `${a}（${b}）${c}`, `${midKey}.${String(c).padStart(4, '0')}`, unit.id, unit.region_code), deadline, progress, status, flag: status === 'overdue' ? 'red' : status === 'atRisk' ? 'yellow' : 'none', completed_on: completedOn });
        leaves.push({ id, org: unit.id, status, deadline });
      }
    }
  }
  await batches(tasks, 500, (chunk) => db.insertInto('task').values(chunk as never).execute());

  const reports: Record<string, unknown>[] = [];
  const pending = new Set<string>();
  for (let i = 0; i < SIZE.reports; i++) {
    const leaf = leaves[i % leaves.length];
    const last = i + leaves.length >= SIZE.reports;
    const status = last && leaf.status !== 'completed' && !pending.has(leaf.id) && rand() < 0.3 ? 'submitted' : rand() < 0.9 ? 'accepted' : 'returned';
    if (status === 'submitted') pending.add(leaf.id);
    reports.push({ task_id: leaf.id, work_plan_id: planId, org_id: leaf.org, percent: Math.min(100, Math.floor((i / SIZE.reports) * 100)), narrative: `第${Math.floor(i / leaves.length) + 1}次报送：推进情况说明`, status, created_at: new Date(Date.UTC(YEAR, 0, 15) + (i / SIZE.reports) * 330 * 86_400_000), reported_by_name: '联络员' });
  }
  await batches(reports, 2000, (chunk) => db.insertInto('progress_report').values(chunk as never).execute());

  const overdue = leaves.filter((l) => l.status === 'overdue');
  await batches(
    overdue.map((l, i) => ({ task_id: l.id, work_plan_id: planId, number: `督〔${YEAR}〕${i + 1}号`, kind: 'auto', for_deadline: l.deadline, reason: '任务逾期', issued_at: now, response_due: TODAY, status: i % 3 === 0 ? 'responded' : 'open', level: i % 5 === 0 ? 1 : 0 })),
    500,
    (chunk) => db.insertInto('supervision_notice').values(chunk).execute(),
  );
  await db.insertInto('adjustment_request').values(overdue.slice(0, 20).map((l) => ({ task_id: l.id, work_plan_id: planId, org_id: l.org, kind: 'deadline', old_deadline: l.deadline, new_deadline: `${YEAR + 1}-03-31`, reason: '延期', status: 'pending', created_at: now }))).execute();
  return { officeOrgId: office.id, planId, units: units.map((u) => u.id) };
}
