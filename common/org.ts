import { z } from 'zod';
import { creditCodeProblem } from './credit-code';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';

/** Kinds of organisation (GLOSSARY: organisation and access). */
export const OrgKind = {
  IpOffice: 'ipOffice',
  MemberUnit: 'memberUnit',
  DistrictOffice: 'districtOffice',
  Court: 'court',
  Procuratorate: 'procuratorate',
  PublicSecurity: 'publicSecurity',
  Customs: 'customs',
  Bank: 'bank',
  Regulator: 'regulator',
  MediationOrg: 'mediationOrg',
  University: 'university',
  Enterprise: 'enterprise',
  ServiceAgency: 'serviceAgency',
  Association: 'association',
} as const;
export type OrgKind = (typeof OrgKind)[keyof typeof OrgKind];
export const ORG_KINDS = Object.values(OrgKind) as [OrgKind, ...OrgKind[]];
export const OrgKindSchema = z.enum(ORG_KINDS);

export const OrgKindLabels: Record<OrgKind, { zh: string; en: string }> = {
  ipOffice: { zh: '知识产权局', en: 'IP office' },
  memberUnit: { zh: '成员单位', en: 'Member unit' },
  districtOffice: { zh: '区知识产权局', en: 'District office' },
  court: { zh: '法院', en: 'Court' },
  procuratorate: { zh: '检察院', en: 'Procuratorate' },
  publicSecurity: { zh: '公安机关', en: 'Public security' },
  customs: { zh: '海关', en: 'Customs' },
  bank: { zh: '银行', en: 'Bank' },
  regulator: { zh: '监管机构', en: 'Regulator' },
  mediationOrg: { zh: '调解组织', en: 'Mediation organisation' },
  university: { zh: '高校院所', en: 'University' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  serviceAgency: { zh: '服务机构', en: 'Service agency' },
  association: { zh: '行业协会', en: 'Association' },
};

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过${max}个字符`)
    .optional()
    .nullable()
    .transform((v) => (v === '' || v == null ? null : v));

export const CreditCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((v, ctx) => {
    const problem = creditCodeProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const PhoneSchema = z
  .string()
  .trim()
  .max(Limits.phoneMax)
  .regex(/^[0-9+\-() ]{5,30}$/, '电话号码格式不正确');

export const OrgCreateSchema = z
  .object({
    name: z.string().trim().min(1, '请填写机构名称').max(Limits.nameMax, `不能超过${Limits.nameMax}个字符`),
    shortName: optionalText(Limits.shortNameMax),
    kind: OrgKindSchema,
    regionCode: RegionCodeSchema,
    parentId: z.uuid('上级机构无效').optional().nullable(),
    creditCode: CreditCodeSchema.optional().nullable().or(z.literal('').transform(() => null)),
    address: optionalText(Limits.addressMax),
    phone: PhoneSchema.optional().nullable().or(z.literal('').transform(() => null)),
  })
  .meta({ id: 'OrgCreate' });
export type OrgCreate = z.output<typeof OrgCreateSchema>;
export type OrgCreateInput = z.input<typeof OrgCreateSchema>;

export const OrgUpdateSchema = OrgCreateSchema.partial().meta({ id: 'OrgUpdate' });
export type OrgUpdate = z.output<typeof OrgUpdateSchema>;

export const OrgSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: OrgKindSchema,
    regionCode: z.string(),
    regionName: z.string(),
    parentId: z.string().nullable(),
    parentName: z.string().nullable(),
    creditCode: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Org' });
export type Org = z.infer<typeof OrgSchema>;

export const ORG_SORT_FIELDS = ['name', 'kind', 'regionCode', 'createdAt'] as const;
export const OrgListQuerySchema = pageQuery(ORG_SORT_FIELDS).extend({
  q: z.string().trim().max(Limits.nameMax).optional().describe('part of the name, short name or credit code'),
  kind: z
    .union([OrgKindSchema, z.array(OrgKindSchema)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  regionCode: RegionCodeSchema.optional().describe('only organisations in this region subtree'),
  parentId: z.uuid().optional(),
});
/** A parsed list query; `kind` may be left out by callers inside the server. */
export type OrgListQuery = Omit<z.output<typeof OrgListQuerySchema>, 'kind'> & { kind?: OrgKind[] | undefined };
export const OrgPageSchema = pageOf(OrgSchema).meta({ id: 'OrgPage' });

export const PersonCreateSchema = z
  .object({
    name: z.string().trim().min(1, '请填写姓名').max(Limits.personNameMax, `不能超过${Limits.personNameMax}个字符`),
    title: optionalText(Limits.titleMax),
    orgId: z.uuid('请选择所属机构'),
    phone: PhoneSchema.optional().nullable().or(z.literal('').transform(() => null)),
    email: z.email('邮箱格式不正确').max(Limits.emailMax).optional().nullable().or(z.literal('').transform(() => null)),
  })
  .meta({ id: 'PersonCreate' });
export type PersonCreate = z.output<typeof PersonCreateSchema>;
export const PersonUpdateSchema = PersonCreateSchema.partial().meta({ id: 'PersonUpdate' });
export type PersonUpdate = z.output<typeof PersonUpdateSchema>;

export const PersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    orgId: z.string(),
    orgName: z.string(),
    regionCode: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof PersonSchema>;

export const PERSON_SORT_FIELDS = ['name', 'orgName', 'createdAt'] as const;
export const PersonListQuerySchema = pageQuery(PERSON_SORT_FIELDS).extend({
  q: z.string().trim().max(Limits.personNameMax).optional().describe('part of the name or title'),
  orgId: z.uuid().optional(),
  regionCode: RegionCodeSchema.optional(),
});
export type PersonListQuery = z.output<typeof PersonListQuerySchema>;
export const PersonPageSchema = pageOf(PersonSchema).meta({ id: 'PersonPage' });

export const IdParamsSchema = z.object({ id: z.uuid('编号无效') });
