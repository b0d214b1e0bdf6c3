import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';
import { Role } from './roles';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;
const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字符`);

/** Roles that may call the volunteer routes; rows are then limited by the services policy. */
export const VolunteerAccess = {
  /** Everyone who takes part: the office, districts, enterprises and volunteers. */
  read: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.Enterprise, Role.Volunteer],
  /** The office vets volunteers, offers requests and approves hours. */
  manage: [Role.Admin, Role.OfficeStaff],
  /** The office and districts see volunteers and the statistics. */
  staff: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice],
  /** Enterprises post requests and rate the service. */
  enterprise: [Role.Enterprise],
  /** Volunteers enrol, answer offers and record their service. */
  volunteer: [Role.Volunteer],
} as const satisfies Record<string, readonly Role[]>;

// ---------------------------------------------------------------- vocabularies

/** Who a volunteer is (seed 002's 知助: lawyers, patent agents, university students, retired examiners). */
export const VOLUNTEER_KINDS = ['lawyer', 'patentAgent', 'student', 'retiredExaminer', 'other'] as const;
export type VolunteerKind = (typeof VOLUNTEER_KINDS)[number];
export const VolunteerKindLabels: Labels<VolunteerKind> = {
  lawyer: { zh: '律师', en: 'Lawyer' },
  patentAgent: { zh: '专利代理师', en: 'Patent agent' },
  student: { zh: '高校学生', en: 'University student' },
  retiredExaminer: { zh: '退休审查员', en: 'Retired examiner' },
  other: { zh: '其他专业人士', en: 'Other professional' },
};

/** What a volunteer can help with; a request names the one it needs most. */
export const VOLUNTEER_SKILLS = ['patent', 'trademark', 'copyright', 'tradeSecret', 'overseas', 'licensing', 'finance', 'litigation'] as const;
export type VolunteerSkill = (typeof VOLUNTEER_SKILLS)[number];
export const VolunteerSkillLabels: Labels<VolunteerSkill> = {
  patent: { zh: '专利申请与布局', en: 'Patent filing' },
  trademark: { zh: '商标注册与保护', en: 'Trademarks' },
  copyright: { zh: '版权登记与维权', en: 'Copyright' },
  tradeSecret: { zh: '商业秘密保护', en: 'Trade secrets' },
  overseas: { zh: '海外纠纷应对', en: 'Overseas disputes' },
  licensing: { zh: '许可转让与运营', en: 'Licensing' },
  finance: { zh: '知识产权金融', en: 'IP finance' },
  litigation: { zh: '诉讼与维权', en: 'Litigation' },
};

/** Languages a volunteer works in besides Chinese (ISO 639-1). */
export const VOLUNTEER_LANGUAGES = ['en', 'ja', 'ko', 'de', 'fr', 'es', 'ru', 'ar', 'pt', 'vi'] as const;
export type VolunteerLanguage = (typeof VOLUNTEER_LANGUAGES)[number];
export const VolunteerLanguageLabels: Labels<VolunteerLanguage> = {
  en: { zh: '英语', en: 'English' },
  ja: { zh: '日语', en: 'Japanese' },
  ko: { zh: '韩语', en: 'Korean' },
  de: { zh: '德语', en: 'German' },
  fr: { zh: '法语', en: 'French' },
  es: { zh: '西班牙语', en: 'Spanish' },
  ru: { zh: '俄语', en: 'Russian' },
  ar: { zh: '阿拉伯语', en: 'Arabic' },
  pt: { zh: '葡萄牙语', en: 'Portuguese' },
  vi: { zh: '越南语', en: 'Vietnamese' },
};

export const VOLUNTEER_STATUSES = ['applied', 'approved', 'rejected', 'suspended'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];
export const VolunteerStatusLabels: Labels<VolunteerStatus> = {
  applied: { zh: '待审核', en: 'Awaiting vetting' },
  approved: { zh: '已通过', en: 'Approved' },
  rejected: { zh: '未通过', en: 'Rejected' },
  suspended: { zh: '已暂停', en: 'Suspended' },
};

export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const UrgencyLabels: Labels<Urgency> = {
  normal: { zh: '一般', en: 'Normal' },
  urgent: { zh: '加急', en: 'Urgent' },
  critical: { zh: '特急', en: 'Critical' },
};

export const REQUEST_STATUSES = ['open', 'offered', 'accepted', 'completed', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const RequestStatusLabels: Labels<RequestStatus> = {
  open: { zh: '待匹配', en: 'Open' },
  offered: { zh: '已推送志愿者', en: 'Offered' },
  accepted: { zh: '服务中', en: 'In service' },
  completed: { zh: '已完成', en: 'Completed' },
  cancelled: { zh: '已撤回', en: 'Cancelled' },
};

export const OFFER_STATUSES = ['offered', 'accepted', 'declined', 'withdrawn', 'completed'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export const OfferStatusLabels: Labels<OfferStatus> = {
  offered: { zh: '待回复', en: 'Awaiting answer' },
  accepted: { zh: '已接受', en: 'Accepted' },
  declined: { zh: '已婉拒', en: 'Declined' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  completed: { zh: '已服务完毕', en: 'Served' },
};

export const RECORD_STATUSES = ['signedIn', 'reported', 'approved', 'rejected'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];
export const RecordStatusLabels: Labels<RecordStatus> = {
  signedIn: { zh: '已签到', en: 'Signed in' },
  reported: { zh: '待审核', en: 'Awaiting approval' },
  approved: { zh: '已认定', en: 'Approved' },
  rejected: { zh: '未认定', en: 'Not approved' },
};
export const RECORD_METHODS = ['selfReport', 'code'] as const;
export type RecordMethod = (typeof RECORD_METHODS)[number];
export const RecordMethodLabels: Labels<RecordMethod> = {
  selfReport: { zh: '自行填报', en: 'Self-reported' },
  code: { zh: '签到码', en: 'Sign-in code' },
};

/** The reasons a volunteer is suggested for a request, in the order they weigh. */
export const MATCH_REASONS = ['skill', 'district', 'cityWide', 'language', 'noLanguage', 'load', 'full'] as const;
export type MatchReasonCode = (typeof MATCH_REASONS)[number];

// ---------------------------------------------------------------- volunteers

const volunteerFields = {
  name: text(40).min(1, '请填写姓名'),
  kind: z.enum(VOLUNTEER_KINDS),
  affiliation: text(100).min(1, '请填写所在单位或学校'),
  phone: optionalText(30),
  skills: z.array(z.enum(VOLUNTEER_SKILLS)).min(1, '请至少选择一项专长').max(VOLUNTEER_SKILLS.length),
  languages: z.array(z.enum(VOLUNTEER_LANGUAGES)).max(VOLUNTEER_LANGUAGES.length).default([]),
  districts: z.array(RegionCodeSchema).min(1, '请至少选择一个服务区域').max(20, '最多20个服务区域'),
  availability: text(200).min(1, '请说明可服务的时间'),
  weeklyHours: z.number('每周可服务小时数应为整数').int('每周可服务小时数应为整数').min(1, '每周至少1小时').max(60, '每周不超过60小时'),
};
/** A volunteer enrolling themselves. */
export const VolunteerEnrolSchema = z.object(volunteerFields).meta({ id: 'VolunteerEnrol' });
export type VolunteerEnrol = z.output<typeof VolunteerEnrolSchema>;
/** The office adding a volunteer (an enrolment on paper, or a row of the import). */
export const VolunteerCreateSchema = z.object({ ...volunteerFields, regionCode: RegionCodeSchema }).meta({ id: 'VolunteerCreate' });
export type VolunteerCreate = z.output<typeof VolunteerCreateSchema>;
export const VolunteerVetSchema = z
  .object({ decision: z.enum(['approved', 'rejected', 'suspended']), note: optionalText(500), maxActive: z.number().int().min(1, '同时服务至少1件').max(20, '同时服务不超过20件').optional() })
  .meta({ id: 'VolunteerVet' });
export type VolunteerVet = z.output<typeof VolunteerVetSchema>;

export const VolunteerSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    name: z.string(),
    kind: z.enum(VOLUNTEER_KINDS),
    affiliation: z.string(),
    phone: z.string().nullable(),
    skills: z.array(z.enum(VOLUNTEER_SKILLS)),
    languages: z.array(z.enum(VOLUNTEER_LANGUAGES)),
    districts: z.array(z.object({ code: z.string(), name: z.string() })),
    availability: z.string(),
    weeklyHours: z.number().int(),
    maxActive: z.number().int(),
    status: z.enum(VOLUNTEER_STATUSES),
    hasAccount: z.boolean(),
    activeCount: z.number().int(),
    approvedMinutes: z.number().int(),
    vetNote: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Volunteer' });
export type Volunteer = z.infer<typeof VolunteerSchema>;

export const VOLUNTEER_SORT_FIELDS = ['createdAt', 'name', 'approvedMinutes'] as const;
export const VolunteerListQuerySchema = pageQuery(VOLUNTEER_SORT_FIELDS).extend({
  q: z.string().trim().max(100).optional().describe('name or affiliation'),
  status: z.enum(VOLUNTEER_STATUSES).optional(),
  kind: z.enum(VOLUNTEER_KINDS).optional(),
  skill: z.enum(VOLUNTEER_SKILLS).optional(),
  language: z.enum(VOLUNTEER_LANGUAGES).optional(),
  district: RegionCodeSchema.optional(),
});
export type VolunteerListQuery = z.output<typeof VolunteerListQuerySchema>;
export const VolunteerPageSchema = pageOf(VolunteerSchema).meta({ id: 'VolunteerPage' });

// ---------------------------------------------------------------- requests, offers, matching

export const VolunteerRequestCreateSchema = z
  .object({
    title: text(100).min(1, '请填写求助事项'),
    need: text(2000).min(1, '请说明需要什么帮助'),
    skill: z.enum(VOLUNTEER_SKILLS),
    language: z.enum(VOLUNTEER_LANGUAGES).nullable().optional(),
    urgency: z.enum(URGENCIES),
    districtCode: RegionCodeSchema.describe('where the help is needed'),
  })
  .meta({ id: 'VolunteerRequestCreate' });
export type VolunteerRequestCreate = z.output<typeof VolunteerRequestCreateSchema>;

export const MatchReasonSchema = z.object({ code: z.enum(MATCH_REASONS), points: z.number().int(), zh: z.string(), en: z.string() }).meta({ id: 'MatchReason' });
export type MatchReason = z.infer<typeof MatchReasonSchema>;

export const OfferSchema = z
  .object({
    id: z.string(),
    requestId: z.string(),
    volunteerId: z.string(),
    volunteerName: z.string(),
    volunteerKind: z.enum(VOLUNTEER_KINDS),
    status: z.enum(OFFER_STATUSES),
    score: z.number().int(),
    reasons: z.array(MatchReasonSchema),
    declineReason: z.string().nullable(),
    offeredAt: z.string(),
    answeredAt: z.string().nullable(),
  })
  .meta({ id: 'VolunteerOffer' });
export type Offer = z.infer<typeof OfferSchema>;

export const ServiceRecordSchema = z
  .object({
    id: z.string(),
    requestId: z.string(),
    requestNumber: z.string(),
    requestTitle: z.string(),
    enterpriseName: z.string(),
    volunteerId: z.string(),
    volunteerName: z.string(),
    method: z.enum(RECORD_METHODS),
    servedOn: z.string(),
    minutes: z.number().int(),
    outcome: z.string(),
    status: z.enum(RECORD_STATUSES),
    reviewDueOn: z.string().nullable(),
    reviewNote: z.string().nullable(),
  })
  .meta({ id: 'ServiceRecord' });
export type ServiceRecord = z.infer<typeof ServiceRecordSchema>;

export const VolunteerRequestSummarySchema = z
  .object({
    id: z.string(),
    number: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    enterpriseOrgId: z.string(),
    enterpriseName: z.string(),
    title: z.string(),
    skill: z.enum(VOLUNTEER_SKILLS),
    language: z.enum(VOLUNTEER_LANGUAGES).nullable(),
    urgency: z.enum(URGENCIES),
    status: z.enum(REQUEST_STATUSES),
    dueOn: z.string(),
    overdue: z.boolean(),
    rating: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'VolunteerRequestSummary' });
export type VolunteerRequestSummary = z.infer<typeof VolunteerRequestSummarySchema>;

export const VolunteerRequestSchema = VolunteerRequestSummarySchema.extend({
  need: z.string(),
  dueRule: z.object({ name: z.string(), source: z.string(), citation: z.string() }),
  /** Shown only to the enterprise and the office: the volunteer signs in and out with it on site. */
  signCode: z.string().nullable(),
  ratingComment: z.string().nullable(),
  offers: z.array(OfferSchema),
  records: z.array(ServiceRecordSchema),
  can: z.object({ offer: z.boolean(), answer: z.boolean(), record: z.boolean(), rate: z.boolean(), cancel: z.boolean(), complete: z.boolean() }),
}).meta({ id: 'VolunteerRequest' });
export type VolunteerRequest = z.infer<typeof VolunteerRequestSchema>;

export const REQUEST_SORT_FIELDS = ['createdAt', 'dueOn', 'urgency', 'number'] as const;
export const VolunteerRequestListQuerySchema = pageQuery(REQUEST_SORT_FIELDS).extend({
  q: z.string().trim().max(100).optional().describe('number, title or enterprise'),
  status: z.enum(REQUEST_STATUSES).optional(),
  urgency: z.enum(URGENCIES).optional(),
  skill: z.enum(VOLUNTEER_SKILLS).optional(),
  district: RegionCodeSchema.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type VolunteerRequestListQuery = z.output<typeof VolunteerRequestListQuerySchema>;
export const VolunteerRequestPageSchema = pageOf(VolunteerRequestSummarySchema).meta({ id: 'VolunteerRequestPage' });

/** One suggested volunteer with the score and the reasons behind it. */
export const MatchSuggestionSchema = z
  .object({
    volunteerId: z.string(),
    name: z.string(),
    kind: z.enum(VOLUNTEER_KINDS),
    affiliation: z.string(),
    activeCount: z.number().int(),
    maxActive: z.number().int(),
    score: z.number().int(),
    reasons: z.array(MatchReasonSchema),
    alreadyOffered: z.boolean(),
  })
  .meta({ id: 'MatchSuggestion' });
export type MatchSuggestion = z.infer<typeof MatchSuggestionSchema>;
export const MatchSuggestionListSchema = z.object({ items: z.array(MatchSuggestionSchema), candidates: z.number().int() }).meta({ id: 'MatchSuggestionList' });

export const OfferCreateSchema = z.object({ volunteerId: IdSchema }).meta({ id: 'VolunteerOfferCreate' });
export const OfferAnswerSchema = z
  .object({ answer: z.enum(['accept', 'decline']), reason: optionalText(300) })
  .meta({ id: 'VolunteerOfferAnswer' });
export type OfferAnswer = z.output<typeof OfferAnswerSchema>;
export const RatingSchema = z
  .object({ rating: z.number('评分应为1到5的整数').int('评分应为1到5的整数').min(1, '评分至少1星').max(5, '评分最多5星'), comment: optionalText(500) })
  .meta({ id: 'VolunteerRating' });
export type Rating = z.output<typeof RatingSchema>;

// ---------------------------------------------------------------- service records and hours

export const HoursReportSchema = z
  .object({
    servedOn: DateSchema,
    minutes: z.number('服务时长应为整数（分钟）').int('服务时长应为整数（分钟）').min(15, '服务时长至少15分钟').max(720, '一次服务不超过12小时'),
    outcome: text(1000).min(1, '请说明服务成果'),
  })
  .meta({ id: 'HoursReport' });
export type HoursReport = z.output<typeof HoursReportSchema>;
export const SignCodeSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, '签到码应为6位数字') }).meta({ id: 'SignCode' });
export const SignOutSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, '签到码应为6位数字'), outcome: text(1000).min(1, '请说明服务成果') }).meta({ id: 'SignOut' });
export const HoursReviewSchema = z.object({ decision: z.enum(['approved', 'rejected']), note: optionalText(300) }).meta({ id: 'HoursReview' });
export type HoursReview = z.output<typeof HoursReviewSchema>;

export const RECORD_SORT_FIELDS = ['servedOn', 'minutes'] as const;
export const ServiceRecordListQuerySchema = pageQuery(RECORD_SORT_FIELDS).extend({
  status: z.enum(RECORD_STATUSES).optional(),
  volunteerId: IdSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ServiceRecordListQuery = z.output<typeof ServiceRecordListQuerySchema>;
export const ServiceRecordPageSchema = pageOf(ServiceRecordSchema).meta({ id: 'ServiceRecordPage' });

// ---------------------------------------------------------------- statistics and honours

export const YearQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const VolunteerStatsSchema = z
  .object({
    year: z.number().int(),
    volunteers: z.number().int(),
    activeVolunteers: z.number().int(),
    requests: z.number().int(),
    completed: z.number().int(),
    approvedMinutes: z.number().int(),
    averageRating: z.number().nullable(),
    bySkill: z.array(z.object({ skill: z.enum(VOLUNTEER_SKILLS), requests: z.number().int(), minutes: z.number().int() })),
    byKind: z.array(z.object({ kind: z.enum(VOLUNTEER_KINDS), volunteers: z.number().int(), minutes: z.number().int() })),
  })
  .meta({ id: 'VolunteerStats' });
export type VolunteerStats = z.infer<typeof VolunteerStatsSchema>;

export const HonourEntrySchema = z
  .object({ rank: z.number().int(), volunteerId: z.string(), name: z.string(), kind: z.enum(VOLUNTEER_KINDS), affiliation: z.string(), minutes: z.number().int(), services: z.number().int(), averageRating: z.number().nullable() })
  .meta({ id: 'HonourEntry' });
export type HonourEntry = z.infer<typeof HonourEntrySchema>;
export const HonourListSchema = z.object({ year: z.number().int(), items: z.array(HonourEntrySchema) }).meta({ id: 'HonourList' });
export type HonourList = z.infer<typeof HonourListSchema>;

/** Honour list size: the volunteers with the most approved hours of the year. */
export const HONOUR_LIST_SIZE = 20;
