import { z } from 'zod';
import { DateSchema, IdSchema, optionalText } from './conference';
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from './indicators';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { RegionCodeSchema } from './region';
import { Role } from './roles';

/** Roles that may use the tasks module; rows are then limited by data scope (liaisons: their unit's tasks). */
export const TasksAccess = {
  read: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.Liaison],
  /** Plans, task books, reviewing progress, supervision, adjustments and the assessment. */
  manage: [Role.Admin, Role.OfficeStaff],
  /** Report progress, answer notices, acknowledge task books, ask for adjustments: for the unit's own tasks. */
  report: [Role.OfficeStaff, Role.DistrictOffice, Role.Liaison],
} as const;

export const TaskStatusSchema = z.enum(['planned', 'inProgress', 'atRisk', 'overdue', 'completed', 'cancelled']);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;
export const TASK_STATUSES = TaskStatusSchema.options;
export const TaskStatusLabels: Record<TaskStatus, { zh: string; en: string; color: string }> = {
  planned: { zh: '未开始', en: 'Planned', color: 'default' },
  inProgress: { zh: '推进中', en: 'In progress', color: 'processing' },
  atRisk: { zh: '临期预警', en: 'At risk', color: 'warning' },
  overdue: { zh: '已逾期', en: 'Overdue', color: 'error' },
  completed: { zh: '已完成', en: 'Completed', color: 'success' },
  cancelled: { zh: '已取消', en: 'Cancelled', color: 'default' },
};
export const TaskFlagSchema = z.enum(['none', 'yellow', 'red']);
export type TaskFlag = z.infer<typeof TaskFlagSchema>;
export const TaskFlagLabels: Record<TaskFlag, { zh: string; en: string }> = {
  none: { zh: '正常', en: 'None' },
  yellow: { zh: '黄牌', en: 'Yellow' },
  red: { zh: '红牌', en: 'Red' },
};
/** A task turns yellow this many working days before its deadline, and red the day after it. */
export const YELLOW_WORKING_DAYS = 5;

export const DeadlineUnitSchema = z.enum(['calendarDays', 'workingDays']);
export type DeadlineUnit = z.infer<typeof DeadlineUnitSchema>;

const intText = (label: string, min: number, max: number) =>
  z.coerce.number({ message: `${label}应为数字` }).int(`${label}应为整数`).min(min, `${label}不能小于${min}`).max(max, `${label}不能大于${max}`);

/** A percentage of completion, 0–100. */
export const PercentSchema = intText('进度', 0, 100);
export const WeightSchema = intText('权重', 0, 100);

// ---------------------------------------------------------------- work plans

export const WorkPlanCreateSchema = z
  .object({
    regionCode: RegionCodeSchema,
    year: intText('年度', 2000, 2100),
    title: z.string().trim().min(1, '请填写工作要点名称').max(200, '不能超过200个字符'),
  })
  .meta({ id: 'WorkPlanCreate' });
export type WorkPlanCreate = z.output<typeof WorkPlanCreateSchema>;
export const WorkPlanUpdateSchema = WorkPlanCreateSchema.omit({ regionCode: true }).partial().meta({ id: 'WorkPlanUpdate' });
export type WorkPlanUpdate = z.output<typeof WorkPlanUpdateSchema>;

export const WorkPlanSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    year: z.number().int(),
    title: z.string(),
    taskCount: z.number().int(),
    completed: z.number().int(),
    overdue: z.number().int(),
    progress: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'WorkPlan' });
export type WorkPlan = z.infer<typeof WorkPlanSchema>;

export const WORK_PLAN_SORT_FIELDS = ['year', 'title', 'createdAt'] as const;
export const WorkPlanListQuerySchema = pageQuery(WORK_PLAN_SORT_FIELDS).extend({
  q: z.string().trim().max(100).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  regionCode: RegionCodeSchema.optional(),
});
export type WorkPlanListQuery = z.output<typeof WorkPlanListQuerySchema>;
export const WorkPlanPageSchema = pageOf(WorkPlanSchema).meta({ id: 'WorkPlanPage' });

// ---------------------------------------------------------------- key tasks

export const IndicatorIdSchema = z.enum(INDICATOR_IDS);
/** The catalogue entry of an indicator id. */
export function indicatorOf(id: string | null | undefined): (typeof INDICATORS)[number] | undefined {
  return INDICATORS.find((i) => i.id === id);
}

const targetFields = {
  indicatorId: IndicatorIdSchema.nullable().optional().describe('an indicator of the catalogue (common/indicators.ts), or null for free text'),
  indicatorName: optionalText(100).describe('free-text indicator name when indicatorId is not set'),
  indicatorUnit: optionalText(20),
  targetValue: z.coerce.number({ message: '目标值应为数字' }).min(0, '目标值不能为负数').nullable().optional(),
};

const taskFields = {
  title: z.string().trim().min(1, '请填写任务名称').max(500, '不能超过500个字符'),
  description: optionalText(Limits.textMax),
  expectedOutcome: optionalText(Limits.textMax),
  leadOrgId: IdSchema.nullable().optional(),
  supportOrgIds: z.array(IdSchema).max(50).default([]),
  deadline: DateSchema.nullable().optional(),
  weight: WeightSchema.default(1),
  ...targetFields,
};

/** A deadline given as a length from a start day instead of a date (e.g. 30 working days from the meeting). */
export const DeadlineRuleSchema = z.object({ from: DateSchema, length: intText('期限', 1, 3650), unit: DeadlineUnitSchema });
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

export const TaskCreateSchema = z
  .object({ workPlanId: IdSchema, parentId: IdSchema.nullable().optional(), ...taskFields, deadlineRule: DeadlineRuleSchema.nullable().optional() })
  .meta({ id: 'TaskCreate' });
export type TaskCreate = z.output<typeof TaskCreateSchema>;
export type TaskCreateInput = z.input<typeof TaskCreateSchema>;
export const TaskUpdateSchema = z
  .object({ ...taskFields, supportOrgIds: z.array(IdSchema).max(50), weight: WeightSchema })
  .partial()
  .meta({ id: 'TaskUpdate' });
export type TaskUpdate = z.output<typeof TaskUpdateSchema>;

/** Turns a meeting's resolution into a key task in one step. */
export const TaskFromResolutionSchema = z
  .object({
    resolutionId: IdSchema,
    workPlanId: IdSchema,
    parentId: IdSchema.nullable().optional(),
    title: z.string().trim().max(500).optional().describe('defaults to the resolution text'),
    leadOrgId: IdSchema.nullable().optional(),
    supportOrgIds: z.array(IdSchema).max(50).default([]),
    deadline: DateSchema.nullable().optional(),
    deadlineRule: DeadlineRuleSchema.nullable().optional(),
    weight: WeightSchema.default(1),
  })
  .meta({ id: 'TaskFromResolution' });
export type TaskFromResolution = z.output<typeof TaskFromResolutionSchema>;

export const TaskSummarySchema = z
  .object({
    id: z.string(),
    workPlanId: z.string(),
    workPlanTitle: z.string(),
    year: z.number().int(),
    parentId: z.string().nullable(),
    level: z.number().int(),
    number: z.string(),
    path: z.string().describe('full number, e.g. 一（二）3'),
    title: z.string(),
    regionCode: z.string(),
    leadOrgId: z.string().nullable(),
    leadOrgName: z.string().nullable(),
    supportOrgs: z.array(z.object({ id: z.string(), name: z.string() })),
    deadline: z.string().nullable(),
    weight: z.number().int(),
    progress: z.number().int(),
    status: TaskStatusSchema,
    flag: TaskFlagSchema,
    completedOn: z.string().nullable(),
    indicatorId: z.string().nullable(),
    indicatorName: z.string().nullable(),
    indicatorUnit: z.string().nullable(),
    targetValue: z.number().nullable(),
    actualValue: z.number().nullable(),
    hasChildren: z.boolean(),
    pendingReports: z.number().int(),
    openNotices: z.number().int(),
  })
  .meta({ id: 'TaskSummary' });
export type TaskSummary = z.infer<typeof TaskSummarySchema>;

export const TaskSchema = TaskSummarySchema.extend({
  description: z.string().nullable(),
  expectedOutcome: z.string().nullable(),
  sourceMeetingId: z.string().nullable(),
  sourceResolutionId: z.string().nullable(),
  children: z.array(TaskSummarySchema),
  canReport: z.boolean(),
  canManage: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Task' });
export type Task = z.infer<typeof TaskSchema>;

export const TASK_SORT_FIELDS = ['number', 'deadline', 'progress', 'status', 'title', 'leadOrg'] as const;
const listOf = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));
export const TaskListQuerySchema = pageQuery(TASK_SORT_FIELDS).extend({
  q: z.string().trim().max(100).optional(),
  workPlanId: IdSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: listOf(TaskStatusSchema),
  flag: TaskFlagSchema.optional(),
  leadOrgId: IdSchema.optional(),
  regionCode: RegionCodeSchema.optional(),
  mine: z.enum(['true', 'false']).optional().describe('true: tasks my unit leads or supports'),
  leavesOnly: z.enum(['true', 'false']).optional(),
  dueBefore: DateSchema.optional(),
  meetingId: IdSchema.optional().describe("tasks made from this meeting's resolutions"),
});
export type TaskListQuery = z.output<typeof TaskListQuerySchema>;
export const TaskPageSchema = pageOf(TaskSummarySchema).meta({ id: 'TaskPage' });

/** The chinese ordinal of a level-1 number (1 → 一, 12 → 十二). */
export function chineseNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n <= 10) return n === 10 ? '十' : digits[n];
  if (n < 20) return '十' + digits[n - 10];
  if (n < 100) return digits[Math.floor(n / 10)] + '十' + (n % 10 ? digits[n % 10] : '');
  return String(n);
}

/** The number of a task at a level, as work plans write it: 一、 (一) 1. */
export function taskNumber(level: number, position: number): string {
  if (level === 1) return chineseNumber(position);
  if (level === 2) return `（${chineseNumber(position)}）`;
  return String(position);
}

export type { IndicatorId };
