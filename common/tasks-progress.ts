import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';
import { PercentSchema } from './tasks';

// ---------------------------------------------------------------- progress reports

export const ReportStatusSchema = z.enum(['submitted', 'accepted', 'returned']);
export type ReportStatus = z.infer<typeof ReportStatusSchema>;
export const ReportStatusLabels: Record<ReportStatus, { zh: string; en: string; color: string }> = {
  submitted: { zh: '待审核', en: 'Awaiting review', color: 'processing' },
  accepted: { zh: '已采纳', en: 'Accepted', color: 'success' },
  returned: { zh: '已退回', en: 'Returned', color: 'error' },
};

export const ProgressReportCreateSchema = z
  .object({
    percent: PercentSchema,
    narrative: z.string().trim().min(1, '请填写进展情况').max(Limits.textMax, `不能超过${Limits.textMax}个字符`),
    actualValue: z.coerce.number({ message: '实际值应为数字' }).min(0, '实际值不能为负数').nullable().optional(),
    fileIds: z.array(IdSchema).max(10, '最多10个证明材料').default([]),
  })
  .meta({ id: 'ProgressReportCreate' });
export type ProgressReportCreate = z.output<typeof ProgressReportCreateSchema>;

export const ReviewSchema = z.object({ comment: optionalText(Limits.textMax) }).meta({ id: 'Review' });
export const ReturnSchema = z
  .object({ comment: z.string().trim().min(1, '退回时请写明原因').max(Limits.textMax) })
  .meta({ id: 'ReturnReport' });
export type ReturnReport = z.output<typeof ReturnSchema>;

export const FileRefSchema = z.object({ id: z.string(), name: z.string(), size: z.number().int() });
export const ProgressReportSchema = z
  .object({
    id: z.string(),
    taskId: z.string(),
    taskTitle: z.string(),
    taskPath: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    percent: z.number().int(),
    narrative: z.string(),
    actualValue: z.number().nullable(),
    status: ReportStatusSchema,
    reportedByName: z.string().nullable(),
    createdAt: z.string(),
    reviewComment: z.string().nullable(),
    reviewedByName: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    files: z.array(FileRefSchema),
  })
  .meta({ id: 'ProgressReport' });
export type ProgressReport = z.infer<typeof ProgressReportSchema>;

export const REPORT_SORT_FIELDS = ['createdAt', 'percent', 'status'] as const;
export const ReportListQuerySchema = pageQuery(REPORT_SORT_FIELDS).extend({
  status: ReportStatusSchema.optional(),
  taskId: IdSchema.optional(),
  orgId: IdSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ReportListQuery = z.output<typeof ReportListQuerySchema>;
export const ReportPageSchema = pageOf(ProgressReportSchema).meta({ id: 'ProgressReportPage' });

// ---------------------------------------------------------------- supervision

export const NoticeStatusSchema = z.enum(['open', 'responded', 'escalated', 'closed']);
export type NoticeStatus = z.infer<typeof NoticeStatusSchema>;
export const NoticeStatusLabels: Record<NoticeStatus, { zh: string; en: string; color: string }> = {
  open: { zh: '待回复', en: 'Awaiting response', color: 'warning' },
  responded: { zh: '已回复', en: 'Responded', color: 'processing' },
  escalated: { zh: '已升级督办', en: 'Escalated', color: 'error' },
  closed: { zh: '已办结', en: 'Closed', color: 'success' },
};
/** Working days a unit has to answer a supervision notice, and more after each escalation. */
export const NOTICE_RESPONSE_WORKING_DAYS = 5;
export const ESCALATION_RESPONSE_WORKING_DAYS = 3;
export const MAX_ESCALATION_LEVEL = 2;

export const NoticeCreateSchema = z
  .object({
    reason: z.string().trim().min(1, '请填写督办事由').max(Limits.textMax),
    requirement: optionalText(Limits.textMax),
    responseDays: z.coerce.number().int().min(1, '回复期限至少1个工作日').max(60).default(NOTICE_RESPONSE_WORKING_DAYS),
  })
  .meta({ id: 'NoticeCreate' });
export type NoticeCreate = z.output<typeof NoticeCreateSchema>;
export const NoticeRespondSchema = z
  .object({ response: z.string().trim().min(1, '请填写回复内容').max(Limits.textMax) })
  .meta({ id: 'NoticeRespond' });
export type NoticeRespond = z.output<typeof NoticeRespondSchema>;

export const NoticeSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    taskId: z.string(),
    taskTitle: z.string(),
    taskPath: z.string(),
    orgId: z.string().nullable(),
    orgName: z.string().nullable(),
    kind: z.enum(['auto', 'manual']),
    reason: z.string(),
    requirement: z.string().nullable(),
    issuedAt: z.string(),
    issuedByName: z.string().nullable(),
    responseDue: z.string(),
    status: NoticeStatusSchema,
    level: z.number().int(),
    escalatedAt: z.string().nullable(),
    response: z.string().nullable(),
    respondedAt: z.string().nullable(),
    respondedByName: z.string().nullable(),
  })
  .meta({ id: 'SupervisionNotice' });
export type Notice = z.infer<typeof NoticeSchema>;

export const NOTICE_SORT_FIELDS = ['issuedAt', 'responseDue', 'level', 'status'] as const;
export const NoticeListQuerySchema = pageQuery(NOTICE_SORT_FIELDS).extend({
  status: NoticeStatusSchema.optional(),
  taskId: IdSchema.optional(),
  orgId: IdSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type NoticeListQuery = z.output<typeof NoticeListQuerySchema>;
export const NoticePageSchema = pageOf(NoticeSchema).meta({ id: 'NoticePage' });

// ---------------------------------------------------------------- leader comments and adjustments

export const CommentCreateSchema = z
  .object({
    authorName: z.string().trim().min(1, '请填写批示领导').max(Limits.personNameMax),
    authorTitle: optionalText(Limits.titleMax),
    body: z.string().trim().min(1, '请填写批示内容').max(Limits.textMax),
  })
  .meta({ id: 'CommentCreate' });
export type CommentCreate = z.output<typeof CommentCreateSchema>;
export const CommentSchema = z
  .object({ id: z.string(), taskId: z.string(), authorName: z.string(), authorTitle: z.string().nullable(), body: z.string(), createdAt: z.string(), createdByName: z.string().nullable() })
  .meta({ id: 'LeaderComment' });
export type Comment = z.infer<typeof CommentSchema>;

export const AdjustmentKindSchema = z.enum(['deadline', 'target']);
export type AdjustmentKind = z.infer<typeof AdjustmentKindSchema>;
export const AdjustmentKindLabels: Record<AdjustmentKind, { zh: string; en: string }> = {
  deadline: { zh: '调整完成时限', en: 'Deadline' },
  target: { zh: '调整目标值', en: 'Target' },
};
export const AdjustmentStatusSchema = z.enum(['pending', 'approved', 'refused']);
export type AdjustmentStatus = z.infer<typeof AdjustmentStatusSchema>;
export const AdjustmentStatusLabels: Record<AdjustmentStatus, { zh: string; en: string; color: string }> = {
  pending: { zh: '待审批', en: 'Pending', color: 'processing' },
  approved: { zh: '已同意', en: 'Approved', color: 'success' },
  refused: { zh: '未同意', en: 'Refused', color: 'error' },
};

export const AdjustmentCreateSchema = z
  .object({
    kind: AdjustmentKindSchema,
    newDeadline: DateSchema.nullable().optional(),
    newTargetValue: z.coerce.number({ message: '目标值应为数字' }).min(0, '目标值不能为负数').nullable().optional(),
    reason: z.string().trim().min(1, '请说明调整理由').max(Limits.textMax),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'deadline' && !v.newDeadline) ctx.addIssue({ code: 'custom', path: ['newDeadline'], message: '请填写新的完成时限' });
    if (v.kind === 'target' && (v.newTargetValue === null || v.newTargetValue === undefined)) ctx.addIssue({ code: 'custom', path: ['newTargetValue'], message: '请填写新的目标值' });
  })
  .meta({ id: 'AdjustmentCreate' });
export type AdjustmentCreate = z.output<typeof AdjustmentCreateSchema>;

export const AdjustmentSchema = z
  .object({
    id: z.string(),
    taskId: z.string(),
    taskTitle: z.string(),
    taskPath: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    kind: AdjustmentKindSchema,
    oldDeadline: z.string().nullable(),
    newDeadline: z.string().nullable(),
    oldTargetValue: z.number().nullable(),
    newTargetValue: z.number().nullable(),
    reason: z.string(),
    status: AdjustmentStatusSchema,
    requestedByName: z.string().nullable(),
    createdAt: z.string(),
    decidedByName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionComment: z.string().nullable(),
  })
  .meta({ id: 'Adjustment' });
export type Adjustment = z.infer<typeof AdjustmentSchema>;
export const AdjustmentListQuerySchema = pageQuery(['createdAt', 'status'] as const).extend({
  status: AdjustmentStatusSchema.optional(),
  taskId: IdSchema.optional(),
});
export type AdjustmentListQuery = z.output<typeof AdjustmentListQuerySchema>;
export const AdjustmentPageSchema = pageOf(AdjustmentSchema).meta({ id: 'AdjustmentPage' });

// ---------------------------------------------------------------- task books

export const ReceiverKindSchema = z.enum(['unit', 'district']);
export type ReceiverKind = z.infer<typeof ReceiverKindSchema>;
export const ReceiverKindLabels: Record<ReceiverKind, { zh: string; en: string }> = {
  unit: { zh: '成员单位', en: 'Member unit' },
  district: { zh: '区', en: 'District' },
};

export const TaskBookCreateSchema = z
  .object({
    title: z.string().trim().min(1, '请填写任务书名称').max(200),
    workPlanId: IdSchema.nullable().optional(),
    receiverOrgId: IdSchema,
    receiverKind: ReceiverKindSchema.default('unit'),
    taskIds: z.array(IdSchema).min(1, '请至少选择一项任务').max(500),
    note: optionalText(Limits.textMax),
  })
  .meta({ id: 'TaskBookCreate' });
export type TaskBookCreate = z.output<typeof TaskBookCreateSchema>;

export const TaskBookSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    year: z.number().int(),
    regionCode: z.string(),
    regionName: z.string(),
    workPlanId: z.string().nullable(),
    receiverOrgId: z.string(),
    receiverOrgName: z.string(),
    receiverKind: ReceiverKindSchema,
    note: z.string().nullable(),
    issuedAt: z.string(),
    issuedByName: z.string().nullable(),
    acknowledgedAt: z.string().nullable(),
    acknowledgedByName: z.string().nullable(),
    taskCount: z.number().int(),
    completed: z.number().int(),
    progress: z.number().int(),
  })
  .meta({ id: 'TaskBook' });
export type TaskBook = z.infer<typeof TaskBookSchema>;

export const TASK_BOOK_SORT_FIELDS = ['issuedAt', 'title', 'receiver'] as const;
export const TaskBookListQuerySchema = pageQuery(TASK_BOOK_SORT_FIELDS).extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  regionCode: RegionCodeSchema.optional(),
  acknowledged: z.enum(['true', 'false']).optional(),
  receiverOrgId: IdSchema.optional().describe('task books issued to this unit'),
  q: z.string().trim().max(100).optional(),
});
export type TaskBookListQuery = z.output<typeof TaskBookListQuerySchema>;
export const TaskBookPageSchema = pageOf(TaskBookSchema).meta({ id: 'TaskBookPage' });
