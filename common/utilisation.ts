import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';
import { Role } from './roles';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;
const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字符`);
const Fen = z.number('金额应为数字（分）').int('金额应为整数（分）').min(0, '金额不能为负').max(1e14, '金额过大');
const oneOrMany = <T extends z.ZodType<string>>(item: T) =>
  z
    .union([item, z.array(item)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));

/** Who may call the utilisation routes; the rows are checked again in utilisation.policy.ts. */
export const UtilisationAccess = {
  /** Declarations, applications and transfers: the office, districts, enterprises and university liaisons. */
  read: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.Enterprise, Role.Liaison],
  /** The office configures the rules and keeps GIs, brands and the transfer register. */
  manage: [Role.Admin, Role.OfficeStaff],
  /** Statistics and the GI and brand registers: the office and districts. */
  district: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice],
  /** Enterprises apply to take a licence. */
  enterprise: [Role.Enterprise],
} as const satisfies Record<string, readonly Role[]>;

/** A patent or trademark number as typed: letters, digits, dots; ZL/CN prefixes are dropped by the server. */
const RightNoSchema = z
  .string()
  .trim()
  .min(1, '请填写编号')
  .max(30, '编号过长')
  .regex(/^[A-Za-z0-9.]+$/, '编号只能包含字母、数字和小数点');
/** An IPC class as in CNIPA records: section letter, two-digit class, subclass letter, then an optional group. */
export const IpcSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-H]\d{2}[A-Z](\s?\d{1,4}\/\d{1,6})?$/, 'IPC分类号格式应如 H01M 10/052');

// ---------------------------------------------------------------- rules

export const RULE_UNITS = ['fen', 'bp', 'years', 'percent', 'workingDays'] as const;
export const RuleSchema = z
  .object({ code: z.string(), name: z.string(), value: z.number().int(), unit: z.enum(RULE_UNITS), source: z.string(), citation: z.string(), updatedAt: z.string() })
  .meta({ id: 'UtilisationRule' });
export type Rule = z.infer<typeof RuleSchema>;
export const RuleUpdateSchema = z
  .object({ value: z.number('请填写数值').int('应为整数').min(0, '不能为负').max(1e14, '数值过大'), source: text(500).min(1, '请写明依据'), citation: text(500).min(1, '请写明出处') })
  .meta({ id: 'UtilisationRuleUpdate' });
export type RuleUpdate = z.output<typeof RuleUpdateSchema>;
export const RuleCodeParams = z.object({ code: z.string().regex(/^[A-Za-z]{1,40}$/, '规则代码无效') });

// ---------------------------------------------------------------- open-licence declarations

export const PAY_KINDS = ['royaltySales', 'royaltyProfit', 'lumpSum', 'free'] as const;
export type PayKind = (typeof PAY_KINDS)[number];
export const PayKindLabels: Labels<PayKind> = {
  royaltySales: { zh: '按净销售额提成', en: 'Royalty on net sales' },
  royaltyProfit: { zh: '按利润提成', en: 'Royalty on profit' },
  lumpSum: { zh: '一次性支付', en: 'Lump sum' },
  free: { zh: '免费许可', en: 'Free' },
};
export const PATENT_KINDS = ['invention', 'utilityModel', 'design'] as const;
export type PatentKind = (typeof PATENT_KINDS)[number];
export const PatentKindLabels: Labels<PatentKind> = {
  invention: { zh: '发明', en: 'Invention' },
  utilityModel: { zh: '实用新型', en: 'Utility model' },
  design: { zh: '外观设计', en: 'Design' },
};
export const HOLDER_KINDS = ['enterprise', 'university', 'other'] as const;
export type DeclarationHolderKind = (typeof HOLDER_KINDS)[number];
export const DeclarationHolderKindLabels: Labels<DeclarationHolderKind> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  university: { zh: '高校院所', en: 'University' },
  other: { zh: '其他', en: 'Other' },
};
export const DECLARATION_STATUSES = ['open', 'withdrawn'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];
export const DeclarationStatusLabels: Labels<DeclarationStatus> = {
  open: { zh: '开放许可中', en: 'Open' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};
/** The industry fields the catalogue is browsed by (Shenzhen's strategic emerging industries). */
export const FIELDS = ['newEnergyVehicle', 'newMaterials', 'electronics', 'biomedicine', 'intelligentManufacturing', 'energySaving', 'digitalCreative', 'other'] as const;
export type Field = (typeof FIELDS)[number];
export const FieldLabels: Labels<Field> = {
  newEnergyVehicle: { zh: '新能源汽车', en: 'New-energy vehicles' },
  newMaterials: { zh: '新材料', en: 'New materials' },
  electronics: { zh: '新一代信息技术', en: 'Information technology' },
  biomedicine: { zh: '生物医药', en: 'Biomedicine' },
  intelligentManufacturing: { zh: '高端装备制造', en: 'Advanced manufacturing' },
  energySaving: { zh: '节能环保', en: 'Energy saving' },
  digitalCreative: { zh: '数字创意', en: 'Digital creative' },
  other: { zh: '其他', en: 'Other' },
};

export const DeclarationCreateSchema = z
  .object({
    holderOrgId: IdSchema,
    patentNo: RightNoSchema,
    field: z.enum(FIELDS),
    evaluationReportNo: optionalText(60),
    payKind: z.enum(PAY_KINDS),
    rateBp: z.number('费率应为整数（万分之一）').int('费率应为整数（万分之一）').min(1, '费率应大于零').max(10_000, '费率不能超过100%').nullable().optional(),
    lumpSumFen: Fen.min(1, '金额应大于零').nullable().optional(),
    termFrom: DateSchema,
    termTo: DateSchema,
    fieldOfUse: optionalText(500),
    annualFeeFen: Fen.default(0),
  })
  .meta({ id: 'UtilisationDeclarationCreate' });
export type DeclarationCreate = z.output<typeof DeclarationCreateSchema>;
export const WithdrawSchema = z.object({ reason: text(500).min(1, '请说明撤回原因') }).meta({ id: 'UtilisationWithdraw' });

export const DeclarationSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    holderOrgId: z.string(),
    holderName: z.string(),
    holderKind: z.enum(HOLDER_KINDS),
    patentNo: z.string(),
    patentType: z.enum(PATENT_KINDS),
    title: z.string(),
    mainIpc: z.string(),
    field: z.enum(FIELDS),
    expiryDate: z.string(),
    evaluationReportNo: z.string().nullable(),
    payKind: z.enum(PAY_KINDS),
    rateBp: z.number().int().nullable(),
    lumpSumFen: z.number().int().nullable(),
    termFrom: z.string(),
    termTo: z.string(),
    fieldOfUse: z.string().nullable(),
    annualFeeFen: z.number().int(),
    /** This year's annual fee reduced at the configured rate while the declaration is open. */
    feeReductionFen: z.number().int(),
    status: z.enum(DECLARATION_STATUSES),
    declaredOn: z.string(),
    withdrawnOn: z.string().nullable(),
    withdrawReason: z.string().nullable(),
    licences: z.number().int(),
    canManage: z.boolean(),
  })
  .meta({ id: 'UtilisationDeclaration' });
export type Declaration = z.infer<typeof DeclarationSchema>;
export const DeclarationPageSchema = pageOf(DeclarationSchema).meta({ id: 'UtilisationDeclarationPage' });

const catalogueFilters = {
  q: z.string().trim().max(100).optional().describe('title, patent number or holder'),
  field: oneOrMany(z.enum(FIELDS)),
  ipc: z.string().trim().toUpperCase().max(20).regex(/^[A-Z0-9 /]*$/, 'IPC分类号无效').optional().describe('IPC prefix, e.g. H01M'),
  holderKind: oneOrMany(z.enum(HOLDER_KINDS)),
  holderOrgId: IdSchema.optional(),
  patentType: oneOrMany(z.enum(PATENT_KINDS)),
};
export const CatalogueQuerySchema = pageQuery(['declaredOn', 'title', 'expiryDate'] as const).extend({ ...catalogueFilters, order: z.enum(['asc', 'desc']).default('desc') });
export type CatalogueQuery = z.output<typeof CatalogueQuerySchema>;
export const DeclarationListQuerySchema = CatalogueQuerySchema.extend({
  status: oneOrMany(z.enum(DECLARATION_STATUSES)),
  regionCode: RegionCodeSchema.optional(),
});
export type DeclarationListQuery = z.output<typeof DeclarationListQuerySchema>;

/** A catalogue entry as the public sees it: the terms and the holder, nothing internal. */
export const CatalogueItemSchema = DeclarationSchema.pick({
  id: true, regionName: true, holderName: true, holderKind: true, patentNo: true, patentType: true, title: true, mainIpc: true, field: true, expiryDate: true, payKind: true, rateBp: true, lumpSumFen: true, termFrom: true, termTo: true, fieldOfUse: true, declaredOn: true,
}).meta({ id: 'UtilisationCatalogueItem' });
export type CatalogueItem = z.infer<typeof CatalogueItemSchema>;
export const CataloguePageSchema = pageOf(CatalogueItemSchema).meta({ id: 'UtilisationCataloguePage' });

// ---------------------------------------------------------------- licence applications

export const APPLICATION_STATUSES = ['applied', 'granted', 'declined'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const ApplicationStatusLabels: Labels<ApplicationStatus> = {
  applied: { zh: '待专利权人确认', en: 'Awaiting the holder' },
  granted: { zh: '已获许可', en: 'Licence granted' },
  declined: { zh: '未获许可', en: 'Declined' },
};
export const ApplicationCreateSchema = z
  .object({ declarationId: IdSchema, intendedUse: text(1000).min(1, '请说明实施方式和用途') })
  .meta({ id: 'UtilisationApplicationCreate' });
export type ApplicationCreate = z.output<typeof ApplicationCreateSchema>;
export const ApplicationDecisionSchema = z
  .object({ decision: z.enum(['grant', 'decline']), note: optionalText(1000), amountFen: Fen.optional() })
  .meta({ id: 'UtilisationApplicationDecision' });
export type ApplicationDecision = z.output<typeof ApplicationDecisionSchema>;
export const ApplicationSchema = z
  .object({
    id: z.string(),
    declarationId: z.string(),
    patentNo: z.string(),
    title: z.string(),
    holderName: z.string(),
    applicantOrgId: z.string(),
    applicantName: z.string(),
    intendedUse: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    appliedOn: z.string(),
    replyDueOn: z.string(),
    decidedOn: z.string().nullable(),
    decisionNote: z.string().nullable(),
    canDecide: z.boolean(),
  })
  .meta({ id: 'UtilisationApplication' });
export type Application = z.infer<typeof ApplicationSchema>;
export const ApplicationPageSchema = pageOf(ApplicationSchema).meta({ id: 'UtilisationApplicationPage' });
export const ApplicationListQuerySchema = pageQuery(['appliedOn', 'replyDueOn'] as const).extend({
  status: oneOrMany(z.enum(APPLICATION_STATUSES)),
  side: z.enum(['holder', 'applicant']).optional().describe('applications to the caller as holder, or made by the caller'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ApplicationListQuery = z.output<typeof ApplicationListQuerySchema>;
export const IdParams = z.object({ id: IdSchema });
