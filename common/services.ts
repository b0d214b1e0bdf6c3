import { z } from 'zod';
import { IdSchema, optionalText } from './conference';
import { Limits } from './limits';
import { CreditCodeSchema } from './org';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';
import { Role } from './roles';
import { UsernameSchema } from './user';

type Labels<K extends string> = Record<K, { zh: string; en: string; color?: string }>;

/** Roles that may call the services module's routes. */
export const ServicesAccess = {
  /** The office desk: registrations, assignment, the SLA report, the knowledge base. */
  desk: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice],
  /** Who may ask the consultation desk. */
  ask: [Role.Enterprise, Role.Liaison],
  /** Who may see questions at all: askers, the desk and those a question can be assigned to. */
  read: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.Liaison, Role.Enterprise, Role.Volunteer],
} as const;

export const REGISTRATION_KINDS = ['enterprise', 'individual'] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];
export const RegistrationKindLabels: Labels<RegistrationKind> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  individual: { zh: '个人', en: 'Individual' },
};

export const REGISTRATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const RegistrationStatusLabels: Labels<RegistrationStatus> = {
  pending: { zh: '待审核', en: 'Awaiting approval', color: 'gold' },
  approved: { zh: '已通过', en: 'Approved', color: 'green' },
  rejected: { zh: '未通过', en: 'Rejected', color: 'red' },
};

export const VERIFY_CHANNELS = ['mobile', 'email'] as const;
export type VerifyChannel = (typeof VERIFY_CHANNELS)[number];
export const VerifyChannelLabels: Labels<VerifyChannel> = {
  mobile: { zh: '手机', en: 'Mobile' },
  email: { zh: '电子邮箱', en: 'E-mail' },
};

/** How long a verification code lives, and how many wrong tries it takes. */
export const VERIFICATION_MINUTES = 10;
export const VERIFICATION_TRIES = 5;

const MobileSchema = z.string().trim().regex(/^1[3-9]\d{9}$/, '请填写11位手机号码');
const EmailSchema = z.string().trim().toLowerCase().max(Limits.emailMax).email('电子邮箱格式不正确');

/** A mobile number or an e-mail address, checked by its channel. */
function targetRefine(v: { channel: VerifyChannel; target: string }, ctx: z.RefinementCtx): void {
  const r = (v.channel === 'mobile' ? MobileSchema : EmailSchema).safeParse(v.target);
  if (!r.success) ctx.addIssue({ code: 'custom', path: ['target'], message: r.error.issues[0]?.message ?? '格式不正确' });
}

export const VerificationRequestSchema = z
  .object({ channel: z.enum(VERIFY_CHANNELS), target: z.string().trim().min(1, '请填写手机号码或电子邮箱').max(Limits.emailMax) })
  .superRefine(targetRefine)
  .meta({ id: 'ServicesVerificationRequest' });
export type VerificationRequest = z.output<typeof VerificationRequestSchema>;

export const VerificationSentSchema = z
  .object({
    sent: z.literal(true),
    expiresInMinutes: z.number().int(),
    /** Only on a demonstration server without a real SMS or mail gateway, so the code can be typed in. */
    demoCode: z.string().nullable(),
  })
  .meta({ id: 'ServicesVerificationSent' });

export const RegistrationCreateSchema = z
  .object({
    kind: z.enum(REGISTRATION_KINDS),
    name: z.string().trim().min(1, '请填写企业名称或姓名').max(Limits.nameMax, `不能超过${Limits.nameMax}个字符`),
    creditCode: CreditCodeSchema.optional().nullable().or(z.literal('').transform(() => null)),
    regionCode: RegionCodeSchema,
    contactName: z.string().trim().min(1, '请填写联系人').max(Limits.personNameMax),
    channel: z.enum(VERIFY_CHANNELS),
    target: z.string().trim().min(1, '请填写手机号码或电子邮箱').max(Limits.emailMax),
    verificationCode: z.string().trim().regex(/^\d{6}$/, '请填写6位验证码'),
    username: UsernameSchema,
    password: z.string().min(Limits.passwordMin, `密码至少${Limits.passwordMin}位`).max(Limits.passwordMax),
  })
  .superRefine((v, ctx) => {
    targetRefine(v, ctx);
    if (v.kind === 'enterprise' && !v.creditCode) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: '企业注册须填写统一社会信用代码' });
  })
  .meta({ id: 'ServicesRegistrationCreate' });
export type RegistrationCreate = z.output<typeof RegistrationCreateSchema>;
export type RegistrationCreateInput = z.input<typeof RegistrationCreateSchema>;

/**
 * What the public registration answers. It says the same for a pending application whether or not
 * the credit code is already held, so the form cannot be used to find out who is registered.
 */
export const RegistrationReceiptSchema = z
  .object({ status: z.enum(['approved', 'pending']), message: z.string() })
  .meta({ id: 'ServicesRegistrationReceipt' });
export type RegistrationReceipt = z.infer<typeof RegistrationReceiptSchema>;

export const RegistrationSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(REGISTRATION_KINDS),
    name: z.string(),
    creditCode: z.string().nullable(),
    regionCode: z.string(),
    contactName: z.string(),
    channel: z.enum(VERIFY_CHANNELS),
    target: z.string(),
    username: z.string(),
    status: z.enum(REGISTRATION_STATUSES),
    /** The organisation already holding the credit code, seen by the office only. */
    duplicateOfName: z.string().nullable(),
    automatic: z.boolean(),
    reviewNote: z.string().nullable(),
    reviewedByName: z.string().nullable(),
    orgId: IdSchema.nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ServicesRegistration' });
export type Registration = z.infer<typeof RegistrationSchema>;

export const REGISTRATION_SORT_FIELDS = ['createdAt', 'name', 'status'] as const;
export const RegistrationListQuerySchema = pageQuery(REGISTRATION_SORT_FIELDS).extend({
  status: z.union([z.enum(REGISTRATION_STATUSES), z.array(z.enum(REGISTRATION_STATUSES))]).optional(),
  kind: z.enum(REGISTRATION_KINDS).optional(),
  q: z.string().trim().max(Limits.nameMax).optional(),
});
export type RegistrationListQuery = z.output<typeof RegistrationListQuerySchema>;
export const RegistrationPageSchema = pageOf(RegistrationSchema).meta({ id: 'ServicesRegistrationPage' });

export const RegistrationReviewSchema = z
  .object({ approve: z.boolean(), note: optionalText(Limits.textMax) })
  .meta({ id: 'ServicesRegistrationReview' });
export type RegistrationReview = z.output<typeof RegistrationReviewSchema>;

export const ServicesSettingsSchema = z
  .object({ autoApprove: z.boolean().describe('approve a registration at once when its credit code is valid and not yet held') })
  .meta({ id: 'ServicesSettings' });
export type ServicesSettings = z.infer<typeof ServicesSettingsSchema>;
