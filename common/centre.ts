import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';
import { Role } from './roles';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;
const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字符`);

/** Roles that may call the centre module's routes. */
export const CentreAccess = {
  /** Everyone who takes part: the office, districts, examiners and enterprises. */
  read: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.CentreExaminer, Role.Enterprise],
  /** The office configures windows, conditions, time limits and quotas. */
  configure: [Role.Admin, Role.OfficeStaff],
  /** Examiners review filings and decide pre-examinations; the office may too. */
  examine: [Role.Admin, Role.OfficeStaff, Role.CentreExaminer],
  /** Enterprises file and submit. */
  apply: [Role.Enterprise],
  /** Statistics: the office, districts and examiners. */
  statistics: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.CentreExaminer],
} as const satisfies Record<string, readonly Role[]>;

export const CentreIdParams = z.object({ id: IdSchema });

// ---------------------------------------------------------------- configuration

export const PATENT_KINDS = ['invention', 'utilityModel', 'design'] as const;
export type PatentKind = (typeof PATENT_KINDS)[number];
export const PatentKindSchema = z.enum(PATENT_KINDS);
export const PatentKindLabels: Labels<PatentKind> = {
  invention: { zh: '发明', en: 'Invention' },
  utilityModel: { zh: '实用新型', en: 'Utility model' },
  design: { zh: '外观设计', en: 'Design' },
};

export const CONDITION_CODES = ['localYears', 'insuredStaff', 'approvedField', 'noDishonesty', 'patentRecord'] as const;
export type ConditionCode = (typeof CONDITION_CODES)[number];

export const FieldSchema = z.object({ code: z.string(), name: z.string(), ipcPrefixes: z.array(z.string()) }).meta({ id: 'CentreField' });
export type Field = z.output<typeof FieldSchema>;

export const ConditionSchema = z
  .object({ id: IdSchema, code: z.enum(CONDITION_CODES), name: z.string(), threshold: z.number().int().nullable(), source: z.string(), citation: z.string(), active: z.boolean() })
  .meta({ id: 'CentreCondition' });
export type Condition = z.output<typeof ConditionSchema>;
export const ConditionUpdateSchema = z
  .object({ threshold: z.number().int('应为整数').min(0, '不能为负').max(1000).nullable(), source: text(300).min(1, '请填写来源'), citation: text(300).min(1, '请填写出处'), active: z.boolean() })
  .meta({ id: 'CentreConditionUpdate' });
export type ConditionUpdate = z.output<typeof ConditionUpdateSchema>;

export const RuleSchema = z
  .object({ kind: PatentKindSchema, workingDays: z.number().int(), timeLimitSource: z.string(), yearlyQuota: z.number().int(), quotaSource: z.string() })
  .meta({ id: 'CentreRule' });
export type Rule = z.output<typeof RuleSchema>;
export const RuleUpdateSchema = z
  .object({
    workingDays: z.number().int('应为整数').min(1, '至少1个工作日').max(120, '不能超过120个工作日'),
    timeLimitSource: text(300).min(1, '请填写时限来源'),
    yearlyQuota: z.number().int('应为整数').min(0, '不能为负').max(10_000),
    quotaSource: text(300).min(1, '请填写配额来源'),
  })
  .meta({ id: 'CentreRuleUpdate' });
export type RuleUpdate = z.output<typeof RuleUpdateSchema>;
export const RuleKindParams = z.object({ kind: PatentKindSchema });

export const WindowSchema = z
  .object({
    id: IdSchema,
    orgId: IdSchema,
    orgName: z.string(),
    parentId: IdSchema.nullable(),
    regionCode: z.string(),
    regionName: z.string(),
    name: z.string(),
    fieldCodes: z.array(z.string()),
    filingValidityMonths: z.number().int(),
    validitySource: z.string(),
  })
  .meta({ id: 'CentreWindow' });
export type Window = z.output<typeof WindowSchema>;
export const WindowCreateSchema = z
  .object({
    orgId: IdSchema,
    parentId: IdSchema.nullable().default(null),
    regionCode: RegionCodeSchema,
    name: text(100).min(1, '请填写窗口名称'),
    fieldCodes: z.array(z.string().max(40)).min(1, '请至少选择一个产业领域').max(20),
    filingValidityMonths: z.number().int('应为整数').min(1, '至少1个月').max(60, '不能超过60个月'),
    validitySource: text(300).min(1, '请填写有效期依据'),
  })
  .meta({ id: 'CentreWindowCreate' });
export type WindowCreate = z.output<typeof WindowCreateSchema>;

export const ConfigSchema = z
  .object({ fields: z.array(FieldSchema), conditions: z.array(ConditionSchema), rules: z.array(RuleSchema), windows: z.array(WindowSchema), ipcClassCount: z.number().int() })
  .meta({ id: 'CentreConfig' });
export type Config = z.output<typeof ConfigSchema>;

export const IpcClassSchema = z.object({ code: z.string(), section: z.string(), sectionTitle: z.string() }).meta({ id: 'CentreIpcClass' });
export const IpcClassListSchema = z.array(IpcClassSchema);
export const IpcQuerySchema = z.object({ q: text(10).optional() });

export const AgencySchema = z
  .object({ id: IdSchema, name: z.string(), creditCode: z.string(), regionCode: z.string(), regionName: z.string(), active: z.boolean() })
  .meta({ id: 'CentreAgency' });
export type Agency = z.output<typeof AgencySchema>;
export const AgencyCreateSchema = z
  .object({
    name: text(100).min(2, '请填写代理机构名称'),
    creditCode: z.string().trim().regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, '统一社会信用代码应为18位'),
    regionCode: RegionCodeSchema,
  })
  .meta({ id: 'CentreAgencyCreate' });
export type AgencyCreate = z.output<typeof AgencyCreateSchema>;
export const AgencyListSchema = z.array(AgencySchema);

// ---------------------------------------------------------------- filings

/** `invited`: started by the consultation desk for an enterprise, waiting for it to declare and submit. */
export const FILING_STATUSES = ['invited', 'submitted', 'approved', 'returned'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];
export const FilingStatusLabels: Labels<FilingStatus | 'expired'> = {
  invited: { zh: '待企业完善', en: 'Awaiting the enterprise' },
  submitted: { zh: '待审核', en: 'Awaiting review' },
  approved: { zh: '已备案', en: 'Filed' },
  returned: { zh: '已退回', en: 'Returned' },
  expired: { zh: '已过期', en: 'Expired' },
};

const filingFields = {
  windowId: IdSchema,
  fieldCodes: z.array(z.string().max(40)).min(1, '请至少选择一个产业领域').max(10),
  agencyId: IdSchema.nullable().default(null),
  establishedOn: DateSchema,
  insuredStaff: z.number().int('应为整数').min(0, '不能为负').max(1_000_000),
  dishonesty: z.boolean().describe('declared: a dishonesty record in the last two years'),
  abnormalFiling: z.boolean().describe('declared: an abnormal patent application in the last two years'),
  otherGrants: z.number().int('应为整数').min(0, '不能为负').max(100_000).default(0).describe('utility models and designs granted as first applicant'),
  documents: text(2000).min(1, '请列出提交的材料'),
};
export const FilingCreateSchema = z.object(filingFields).meta({ id: 'CentreFilingCreate' });
export type FilingCreate = z.output<typeof FilingCreateSchema>;
export type FilingCreateInput = z.input<typeof FilingCreateSchema>;

export const CheckLineSchema = z.object({ code: z.enum(CONDITION_CODES), name: z.string(), met: z.boolean(), detail: z.string(), source: z.string() });
export type CheckLine = z.output<typeof CheckLineSchema>;
export const FilingCheckSchema = z.object({ eligible: z.boolean(), lines: z.array(CheckLineSchema) }).meta({ id: 'CentreFilingCheck' });
export type FilingCheck = z.output<typeof FilingCheckSchema>;

export const FilingSchema = z
  .object({
    id: IdSchema,
    windowId: IdSchema,
    windowName: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    enterpriseOrgId: IdSchema,
    enterpriseName: z.string(),
    agencyName: z.string().nullable(),
    fieldCodes: z.array(z.string()),
    establishedOn: z.string().nullable(),
    insuredStaff: z.number().int().nullable(),
    dishonesty: z.boolean().nullable(),
    abnormalFiling: z.boolean().nullable(),
    otherGrants: z.number().int(),
    documents: z.string(),
    checks: z.array(z.object({ code: z.string(), met: z.boolean(), detail: z.string() })),
    status: z.enum(FILING_STATUSES),
    expired: z.boolean(),
    reason: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    submittedOn: z.string().nullable(),
    sourceNote: z.string().nullable().describe('an invited filing: the consultation question it came from'),
    decidedOn: z.string().nullable(),
    actions: z.array(z.enum(['approve', 'return', 'resubmit'])),
  })
  .meta({ id: 'CentreFiling' });
export type Filing = z.output<typeof FilingSchema>;
export const FilingPageSchema = pageOf(FilingSchema).meta({ id: 'CentreFilingPage' });

export const FilingListQuerySchema = pageQuery(['submittedOn', 'validTo', 'enterprise'] as const).extend({
  q: text(100).optional(),
  status: z.enum([...FILING_STATUSES, 'expired']).optional(),
  windowId: IdSchema.optional(),
  fieldCode: z.string().max(40).optional(),
});
export type FilingListQuery = z.output<typeof FilingListQuerySchema>;

export const FilingDecisionSchema = z
  .discriminatedUnion('decision', [z.object({ decision: z.literal('approve'), reason: optionalText(500) }), z.object({ decision: z.literal('return'), reason: text(500).min(2, '请写明退回理由') })])
  .meta({ id: 'CentreFilingDecision' });
export type FilingDecision = z.output<typeof FilingDecisionSchema>;
