import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ReportedMeetingInput, YearEvent } from '../../../common/conference-report';
import { ErrorCode } from '../../../common/errors';
import { type IngestAnalysis, type IngestSave, type IngestSaved, meetingKindFor } from '../../../common/publish-ingest';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { requireReviewer } from './publish.policy';
import { AppError, fieldError } from '../../platform/errors';
import { analyseReport, DocumentError, readDocument, type ReportAnalysis, TEXT_MAX_CHARS } from '../../platform/text/index';
import type { OrgServices } from '../org/org.contract';
import type { ArticleService } from './article.service';
import type { FigureService } from './figure.service';
import { inTransaction } from '../../db/unit-of-work';

export interface IngestDeps {
  db: Db;
  org: OrgServices;
  articles: ArticleService;
  figures: FigureService;
  /** The conference module's contract (common/conference-report.ts). */
  prepareReportedMeeting: (actor: Actor, input: ReportedMeetingInput) => Promise<(trx: Db) => Promise<{ meetingId: string; agreementIds: string[] }>>;
  /** The conference module's meetings, agreements and unveilings of a year (to find a meeting already recorded). */
  eventsOfYear: (actor: Actor, regionCode: string, year: number) => Promise<YearEvent[]>;
  /** Throws a 404 unless the actor can see the meeting (the conference module's meetings.get). */
  findMeeting: (actor: Actor, meetingId: string) => Promise<unknown>;
  logger: Logger;
}

/** The analysis of a report as the ingest page shows it. */
export function toIngestAnalysis(fileName: string | null, r: ReportAnalysis, existingMeetings: IngestAnalysis['existingMeetings'] = []): IngestAnalysis {
  return {
    fileName,
    original: r.original,
    cleanedText: r.cleanedText,
    displayTitle: r.displayTitle,
    body: r.body,
    removed: { pinyinAnnotations: r.removed.pinyinAnnotations.length, boilerplate: r.removed.boilerplate, dateRepairs: r.removed.dateRepairs },
    warnings: r.warnings,
    facts: {
      ...r.facts,
      region: r.facts.region ?? { code: null, name: null },
      statistics: r.facts.statistics.map((s) => ({ ...s, region: s.region ?? { code: null, name: null } })),
    },
    confidence: r.confidence,
    suggestedMeetingKind: meetingKindFor(r.facts.kind),
    existingMeetings,
  };
}

/** Errors of the conference module name their fields relative to the meeting; the ingest form nests them under `meeting`. */
function underMeeting(err: unknown): never {
  if (err instanceof AppError && err.code === ErrorCode.Validation && err.fields?.length) {
    const fields = err.fields.map((f) => ({ field: `meeting.${f.field}`, message: f.message }));
    throw new AppError(err.code, fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
  }
  throw err;
}

/**
 * Outside reports in: read a pasted text or an uploaded file, show what the toolkit read, and save
 * the corrected result as an article, the meeting record (conference module) and the reported
 * figures in one step.
 */
export function createIngestService(deps: IngestDeps) {
  const { db, org, articles, figures, prepareReportedMeeting, eventsOfYear, logger } = deps;

  async function findMeeting(actor: Actor, id: string): Promise<void> {
    try {
      await deps.findMeeting(actor, id);
    } catch (err) {
      if (err instanceof AppError && err.code === ErrorCode.NotFound) throw fieldError('linkMeetingId', '会议不存在');
      throw err;
    }
  }

  /** Meetings the actor can see on the event's day in the event's region. */
  async function existingMeetings(actor: Actor, facts: { eventDate: string | null; region: { code: string } | null }): Promise<IngestAnalysis['existingMeetings']> {
    if (!facts.eventDate || !facts.region) return [];
    try {
      const events = await eventsOfYear(actor, facts.region.code, Number(facts.eventDate.slice(0, 4)));
      return events.filter((e) => e.type === 'meeting' && e.date === facts.eventDate).map((e) => ({ id: e.id, title: e.title, date: e.date, url: e.url }));
    } catch (err) {
      // Finding duplicates is a help, not a condition: the analysis stands without it.
      logger.warn({ err }, 'ingest: could not look up meetings of the day');
      return [];
    }
  }

  return {
    existingMeetings,

    /** Cleans and reads pasted text (nothing is saved), with the meetings already recorded that day. */
    async analyseText(actor: Actor, text: string): Promise<IngestAnalysis> {
      if (text.length > TEXT_MAX_CHARS) throw fieldError('text', `文字过长，最多 ${TEXT_MAX_CHARS} 字`);
      const r = analyseReport(text);
      return toIngestAnalysis(null, r, await existingMeetings(actor, r.facts));
    },

    /** Reads an uploaded .txt, .html or .docx and cleans it (nothing is saved). */
    async analyseFile(actor: Actor, file: { name: string; bytes: Buffer }): Promise<IngestAnalysis> {
      let r: ReportAnalysis;
      try {
        const doc = await readDocument(file.name, file.bytes);
        r = analyseReport(doc.text, { publishDate: doc.publishDate, title: doc.title });
      } catch (err) {
        if (err instanceof DocumentError) throw fieldError('file', err.message);
        throw err;
      }
      return toIngestAnalysis(file.name, r, await existingMeetings(actor, r.facts));
    },

    /**
     * Saves the article, the meeting (when asked) and the figures in one transaction: everything is
     * checked before anything is written, and a failure leaves none of them.
     */
    async save(actor: Actor, input: IngestSave): Promise<IngestSaved> {
      if (input.status === 'published') requireReviewer(actor);
      const a = input.article;
      if (a.eventRegionCode && !org.regions.exists(a.eventRegionCode)) throw fieldError('article.eventRegionCode', `行政区划代码 ${a.eventRegionCode} 不存在`);
      input.figures.forEach((f, i) => {
        if (f.regionCode && !org.regions.exists(f.regionCode)) throw fieldError(`figures.${i}.regionCode`, `行政区划代码 ${f.regionCode} 不存在`);
      });
      const m = input.meeting;
      if (m && !org.regions.exists(m.regionCode)) throw fieldError('meeting.regionCode', `行政区划代码 ${m.regionCode} 不存在`);
      if (m && input.linkMeetingId) throw fieldError('linkMeetingId', '请选择新建会议记录或关联已有会议，不能同时进行');
      if (input.linkMeetingId) await findMeeting(actor, input.linkMeetingId);
      const articleId = randomUUID();
      const saveMeeting = m ? await prepareReportedMeeting(actor, { ...m, summary: a.summary ?? a.body.slice(0, 300), sourceArticleId: articleId }).catch(underMeeting) : null;
      return inTransaction(db, async (trx) => {
          const meeting = saveMeeting ? await saveMeeting(trx).catch(underMeeting) : input.linkMeetingId ? { meetingId: input.linkMeetingId, agreementIds: [] } : null;
          await articles.createIn(trx, actor, a, { id: articleId, originalText: a.originalText ?? null, facts: input.facts ?? null, meetingId: meeting?.meetingId ?? null, status: input.status });
          const figureIds = await figures.recordIn(trx, actor, articleId, a.title, input.figures);
          return { articleId, meetingId: meeting?.meetingId ?? null, agreementIds: meeting?.agreementIds ?? [], figureIds };
        });
    },
  };
}
export type IngestService = ReturnType<typeof createIngestService>;
