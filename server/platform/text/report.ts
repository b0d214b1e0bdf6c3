import { stripBoilerplate } from './boilerplate';
import { paragraphs, sentences, splitText } from './clauses';
import { confidenceOf, type Confidence } from './confidence';
import { firstEventDateRead, repairDateMarkers, type DateRepair } from './dates';
import { type EventOrg, eventKindOfLead, namedKind, eventNameIn, type EventKind, findAgreements, findEventOrgs, findMode, findUnveilings, findVenue, kindWithSigning, type Unveiling } from './events';
import { FIGURE_CONTEXT_CHARS, findAttendeeCount, findFigures, findOnlineAudience } from './figures';
import { findPlaceMentions, type PlaceMention } from './gazetteer';
import { hostRegion, type RegionRef, regionOfMention, venueOf, venueWithDateline, withoutMediaNames } from './host-region';
import { findOrganizations } from './orgs';
import { findPeople, type PersonTitle } from './people';
import { removePinyinAnnotations } from './pinyin-annotations';
import { hanShare, normaliseForAnalysis } from './script';
import { segment } from './segment';

// The whole toolkit on one report: clean (keeping the original), normalise, segment, extract.

/** A statistic a report states: indicator, value in base units, unit, year and region. */
export interface ReportStatistic {
  indicator: string;
  value: number;
  unit: string;
  year: number | null;
  region: RegionRef | null;
}

/** The facts read from a report. Text fields are in simplified script. */
export interface ReportFacts {
  title: string | null;
  publishDate: string | null;
  eventDate: string | null;
  source: string | null;
  region: RegionRef | null;
  kind: EventKind;
  organizations: string[];
  people: PersonTitle[];
  agreements: string[];
  unveilings: Unveiling[];
  statistics: ReportStatistic[];
  attendeeCount: number | null;
  onlineAudience: number | null;
  /** Host, organisers and co-organisers (主办 / 承办 / 协办). */
  eventOrgs: EventOrg[];
  venue: string | null;
  mode: 'offline' | 'online' | 'hybrid';
}

export interface ReportAnalysis {
  original: string;
  /** Title and body without pinyin annotations or boilerplate, dropped date markers put back; the script is the source's. */
  cleanedText: string;
  /** The title line as the source wrote it (its script), or null. */
  displayTitle: string | null;
  /** cleanedText without the title line. */
  body: string;
  /** The cleaned text in simplified script with normalised punctuation (what extraction read). */
  normalised: string;
  /** Segmented words of the normalised text. */
  words: string[];
  removed: { pinyinAnnotations: string[]; boilerplate: string[]; dateRepairs: DateRepair[] };
  /** Problems a reader should know of (no Chinese text found). */
  warnings: string[];
  facts: ReportFacts;
  /** How far to trust each fact (0–1), from how it was found. */
  confidence: Confidence;
}

export interface AnalyseOptions {
  /** A publish date known from elsewhere (an HTML page's metadata), used when the text has none. */
  publishDate?: string | null;
  /** A title known from elsewhere (the page's <title>), used when the text has no title line. */
  title?: string | null;
  /** Skip segmentation when only the facts are wanted. */
  segment?: boolean;
}

const YEAR = /(20\d{2}|19\d{2})\s*年/g;

function lastYearIn(text: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(YEAR)) year = Number(m[1]);
  return year;
}

// A year that names an event (2022年坪山区知识产权峰会), not the year of a figure (2023年我国授权发明专利…).
const EVENT_YEAR = /(20\d{2}|19\d{2})(?:\s*年(?:度)?)?(?=[\u4e00-\u9fff])[^，。；\d]{0,30}?(?:峰会|会议|论坛|研讨会|大会|活动|培训班|培训|仪式|发布会|对接会|推进会|座谈会|博览会|展会|宣传周|活动周|节)/g;

// A meeting that deploys a year's work (总结去年工作，部署2024年工作任务) is held in that year.
const DEPLOYED_YEAR = /部署(20\d{2})年/;

function eventYearIn(text: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(EVENT_YEAR)) year = Number(m[1]);
  const deployed = DEPLOYED_YEAR.exec(text);
  return year ?? (deployed ? Number(deployed[1]) : null);
}

/** A title for a report without one: its lead sentence without the date opener, up to the first comma when long. */
function titleFromLead(lead: string): string | null {
  const s = lead.replace(/^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|昨日|昨天|今天|今日|当天)?(?:上午|下午|晚上|晚|中午)?[，,]?/, '').trim();
  if (!s) return null;
  const firstClause = s.split(/[，,]/)[0];
  return (s.length > 40 && firstClause.length >= 8 ? firstClause : s).slice(0, 40);
}

/**
 * The place mentions of a figure's context (the text before the number at `index`), taken from
 * the body's when the context starts at its paragraph's start: a paragraph's scan starts afresh
 * and no place name holds a digit. A context cut inside a paragraph is scanned again (undefined).
 */
function contextMentions(bodyMentions: PlaceMention[], index: number, length: number): PlaceMention[] | undefined {
  if (length >= FIGURE_CONTEXT_CHARS) return undefined;
  const from = index - length;
  return bodyMentions.filter((m) => m.start >= from && m.end <= index).map((m) => ({ ...m, start: m.start - from, end: m.end - from }));
}

function stripLeadingPlace(s: string): string {
  const first = findPlaceMentions(s)[0];
  return first && first.start === 0 ? s.slice(first.end) : s;
}

/** Cleans a report and reads its facts. Never throws on odd input: empty or foreign text gives empty facts. */
export function analyseReport(input: string, options: AnalyseOptions = {}): ReportAnalysis {
  const original = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { text: noPinyin, removed: annotations } = removePinyinAnnotations(original);
  const page = stripBoilerplate(noPinyin);
  const publishDate = page.publishDate ?? options.publishDate ?? null;
  const repaired = repairDateMarkers(page.body, publishDate);
  const displayTitle = page.title ?? options.title ?? null;
  const body = repaired.text;
  const cleanedText = displayTitle ? `${displayTitle}\n${body}` : body;

  const normBody = normaliseForAnalysis(body);
  const normTitle = displayTitle ? normaliseForAnalysis(displayTitle) : null;
  const normalised = normTitle ? `${normTitle}\n${normBody}` : normBody;
  const paras = paragraphs(normBody);
  // The lead is the first real paragraph, not a short caption or byline line left above it.
  const leadIndex = Math.max(0, paras.findIndex((p) => p.text.length >= 15 && /[。，]/.test(p.text)));
  const lead = paras[leadIndex]?.text ?? '';
  const leadSentence = sentences(lead)[0]?.text ?? lead;
  const title = normTitle ?? eventNameIn(leadSentence) ?? titleFromLead(leadSentence);

  // Place names are found once in the body and shared by the region and organisation readers.
  const allMentions = findPlaceMentions(normBody);
  const bodyMentions = withoutMediaNames(normBody, allMentions);
  const leadStart = paras[leadIndex]?.start ?? 0;
  const leadEnd = leadStart + leadSentence.length;
  const inLead = (m: PlaceMention) => m.start >= leadStart && m.end <= leadEnd;
  const venue = venueWithDateline((normTitle ? venueOf(normTitle) : null) ?? venueOf(lead), page.datelinePlace);
  const region = hostRegion(
    [
      ...(normTitle ? [{ text: normTitle, weight: 3 }] : []),
      ...(page.datelinePlace ? [{ text: page.datelinePlace, weight: 2 }] : []),
      { text: leadSentence, weight: 2, mentions: bodyMentions.filter(inLead) },
      { text: normBody, weight: 1, mentions: bodyMentions.filter((m) => !inLead(m)) },
    ],
    venue,
  );
  const yearHint = eventYearIn(leadSentence) ?? (normTitle ? eventYearIn(normTitle) : null);
  const dateContext = { publishDate, yearHint: yearHint ?? eventYearIn(lead) };
  // A lead that opens with the background (为贯彻落实…) dates the event in the next paragraph.
  const leadDate = firstEventDateRead(lead, dateContext);
  const dateRead = leadDate ?? firstEventDateRead(paras[leadIndex + 1]?.text.slice(0, 300) ?? '', dateContext);
  const eventDate = dateRead?.date ?? null;
  // The body's sentences and clauses are split once and shared by the finders.
  const split = splitText(normBody);
  const people = findPeople(split);
  const agreements = findAgreements(split);
  const eventName = normTitle ?? eventNameIn(leadSentence);
  const named = eventName ? namedKind(eventName) : null;
  // Without a named event the lead paragraph says what happened; an agreement it reports signed makes it a signing.
  const kind =
    named ? kindWithSigning(named, eventName ?? '', normBody, agreements) : agreements.length > 0 && /签署|签订|签约/.test(lead) ? 'signing' : eventKindOfLead(lead);
  const statistics = findFigures(normBody, stripLeadingPlace).map((f) => ({
    indicator: f.indicator,
    value: f.value,
    unit: f.unit,
    year: lastYearIn(f.context),
    region: regionOfMention(f.context, region, contextMentions(allMentions, f.index, f.context.length)) ?? region,
  }));
  const facts: ReportFacts = {
    title,
    publishDate,
    eventDate,
    source: page.source ? normaliseForAnalysis(page.source) : null,
    region,
    kind,
    organizations: findOrganizations(split, bodyMentions),
    people,
    agreements,
    unveilings: findUnveilings(split, people.map((p) => p.name)),
    statistics,
    attendeeCount: findAttendeeCount(normBody),
    onlineAudience: findOnlineAudience(normBody),
    eventOrgs: findEventOrgs(split),
    venue: findVenue(leadSentence),
    mode: findMode(lead),
  };
  return {
    original,
    cleanedText,
    displayTitle,
    body,
    normalised,
    words: options.segment === false ? [] : segment(normalised),
    removed: { pinyinAnnotations: annotations.map((a) => a.text), boilerplate: page.removed, dateRepairs: repaired.repairs },
    warnings: hanShare(body) < 0.3 ? ['未识别到中文内容，无法提取事实'] : [],
    facts,
    confidence: confidenceOf({
      date: dateRead ? { basis: dateRead.basis, inLead: leadDate !== null, hasPublishDate: publishDate !== null } : null,
      region: { found: region !== null, venue: region !== null && venue === region.code, inTitle: region !== null && !!normTitle && normTitle.includes(region.name.slice(0, 2)) },
      kind: facts.kind === 'other' ? 'none' : named ? (normTitle ? 'title' : 'eventName') : 'lead',
      attendeeCount: facts.attendeeCount,
      agreements: { count: agreements.length, bracketed: agreements.filter((a) => normBody.includes(`《${a}》`)).length },
      people,
      statistics: statistics.map((st) => ({ year: st.year, hasRegion: st.region !== null })),
    }),
  };
}
