import { z } from 'zod';
import type { EventKind } from './events';
import { analyseReport, type ReportFacts } from './report';
import { normaliseForAnalysis } from './script';

// Scoring the toolkit against reports labelled by hand: event date, region, kind and attendee
// count by accuracy, agreements, people and statistics by micro-F1, and the mean of the seven.
// Pure: the caller reads the labelled files.

const KINDS = ['jointConference', 'workConference', 'summit', 'seminar', 'signing', 'unveiling', 'training', 'statisticsRelease', 'other'] as const satisfies readonly EventKind[];

/** What a person reading the report wrote down as its true facts. */
export const reportLabelsSchema = z.object({
  /** YYYY-MM-DD, or null when the text does not pin the day and year down (近日, no year anywhere). */
  eventDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** GB/T 2260 code of where the event took place, or null when the text does not say. */
  region: z.string().regex(/^\d{6}$/).nullable(),
  kind: z.enum(KINDS),
  attendeeCount: z.number().int().positive().nullable(),
  agreements: z.array(z.string().min(1)),
  people: z.array(z.object({ name: z.string().min(1), title: z.string() })),
  /** Stated indicator values in base units (23.51万件 → 235100 件); growth rates are not indicators. */
  statistics: z.array(z.object({ value: z.number(), unit: z.string().min(1) })),
});
export type ReportLabels = z.infer<typeof reportLabelsSchema>;

export const labelledReportSchema = z.object({
  id: z.string().min(1),
  /** dev: used while improving the toolkit; heldOut: scored only to check, never tuned on. */
  split: z.enum(['dev', 'heldOut']).default('dev'),
  url: z.string().nullable().optional(),
  city: z.string().optional(),
  script: z.enum(['simplified', 'traditional']).optional(),
  text: z.string().min(1),
  labels: reportLabelsSchema,
});
export type LabelledReport = z.infer<typeof labelledReportSchema>;

export const SCORED_FIELDS = ['eventDate', 'region', 'kind', 'attendeeCount', 'agreements', 'people', 'statistics'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface FieldScore {
  score: number;
  /** Accuracy: correct of labelled; F1: true positives, predicted, gold. */
  detail: string;
}

export interface Miss {
  id: string;
  field: ScoredField;
  expected: unknown;
  got: unknown;
}

export interface SetScore {
  reports: number;
  fields: Record<ScoredField, FieldScore>;
  mean: number;
  misses: Miss[];
}

/** Comparison form: simplified script, no spaces, one kind of bracket and comma. */
function norm(s: string): string {
  return normaliseForAnalysis(s)
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[，,]/g, '，')
    .replace(/[·•・?？]/g, '·');
}

/** A title matches when equal, or when one is the other without the organisation in front. */
function titlesMatch(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x === y || (x.length > 0 && y.length > 0 && (x.endsWith(y) || y.endsWith(x)));
}

class Counter {
  correct = 0;
  total = 0;
  tp = 0;
  predicted = 0;
  gold = 0;
  accuracy(): FieldScore {
    return { score: this.total === 0 ? 1 : this.correct / this.total, detail: `${this.correct}/${this.total}` };
  }
  f1(): FieldScore {
    const p = this.predicted === 0 ? 1 : this.tp / this.predicted;
    const r = this.gold === 0 ? 1 : this.tp / this.gold;
    const score = this.predicted === 0 && this.gold === 0 ? 1 : p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return { score, detail: `tp ${this.tp}, predicted ${this.predicted}, gold ${this.gold}` };
  }
}

/** Greedy one-to-one matching; returns how many gold items found a partner. */
function matched<G, P>(gold: G[], got: P[], same: (g: G, p: P) => boolean): number {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = got.findIndex((p, j) => !used.has(j) && same(g, p));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return tp;
}

function scoreOne(report: LabelledReport, facts: ReportFacts, counters: Record<ScoredField, Counter>, misses: Miss[]): void {
  const l = report.labels;
  const miss = (field: ScoredField, expected: unknown, got: unknown) => misses.push({ id: report.id, field, expected, got });
  const exact = (field: ScoredField, expected: unknown, got: unknown, onlyLabelled: boolean) => {
    if (onlyLabelled && expected === null) return;
    counters[field].total++;
    if (expected === got) counters[field].correct++;
    else miss(field, expected, got);
  };
  exact('eventDate', l.eventDate, facts.eventDate, true);
  exact('region', l.region, facts.region?.code ?? null, false);
  exact('kind', l.kind, facts.kind, false);
  exact('attendeeCount', l.attendeeCount, facts.attendeeCount, true);

  const setField = <G, P>(field: ScoredField, gold: G[], got: P[], same: (g: G, p: P) => boolean) => {
    const tp = matched(gold, got, same);
    const c = counters[field];
    c.tp += tp;
    c.predicted += got.length;
    c.gold += gold.length;
    if (tp !== gold.length || tp !== got.length) miss(field, gold, got);
  };
  setField('agreements', l.agreements, facts.agreements, (g, p) => norm(g) === norm(p));
  setField('people', l.people, facts.people, (g, p) => norm(g.name) === norm(p.name) && titlesMatch(g.title, p.title));
  setField('statistics', l.statistics, facts.statistics, (g, p) => Math.abs(g.value - p.value) < 1e-9 && norm(g.unit) === norm(p.unit));
}

/** Scores the toolkit (or another reader of facts) on labelled reports. */
export function scoreReports(reports: LabelledReport[], read: (text: string) => ReportFacts = (t) => analyseReport(t, { segment: false }).facts): SetScore {
  const counters = Object.fromEntries(SCORED_FIELDS.map((f) => [f, new Counter()])) as Record<ScoredField, Counter>;
  const misses: Miss[] = [];
  for (const r of reports) scoreOne(r, read(r.text), counters, misses);
  const fields = {
    eventDate: counters.eventDate.accuracy(),
    region: counters.region.accuracy(),
    kind: counters.kind.accuracy(),
    attendeeCount: counters.attendeeCount.accuracy(),
    agreements: counters.agreements.f1(),
    people: counters.people.f1(),
    statistics: counters.statistics.f1(),
  };
  const mean = SCORED_FIELDS.reduce((n, f) => n + fields[f].score, 0) / SCORED_FIELDS.length;
  return { reports: reports.length, fields, mean, misses };
}

const FIELD_LABELS: Record<ScoredField, string> = {
  eventDate: 'event date (where the text supports one)',
  region: 'host region',
  kind: 'event kind',
  attendeeCount: 'attendee count',
  agreements: 'agreements',
  people: 'people with titles',
  statistics: 'statistics',
};

/** The per-field table (Markdown), one column per named set. */
export function scoreTable(sets: { name: string; score: SetScore }[]): string {
  const fmt = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
  const rows = [
    `| field | ${sets.map((s) => `${s.name} (${s.score.reports})`).join(' | ')} |`,
    `|---|${sets.map(() => '---').join('|')}|`,
    ...SCORED_FIELDS.map((f) => `| ${FIELD_LABELS[f]} | ${sets.map((s) => `${fmt(s.score.fields[f].score)} (${s.score.fields[f].detail})`).join(' | ')} |`),
    `| **mean** | ${sets.map((s) => `**${fmt(s.score.mean)}**`).join(' | ')} |`,
  ];
  return rows.join('\n');
}
