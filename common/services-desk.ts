import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';

type Labels<K extends string> = Record<K, { zh: string; en: string; color?: string }>;

export const QUESTION_CATEGORIES = ['patent', 'trademark', 'copyright', 'tradeSecret', 'overseasDispute', 'finance', 'mediation', 'other'] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];
export const QuestionCategoryLabels: Labels<QuestionCategory> = {
  patent: { zh: '专利', en: 'Patent' },
  trademark: { zh: '商标', en: 'Trademark' },
  copyright: { zh: '著作权', en: 'Copyright' },
  tradeSecret: { zh: '商业秘密', en: 'Trade secret' },
  overseasDispute: { zh: '海外纠纷', en: 'Overseas dispute' },
  finance: { zh: '知识产权金融', en: 'IP finance' },
  mediation: { zh: '纠纷调解', en: 'Mediation' },
  other: { zh: '其他', en: 'Other' },
};

export const QUESTION_STATUSES = ['submitted', 'assigned', 'answered', 'waitingAsker', 'resolved', 'escalated'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export const QuestionStatusLabels: Labels<QuestionStatus> = {
  submitted: { zh: '待分派', en: 'Awaiting assignment', color: 'gold' },
  assigned: { zh: '办理中', en: 'In progress', color: 'blue' },
  answered: { zh: '已答复', en: 'Answered', color: 'cyan' },
  waitingAsker: { zh: '待咨询人补充', en: 'Waiting on the asker', color: 'purple' },
  resolved: { zh: '已办结', en: 'Resolved', color: 'green' },
  escalated: { zh: '已转调解', en: 'Escalated', color: 'magenta' },
};
/** A question in one of these takes no more answers. */
export const CLOSED_QUESTION_STATUSES: readonly QuestionStatus[] = ['resolved', 'escalated'];

export const ASSIGNEE_KINDS = ['staff', 'memberUnit', 'volunteer'] as const;
export type AssigneeKind = (typeof ASSIGNEE_KINDS)[number];
export const AssigneeKindLabels: Labels<AssigneeKind> = {
  staff: { zh: '联席办工作人员', en: 'Office staff' },
  memberUnit: { zh: '成员单位', en: 'Member unit' },
  volunteer: { zh: '知助志愿者', en: 'Volunteer' },
};

export const SLA_CLOCKS = ['firstAnswer', 'nextAnswer', 'resolution'] as const;
export type SlaClock = (typeof SLA_CLOCKS)[number];
export const SlaClockLabels: Labels<SlaClock> = {
  firstAnswer: { zh: '首次答复', en: 'First answer' },
  nextAnswer: { zh: '后续答复', en: 'Next answer' },
  resolution: { zh: '办结', en: 'Resolution' },
};

export const MESSAGE_KINDS = ['question', 'reply', 'note', 'followUp'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export const MessageKindLabels: Labels<MessageKind> = {
  question: { zh: '咨询内容', en: 'Question' },
  reply: { zh: '答复', en: 'Reply' },
  note: { zh: '内部备注', en: 'Internal note' },
  followUp: { zh: '咨询人补充', en: 'Follow-up' },
};

/** What a reply does to the question: keeps it open, waits on the asker (the clock pauses), or resolves it. */
export const REPLY_EFFECTS = ['keepOpen', 'waitForAsker', 'resolve'] as const;
export type ReplyEffect = (typeof REPLY_EFFECTS)[number];

/** At most this many files on one message, each at most this large. */
export const ATTACHMENTS_MAX = 5;
export const ATTACHMENT_BYTES_MAX = 10 * 1024 * 1024;
export const ATTACHMENT_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'jpg', 'jpeg', 'png', 'txt'] as const;

const FileIdsSchema = z.array(IdSchema).max(ATTACHMENTS_MAX, `附件不能超过${ATTACHMENTS_MAX}个`).default([]);

export const QuestionCreateSchema = z
  .object({
    category: z.enum(QUESTION_CATEGORIES),
    title: z.string().trim().min(4, '标题至少4个字').max(Limits.titleMax, `不能超过${Limits.titleMax}个字符`),
    body: z.string().trim().min(10, '请把问题说清楚（至少10个字）').max(Limits.textMax, `不能超过${Limits.textMax}个字符`),
    fileIds: FileIdsSchema,
  })
  .meta({ id: 'ServicesQuestionCreate' });
export type QuestionCreate = z.output<typeof QuestionCreateSchema>;
export type QuestionCreateInput = z.input<typeof QuestionCreateSchema>;

export const QuestionAssignSchema = z
  .object({
    assigneeKind: z.enum(ASSIGNEE_KINDS),
    userId: IdSchema.optional().nullable().describe('the office staff member or volunteer'),
    orgId: IdSchema.optional().nullable().describe('the member unit'),
  })
  .superRefine((v, ctx) => {
    if (v.assigneeKind === 'memberUnit' && !v.orgId) ctx.addIssue({ code: 'custom', path: ['orgId'], message: '请选择成员单位' });
    if (v.assigneeKind !== 'memberUnit' && !v.userId) ctx.addIssue({ code: 'custom', path: ['userId'], message: '请选择承办人' });
  })
  .meta({ id: 'ServicesQuestionAssign' });
export type QuestionAssign = z.output<typeof QuestionAssignSchema>;

export const MessageCreateSchema = z
  .object({
    kind: z.enum(['reply', 'note', 'followUp']),
    body: z.string().trim().min(1, '请填写内容').max(Limits.textMax, `不能超过${Limits.textMax}个字符`),
    fileIds: FileIdsSchema,
    effect: z.enum(REPLY_EFFECTS).default('keepOpen').describe('replies only'),
  })
  .meta({ id: 'ServicesMessageCreate' });
export type MessageCreate = z.output<typeof MessageCreateSchema>;

export const RatingSchema = z
  .object({ score: z.number().int('评分应为1至5的整数').min(1, '评分应为1至5').max(5, '评分应为1至5'), comment: optionalText(500) })
  .meta({ id: 'ServicesRating' });
export type Rating = z.output<typeof RatingSchema>;

export const ESCALATION_TARGETS = ['mediation', 'centreFiling'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];
export const EscalationTargetLabels: Labels<EscalationTarget> = {
  mediation: { zh: '调解案件', en: 'Mediation case' },
  centreFiling: { zh: '保护中心备案', en: 'Protection-centre filing' },
};

export const EscalationSchema = z
  .object({
    target: z.enum(ESCALATION_TARGETS),
    mediationOrgId: IdSchema.optional().nullable().describe('the mediation organisation that receives the case'),
    respondentName: z.string().trim().min(1, '请填写被申请人').max(Limits.nameMax).optional().describe('mediation only'),
    claims: z.string().trim().min(1, '请填写调解请求').max(Limits.textMax).optional().describe('mediation only'),
    amountFen: z.number().int('金额应以分为单位的整数').min(0).max(1e15).default(0),
  })
  .superRefine((v, ctx) => {
    if (v.target !== 'mediation') return;
    if (!v.mediationOrgId) ctx.addIssue({ code: 'custom', path: ['mediationOrgId'], message: '请选择调解组织' });
    if (!v.respondentName) ctx.addIssue({ code: 'custom', path: ['respondentName'], message: '请填写被申请人' });
    if (!v.claims) ctx.addIssue({ code: 'custom', path: ['claims'], message: '请填写调解请求' });
  })
  .meta({ id: 'ServicesEscalation' });
export type Escalation = z.output<typeof EscalationSchema>;

const FileRef = z.object({ id: IdSchema, name: z.string(), size: z.number().int() });

export const QuestionMessageSchema = z.object({
  id: IdSchema,
  kind: z.enum(MESSAGE_KINDS),
  body: z.string(),
  authorName: z.string(),
  files: z.array(FileRef),
  createdAt: z.string(),
});
export type QuestionMessage = z.infer<typeof QuestionMessageSchema>;

export const QuestionSchema = z
  .object({
    id: IdSchema,
    number: z.string(),
    category: z.enum(QUESTION_CATEGORIES),
    title: z.string(),
    status: z.enum(QUESTION_STATUSES),
    regionCode: z.string(),
    askerName: z.string(),
    assigneeKind: z.enum(ASSIGNEE_KINDS).nullable(),
    assigneeName: z.string().nullable(),
    askedOn: z.string(),
    firstAnswerDue: z.string(),
    firstAnsweredOn: z.string().nullable(),
    nextAnswerDue: z.string().nullable(),
    resolutionDue: z.string(),
    resolvedOn: z.string().nullable(),
    pausedDays: z.number().int(),
    lateFirstAnswer: z.boolean(),
    lateResolution: z.boolean(),
    rating: z.number().int().nullable(),
  })
  .meta({ id: 'ServicesQuestion' });
export type Question = z.infer<typeof QuestionSchema>;

export const QuestionDetailSchema = QuestionSchema.extend({
  body: z.string(),
  messages: z.array(QuestionMessageSchema),
  ratingComment: z.string().nullable(),
  escalation: z.object({ target: z.enum(ESCALATION_TARGETS), caseId: IdSchema, caseNo: z.string() }).nullable(),
  knowledgeId: IdSchema.nullable(),
  can: z.object({ assign: z.boolean(), answer: z.boolean(), note: z.boolean(), followUp: z.boolean(), rate: z.boolean(), escalate: z.boolean(), publish: z.boolean() }),
}).meta({ id: 'ServicesQuestionDetail' });
export type QuestionDetail = z.infer<typeof QuestionDetailSchema>;

export const QUESTION_SORT_FIELDS = ['askedOn', 'number', 'firstAnswerDue', 'resolutionDue', 'status'] as const;
export const QuestionListQuerySchema = pageQuery(QUESTION_SORT_FIELDS).extend({
  status: z.union([z.enum(QUESTION_STATUSES), z.array(z.enum(QUESTION_STATUSES))]).optional(),
  category: z.union([z.enum(QUESTION_CATEGORIES), z.array(z.enum(QUESTION_CATEGORIES))]).optional(),
  late: z.enum(['firstAnswer', 'resolution']).optional().describe('only the questions that missed this clock'),
  mine: z.enum(['true', 'false']).optional().describe('only the questions assigned to the caller'),
  from: DateSchema.optional(),
  to: DateSchema.optional(),
  q: z.string().trim().max(Limits.nameMax).optional(),
});
export type QuestionListQuery = z.output<typeof QuestionListQuerySchema>;
export const QuestionPageSchema = pageOf(QuestionSchema).meta({ id: 'ServicesQuestionPage' });

export const SlaRuleSchema = z
  .object({ id: IdSchema, category: z.enum(QUESTION_CATEGORIES).nullable(), clock: z.enum(SLA_CLOCKS), workingDays: z.number().int(), source: z.string() })
  .meta({ id: 'ServicesSlaRule' });
export type SlaRule = z.infer<typeof SlaRuleSchema>;

export const SlaReportQuerySchema = z.object({ from: DateSchema.optional(), to: DateSchema.optional() });
export type SlaReportQuery = z.output<typeof SlaReportQuerySchema>;
const SlaRow = z.object({
  category: z.enum(QUESTION_CATEGORIES).nullable().describe('null for the total'),
  total: z.number().int(),
  firstMet: z.number().int(),
  firstLate: z.number().int(),
  resolved: z.number().int(),
  resolutionMet: z.number().int(),
  resolutionLate: z.number().int(),
  averageRating: z.number().nullable(),
});
export type SlaReportRow = z.infer<typeof SlaRow>;
export const SlaReportSchema = z.object({ from: z.string(), to: z.string(), rows: z.array(SlaRow) }).meta({ id: 'ServicesSlaReport' });
export type SlaReport = z.infer<typeof SlaReportSchema>;

export const KnowledgePublishSchema = z
  .object({
    title: z.string().trim().min(4, '标题至少4个字').max(Limits.titleMax),
    body: z.string().trim().min(10, '答复内容至少10个字').max(Limits.textMax),
    category: z.enum(QUESTION_CATEGORIES),
  })
  .meta({ id: 'ServicesKnowledgePublish' });
export type KnowledgePublish = z.output<typeof KnowledgePublishSchema>;

export const KnowledgeSchema = z
  .object({ id: IdSchema, category: z.enum(QUESTION_CATEGORIES), title: z.string(), body: z.string(), questionNumber: z.string().nullable(), publishedOn: z.string() })
  .meta({ id: 'ServicesKnowledge' });
export type Knowledge = z.infer<typeof KnowledgeSchema>;

export const KnowledgeQuerySchema = pageQuery(['publishedOn', 'title'] as const).extend({
  q: z.string().trim().max(Limits.nameMax).optional().describe('words in simplified or traditional script'),
  category: z.enum(QUESTION_CATEGORIES).optional(),
});
export type KnowledgeQuery = z.output<typeof KnowledgeQuerySchema>;
export const KnowledgePageSchema = pageOf(KnowledgeSchema).meta({ id: 'ServicesKnowledgePage' });
export const KnowledgeImportRowSchema = KnowledgePublishSchema;

export const AssigneeSchema = z.object({ id: IdSchema, name: z.string(), orgId: IdSchema });
export type Assignee = z.infer<typeof AssigneeSchema>;
export const AssigneesSchema = z.object({ staff: z.array(AssigneeSchema), volunteers: z.array(AssigneeSchema) }).meta({ id: 'ServicesAssignees' });
