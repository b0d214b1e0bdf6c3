import { z } from 'zod';
import { PatentKindSchema } from './centre';
import { DateSchema, IdSchema, optionalText } from './conference';
import { pageOf, pageQuery } from './pagination';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;
const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字符`);

export const SUBMISSION_STATUSES = ['submitted', 'examining', 'returned', 'passed', 'refused'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const SubmissionStatusLabels: Labels<SubmissionStatus> = {
  submitted: { zh: '待分配', en: 'Awaiting assignment' },
  examining: { zh: '预审中', en: 'Under pre-examination' },
  returned: { zh: '退回补正', en: 'Returned for amendment' },
  passed: { zh: '预审合格', en: 'Passed' },
  refused: { zh: '不予通过', en: 'Refused' },
};

export const REFUSAL_GROUNDS = ['outOfField', 'duplicate', 'quality'] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];
export const RefusalGroundLabels: Labels<RefusalGround> = {
  outOfField: { zh: '不属于备案领域', en: 'Outside the filed fields' },
  duplicate: { zh: '重复提交', en: 'Duplicate' },
  quality: { zh: '质量问题', en: 'Quality' },
};

export const CNIPA_OUTCOMES = ['granted', 'rejected'] as const;
export type CnipaOutcome = (typeof CNIPA_OUTCOMES)[number];
export const CnipaOutcomeLabels: Labels<CnipaOutcome> = {
  granted: { zh: '授权', en: 'Granted' },
  rejected: { zh: '驳回', en: 'Rejected' },
};

/** An IPC symbol as written on an application: class, subclass letter, optionally the group (B60L 53/00). */
export const IpcSymbolSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-H]\d{2}[A-Z](\s?\d{1,4}\/\d{2,6})?$/, 'IPC分类号格式应如 B60L 53/00');

const submissionFields = {
  filingId: IdSchema,
  kind: PatentKindSchema,
  title: text(200).min(2, '请填写发明创造名称'),
  ipc: IpcSymbolSchema,
  applicant: text(200).min(2, '请填写申请人'),
  agencyId: IdSchema.nullable().default(null),
};
export const SubmissionCreateSchema = z.object(submissionFields).meta({ id: 'CentreSubmissionCreate' });
export type SubmissionCreate = z.output<typeof SubmissionCreateSchema>;
export type SubmissionCreateInput = z.input<typeof SubmissionCreateSchema>;
export const SubmissionAmendSchema = z
  .object({ title: submissionFields.title, ipc: submissionFields.ipc, note: optionalText(1000) })
  .meta({ id: 'CentreSubmissionAmend' });
export type SubmissionAmend = z.output<typeof SubmissionAmendSchema>;

export const SUBMISSION_ACTIONS = ['assign', 'pass', 'return', 'refuse', 'amend', 'outcome'] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

export const SubmissionSchema = z
  .object({
    id: IdSchema,
    filingId: IdSchema,
    windowId: IdSchema,
    windowName: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    enterpriseOrgId: IdSchema,
    enterpriseName: z.string(),
    agencyName: z.string().nullable(),
    kind: PatentKindSchema,
    title: z.string(),
    ipc: z.string(),
    fieldCode: z.string().nullable(),
    applicant: z.string(),
    status: z.enum(SUBMISSION_STATUSES),
    round: z.number().int(),
    examinerName: z.string().nullable(),
    submittedOn: z.string(),
    roundStartedOn: z.string(),
    limitDays: z.number().int(),
    dueOn: z.string().nullable(),
    examinerDays: z.number().int(),
    defects: z.string().nullable(),
    refusalGround: z.enum(REFUSAL_GROUNDS).nullable(),
    decisionNote: z.string().nullable(),
    decidedOn: z.string().nullable(),
    cnipaApplicationNo: z.string().nullable(),
    cnipaOutcome: z.enum(CNIPA_OUTCOMES).nullable(),
    cnipaOn: z.string().nullable(),
    actions: z.array(z.enum(SUBMISSION_ACTIONS)),
  })
  .meta({ id: 'CentreSubmission' });
export type Submission = z.output<typeof SubmissionSchema>;
export const SubmissionPageSchema = pageOf(SubmissionSchema).meta({ id: 'CentreSubmissionPage' });

export const SubmissionListQuerySchema = pageQuery(['submittedOn', 'dueOn', 'title', 'status'] as const).extend({
  q: text(100).optional(),
  status: z.enum(SUBMISSION_STATUSES).optional(),
  kind: PatentKindSchema.optional(),
  windowId: IdSchema.optional(),
  fieldCode: z.string().max(40).optional(),
  outcome: z.enum(CNIPA_OUTCOMES).optional(),
  from: DateSchema.optional(),
  to: DateSchema.optional(),
});
export type SubmissionListQuery = z.output<typeof SubmissionListQuerySchema>;

export const QueueQuerySchema = z.object({ mine: z.enum(['true', 'false']).optional() });
export const QueueSchema = z.object({ items: z.array(SubmissionSchema), total: z.number().int(), overdue: z.number().int() }).meta({ id: 'CentreQueue' });
export type Queue = z.output<typeof QueueSchema>;

export const AssignSchema = z.object({ examinerUserId: IdSchema.nullable().default(null).describe('null: the caller') }).meta({ id: 'CentreAssign' });
export type Assign = z.output<typeof AssignSchema>;

export const SubmissionDecisionSchema = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('pass'), note: optionalText(1000) }),
    z.object({ decision: z.literal('return'), defects: text(2000).min(2, '请写明需补正的缺陷') }),
    z.object({ decision: z.literal('refuse'), ground: z.enum(REFUSAL_GROUNDS), note: optionalText(1000) }),
  ])
  .meta({ id: 'CentreSubmissionDecision' });
export type SubmissionDecision = z.output<typeof SubmissionDecisionSchema>;

export const CnipaApplicationNoSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(CN|ZL)?\d{12}\.?[0-9X]$/, '申请号应为12位数字加校验位，如 202410123456.7');

export const OutcomeSchema = z
  .object({ applicationNo: CnipaApplicationNoSchema, outcome: z.enum(CNIPA_OUTCOMES).nullable().default(null), on: DateSchema.nullable().default(null) })
  .meta({ id: 'CentreOutcome' });
export type Outcome = z.output<typeof OutcomeSchema>;

// ---------------------------------------------------------------- statistics

export const StatsQuerySchema = z.object({
  year: z.coerce.number().int().min(2000, '年份无效').max(2100, '年份无效').optional(),
  windowId: IdSchema.optional(),
});
export type StatsQuery = z.output<typeof StatsQuerySchema>;

export const StatsLineSchema = z.object({
  key: z.string(),
  label: z.string(),
  submissions: z.number().int(),
  pending: z.number().int(),
  passed: z.number().int(),
  returned: z.number().int(),
  refused: z.number().int(),
  passRate: z.number().nullable(),
  avgReturns: z.number().nullable(),
  avgExaminerDays: z.number().nullable(),
  avgLimitDays: z.number().nullable(),
  withinLimitRate: z.number().nullable(),
  granted: z.number().int(),
  rejected: z.number().int(),
  grantRate: z.number().nullable(),
  avgDaysToGrant: z.number().nullable(),
});
export type StatsLine = z.output<typeof StatsLineSchema>;
export const StatsSchema = z
  .object({
    year: z.number().int().nullable(),
    filings: z.object({ approved: z.number().int(), submitted: z.number().int(), returned: z.number().int(), expired: z.number().int() }),
    total: StatsLineSchema,
    byKind: z.array(StatsLineSchema),
    byField: z.array(StatsLineSchema),
    byWindow: z.array(StatsLineSchema),
    byExaminer: z.array(StatsLineSchema),
    byDistrict: z.array(StatsLineSchema),
  })
  .meta({ id: 'CentreStats' });
export type Stats = z.output<typeof StatsSchema>;
