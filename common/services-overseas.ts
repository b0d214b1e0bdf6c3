import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { FenSchema } from './finance-loans';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';
import { Role } from './roles';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;
const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字符`);

/** Roles that may call the overseas-guidance routes; rows are then limited by the services policy. */
export const OverseasAccess = {
  read: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.Enterprise],
  /** The office opens cases, assigns experts and records the plan and outcome. */
  manage: [Role.Admin, Role.OfficeStaff],
  staff: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice],
} as const satisfies Record<string, readonly Role[]>;

/** The kinds of overseas dispute the national guidance work counts. */
export const DISPUTE_KINDS = ['us337', 'litigation', 'tradeFair', 'customs', 'squatting'] as const;
export type DisputeKind = (typeof DISPUTE_KINDS)[number];
export const DisputeKindLabels: Labels<DisputeKind> = {
  us337: { zh: '美国337调查', en: 'US Section 337 investigation' },
  litigation: { zh: '海外诉讼', en: 'Litigation abroad' },
  tradeFair: { zh: '展会查扣', en: 'Seizure at a trade fair' },
  customs: { zh: '境外海关扣留', en: 'Customs detention abroad' },
  squatting: { zh: '商标恶意抢注', en: 'Trademark squatting' },
};

export const OVERSEAS_RIGHT_KINDS = ['patent', 'trademark', 'copyright', 'tradeSecret'] as const;
export type OverseasRightKind = (typeof OVERSEAS_RIGHT_KINDS)[number];
export const OverseasRightKindLabels: Labels<OverseasRightKind> = {
  patent: { zh: '专利', en: 'Patent' },
  trademark: { zh: '商标', en: 'Trademark' },
  copyright: { zh: '著作权', en: 'Copyright' },
  tradeSecret: { zh: '商业秘密', en: 'Trade secret' },
};

/** Countries and regions the demo and the forms offer; any ISO 3166 code is accepted. */
export const COUNTRY_LABELS: Record<string, { zh: string; en: string }> = {
  US: { zh: '美国', en: 'United States' },
  DE: { zh: '德国', en: 'Germany' },
  GB: { zh: '英国', en: 'United Kingdom' },
  FR: { zh: '法国', en: 'France' },
  IT: { zh: '意大利', en: 'Italy' },
  ES: { zh: '西班牙', en: 'Spain' },
  NL: { zh: '荷兰', en: 'Netherlands' },
  JP: { zh: '日本', en: 'Japan' },
  KR: { zh: '韩国', en: 'South Korea' },
  IN: { zh: '印度', en: 'India' },
  BR: { zh: '巴西', en: 'Brazil' },
  MX: { zh: '墨西哥', en: 'Mexico' },
  AE: { zh: '阿联酋', en: 'United Arab Emirates' },
  SA: { zh: '沙特阿拉伯', en: 'Saudi Arabia' },
  VN: { zh: '越南', en: 'Viet Nam' },
  TH: { zh: '泰国', en: 'Thailand' },
  ID: { zh: '印度尼西亚', en: 'Indonesia' },
  MY: { zh: '马来西亚', en: 'Malaysia' },
  AU: { zh: '澳大利亚', en: 'Australia' },
  RU: { zh: '俄罗斯', en: 'Russia' },
  EU: { zh: '欧盟', en: 'European Union' },
};

export const OVERSEAS_STATUSES = ['received', 'guiding', 'responded', 'closed'] as const;
export type OverseasStatus = (typeof OVERSEAS_STATUSES)[number];
export const OverseasStatusLabels: Labels<OverseasStatus> = {
  received: { zh: '已受理', en: 'Received' },
  guiding: { zh: '专家指导中', en: 'Under guidance' },
  responded: { zh: '已应诉/已应对', en: 'Responded' },
  closed: { zh: '已结案', en: 'Closed' },
};

export const OVERSEAS_OUTCOMES = ['won', 'settled', 'lost', 'withdrawn', 'defaulted'] as const;
export type OverseasOutcome = (typeof OVERSEAS_OUTCOMES)[number];
export const OverseasOutcomeLabels: Labels<OverseasOutcome> = {
  won: { zh: '胜诉/不侵权', en: 'Won' },
  settled: { zh: '和解', en: 'Settled' },
  lost: { zh: '败诉', en: 'Lost' },
  withdrawn: { zh: '对方撤诉/撤回', en: 'Withdrawn by the other side' },
  defaulted: { zh: '未应诉', en: 'Not defended' },
};

export const ExpertSchema = z
  .object({ name: text(40).min(1, '请填写专家姓名'), organisation: text(100).min(1, '请填写专家所在单位'), field: text(60).min(1, '请填写专家领域') })
  .meta({ id: 'OverseasExpert' });
export type Expert = z.output<typeof ExpertSchema>;

const caseFields = {
  enterpriseOrgId: IdSchema,
  country: z.string().trim().regex(/^[A-Z]{2}$/, '国家或地区应为两位大写代码（如 US）'),
  disputeKind: z.enum(DISPUTE_KINDS),
  rightKind: z.enum(OVERSEAS_RIGHT_KINDS),
  opponent: text(200).min(1, '请填写对方当事人'),
  summary: text(4000).min(1, '请简述纠纷情况'),
  openedOn: DateSchema,
  deadlineAbroad: DateSchema.nullable().optional().describe('the answer or response date abroad that drives the case'),
  deadlineNote: optionalText(200),
  amountFen: FenSchema.describe('the amount at stake, in fen'),
};
export const OverseasCaseCreateSchema = z.object(caseFields).meta({ id: 'OverseasCaseCreate' });
export type OverseasCaseCreate = z.output<typeof OverseasCaseCreateSchema>;

export const OverseasCaseUpdateSchema = z
  .object({
    ...caseFields,
    experts: z.array(ExpertSchema).max(10, '最多10位专家'),
    responsePlan: optionalText(4000),
    status: z.enum(OVERSEAS_STATUSES),
    outcome: z.enum(OVERSEAS_OUTCOMES).nullable(),
    outcomeNote: optionalText(2000),
    closedOn: DateSchema.nullable(),
  })
  .partial()
  .meta({ id: 'OverseasCaseUpdate' });
export type OverseasCaseUpdate = z.output<typeof OverseasCaseUpdateSchema>;

export const OverseasCaseSummarySchema = z
  .object({
    id: z.string(),
    number: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    enterpriseOrgId: z.string(),
    enterpriseName: z.string(),
    country: z.string(),
    disputeKind: z.enum(DISPUTE_KINDS),
    rightKind: z.enum(OVERSEAS_RIGHT_KINDS),
    opponent: z.string(),
    openedOn: z.string(),
    guidanceDueOn: z.string(),
    deadlineAbroad: z.string().nullable(),
    status: z.enum(OVERSEAS_STATUSES),
    outcome: z.enum(OVERSEAS_OUTCOMES).nullable(),
    amountFen: z.number().int(),
    expertCount: z.number().int(),
  })
  .meta({ id: 'OverseasCaseSummary' });
export type OverseasCaseSummary = z.infer<typeof OverseasCaseSummarySchema>;

export const OverseasCaseSchema = OverseasCaseSummarySchema.extend({
  summary: z.string(),
  deadlineNote: z.string().nullable(),
  experts: z.array(z.object({ name: z.string(), organisation: z.string(), field: z.string() })),
  responsePlan: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  closedOn: z.string().nullable(),
  guidanceRule: z.object({ name: z.string(), source: z.string(), citation: z.string() }),
  canManage: z.boolean(),
}).meta({ id: 'OverseasCase' });
export type OverseasCase = z.infer<typeof OverseasCaseSchema>;

export const OVERSEAS_SORT_FIELDS = ['openedOn', 'deadlineAbroad', 'amountFen', 'number'] as const;
export const OverseasCaseListQuerySchema = pageQuery(OVERSEAS_SORT_FIELDS).extend({
  q: z.string().trim().max(100).optional().describe('number, enterprise or opponent'),
  disputeKind: z.enum(DISPUTE_KINDS).optional(),
  status: z.enum(OVERSEAS_STATUSES).optional(),
  country: z.string().trim().regex(/^[A-Z]{2}$/).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('year opened'),
  regionCode: RegionCodeSchema.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type OverseasCaseListQuery = z.output<typeof OverseasCaseListQuerySchema>;
export const OverseasCasePageSchema = pageOf(OverseasCaseSummarySchema).meta({ id: 'OverseasCasePage' });

/** The figures the national assessment of overseas-dispute guidance asks for. */
export const OverseasStatsSchema = z
  .object({
    year: z.number().int(),
    enterprisesGuided: z.number().int(),
    cases: z.number().int(),
    amountFen: z.number().int(),
    closed: z.number().int(),
    byOutcome: z.array(z.object({ outcome: z.enum(OVERSEAS_OUTCOMES), cases: z.number().int(), amountFen: z.number().int() })),
    byKind: z.array(z.object({ disputeKind: z.enum(DISPUTE_KINDS), cases: z.number().int(), amountFen: z.number().int() })),
    byCountry: z.array(z.object({ country: z.string(), cases: z.number().int() })),
  })
  .meta({ id: 'OverseasStats' });
export type OverseasStats = z.infer<typeof OverseasStatsSchema>;
export const OverseasStatsQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100), regionCode: RegionCodeSchema.optional() });
