import { type AssessmentRules, type Score } from '../../../../common/tasks-assessment';
import { chineseNumber, type DeadlineRule, type TaskFlag, type TaskStatus, YELLOW_WORKING_DAYS } from '../../../../common/tasks';
import type { WorkingCalendar } from '../../../platform/calendar';

/** What a task's status and flag depend on. */
export interface TaskState {
  deadline: string | null;
  progress: number;
  completedOn: string | null;
  cancelled: boolean;
}

/**
 * The status and flag of a task on `today`: red and overdue past its deadline, yellow and at risk
 * within YELLOW_WORKING_DAYS working days of it (holidays and make-up days counted as the national
 * calendar says), otherwise planned or in progress by its progress.
 */
export function evaluate(t: TaskState, today: string, cal: Pick<WorkingCalendar, 'workingDaysBetween'>): { status: TaskStatus; flag: TaskFlag } {
  if (t.cancelled) return { status: 'cancelled', flag: 'none' };
  if (t.completedOn) return { status: 'completed', flag: 'none' };
  if (t.deadline && today > t.deadline) return { status: 'overdue', flag: 'red' };
  // workingDaysBetween recurses forever when both days are equal, so the deadline day is decided here.
  if (t.deadline && (today === t.deadline || cal.workingDaysBetween(today, t.deadline) <= YELLOW_WORKING_DAYS)) return { status: 'atRisk', flag: 'yellow' };
  return { status: t.progress > 0 ? 'inProgress' : 'planned', flag: 'none' };
}

/** The deadline a rule gives: N calendar days (moved off a holiday) or N working days after a start day. */
export function deadlineOf(rule: DeadlineRule, cal: Pick<WorkingCalendar, 'deadline'>): string {
  return cal.deadline(rule.from, rule.length, rule.unit);
}

/** A parent's progress and completion from its children, weighted by weight; cancelled children do not count. */
export function rollUp(children: readonly { progress: number; weight: number; completedOn: string | null; cancelled: boolean }[]): { progress: number; completedOn: string | null } {
  const live = children.filter((c) => !c.cancelled);
  if (live.length === 0) return { progress: 0, completedOn: null };
  const total = live.reduce((s, c) => s + c.weight, 0);
  const progress = total > 0 ? live.reduce((s, c) => s + c.progress * c.weight, 0) / total : live.reduce((s, c) => s + c.progress, 0) / live.length;
  const done = live.every((c) => c.completedOn);
  const completedOn = done ? live.map((c) => c.completedOn!).sort().at(-1)! : null;
  return { progress: Math.round(done ? 100 : Math.min(progress, 99.4)), completedOn };
}

/**
 * A work plan's progress, the one definition every page shows (plan list, plan page, dashboard): its
 * top-level tasks rolled up exactly as a parent task rolls up its children — by weight, cancelled tasks
 * left out, 100 % only when every one is completed. Several plans together roll up their top-level tasks as one.
 */
export function planProgress(topTasks: readonly { progress: number; weight: number; completedOn: string | null; cancelled: boolean }[]): number {
  return rollUp(topTasks.map((t) => ({ ...t, progress: Number(t.progress), weight: Number(t.weight) }))).progress;
}

/** When an unanswered notice escalates: the response is due and the level can still rise. */
export function shouldEscalate(n: { status: string; responseDue: string; level: number }, today: string, maxLevel: number): boolean {
  return (n.status === 'open' || n.status === 'escalated') && today > n.responseDue && n.level < maxLevel;
}

/** One unit's task for scoring. */
export interface ScoredTask {
  orgId: string;
  weight: number;
  deadline: string | null;
  completedOn: string | null;
}

/**
 * Year-end scores: each unit earns, out of 100, the share of its tasks' weight done on time (full),
 * late (rules.late) or not done (rules.notDone); bonus items add up to rules.bonusCap. Ranked by
 * total, then by tasks done on time, then by name.
 */
export function score(tasks: readonly ScoredTask[], bonuses: readonly { orgId: string; points: number }[], rules: AssessmentRules, names: ReadonlyMap<string, string>): Score[] {
  const byOrg = new Map<string, ScoredTask[]>();
  for (const t of tasks) byOrg.set(t.orgId, [...(byOrg.get(t.orgId) ?? []), t]);
  for (const b of bonuses) if (!byOrg.has(b.orgId)) byOrg.set(b.orgId, []);
  const rows = [...byOrg.entries()].map(([orgId, list]) => {
    let onTime = 0;
    let late = 0;
    let notDone = 0;
    let earned = 0;
    let weight = 0;
    for (const t of list) {
      const w = list.some((x) => x.weight > 0) ? t.weight : 1;
      weight += w;
      if (!t.completedOn) {
        notDone++;
        earned += w * rules.notDone;
      } else if (t.deadline && t.completedOn > t.deadline) {
        late++;
        earned += w * rules.late;
      } else {
        onTime++;
        earned += w * rules.onTime;
      }
    }
    const base = weight > 0 ? (100 * earned) / weight : 0;
    const bonus = Math.min(rules.bonusCap, bonuses.filter((b) => b.orgId === orgId).reduce((s, b) => s + b.points, 0));
    const r2 = (x: number) => Math.round(x * 100) / 100;
    return { rank: 0, orgId, orgName: names.get(orgId) ?? orgId, tasks: list.length, onTime, late, notDone, weight, baseScore: r2(base), bonus: r2(bonus), total: r2(base + bonus) };
  });
  rows.sort((a, b) => b.total - a.total || b.onTime - a.onTime || a.orgName.localeCompare(b.orgName, 'zh-Hans-CN'));
  let rank = 0;
  rows.forEach((r, i) => {
    rank = i > 0 && rows[i - 1].total === r.total && rows[i - 1].onTime === r.onTime ? rank : i + 1;
    r.rank = rank;
  });
  return rows;
}

// ---------------------------------------------------------------- numbering and pasted plans

const CN = '零一二三四五六七八九十';
/** The value of a Chinese numeral up to 99 (一 1, 十二 12, 二十三 23). */
export function chineseValue(text: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return null;
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const t = text.includes('十') ? (tens ? CN.indexOf(tens) : 1) : 0;
  const o = ones ? CN.indexOf(ones) : 0;
  return t * 10 + o;
}

/** The numbering style of a work-plan number (一、 → 1, （一） → 2, 1. → 3), or null. */
export function numberStyle(number: string): { style: 1 | 2 | 3; value: number } | null {
  const s = number.trim();
  let m = /^([一二三四五六七八九十]+)[、.．]?$/.exec(s);
  if (m) return { style: 1, value: chineseValue(m[1])! };
  m = /^[（(]([一二三四五六七八九十]+)[）)]$/.exec(s);
  if (m) return { style: 2, value: chineseValue(m[1])! };
  m = /^(\d{1,3})[.、．]?$/.exec(s);
  if (m) return { style: 3, value: Number(m[1]) };
  return null;
}

/** The number in a style at a position: 一, （一）, 1. */
export function styledNumber(style: 1 | 2 | 3, position: number): string {
  return style === 1 ? chineseNumber(position) : style === 2 ? `（${chineseNumber(position)}）` : String(position);
}

/** A deadline as plans write it: 2024-06-30, 2024年6月底, 2024年12月31日, 6月底, 年底, 长期 (none). */
export function parseDeadline(text: string, year: number): string | null | undefined {
  const s = text.trim().replace(/\s/g, '');
  if (!s || /^(长期|持续推进|常态化|全年)$/.test(s)) return null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(?:(\d{4})年)?(\d{1,2})月(?:底|末|前)?$/.exec(s);
  if (m) return endOfMonth(m[1] ? Number(m[1]) : year, Number(m[2]));
  m = /^(?:(\d{4})年)?(?:年底|年末|底前|年底前)$/.exec(s);
  if (m) return iso(m[1] ? Number(m[1]) : year, 12, 31);
  m = /^(\d{4})年(?:底|末)?前?$/.exec(s);
  if (m) return iso(Number(m[1]), 12, 31);
  return undefined;
}
function iso(y: number, mo: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return undefined;
  return dt.toISOString().slice(0, 10);
}
function endOfMonth(y: number, mo: number): string | undefined {
  if (mo < 1 || mo > 12) return undefined;
  return new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
}

/** One item read from a pasted plan. */
export interface PastedItem {
  line: number;
  style: 1 | 2 | 3;
  title: string;
  description: string | null;
  lead: string | null;
  supports: string[];
  deadlineText: string | null;
}

const ITEM = [
  { style: 1 as const, re: /^([一二三四五六七八九十]+)[、.．]\s*(.+)$/ },
  { style: 2 as const, re: /^[（(]([一二三四五六七八九十]+)[）)]\s*(.+)$/ },
  { style: 3 as const, re: /^(\d{1,3})[.、．]\s*(.+)$/ },
];
const splitNames = (s: string) => s.split(/[、，,]/).map((x) => x.trim()).filter(Boolean);

/** Reads the units and time limit from a trailing bracket: （牵头单位：…；配合单位：…；完成时限：…） or （…负责）. */
function responsibility(text: string): { rest: string; lead: string | null; supports: string[]; deadlineText: string | null } {
  const m = /[（(]([^（）()]*)[）)]\s*[。；;]?\s*$/.exec(text);
  const none = { rest: text, lead: null, supports: [], deadlineText: null };
  if (!m) return none;
  const inner = m[1];
  let lead: string | null = null;
  let supports: string[] = [];
  let deadlineText: string | null = null;
  for (const part of inner.split(/[；;]/).map((p) => p.trim()).filter(Boolean)) {
    let x: RegExpExecArray | null;
    if ((x = /^(?:牵头单位|牵头)[：:]\s*(.+)$/.exec(part))) lead = splitNames(x[1])[0] ?? null;
    else if ((x = /^(?:配合单位|配合|责任单位)[：:]\s*(.+)$/.exec(part))) supports = splitNames(x[1]);
    else if ((x = /^(?:完成时限|时限|完成时间)[：:]\s*(.+)$/.exec(part))) deadlineText = x[1];
    else if ((x = /^(.+?)牵头[，,]\s*(.+?)配合$/.exec(part))) {
      lead = splitNames(x[1])[0] ?? null;
      supports = splitNames(x[2]);
    } else if ((x = /^(.+?)(?:负责|牵头)$/.exec(part))) {
      const names = splitNames(x[1]);
      lead = names[0] ?? null;
      supports = names.slice(1);
    } else return none;
  }
  return { rest: text.slice(0, m.index).trim(), lead, supports, deadlineText };
}

/**
 * Reads a work plan pasted as numbered text (一、 （一） 1.). Lines that carry no number continue the
 * item above. A long item keeps its first sentence as the title and the rest as its content.
 */
export function parsePastedPlan(text: string): { items: PastedItem[]; errors: { line: number; message: string }[] } {
  const items: PastedItem[] = [];
  const errors: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\s+|\s+$/g, '').replace(/\u3000/g, ' ');
    if (!line) return;
    const hit = ITEM.map((it) => ({ style: it.style, m: it.re.exec(line) })).find((x) => x.m);
    if (!hit) {
      const last = items.at(-1);
      if (last) last.description = [last.description, line].filter(Boolean).join('\n');
      else errors.push({ line: i + 1, message: '第一行应是带编号的任务（如“一、”“（一）”“1.”）' });
      return;
    }
    const { rest, lead, supports, deadlineText } = responsibility(hit.m![2].trim());
    const sentence = rest.length > 60 ? /^(.{4,}?[。；;])(.+)$/.exec(rest) : null;
    const title = (sentence ? sentence[1] : rest).replace(/[。；;，,]$/, '').trim();
    if (!title) errors.push({ line: i + 1, message: '任务名称为空' });
    items.push({ line: i + 1, style: hit.style, title: title.slice(0, 500), description: sentence ? sentence[2].trim() : null, lead, supports, deadlineText });
  });
  return { items, errors };
}
