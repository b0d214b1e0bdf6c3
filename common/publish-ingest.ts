import { z } from 'zod';
import { dateField } from './fields';
import { AgreementKindSchema, MeetingKindSchema, type MeetingKind } from './conference-report';
import { Limits } from './limits';
import { ArticleCreateSchema, type EventKind, EventKindSchema } from './publish';
import { RegionCodeSchema } from './region';

/** A region as the toolkit names it: GB/T 2260 code and the name a report would use (深圳市坪山区). */
export const RegionRefSchema = z.object({ code: z.string().nullable(), name: z.string().nullable() });

export const ReportStatisticSchema = z.object({
  indicator: z.string(),
  value: z.number(),
  unit: z.string(),
  year: z.number().int().nullable(),
  region: RegionRefSchema,
});
export type ReportStatistic = z.infer<typeof ReportStatisticSchema>;

/** What the toolkit read from a report; text fields in simplified script. */
export const ReportFactsSchema = z
  .object({
    title: z.string().nullable(),
    publishDate: z.string().nullable(),
    eventDate: z.string().nullable(),
    source: z.string().nullable(),
    region: RegionRefSchema,
    kind: EventKindSchema,
    organizations: z.array(z.string()),
    people: z.array(z.object({ name: z.string(), title: z.string() })),
    agreements: z.array(z.string()),
    unveilings: z.array(z.object({ what: z.string(), by: z.array(z.string()) })),
    statistics: z.array(ReportStatisticSchema),
    attendeeCount: z.number().int().nullable(),
    onlineAudience: z.number().int().nullable(),
    eventOrgs: z.array(z.object({ role: z.enum(['host', 'organiser', 'coOrganiser']), name: z.string() })),
    venue: z.string().nullable(),
    mode: z.enum(['offline', 'online', 'hybrid']),
  })
  .meta({ id: 'ReportFacts' });
export type ReportFacts = z.infer<typeof ReportFactsSchema>;

/** A report cleaned and read, for the ingest page to show beside the original. */
export const IngestAnalysisSchema = z
  .object({
    fileName: z.string().nullable(),
    original: z.string(),
    cleanedText: z.string(),
    displayTitle: z.string().nullable(),
    body: z.string(),
    removed: z.object({ pinyinAnnotations: z.number().int(), boilerplate: z.array(z.string()), dateRepairs: z.array(z.object({ from: z.string(), to: z.string() })) }),
    warnings: z.array(z.string()),
    facts: ReportFactsSchema,
    /** How far to trust each fact (0–1, below 0.5 is weak): the page asks to check the weak ones first. */
    confidence: z.object({
      eventDate: z.number().min(0).max(1),
      region: z.number().min(0).max(1),
      kind: z.number().min(0).max(1),
      attendeeCount: z.number().min(0).max(1),
      agreements: z.number().min(0).max(1),
      people: z.number().min(0).max(1),
      statistics: z.number().min(0).max(1),
    }),
    /** The meeting kind the event kind suggests, for the meeting form. */
    suggestedMeetingKind: MeetingKindSchema,
    /** Meetings already recorded on the event's day in its region: link one instead of recording it twice. */
    existingMeetings: z.array(z.object({ id: z.string(), title: z.string(), date: z.string(), url: z.string() })),
  })
  .meta({ id: 'IngestAnalysis' });
export type IngestAnalysis = z.infer<typeof IngestAnalysisSchema>;

export const INGEST_TEXT_MAX = 500_000;
export const IngestTextSchema = z
  .object({ text: z.string().trim().min(1, '请粘贴报道全文').max(INGEST_TEXT_MAX, `不能超过${INGEST_TEXT_MAX}个字符`) })
  .meta({ id: 'IngestText' });

/** The meeting kind an event kind suggests (a signing or unveiling is usually held at a thematic meeting). */
export function meetingKindFor(kind: EventKind): MeetingKind {
  switch (kind) {
    case 'jointConference':
      return 'plenary';
    case 'workConference':
      return 'workConference';
    case 'summit':
      return 'summit';
    case 'seminar':
      return 'seminar';
    case 'training':
      return 'training';
    case 'signing':
    case 'unveiling':
    case 'statisticsRelease':
    case 'other':
      return 'thematic';
  }
}

const FigureInputSchema = z.object({
  indicator: z.string().trim().min(1, '请填写指标').max(100),
  value: z.number({ error: '请填写数值' }).finite(),
  unit: z.string().trim().min(1, '请填写单位').max(20),
  year: z.number().int().min(1990).max(2100).nullable().optional(),
  regionCode: RegionCodeSchema.nullable().optional(),
});
export type FigureInput = z.output<typeof FigureInputSchema>;

/** The meeting to record with the article (attendees, agreements, unveilings), as the ingest page corrected it. */
export const IngestMeetingSchema = z.object({
  title: z.string().trim().min(1, '请填写会议名称').max(200),
  kind: MeetingKindSchema,
  startsAt: dateField('请填写会议日期（YYYY-MM-DD）'),
  regionCode: RegionCodeSchema,
  venue: z.string().trim().max(Limits.addressMax).nullable().optional(),
  mode: z.enum(['offline', 'online', 'hybrid']).default('offline'),
  attendeeCount: z.number().int().min(0).nullable().optional(),
  onlineAudience: z.number().int().min(0).nullable().optional(),
  attendees: z.array(z.object({ name: z.string().trim().min(1).max(Limits.personNameMax), title: z.string().trim().max(Limits.titleMax).nullable(), orgName: z.string().trim().max(Limits.nameMax).nullable().optional() })).max(200).default([]),
  agreements: z.array(z.object({ title: z.string().trim().min(1).max(200), kind: AgreementKindSchema.default('agreement'), parties: z.array(z.string().trim().min(1).max(Limits.nameMax)).default([]) })).max(50).default([]),
  unveilings: z.array(z.object({ what: z.string().trim().min(1).max(200), by: z.array(z.string().trim().min(1).max(Limits.personNameMax)).default([]) })).max(20).default([]),
  orgs: z.array(z.object({ role: z.enum(['host', 'organiser', 'coOrganiser']), name: z.string().trim().min(1).max(Limits.nameMax) })).max(30).optional(),
});
export type IngestMeeting = z.output<typeof IngestMeetingSchema>;

/** Saving an ingested report: the article, optionally the meeting record, and the reported figures, in one step. */
export const IngestSaveSchema = z
  .object({
    article: ArticleCreateSchema.extend({ originalText: z.string().max(INGEST_TEXT_MAX).nullable().optional() }),
    /** Submit for review at once instead of keeping a draft (the office may publish directly). */
    status: z.enum(['draft', 'review', 'published']).default('draft'),
    meeting: IngestMeetingSchema.nullable().optional(),
    /** A meeting already recorded to link the article to, instead of recording the meeting again. */
    linkMeetingId: z.uuid('会议编号无效').nullable().optional(),
    figures: z.array(FigureInputSchema).max(200).default([]),
    facts: z.unknown().optional(),
  })
  .meta({ id: 'IngestSave' });
export type IngestSave = z.output<typeof IngestSaveSchema>;
export type IngestSaveInput = z.input<typeof IngestSaveSchema>;

export const IngestSavedSchema = z
  .object({ articleId: z.string(), meetingId: z.string().nullable(), agreementIds: z.array(z.string()), figureIds: z.array(z.string()) })
  .meta({ id: 'IngestSaved' });
export type IngestSaved = z.infer<typeof IngestSavedSchema>;
