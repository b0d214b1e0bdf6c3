import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { pageOf, pageQuery } from './pagination';
import { Role } from './roles';

/** Roles that may call the finance module's routes; rows are then limited by the module's policy. */
export const FinanceAccess = {
  /** Everyone who takes part in IP finance: the office, districts, banks and enterprises. */
  read: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.BankOfficer, Role.Enterprise],
  /** The office runs whitelist batches, reviews, pools, claims and payments. */
  manage: [Role.Admin, Role.OfficeStaff],
  /** District offices recommend enterprises and see their district's figures. */
  district: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice],
  /** Loan figures (inclusive loans, pool leverage): the office and districts for their region, a bank for its own loans. */
  figures: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.BankOfficer],
  /** Bank officers record credit lines, loans and claims of their own bank. */
  bank: [Role.BankOfficer],
  /** Enterprises apply to whitelists, prepare pledges and ask for subsidies. */
  enterprise: [Role.Enterprise],
} as const satisfies Record<string, readonly Role[]>;

/** The kinds of IP right that can be pledged. */
export const IpRightKind = { Patent: 'patent', Trademark: 'trademark', Gi: 'gi' } as const;
export type IpRightKind = (typeof IpRightKind)[keyof typeof IpRightKind];
export const IpRightKindSchema = z.enum(['patent', 'trademark', 'gi']);
export const IpRightKindLabels: Record<IpRightKind, { zh: string; en: string }> = {
  patent: { zh: '专利', en: 'Patent' },
  trademark: { zh: '商标', en: 'Trademark' },
  gi: { zh: '地理标志', en: 'Geographical indication' },
};

// ---------------------------------------------------------------- shared fields

type Labels<K extends string> = Record<K, { zh: string; en: string }>;
const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字符`);
/** Money in fen: a whole number, never a fraction of a fen. */
export const FinanceFenSchema = z.number('金额应为数字（分）').int('金额应为整数（分），不能有不足一分的部分').min(0, '金额不能为负').max(1e14, '金额过大');
const PositiveFen = FinanceFenSchema.refine((v) => v > 0, '金额应大于零');
export const FinanceIdParams = z.object({ id: IdSchema });
const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));
const oneOrMany = <T extends z.ZodType<string>>(item: T) =>
  z
    .union([item, z.array(item)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));

// ---------------------------------------------------------------- pledge registrations

/** The states of a pledge registration: prepared, filed with CNIPA, registered or refused, changed, released. */
export const PLEDGE_STATUSES = ['draft', 'submitted', 'registered', 'refused', 'changed', 'released'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];
export const PledgeStatusLabels: Labels<PledgeStatus> = {
  draft: { zh: '准备中', en: 'Draft' },
  submitted: { zh: '已提交国家知识产权局', en: 'Submitted to CNIPA' },
  registered: { zh: '已登记', en: 'Registered' },
  refused: { zh: '不予登记', en: 'Refused' },
  changed: { zh: '已变更', en: 'Changed' },
  released: { zh: '已注销（解除质押）', en: 'Released' },
};

/**
 * The twelve grounds on which a pledge registration is refused (domain.md §3.1, after
 * https://wxjkippc.org.cn/newsinfo/5560448.html); the pre-checks cite them by number.
 */
export const REFUSAL_GROUNDS = [
  { n: 1, zh: '出质人非专利登记簿记载的专利权人', en: 'The pledgor is not the registered holder' },
  { n: 2, zh: '专利权已终止或者已被宣告无效', en: 'The right has ended or been invalidated' },
  { n: 3, zh: '专利申请尚未被授予专利权', en: 'The application has not been granted' },
  { n: 4, zh: '专利权没有按照规定缴纳年费', en: 'The annual fee is unpaid' },
  { n: 5, zh: '因专利权的归属发生纠纷或者人民法院裁定对专利权采取保全措施，专利权的质押手续被暂停办理', en: 'Suspended by an ownership dispute or a court preservation order' },
  { n: 6, zh: '债务人履行债务的期限超过专利权有效期', en: 'The debt term runs beyond the right’s term' },
  { n: 7, zh: '质押合同不符合规定', en: 'The contract does not meet the requirements' },
  { n: 8, zh: '以共有专利权出质但未取得全体共有人同意', en: 'A co-owned right without all co-owners’ consent' },
  { n: 9, zh: '专利权已被申请质押登记且处于质押期间', en: 'The right is already pledged' },
  { n: 10, zh: '请求办理质押登记的同一申请人的实用新型有同样的发明创造已于同日申请发明专利（当事人坚持的除外）', en: 'A utility model with a same-day invention application (unless the parties insist)' },
  { n: 11, zh: '专利权已被启动无效宣告程序（当事人坚持的除外）', en: 'Invalidation proceedings are under way (unless the parties insist)' },
  { n: 12, zh: '其他应当不予登记的情形', en: 'Other grounds' },
] as const;
export const RefusalGroundSchema = z.number('请选择不予登记的理由').int().min(1, '理由应为1至12').max(12, '理由应为1至12');

export const CoOwnerSchema = z.object({ name: text(100).min(1, '请填写共有人名称'), consented: z.boolean() });
export const PledgeRightInputSchema = z.object({
  kind: IpRightKindSchema,
  number: text(40).min(1, '请填写专利号、商标注册号或地理标志编号'),
  coOwners: z.array(CoOwnerSchema).max(20).default([]),
});
export type PledgeRightInput = z.output<typeof PledgeRightInputSchema>;

const pledgeFields = {
  enterpriseOrgId: IdSchema.optional().describe('the pledgor; an enterprise user pledges for its own enterprise'),
  bankOrgId: IdSchema,
  securedAmountFen: PositiveFen,
  debtStart: DateSchema,
  debtEnd: DateSchema,
  appraiserOrgId: IdSchema.nullable().optional(),
  valuationFen: FinanceFenSchema.nullable().optional(),
  valuationFileId: IdSchema.nullable().optional(),
  insurance: optionalText(200),
  guarantee: optionalText(200),
  timeLimitId: IdSchema.optional().describe('the processing time limit the due date is counted by; the default one when left out'),
  rights: z.array(PledgeRightInputSchema).min(1, '请至少填写一项知识产权').max(50, '一次最多质押50项'),
};
export const PledgeCreateSchema = z.object(pledgeFields).meta({ id: 'PledgeCreate' });
export type PledgeCreate = z.output<typeof PledgeCreateSchema>;
export const PledgeUpdateSchema = z.object(pledgeFields).omit({ enterpriseOrgId: true }).partial().meta({ id: 'PledgeUpdate' });
export type PledgeUpdate = z.output<typeof PledgeUpdateSchema>;

export const PledgeSubmitSchema = z.object({ overrideWarnings: z.boolean().default(false).describe('the parties insist despite a same-day application or invalidation (grounds 10, 11)') }).meta({ id: 'PledgeSubmit' });
export const PledgeRegisterSchema = z.object({ registrationNo: text(40).min(1, '请填写质押登记号'), registeredOn: DateSchema, noticeFileId: IdSchema.nullable().optional() }).meta({ id: 'PledgeRegister' });
export const PledgeRefuseSchema = z.object({ ground: RefusalGroundSchema, note: optionalText(500), refusedOn: DateSchema }).meta({ id: 'PledgeRefuse' });
export const PledgeChangeSchema = z
  .object({ changedOn: DateSchema, note: text(500).min(1, '请说明变更内容'), securedAmountFen: PositiveFen.optional(), debtEnd: DateSchema.optional(), fileId: IdSchema.nullable().optional() })
  .meta({ id: 'PledgeChange' });
export const PledgeReleaseSchema = z.object({ releasedOn: DateSchema, note: optionalText(500), fileId: IdSchema.nullable().optional() }).meta({ id: 'PledgeRelease' });
/**
 * Marks a pledge, loan or claim a candidate typical case (典型案例) with its story, or takes the mark off.
 * One body for all three, so the pages and the publishing side read the same two fields.
 */
export const TypicalCaseSchema = z
  .object({ typicalCase: z.boolean('请选择是否为典型案例'), caseStory: optionalText(4000) })
  .refine((v) => !v.typicalCase || !!v.caseStory, { path: ['caseStory'], message: '请填写典型案例的经过' })
  .meta({ id: 'FinanceTypicalCase' });
export type TypicalCaseInput = z.output<typeof TypicalCaseSchema>;

/** One pre-check of a pledge: the ground it rests on, passed or not, and why. */
export const PledgeCheckSchema = z
  .object({
    rightNumber: z.string().nullable(),
    ground: z.number().int(),
    rule: z.string(),
    outcome: z.enum(['pass', 'fail', 'warn']),
    reason: z.string(),
  })
  .meta({ id: 'PledgeCheck' });
export type PledgeCheck = z.infer<typeof PledgeCheckSchema>;

export const PledgeRightSchema = z.object({
  id: z.string(),
  kind: IpRightKindSchema,
  number: z.string(),
  title: z.string().nullable(),
  coOwners: z.array(z.object({ name: z.string(), consented: z.boolean() })),
});
export const PledgeEventSchema = z.object({ id: z.string(), kind: z.enum(['submit', 'register', 'refuse', 'change', 'release']), onDate: z.string(), note: z.string().nullable(), fileId: z.string().nullable(), createdAt: z.string() });

export const TimeLimitSchema = z
  .object({ id: z.string(), code: z.string(), name: z.string(), workingDays: z.number().int(), source: z.string(), citation: z.string(), isDefault: z.boolean() })
  .meta({ id: 'PledgeTimeLimit' });
export type TimeLimit = z.infer<typeof TimeLimitSchema>;

export const PledgeSummarySchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    enterpriseOrgId: z.string(),
    enterpriseName: z.string(),
    bankOrgId: z.string(),
    bankName: z.string(),
    securedAmountFen: z.number().int(),
    debtStart: z.string(),
    debtEnd: z.string(),
    status: z.enum(PLEDGE_STATUSES),
    kinds: z.array(IpRightKindSchema),
    rightCount: z.number().int(),
    rightNumbers: z.string(),
    submittedOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    registrationNo: z.string().nullable(),
    registeredOn: z.string().nullable(),
    typicalCase: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'PledgeSummary' });
export type PledgeSummary = z.infer<typeof PledgeSummarySchema>;

export const PledgeSchema = PledgeSummarySchema.extend({
  appraiserOrgId: z.string().nullable(),
  appraiserName: z.string().nullable(),
  valuationFen: z.number().int().nullable(),
  valuationFileId: z.string().nullable(),
  insurance: z.string().nullable(),
  guarantee: z.string().nullable(),
  timeLimit: TimeLimitSchema,
  overrideWarnings: z.boolean(),
  noticeFileId: z.string().nullable(),
  refusalGround: z.number().int().nullable(),
  refusalRule: z.string().nullable(),
  refusalNote: z.string().nullable(),
  releasedOn: z.string().nullable(),
  caseStory: z.string().nullable(),
  rights: z.array(PledgeRightSchema),
  events: z.array(PledgeEventSchema),
  checks: z.array(PledgeCheckSchema).describe('the pre-checks as of today, against the platform’s own records'),
  canEdit: z.boolean(),
  canRecordOutcome: z.boolean(),
}).meta({ id: 'Pledge' });
export type Pledge = z.infer<typeof PledgeSchema>;

export const PLEDGE_SORT_FIELDS = ['createdAt', 'securedAmountFen', 'dueOn', 'status', 'registeredOn'] as const;
export const PledgeListQuerySchema = pageQuery(PLEDGE_SORT_FIELDS).extend({
  q: z.string().trim().max(100).optional().describe('enterprise, bank, right number or registration number'),
  status: oneOrMany(z.enum(PLEDGE_STATUSES)),
  kind: oneOrMany(IpRightKindSchema),
  bankOrgId: IdSchema.optional(),
  enterpriseOrgId: IdSchema.optional(),
  regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字').optional(),
  year: z.coerce.number().int().min(1985).max(2100).optional().describe('year of submission'),
  typicalCase: flag,
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type PledgeListQuery = z.output<typeof PledgeListQuerySchema>;
export const PledgePageSchema = pageOf(PledgeSummarySchema).meta({ id: 'PledgePage' });

// ---------------------------------------------------------------- parties for the finance forms

/**
 * The kinds of organisation a finance form looks up: the borrower or pledgor, the pledgee bank, and the
 * appraiser (a service agency). A bank officer's own organisation picker shows only its own bank.
 */
export const FINANCE_PARTY_KINDS = ['enterprise', 'bank', 'serviceAgency'] as const;
export type FinancePartyKind = (typeof FINANCE_PARTY_KINDS)[number];
export const FinancePartyQuerySchema = pageQuery(['name'] as const).extend({
  kind: z.enum(FINANCE_PARTY_KINDS).default('enterprise'),
  q: z.string().trim().max(100, '不能超过100个字符').optional().describe('part of the name, short name or unified social credit code'),
});
export type FinancePartyQuery = z.output<typeof FinancePartyQuerySchema>;
/** An organisation as a finance form needs it: enough to pick the right one, nothing more. */
export const FinancePartySchema = z.object({ id: z.string(), name: z.string(), creditCode: z.string().nullable(), regionName: z.string() }).meta({ id: 'FinanceParty' });
export type FinanceParty = z.infer<typeof FinancePartySchema>;
export const FinancePartyPageSchema = pageOf(FinancePartySchema).meta({ id: 'FinancePartyPage' });
