import { z } from 'zod';
import { AgreementKindSchema } from './conference-report';
import { DateSchema, IdSchema, optionalText } from './conference';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';

// ---------------------------------------------------------------- attendance

export const AttendeeRoleSchema = z.enum(['leader', 'chair', 'speaker', 'attendee', 'guest']);
export type AttendeeRole = z.infer<typeof AttendeeRoleSchema>;
export const AttendeeRoleLabels: Record<AttendeeRole, { zh: string; en: string }> = {
  leader: { zh: '出席领导', en: 'Leader' },
  chair: { zh: '主持人', en: 'Chair' },
  speaker: { zh: '发言人', en: 'Speaker' },
  attendee: { zh: '参会人员', en: 'Attendee' },
  guest: { zh: '特邀嘉宾', en: 'Guest' },
};

export const AttendeeCreateSchema = z
  .object({
    name: z.string().trim().min(1, '请填写姓名').max(Limits.personNameMax),
    title: optionalText(Limits.titleMax).describe('the title at the time of the meeting'),
    orgId: IdSchema.nullable().optional(),
    orgName: optionalText(Limits.nameMax),
    role: AttendeeRoleSchema.default('attendee'),
    online: z.boolean().default(false),
  })
  .meta({ id: 'AttendeeCreate' });
export type AttendeeCreate = z.output<typeof AttendeeCreateSchema>;

export const AttendeeSchema = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    personId: z.string().nullable(),
    name: z.string(),
    title: z.string().nullable(),
    orgId: z.string().nullable(),
    orgName: z.string().nullable(),
    role: AttendeeRoleSchema,
    online: z.boolean(),
    source: z.enum(['checkIn', 'reported', 'manual', 'import']),
  })
  .meta({ id: 'Attendee' });
export type Attendee = z.infer<typeof AttendeeSchema>;

// ---------------------------------------------------------------- minutes and resolutions

export const MinutesStatusSchema = z.enum(['draft', 'approved']);
export type MinutesStatus = z.infer<typeof MinutesStatusSchema>;
export const MinutesStatusLabels: Record<MinutesStatus | 'none', { zh: string; en: string }> = {
  none: { zh: '未起草', en: 'None' },
  draft: { zh: '草稿', en: 'Draft' },
  approved: { zh: '已审定', en: 'Approved' },
};

export const MinutesPutSchema = z.object({ body: z.string().max(Limits.longTextMax, '纪要过长') }).meta({ id: 'MinutesPut' });
export const MinutesSchema = z
  .object({
    meetingId: z.string(),
    body: z.string(),
    status: MinutesStatusSchema,
    updatedAt: z.string(),
    approvedByName: z.string().nullable(),
    approvedAt: z.string().nullable(),
  })
  .meta({ id: 'Minutes' });
export type Minutes = z.infer<typeof MinutesSchema>;

export const ResolutionCreateSchema = z
  .object({
    text: z.string().trim().min(1, '请填写议定事项').max(Limits.textMax, `不能超过${Limits.textMax}个字符`),
    leadOrgId: IdSchema.nullable().optional(),
    dueDate: DateSchema.nullable().optional(),
  })
  .meta({ id: 'ResolutionCreate' });
export type ResolutionCreate = z.output<typeof ResolutionCreateSchema>;
export const ResolutionUpdateSchema = ResolutionCreateSchema.partial().meta({ id: 'ResolutionUpdate' });
export type ResolutionUpdate = z.output<typeof ResolutionUpdateSchema>;

export const ResolutionSchema = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    meetingTitle: z.string(),
    regionCode: z.string(),
    seq: z.number().int(),
    text: z.string(),
    leadOrgId: z.string().nullable(),
    leadOrgName: z.string().nullable(),
    dueDate: z.string().nullable(),
    /** The key task made from this resolution, once it has been turned into one. */
    taskId: z.string().nullable(),
  })
  .meta({ id: 'Resolution' });
export type Resolution = z.infer<typeof ResolutionSchema>;

// ---------------------------------------------------------------- agreements, unveilings, documents

export const AgreementPartyInputSchema = z.object({
  orgId: IdSchema.nullable().optional(),
  name: z.string().trim().min(1, '请填写签约方').max(Limits.nameMax),
  signer: optionalText(Limits.personNameMax),
  signerTitle: optionalText(Limits.titleMax),
});

const agreementFields = {
  title: z
    .string()
    .trim()
    .transform((v) => v.replace(/^《/, '').replace(/》$/, '').trim())
    .pipe(z.string().min(1, '请填写协议名称').max(200, '不能超过200个字符')),
  kind: AgreementKindSchema.default('agreement'),
  regionCode: RegionCodeSchema,
  meetingId: IdSchema.nullable().optional(),
  signedOn: DateSchema.nullable().optional(),
  summary: optionalText(Limits.textMax),
  parties: z.array(AgreementPartyInputSchema).max(20).default([]),
};
export const AgreementCreateSchema = z.object(agreementFields).meta({ id: 'AgreementCreate' });
export type AgreementCreate = z.output<typeof AgreementCreateSchema>;
export const AgreementUpdateSchema = z.object({ ...agreementFields, kind: AgreementKindSchema, parties: z.array(AgreementPartyInputSchema).max(20) }).partial().meta({ id: 'AgreementUpdate' });
export type AgreementUpdate = z.output<typeof AgreementUpdateSchema>;

export const AgreementPartySchema = z.object({ orgId: z.string().nullable(), name: z.string(), signer: z.string().nullable(), signerTitle: z.string().nullable() });
export const AgreementSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: AgreementKindSchema,
    regionCode: z.string(),
    regionName: z.string(),
    meetingId: z.string().nullable(),
    meetingTitle: z.string().nullable(),
    signedOn: z.string().nullable(),
    summary: z.string().nullable(),
    parties: z.array(AgreementPartySchema),
    file: z.object({ id: z.string(), name: z.string(), size: z.number().int() }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Agreement' });
export type Agreement = z.infer<typeof AgreementSchema>;

export const AGREEMENT_SORT_FIELDS = ['signedOn', 'title', 'kind', 'createdAt'] as const;
export const AgreementListQuerySchema = pageQuery(AGREEMENT_SORT_FIELDS).extend({
  q: z.string().trim().max(100).optional(),
  kind: AgreementKindSchema.optional(),
  regionCode: RegionCodeSchema.optional(),
  meetingId: IdSchema.optional(),
  from: DateSchema.optional(),
  to: DateSchema.optional(),
});
export type AgreementListQuery = z.output<typeof AgreementListQuerySchema>;
export const AgreementPageSchema = pageOf(AgreementSchema).meta({ id: 'AgreementPage' });

export const UnveilingCreateSchema = z
  .object({
    what: z.string().trim().min(1, '请填写揭牌内容').max(200),
    onDate: DateSchema.nullable().optional().describe('defaults to the meeting day'),
    by: z.array(z.string().trim().min(1).max(Limits.personNameMax)).max(20).default([]),
  })
  .meta({ id: 'UnveilingCreate' });
export type UnveilingCreate = z.output<typeof UnveilingCreateSchema>;
export const UnveilingSchema = z.object({ id: z.string(), meetingId: z.string().nullable(), what: z.string(), onDate: z.string(), by: z.array(z.string()) }).meta({ id: 'Unveiling' });
export type Unveiling = z.infer<typeof UnveilingSchema>;

export const DocumentKindSchema = z.enum(['whitePaper', 'topTen', 'typicalCases', 'report', 'policy', 'video', 'other']);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;
export const DocumentKindLabels: Record<DocumentKind, { zh: string; en: string }> = {
  whitePaper: { zh: '白皮书', en: 'White paper' },
  topTen: { zh: '十大事件', en: 'Top-ten events' },
  typicalCases: { zh: '典型案例', en: 'Typical cases' },
  report: { zh: '报告', en: 'Report' },
  policy: { zh: '政策文件', en: 'Policy' },
  video: { zh: '宣传片', en: 'Video' },
  other: { zh: '其他', en: 'Other' },
};
export const DocumentCreateSchema = z
  .object({ kind: DocumentKindSchema, title: z.string().trim().min(1, '请填写文件名称').max(200) })
  .meta({ id: 'DocumentCreate' });
export type DocumentCreate = z.output<typeof DocumentCreateSchema>;
export const MeetingDocumentSchema = z
  .object({ id: z.string(), meetingId: z.string(), kind: DocumentKindSchema, title: z.string(), file: z.object({ id: z.string(), name: z.string(), size: z.number().int() }).nullable() })
  .meta({ id: 'MeetingDocument' });
export type MeetingDocument = z.infer<typeof MeetingDocumentSchema>;

/** Everything recorded about a meeting after it took place. */
export const MeetingRecordSchema = z
  .object({
    minutes: MinutesSchema.nullable(),
    resolutions: z.array(ResolutionSchema),
    agreements: z.array(AgreementSchema),
    unveilings: z.array(UnveilingSchema),
    documents: z.array(MeetingDocumentSchema),
  })
  .meta({ id: 'MeetingRecord' });
export type MeetingRecord = z.infer<typeof MeetingRecordSchema>;

// ---------------------------------------------------------------- calendar feed

export const CalendarFeedSchema = z
  .object({
    active: z.boolean(),
    createdAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    /** Only in the answer that creates the token: the token is stored hashed and cannot be shown again. */
    url: z.string().nullable(),
  })
  .meta({ id: 'CalendarFeed' });
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;

export const ResolutionListQuerySchema = pageQuery(['seq'] as const).extend({ open: z.enum(['true', 'false']).optional() });
