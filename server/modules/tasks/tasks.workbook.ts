import { z } from 'zod';
import { INDICATORS } from '../../../common/indicators';
import { Limits } from '../../../common/limits';
import { type TaskSummary, TaskFlagLabels, TaskStatusLabels, type WorkPlan } from '../../../common/tasks';
import { type Score } from '../../../common/tasks-assessment';
import { type Notice, NoticeStatusLabels, type ProgressReport, ReceiverKindLabels, ReportStatusLabels, type TaskBook } from '../../../common/tasks-progress';
import type { ExportColumn, ImportColumn } from '../../platform/excel';

const instant = (iso: string | null) => (iso ? new Date(iso) : null);

export const TASK_EXPORT_COLUMNS: ExportColumn<TaskSummary>[] = [
  { header: '工作要点', width: 30, value: (t) => t.workPlanTitle },
  { header: '编号', width: 12, value: (t) => t.path },
  { header: '任务名称', width: 50, value: (t) => t.title },
  { header: '牵头单位', width: 30, value: (t) => t.leadOrgName },
  { header: '配合单位', width: 40, value: (t) => t.supportOrgs.map((o) => o.name).join('、') },
  { header: '完成时限', width: 12, value: (t) => t.deadline },
  { header: '权重', width: 8, value: (t) => t.weight },
  { header: '进度(%)', width: 10, value: (t) => t.progress },
  { header: '状态', width: 10, value: (t) => TaskStatusLabels[t.status].zh },
  { header: '预警', width: 8, value: (t) => TaskFlagLabels[t.flag].zh },
  { header: '完成日期', width: 12, value: (t) => t.completedOn },
  { header: '目标指标', width: 24, value: (t) => t.indicatorName },
  { header: '目标值', width: 10, value: (t) => t.targetValue },
  { header: '实际值', width: 10, value: (t) => t.actualValue },
  { header: '单位', width: 8, value: (t) => t.indicatorUnit },
];

export const PLAN_EXPORT_COLUMNS: ExportColumn<WorkPlan>[] = [
  { header: '年度', width: 8, value: (p) => p.year },
  { header: '工作要点', width: 40, value: (p) => p.title },
  { header: '地区', width: 30, value: (p) => p.regionName },
  { header: '任务数', width: 10, value: (p) => p.taskCount },
  { header: '已完成', width: 10, value: (p) => p.completed },
  { header: '已逾期', width: 10, value: (p) => p.overdue },
  { header: '总体进度(%)', width: 12, value: (p) => p.progress },
];

export const PLAN_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'number', header: '编号', required: true, example: '一', note: '一、二…为一级；（一）（二）…为二级；1、2…为三级。按顺序排列，下级紧跟在其上级之后', width: 10 },
  { key: 'title', header: '任务名称', required: true, example: '聚焦发展新质生产力，健全产业知识产权协同发展机制', width: 50 },
  { key: 'description', header: '任务内容', width: 40 },
  { key: 'expectedOutcome', header: '预期成果', width: 30 },
  { key: 'leadOrg', header: '牵头单位', example: '市市场监管局', note: '系统中已有单位的全称或简称', width: 24 },
  { key: 'supportOrgs', header: '配合单位', example: '市科技局、市工信局', note: '多个单位用顿号分隔', width: 30 },
  { key: 'deadline', header: '完成时限', example: '2024-12-31', note: 'YYYY-MM-DD，或“2024年6月底”“年底”；“长期”表示不设时限', width: 14 },
  { key: 'weight', header: '权重', example: '1', note: '0–100 的整数，默认 1' },
  { key: 'indicator', header: '目标指标', note: `可填写指标目录中的名称（如 ${INDICATORS.slice(0, 3).map((i) => i.name).join('、')}）或其他指标`, width: 24 },
  { key: 'unit', header: '指标单位' },
  { key: 'target', header: '目标值' },
];

const optional = (max: number) => z.string().trim().max(max, `不能超过${max}个字符`).optional();
export const PlanImportRowSchema = z.object({
  number: z.string().trim().min(1),
  title: z.string().trim().min(1).max(500, '不能超过500个字符'),
  description: optional(Limits.textMax),
  expectedOutcome: optional(Limits.textMax),
  leadOrg: optional(Limits.nameMax),
  supportOrgs: optional(1000),
  deadline: optional(40),
  weight: z.coerce.number({ message: '权重应为数字' }).int('权重应为整数').min(0, '权重不能小于0').max(100, '权重不能大于100').optional(),
  indicator: optional(100),
  unit: optional(20),
  target: z.coerce.number({ message: '目标值应为数字' }).min(0, '目标值不能为负数').optional(),
});
export type PlanImportRow = z.output<typeof PlanImportRowSchema>;

export const PROGRESS_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'taskId', header: '任务ID', required: true, note: '请勿修改：由系统生成的模板带出', width: 38 },
  { key: 'path', header: '编号', width: 10 },
  { key: 'title', header: '任务名称', width: 50 },
  { key: 'deadline', header: '完成时限', width: 12 },
  { key: 'current', header: '当前进度(%)', width: 12 },
  { key: 'percent', header: '进度(%)', required: true, example: '60', note: '0–100 的整数', width: 10 },
  { key: 'narrative', header: '进展情况', required: true, example: '已完成运营中心验收材料报送', width: 50 },
  { key: 'actualValue', header: '实际值', note: '有目标值的任务可填写当前实际值', width: 10 },
];

export const ProgressImportRowSchema = z.object({
  taskId: z.uuid('任务ID无效，请使用系统导出的模板'),
  percent: z.coerce.number({ message: '进度应为数字' }).int('进度应为整数').min(0, '进度不能小于0').max(100, '进度不能大于100'),
  narrative: z.string().trim().min(1).max(Limits.textMax, `不能超过${Limits.textMax}个字符`),
  actualValue: z.coerce.number({ message: '实际值应为数字' }).min(0, '实际值不能为负数').optional(),
});
export type ProgressImportRow = z.output<typeof ProgressImportRowSchema>;

export const REPORT_COLUMNS: ExportColumn<ProgressReport>[] = [
  { header: '编号', width: 10, value: (r) => r.taskPath },
  { header: '任务名称', width: 44, value: (r) => r.taskTitle },
  { header: '报送单位', width: 28, value: (r) => r.orgName },
  { header: '进度(%)', width: 10, value: (r) => r.percent },
  { header: '进展情况', width: 60, value: (r) => r.narrative },
  { header: '状态', width: 10, value: (r) => ReportStatusLabels[r.status].zh },
  { header: '报送人', width: 16, value: (r) => r.reportedByName },
  { header: '报送时间', width: 20, value: (r) => instant(r.createdAt) },
  { header: '审核意见', width: 40, value: (r) => r.reviewComment },
];

export const NOTICE_COLUMNS: ExportColumn<Notice>[] = [
  { header: '督办单编号', width: 18, value: (n) => n.number },
  { header: '任务', width: 44, value: (n) => `${n.taskPath} ${n.taskTitle}` },
  { header: '责任单位', width: 28, value: (n) => n.orgName },
  { header: '督办事由', width: 40, value: (n) => n.reason },
  { header: '签发时间', width: 20, value: (n) => instant(n.issuedAt) },
  { header: '回复期限', width: 12, value: (n) => n.responseDue },
  { header: '状态', width: 12, value: (n) => NoticeStatusLabels[n.status].zh },
  { header: '升级次数', width: 10, value: (n) => n.level },
  { header: '回复', width: 40, value: (n) => n.response },
];

export const BOOK_COLUMNS: ExportColumn<TaskBook>[] = [
  { header: '任务书', width: 44, value: (b) => b.title },
  { header: '接收单位', width: 30, value: (b) => b.receiverOrgName },
  { header: '类别', width: 10, value: (b) => ReceiverKindLabels[b.receiverKind].zh },
  { header: '年度', width: 8, value: (b) => b.year },
  { header: '任务数', width: 8, value: (b) => b.taskCount },
  { header: '已完成', width: 8, value: (b) => b.completed },
  { header: '进度(%)', width: 10, value: (b) => b.progress },
  { header: '颁发时间', width: 20, value: (b) => instant(b.issuedAt) },
  { header: '签收时间', width: 20, value: (b) => instant(b.acknowledgedAt) },
];

export const SCORE_COLUMNS: ExportColumn<Score>[] = [
  { header: '排名', width: 8, value: (s) => s.rank },
  { header: '单位', width: 36, value: (s) => s.orgName },
  { header: '任务数', width: 8, value: (s) => s.tasks },
  { header: '按时完成', width: 10, value: (s) => s.onTime },
  { header: '逾期完成', width: 10, value: (s) => s.late },
  { header: '未完成', width: 10, value: (s) => s.notDone },
  { header: '基础分', width: 10, value: (s) => s.baseScore },
  { header: '加分', width: 8, value: (s) => s.bonus },
  { header: '总分', width: 10, value: (s) => s.total },
];
