import type { DateBasis } from './dates';

// How far to trust each fact read from a report, from how it was found: a date written in full
// beats a month-day whose year came from the page, which beats 近日; a venue named outright
// (在京开幕) beats the place a report names most. The ingest page shows the weak ones first.

export const CONFIDENCE_FIELDS = ['eventDate', 'region', 'kind', 'attendeeCount', 'agreements', 'people', 'statistics'] as const;
export type ConfidenceField = (typeof CONFIDENCE_FIELDS)[number];
/** 0 to 1 for each field: at least 0.8 is high, below 0.5 is low (check it first). */
export type Confidence = Record<ConfidenceField, number>;

/** What the extraction found each fact from. */
export interface Evidence {
  date: { basis: DateBasis; inLead: boolean; hasPublishDate: boolean } | null;
  region: { found: boolean; venue: boolean; inTitle: boolean };
  kind: 'title' | 'eventName' | 'lead' | 'none';
  attendeeCount: number | null;
  agreements: { count: number; bracketed: number };
  people: { name: string; title: string }[];
  statistics: { year: number | null; hasRegion: boolean }[];
}

function dateConfidence(d: Evidence['date']): number {
  if (!d) return 0.2;
  if (d.basis === 'relative') return 0.3;
  const base = d.basis === 'full' ? 0.95 : d.hasPublishDate ? 0.85 : 0.65;
  return d.inLead ? base : base - 0.2;
}

function regionConfidence(r: Evidence['region']): number {
  if (!r.found) return 0.2;
  if (r.venue) return 0.9;
  return r.inTitle ? 0.8 : 0.55;
}

/** The confidence of each field of a report's facts. */
export function confidenceOf(e: Evidence): Confidence {
  const longTitles = e.people.filter((p) => p.title.length > 30 || p.title.length < 2).length;
  const undated = e.statistics.filter((s) => s.year === null || !s.hasRegion).length;
  return {
    eventDate: dateConfidence(e.date),
    region: regionConfidence(e.region),
    kind: { title: 0.9, eventName: 0.8, lead: 0.6, none: 0.3 }[e.kind],
    // A stated count is usually right; no count often means the report gives none.
    attendeeCount: e.attendeeCount === null ? 0.6 : 0.85,
    agreements: e.agreements.count === 0 ? 0.8 : e.agreements.bracketed === e.agreements.count ? 0.9 : 0.6,
    people: e.people.length === 0 ? 0.5 : longTitles > 0 ? 0.55 : 0.8,
    statistics: e.statistics.length === 0 ? 0.8 : undated > 0 ? 0.55 : 0.8,
  };
}
