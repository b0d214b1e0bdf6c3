import { z } from 'zod';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { DataScopeKindSchema, RoleSchema } from './roles';

/** Why a password breaks the policy (in Chinese), or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < Limits.passwordMin) return `密码至少${Limits.passwordMin}位`;
  if (password.length > Limits.passwordMax) return `密码不能超过${Limits.passwordMax}位`;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 2) return '密码需包含字母、数字、符号中的至少两类';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}

export const PasswordSchema = z.string().superRefine((v, ctx) => {
  const problem = passwordProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(Limits.usernameMin, `用户名至少${Limits.usernameMin}位`)
  .max(Limits.usernameMax, `用户名不能超过${Limits.usernameMax}位`)
  .regex(/^[a-z0-9_.-]+$/, '用户名只能包含小写字母、数字、下划线、点和短横线');

export const LoginSchema = z
  .object({
    username: z.string().trim().min(1, '请输入用户名').max(Limits.usernameMax),
    password: z.string().min(1, '请输入密码').max(Limits.passwordMax),
  })
  .meta({ id: 'Login' });
export type Login = z.infer<typeof LoginSchema>;

export const MeSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    org: z.object({ id: z.string(), name: z.string(), regionCode: z.string(), regionName: z.string() }),
    roles: z.array(RoleSchema),
    scope: DataScopeKindSchema,
    mustChangePassword: z.boolean(),
    csrfToken: z.string().describe('send it back in the x-csrf-token header on every state-changing request'),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

/** Who is signed in, asked by every page: a visitor without a session is an answer, not an error. */
export const SessionStateSchema = z
  .object({
    me: MeSchema.nullable(),
    expired: z.boolean().describe('a session cookie was sent but the session has ended'),
  })
  .meta({ id: 'SessionState' });
export type SessionState = z.infer<typeof SessionStateSchema>;

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, '请输入当前密码'),
    newPassword: PasswordSchema,
  })
  .meta({ id: 'ChangePassword' });
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

export const UserStatus = { Active: 'active', Disabled: 'disabled' } as const;
export type UserStatus = (typeof UserStatus)[keyof typeof UserStatus];
export const UserStatusSchema = z.enum(['active', 'disabled']);

export const UserCreateSchema = z
  .object({
    username: UsernameSchema,
    displayName: z.string().trim().min(1, '请填写姓名').max(Limits.personNameMax),
    orgId: z.uuid('请选择所属机构'),
    roles: z.array(RoleSchema).min(1, '至少选择一个角色'),
    password: PasswordSchema,
  })
  .meta({ id: 'UserCreate' });
export type UserCreate = z.output<typeof UserCreateSchema>;

export const UserUpdateSchema = z
  .object({
    displayName: z.string().trim().min(1, '请填写姓名').max(Limits.personNameMax),
    orgId: z.uuid('请选择所属机构'),
    roles: z.array(RoleSchema).min(1, '至少选择一个角色'),
    status: UserStatusSchema,
  })
  .partial()
  .meta({ id: 'UserUpdate' });
export type UserUpdate = z.output<typeof UserUpdateSchema>;

export const ResetPasswordSchema = z.object({ password: PasswordSchema }).meta({ id: 'ResetPassword' });

export const UserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    roles: z.array(RoleSchema),
    status: UserStatusSchema,
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    mustChangePassword: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

export const USER_SORT_FIELDS = ['username', 'displayName', 'createdAt', 'lastLoginAt'] as const;
export const UserListQuerySchema = pageQuery(USER_SORT_FIELDS).extend({
  q: z.string().trim().max(Limits.usernameMax).optional(),
  role: RoleSchema.optional(),
  status: UserStatusSchema.optional(),
  orgId: z.uuid().optional(),
});
export type UserListQuery = z.output<typeof UserListQuerySchema>;
export const UserPageSchema = pageOf(UserSchema).meta({ id: 'UserPage' });

export const RoleInfoSchema = z
  .object({
    code: RoleSchema,
    name: z.string(),
    dataScope: DataScopeKindSchema,
    userCount: z.number().int(),
  })
  .meta({ id: 'RoleInfo' });
export type RoleInfo = z.infer<typeof RoleInfoSchema>;
export const RoleUpdateSchema = z.object({ dataScope: DataScopeKindSchema }).meta({ id: 'RoleUpdate' });

export const LoginEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    username: z.string(),
    userId: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    success: z.boolean(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'LoginEvent' });
export const LoginEventListQuerySchema = pageQuery(['at', 'username'] as const).extend({
  username: z.string().trim().max(Limits.usernameMax).optional(),
  success: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
});
export const LoginEventPageSchema = pageOf(LoginEventSchema).meta({ id: 'LoginEventPage' });
