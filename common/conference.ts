import { z } from 'zod';
import { dateField, instantField, patchOf } from './fields';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';
import { Role } from './roles';
import { MeetingKindSchema } from './conference-report';

/** Roles that may use the conference module; rows are then limited by each role's data scope. */
export const ConferenceAccess = {
  /** Meetings a user's unit is invited to or takes part in; the whole region for office staff. */
  read: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.Liaison, Role.CourtLiaison, Role.BankOfficer],
  /** Run meetings: create, invite, check in, minutes, agreements (district offices in their district). */
  manage: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice],
  /** The conference body itself: member units and liaisons. */
  body: [Role.Admin, Role.OfficeStaff],
} as const;

const text = (max: number, message = `不能超过${max}个字符`) => z.string().trim().max(max, message);
/** Optional text: '' and null both become null. */
export const optionalText = (max: number) =>
  text(max)
    .optional()
    .nullable()
    .transform((v) => (v === '' || v == null ? null : v));
export const DateSchema = dateField();
export const InstantSchema = instantField();
export const IdSchema = z.uuid('编号无效');

// ---------------------------------------------------------------- the conference body

export const MemberPositionSchema = z.enum(['lead', 'member']);
export type MemberPosition = z.infer<typeof MemberPositionSchema>;
export const MemberPositionLabels: Record<MemberPosition, { zh: string; en: string }> = {
  lead: { zh: '牵头单位', en: 'Lead unit' },
  member: { zh: '成员单位', en: 'Member unit' },
};

export const ConferenceUpsertSchema = z
  .object({
    regionCode: RegionCodeSchema,
    name: text(Limits.nameMax).min(1, '请填写联席会议名称'),
    officeOrgId: IdSchema.nullable().optional(),
    establishedOn: DateSchema.nullable().optional(),
  })
  .meta({ id: 'ConferenceUpsert' });
export type ConferenceUpsert = z.output<typeof ConferenceUpsertSchema>;

export const ConferenceSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    name: z.string(),
    officeOrgId: z.string().nullable(),
    officeOrgName: z.string().nullable(),
    establishedOn: z.string().nullable(),
    memberCount: z.number().int(),
    liaisonCount: z.number().int(),
  })
  .meta({ id: 'Conference' });
export type Conference = z.infer<typeof ConferenceSchema>;

export const MemberCreateSchema = z
  .object({
    orgId: IdSchema,
    position: MemberPositionSchema.default('member'),
    joinedOn: DateSchema.nullable().optional(),
    leftOn: DateSchema.nullable().optional(),
    duties: optionalText(Limits.textMax),
    sortOrder: z.coerce.number().int().min(0).max(9999).default(0),
  })
  .meta({ id: 'MemberCreate' });
export type MemberCreate = z.output<typeof MemberCreateSchema>;
export const MemberUpdateSchema = patchOf(MemberCreateSchema.omit({ orgId: true })).meta({ id: 'MemberUpdate' });
export type MemberUpdate = z.output<typeof MemberUpdateSchema>;

export const MemberSchema = z
  .object({
    id: z.string(),
    conferenceId: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    orgKind: z.string(),
    regionCode: z.string(),
    position: MemberPositionSchema,
    joinedOn: z.string().nullable(),
    leftOn: z.string().nullable(),
    duties: z.string().nullable(),
    sortOrder: z.number().int(),
    liaisonName: z.string().nullable(),
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof MemberSchema>;

export const MEMBER_SORT_FIELDS = ['sortOrder', 'orgName', 'position', 'joinedOn'] as const;
export const MemberListQuerySchema = pageQuery(MEMBER_SORT_FIELDS).extend({
  regionCode: RegionCodeSchema.optional().describe('the conference of this region (default: the caller’s)'),
  q: text(Limits.nameMax).optional(),
  position: MemberPositionSchema.optional(),
  current: z.enum(['true', 'false']).optional().describe('true: only units that have not left'),
});
export type MemberListQuery = z.output<typeof MemberListQuerySchema>;
export const MemberPageSchema = pageOf(MemberSchema).meta({ id: 'MemberPage' });

export const LiaisonCreateSchema = z
  .object({
    orgId: IdSchema,
    name: text(Limits.personNameMax).min(1, '请填写姓名'),
    title: optionalText(Limits.titleMax),
    phone: optionalText(Limits.phoneMax),
    email: z.email('邮箱格式不正确').max(Limits.emailMax).nullable().optional().or(z.literal('').transform(() => null)),
    personId: IdSchema.nullable().optional(),
    termStart: DateSchema,
    termEnd: DateSchema.nullable().optional(),
  })
  .meta({ id: 'LiaisonCreate' });
export type LiaisonCreate = z.output<typeof LiaisonCreateSchema>;
export const LiaisonUpdateSchema = LiaisonCreateSchema.omit({ orgId: true }).partial().meta({ id: 'LiaisonUpdate' });
export type LiaisonUpdate = z.output<typeof LiaisonUpdateSchema>;

export const LiaisonSchema = z
  .object({
    id: z.string(),
    conferenceId: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    personId: z.string().nullable(),
    name: z.string(),
    title: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    termStart: z.string(),
    termEnd: z.string().nullable(),
    current: z.boolean(),
  })
  .meta({ id: 'Liaison' });
export type Liaison = z.infer<typeof LiaisonSchema>;

export const LIAISON_SORT_FIELDS = ['name', 'orgName', 'termStart', 'termEnd'] as const;
export const LiaisonListQuerySchema = pageQuery(LIAISON_SORT_FIELDS).extend({
  regionCode: RegionCodeSchema.optional(),
  q: text(Limits.nameMax).optional(),
  orgId: IdSchema.optional(),
  current: z.enum(['true', 'false']).optional(),
});
export type LiaisonListQuery = z.output<typeof LiaisonListQuerySchema>;
export const LiaisonPageSchema = pageOf(LiaisonSchema).meta({ id: 'LiaisonPage' });

// ---------------------------------------------------------------- invitations and registrations

export const InviteSchema = z
  .object({
    orgIds: z.array(IdSchema).max(500).default([]),
    personIds: z.array(IdSchema).max(500).default([]),
  })
  .refine((v) => v.orgIds.length + v.personIds.length > 0, { message: '请选择要邀请的单位或人员', path: ['orgIds'] })
  .meta({ id: 'Invite' });
export type Invite = z.output<typeof InviteSchema>;

export const InvitationSchema = z
  .object({ id: z.string(), orgId: z.string(), orgName: z.string(), personId: z.string().nullable(), personName: z.string().nullable(), invitedAt: z.string() })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof InvitationSchema>;

export const RegistrationStatusSchema = z.enum(['registered', 'waitlisted', 'cancelled']);
export type RegistrationStatus = z.infer<typeof RegistrationStatusSchema>;
export const RegistrationStatusLabels: Record<RegistrationStatus, { zh: string; en: string }> = {
  registered: { zh: '已报名', en: 'Registered' },
  waitlisted: { zh: '候补', en: 'Waitlisted' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export const RegisterSchema = z
  .object({
    name: optionalText(Limits.personNameMax).describe('defaults to the signed-in user'),
    title: optionalText(Limits.titleMax),
    orgId: IdSchema.nullable().optional().describe('organisers registering someone of an invited unit'),
  })
  .meta({ id: 'Register' });
export type Register = z.output<typeof RegisterSchema>;

export const RegistrationSchema = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    userId: z.string().nullable(),
    orgId: z.string(),
    orgName: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    status: RegistrationStatusSchema,
    /** 1-based place on the waitlist, for waitlisted registrations. */
    waitlistPosition: z.number().int().nullable(),
    code: z.string().nullable().describe('check-in code; shown to the registrant and the organisers only'),
    registeredAt: z.string(),
    promotedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    checkedInAt: z.string().nullable(),
  })
  .meta({ id: 'Registration' });
export type Registration = z.infer<typeof RegistrationSchema>;

// ---------------------------------------------------------------- meetings

export const MeetingModeSchema = z.enum(['offline', 'online', 'hybrid']);
export type MeetingMode = z.infer<typeof MeetingModeSchema>;
export const MeetingModeLabels: Record<MeetingMode, { zh: string; en: string }> = {
  offline: { zh: '线下', en: 'In person' },
  online: { zh: '线上', en: 'Online' },
  hybrid: { zh: '线上线下相结合', en: 'Hybrid' },
};
export const MeetingStatusSchema = z.enum(['scheduled', 'cancelled']);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;
export const MeetingStatusLabels: Record<MeetingStatus, { zh: string; en: string }> = {
  scheduled: { zh: '正常', en: 'Scheduled' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};
export const MeetingOrgRoleSchema = z.enum(['host', 'organiser', 'coOrganiser']);
export type MeetingOrgRole = z.infer<typeof MeetingOrgRoleSchema>;
export const MeetingOrgRoleLabels: Record<MeetingOrgRole, { zh: string; en: string }> = {
  host: { zh: '主办', en: 'Host' },
  organiser: { zh: '承办', en: 'Organiser' },
  coOrganiser: { zh: '协办', en: 'Co-organiser' },
};
/** How long before the start invitees see the online link. */
export const ONLINE_LINK_LEAD_MINUTES = 30;

export const MeetingOrgInputSchema = z.object({
  role: MeetingOrgRoleSchema,
  orgId: IdSchema.nullable().optional(),
  orgName: text(Limits.nameMax).min(1).optional(),
});

const meetingFields = {
  title: text(200, '不能超过200个字符').min(1, '请填写会议名称'),
  kind: MeetingKindSchema,
  regionCode: RegionCodeSchema,
  startsAt: InstantSchema,
  endsAt: InstantSchema.nullable().optional(),
  venue: optionalText(Limits.addressMax),
  mode: MeetingModeSchema.default('offline'),
  onlineUrl: z.url('请填写有效的网址').max(500).nullable().optional().or(z.literal('').transform(() => null)),
  onlineAudience: z.coerce.number().int().min(0, '不能为负数').nullable().optional(),
  attendeeCount: z.coerce.number().int().min(0, '不能为负数').nullable().optional(),
  capacity: z.coerce.number().int().min(1, '名额至少为1').max(100_000).nullable().optional(),
  waitlist: z.boolean().default(true),
  theme: optionalText(200),
  summary: optionalText(Limits.longTextMax),
  orgs: z.array(MeetingOrgInputSchema).max(50).default([]),
};

export const MeetingCreateSchema = z
  .object(meetingFields)
  .superRefine((m, ctx) => {
    if (m.endsAt && Date.parse(m.endsAt) < Date.parse(m.startsAt)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间不能早于开始时间' });
  })
  .meta({ id: 'MeetingCreate' });
export type MeetingCreate = z.output<typeof MeetingCreateSchema>;
export type MeetingCreateInput = z.input<typeof MeetingCreateSchema>;
export const MeetingUpdateSchema = z
  .object({ ...meetingFields, mode: MeetingModeSchema, waitlist: z.boolean(), orgs: z.array(MeetingOrgInputSchema).max(50), status: MeetingStatusSchema })
  .partial()
  .meta({ id: 'MeetingUpdate' });
export type MeetingUpdate = z.output<typeof MeetingUpdateSchema>;

export const MeetingOrgSchema = z.object({ role: MeetingOrgRoleSchema, orgId: z.string().nullable(), orgName: z.string() });
export type MeetingOrg = z.infer<typeof MeetingOrgSchema>;

export const MeetingSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: MeetingKindSchema,
    regionCode: z.string(),
    regionName: z.string(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    venue: z.string().nullable(),
    mode: MeetingModeSchema,
    status: MeetingStatusSchema,
    capacity: z.number().int().nullable(),
    registered: z.number().int(),
    waitlisted: z.number().int(),
    minutesStatus: z.enum(['none', 'draft', 'approved']),
  })
  .meta({ id: 'MeetingSummary' });
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>;

export const MeetingSchema = MeetingSummarySchema.extend({
  theme: z.string().nullable(),
  summary: z.string().nullable(),
  onlineAudience: z.number().int().nullable(),
  attendeeCount: z.number().int().nullable(),
  waitlist: z.boolean(),
  orgs: z.array(MeetingOrgSchema),
  /** The link, when the caller may see it now (runs the meeting, or is invited and it opens within 30 minutes). */
  onlineUrl: z.string().nullable(),
  hasOnlineUrl: z.boolean(),
  onlineUrlOpensAt: z.string().nullable(),
  invited: z.boolean(),
  /** True while the meeting is scheduled and has not ended (the server's clock decides). */
  registrationOpen: z.boolean(),
  canManage: z.boolean(),
  myRegistration: RegistrationSchema.nullable(),
  sourceArticleId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof MeetingSchema>;

export const MEETING_SORT_FIELDS = ['startsAt', 'title', 'kind', 'createdAt'] as const;
const listOf = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));
export const MeetingListQuerySchema = pageQuery(MEETING_SORT_FIELDS).extend({
  q: text(100).optional(),
  kind: listOf(MeetingKindSchema),
  mode: MeetingModeSchema.optional(),
  status: MeetingStatusSchema.optional(),
  regionCode: RegionCodeSchema.optional(),
  from: DateSchema.optional().describe('starting on or after this day'),
  to: DateSchema.optional().describe('starting on or before this day'),
  toRegister: z.enum(['true', 'false']).optional().describe('true: meetings not yet begun that the caller’s unit is invited to and the caller has not registered for'),
});
export type MeetingListQuery = z.output<typeof MeetingListQuerySchema>;
export const MeetingPageSchema = pageOf(MeetingSummarySchema).meta({ id: 'MeetingPage' });

export const UpcomingQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(60).default(7) });

// ---------------------------------------------------------------- agenda

export interface AgendaItemInput {
  title: string;
  speaker?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  notes?: string | null | undefined;
  children?: AgendaItemInput[] | undefined;
}
const agendaLeaf = {
  title: text(200, '不能超过200个字符').min(1, '请填写议程事项'),
  speaker: optionalText(Limits.titleMax),
  durationMinutes: z.coerce.number().int().min(0, '时长不能为负数').max(1440, '时长不能超过1440分钟').nullable().optional(),
  notes: optionalText(Limits.textMax),
};
/** One agenda item with its sub-items (two levels: items and their parts). */
export const AgendaItemInputSchema = z.object({ ...agendaLeaf, children: z.array(z.object(agendaLeaf)).max(50).optional() });
export const AgendaPutSchema = z.object({ items: z.array(AgendaItemInputSchema).max(100) }).meta({ id: 'AgendaPut' });
export type AgendaPut = z.output<typeof AgendaPutSchema>;

const agendaItemBase = z.object({ id: z.string(), title: z.string(), speaker: z.string().nullable(), durationMinutes: z.number().int().nullable(), notes: z.string().nullable() });
export const AgendaItemSchema = agendaItemBase.extend({ children: z.array(agendaItemBase) }).meta({ id: 'AgendaItem' });
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const REGISTRATION_SORT_FIELDS = ['registeredAt', 'name', 'orgName', 'status'] as const;
export const RegistrationListQuerySchema = pageQuery(REGISTRATION_SORT_FIELDS).extend({
  status: RegistrationStatusSchema.optional(),
  q: text(Limits.nameMax).optional(),
  checkedIn: z.enum(['true', 'false']).optional(),
});
export type RegistrationListQuery = z.output<typeof RegistrationListQuerySchema>;
export const RegistrationPageSchema = pageOf(RegistrationSchema).meta({ id: 'RegistrationPage' });

export const CheckInSchema = z.object({ code: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{6}$/, '签到码为6位字母或数字') }).meta({ id: 'CheckIn' });

export const MeetingIdParams = z.object({ id: IdSchema });
export const ChildParams = z.object({ id: IdSchema, childId: IdSchema });
