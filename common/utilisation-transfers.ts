import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';
import { FIELDS } from './utilisation';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;
const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字符`);
const Fen = z.number('金额应为数字（分）').int('金额应为整数（分）').min(0, '金额不能为负').max(1e14, '金额过大');
const oneOrMany = <T extends z.ZodType<string>>(item: T) =>
  z
    .union([item, z.array(item)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));

// ---------------------------------------------------------------- transfers and licences

export const DEAL_KINDS = ['assignment', 'licence'] as const;
export type DealKind = (typeof DEAL_KINDS)[number];
export const DealKindLabels: Labels<DealKind> = { assignment: { zh: '转让', en: 'Assignment' }, licence: { zh: '许可', en: 'Licence' } };
export const LICENCE_KINDS = ['exclusive', 'sole', 'ordinary', 'open'] as const;
export type LicenceKind = (typeof LICENCE_KINDS)[number];
export const LicenceKindLabels: Labels<LicenceKind> = {
  exclusive: { zh: '独占许可', en: 'Exclusive' },
  sole: { zh: '排他许可', en: 'Sole' },
  ordinary: { zh: '普通许可', en: 'Ordinary' },
  open: { zh: '开放许可', en: 'Open licence' },
};
export const RIGHT_KINDS = ['patent', 'trademark'] as const;
export type RightKind = (typeof RIGHT_KINDS)[number];
export const RightKindLabels: Labels<RightKind> = { patent: { zh: '专利', en: 'Patent' }, trademark: { zh: '商标', en: 'Trademark' } };
export const PARTY_KINDS = ['enterprise', 'university', 'institute', 'individual', 'other'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const PartyKindLabels: Labels<PartyKind> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  university: { zh: '高校', en: 'University' },
  institute: { zh: '科研院所', en: 'Research institute' },
  individual: { zh: '个人', en: 'Individual' },
  other: { zh: '其他', en: 'Other' },
};
export const TRANSFER_SOURCES = ['recorded', 'imported', 'openLicence'] as const;
export type TransferSource = (typeof TRANSFER_SOURCES)[number];
export const TransferSourceLabels: Labels<TransferSource> = {
  recorded: { zh: '登记录入', en: 'Recorded' },
  imported: { zh: '批量导入', en: 'Imported' },
  openLicence: { zh: '开放许可', en: 'Open licence' },
};

const party = {
  name: text(200).min(1, '请填写名称'),
  orgId: IdSchema.nullable().optional(),
  kind: z.enum(PARTY_KINDS),
  regionCode: RegionCodeSchema.nullable().optional(),
};
export const TransferCreateSchema = z
  .object({
    dealKind: z.enum(DEAL_KINDS),
    licenceKind: z.enum(LICENCE_KINDS).nullable().optional(),
    rightKind: z.enum(RIGHT_KINDS),
    rightNo: z.string().trim().min(1, '请填写编号').max(30, '编号过长').regex(/^[A-Za-z0-9.]+$/, '编号只能包含字母、数字和小数点'),
    industry: z.enum(FIELDS).nullable().optional(),
    from: z.object(party),
    to: z.object(party),
    amountFen: Fen,
    contractNo: optionalText(60),
    effectiveOn: DateSchema,
    licenceTo: DateSchema.nullable().optional(),
  })
  .meta({ id: 'UtilisationTransferCreate' });
export type TransferCreate = z.output<typeof TransferCreateSchema>;

export const TransferSchema = z
  .object({
    id: z.string(),
    dealKind: z.enum(DEAL_KINDS),
    licenceKind: z.enum(LICENCE_KINDS).nullable(),
    rightKind: z.enum(RIGHT_KINDS),
    rightNo: z.string(),
    rightTitle: z.string().nullable(),
    industry: z.enum(FIELDS).nullable(),
    fromName: z.string(),
    fromKind: z.enum(PARTY_KINDS),
    fromRegionName: z.string().nullable(),
    toName: z.string(),
    toKind: z.enum(PARTY_KINDS),
    toRegionName: z.string().nullable(),
    amountFen: z.number().int(),
    contractNo: z.string().nullable(),
    effectiveOn: z.string(),
    licenceTo: z.string().nullable(),
    source: z.enum(TRANSFER_SOURCES),
  })
  .meta({ id: 'UtilisationTransfer' });
export type Transfer = z.infer<typeof TransferSchema>;
export const TransferPageSchema = pageOf(TransferSchema).meta({ id: 'UtilisationTransferPage' });
export const TransferListQuerySchema = pageQuery(['effectiveOn', 'amountFen'] as const).extend({
  q: z.string().trim().max(100).optional().describe('number, title or party'),
  dealKind: oneOrMany(z.enum(DEAL_KINDS)),
  rightKind: oneOrMany(z.enum(RIGHT_KINDS)),
  regionCode: RegionCodeSchema.optional().describe('either party in this region'),
  year: z.coerce.number().int().min(1985).max(2100).optional(),
  universityToEnterprise: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TransferListQuery = z.output<typeof TransferListQuerySchema>;

/** The holder region of a right on a date: the region its record gives, or the one the latest transfer by then moved it to. */
export const HolderRegionSchema = z
  .object({ rightKind: z.enum(RIGHT_KINDS), rightNo: z.string(), asOf: z.string(), regionCode: z.string().nullable(), regionName: z.string().nullable(), holderName: z.string().nullable(), byTransferId: z.string().nullable() })
  .meta({ id: 'UtilisationHolderRegion' });
export type HolderRegion = z.infer<typeof HolderRegionSchema>;
export const HolderRegionQuerySchema = z.object({ rightKind: z.enum(RIGHT_KINDS), rightNo: z.string().trim().min(1).max(30), asOf: DateSchema });

// ---------------------------------------------------------------- transformation statistics

export const TransferStatsQuerySchema = z.object({
  year: z.coerce.number().int().min(1985).max(2100),
  regionCode: RegionCodeSchema.optional(),
});
export type TransferStatsQuery = z.output<typeof TransferStatsQuerySchema>;
const Row = z.object({ key: z.string(), label: z.string(), count: z.number().int(), amountFen: z.number().int() });
export const TransferStatsSchema = z
  .object({
    year: z.number().int(),
    total: Row,
    byDistrict: z.array(Row.extend({ rightsIn: z.number().int(), rightsOut: z.number().int() })),
    byIndustry: z.array(Row),
    byDealKind: z.array(Row),
    universityToEnterprise: Row,
    openLicences: z.object({ open: z.number().int(), universities: z.number().int(), granted: z.number().int(), feeReductionFen: z.number().int() }),
  })
  .meta({ id: 'UtilisationTransferStats' });
export type TransferStats = z.infer<typeof TransferStatsSchema>;

// ---------------------------------------------------------------- geographical indications

export const GiCreateSchema = z
  .object({
    regionCode: RegionCodeSchema,
    name: text(100).min(1, '请填写产品名称'),
    giNo: optionalText(30),
    productKind: text(60).min(1, '请填写产品类别'),
    protectedArea: z.array(RegionCodeSchema).min(1, '请至少选择一个保护范围内的行政区').max(100, '保护范围过多'),
    areaNote: optionalText(1000),
    standard: text(500).min(1, '请填写产品标准（如地方标准编号）'),
    applicant: text(200).min(1, '请填写申请人（保护申请单位）'),
  })
  .meta({ id: 'UtilisationGiCreate' });
export type GiCreate = z.output<typeof GiCreateSchema>;
export const GI_USER_STATUSES = ['authorised', 'revoked'] as const;
export type GiUserStatus = (typeof GI_USER_STATUSES)[number];
export const GiUserStatusLabels: Labels<GiUserStatus> = { authorised: { zh: '已核准使用', en: 'Authorised' }, revoked: { zh: '已撤销', en: 'Revoked' } };
export const CHECK_RESULTS = ['passed', 'rectify', 'failed'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
export const CheckResultLabels: Labels<CheckResult> = { passed: { zh: '合格', en: 'Passed' }, rectify: { zh: '限期整改', en: 'To rectify' }, failed: { zh: '不合格', en: 'Failed' } };
export const GiUserSchema = z
  .object({
    id: z.string(),
    giId: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    site: z.string(),
    status: z.enum(GI_USER_STATUSES),
    authorisedOn: z.string(),
    lastCheckYear: z.number().int().nullable(),
    lastCheckResult: z.enum(CHECK_RESULTS).nullable(),
    lastCheckNote: z.string().nullable(),
    revokedOn: z.string().nullable(),
    revokeReason: z.string().nullable(),
  })
  .meta({ id: 'UtilisationGiUser' });
export type GiUser = z.infer<typeof GiUserSchema>;
export const GiSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    name: z.string(),
    giNo: z.string().nullable(),
    productKind: z.string(),
    protectedArea: z.array(z.object({ code: z.string(), name: z.string() })),
    areaNote: z.string().nullable(),
    standard: z.string(),
    applicant: z.string(),
    users: z.array(GiUserSchema),
    /** Pledges of this GI recorded in IP finance (the GI-backed loans), as the caller may see them. */
    pledges: z.array(z.object({ id: z.string(), enterpriseName: z.string(), securedAmountFen: z.number().int(), status: z.string() })),
  })
  .meta({ id: 'UtilisationGi' });
export type Gi = z.infer<typeof GiSchema>;
export const GiListQuerySchema = pageQuery(['name'] as const).extend({ q: z.string().trim().max(100).optional() });
export const GiPageSchema = pageOf(GiSchema.omit({ users: true, pledges: true }).extend({ activeUsers: z.number().int() })).meta({ id: 'UtilisationGiPage' });
export const GiAuthoriseSchema = z
  .object({ orgId: IdSchema, regionCode: RegionCodeSchema, site: text(300).min(1, '请填写生产经营地址'), authorisedOn: DateSchema })
  .meta({ id: 'UtilisationGiAuthorise' });
export type GiAuthorise = z.output<typeof GiAuthoriseSchema>;
export const GiCheckSchema = z
  .object({ year: z.number('请填写年度').int().min(2000, '年度无效').max(2100, '年度无效'), result: z.enum(CHECK_RESULTS), note: optionalText(1000) })
  .meta({ id: 'UtilisationGiCheck' });
export type GiCheck = z.output<typeof GiCheckSchema>;
export const GiRevokeSchema = z.object({ revokedOn: DateSchema, reason: text(500).min(1, '请说明撤销原因') }).meta({ id: 'UtilisationGiRevoke' });
export type GiRevoke = z.output<typeof GiRevokeSchema>;

// ---------------------------------------------------------------- brand programmes

export const BrandProgrammeCreateSchema = z
  .object({ regionCode: RegionCodeSchema, name: text(200).min(1, '请填写计划名称'), year: z.number('请填写年度').int().min(2000, '年度无效').max(2100, '年度无效'), goal: text(2000).min(1, '请填写培育目标') })
  .meta({ id: 'UtilisationBrandProgrammeCreate' });
export type BrandProgrammeCreate = z.output<typeof BrandProgrammeCreateSchema>;
export const BrandParticipantCreateSchema = z
  .object({ orgId: IdSchema, brand: text(100).min(1, '请填写品牌（商标）名称'), joinedOn: DateSchema, result: optionalText(2000) })
  .meta({ id: 'UtilisationBrandParticipantCreate' });
export type BrandParticipantCreate = z.output<typeof BrandParticipantCreateSchema>;
export const BrandResultSchema = z.object({ result: text(2000).min(1, '请填写培育成效') }).meta({ id: 'UtilisationBrandResult' });
export const BrandProgrammeSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    name: z.string(),
    year: z.number().int(),
    goal: z.string(),
    participants: z.array(z.object({ id: z.string(), orgId: z.string(), orgName: z.string(), brand: z.string(), joinedOn: z.string(), result: z.string().nullable() })),
  })
  .meta({ id: 'UtilisationBrandProgramme' });
export type BrandProgramme = z.infer<typeof BrandProgrammeSchema>;
export const BrandListQuerySchema = pageQuery(['year', 'name'] as const).extend({ year: z.coerce.number().int().min(2000).max(2100).optional(), order: z.enum(['asc', 'desc']).default('desc') });
export const BrandPageSchema = pageOf(BrandProgrammeSchema).meta({ id: 'UtilisationBrandPage' });
export const ParticipantParams = z.object({ id: IdSchema, participantId: IdSchema });
