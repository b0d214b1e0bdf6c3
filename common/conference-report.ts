import { z } from 'zod';
import { Limits } from './limits';
import { RegionCodeSchema } from './region';

/** Kinds of meeting and event (GLOSSARY: joint conference). */
export const MeetingKind = {
  Plenary: 'plenary',
  OfficeMeeting: 'officeMeeting',
  Thematic: 'thematic',
  WorkConference: 'workConference',
  ProgressMeeting: 'progressMeeting',
  Summit: 'summit',
  Seminar: 'seminar',
  Training: 'training',
} as const;
export type MeetingKind = (typeof MeetingKind)[keyof typeof MeetingKind];
export const MEETING_KINDS = Object.values(MeetingKind) as [MeetingKind, ...MeetingKind[]];
export const MeetingKindSchema = z.enum(MEETING_KINDS);

export const MeetingKindLabels: Record<MeetingKind, { zh: string; en: string }> = {
  plenary: { zh: '全体会议', en: 'Plenary' },
  officeMeeting: { zh: '办公室会议', en: 'Office meeting' },
  thematic: { zh: '专题会议', en: 'Thematic meeting' },
  workConference: { zh: '工作会议', en: 'Work conference' },
  progressMeeting: { zh: '推进会', en: 'Progress meeting' },
  summit: { zh: '峰会', en: 'Summit' },
  seminar: { zh: '研讨会', en: 'Seminar' },
  training: { zh: '培训', en: 'Training' },
};

export const AgreementKindSchema = z.enum(['agreement', 'framework', 'memorandum']);
export type AgreementKind = z.infer<typeof AgreementKindSchema>;
export const AgreementKindLabels: Record<AgreementKind, { zh: string; en: string }> = {
  agreement: { zh: '协议', en: 'Agreement' },
  framework: { zh: '框架协议', en: 'Framework agreement' },
  memorandum: { zh: '备忘录', en: 'Memorandum' },
};

/**
 * A meeting as an outside report describes it; the publishing module's ingest page turns a news
 * report into this, and the conference module records it (meeting, attendees, agreements,
 * unveilings) in one step.
 */
export const ReportedMeetingSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    kind: MeetingKindSchema,
    /** Date (YYYY-MM-DD) or instant of the start. */
    startsAt: z.string().min(10),
    regionCode: RegionCodeSchema,
    venue: z.string().trim().max(Limits.addressMax).nullable().optional(),
    mode: z.enum(['offline', 'online', 'hybrid']).default('offline'),
    attendeeCount: z.number().int().min(0).nullable().optional(),
    onlineAudience: z.number().int().min(0).nullable().optional(),
    summary: z.string().max(Limits.longTextMax).nullable().optional(),
    attendees: z
      .array(z.object({ name: z.string().trim().min(1).max(Limits.personNameMax), title: z.string().trim().max(Limits.titleMax).nullable(), orgName: z.string().trim().max(Limits.nameMax).nullable().optional() }))
      .default([]),
    agreements: z
      .array(z.object({ title: z.string().trim().min(1).max(200), kind: AgreementKindSchema.default('agreement'), parties: z.array(z.string().trim().min(1).max(Limits.nameMax)).default([]) }))
      .default([]),
    unveilings: z.array(z.object({ what: z.string().trim().min(1).max(200), by: z.array(z.string().trim().min(1).max(Limits.personNameMax)).default([]) })).default([]),
    /** The article the meeting was read from. */
    sourceArticleId: z.uuid().nullable().optional(),
    /** Optional: end instant, theme, and host / organiser / co-organisers by name (主办 / 承办 / 协办). */
    endsAt: z.string().min(10).nullable().optional(),
    theme: z.string().trim().max(200).nullable().optional(),
    orgs: z
      .array(z.object({ role: z.enum(['host', 'organiser', 'coOrganiser']), name: z.string().trim().min(1).max(Limits.nameMax) }))
      .optional(),
  })
  .meta({ id: 'ReportedMeeting' });
export type ReportedMeeting = z.output<typeof ReportedMeetingSchema>;
export type ReportedMeetingInput = z.input<typeof ReportedMeetingSchema>;

/** Something that happened in a year that may become one of the top-ten events. */
export interface YearEvent {
  type: 'meeting' | 'agreement' | 'unveiling';
  id: string;
  title: string;
  date: string;
  regionCode: string;
  summary: string | null;
  /** Web path of the record. */
  url: string;
}
