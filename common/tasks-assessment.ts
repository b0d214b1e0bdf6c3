import { z } from 'zod';
import { IdSchema } from './conference';
import { Limits } from './limits';
import { RegionCodeSchema } from './region';
import { TaskStatusSchema } from './tasks';

// ---------------------------------------------------------------- year-end assessment

/** How a unit's tasks score: the share of the weight earned by tasks done on time, late, or not done. */
export const AssessmentRulesSchema = z
  .object({
    onTime: z.coerce.number().min(0).max(1).default(1),
    late: z.coerce.number().min(0).max(1).default(0.6),
    notDone: z.coerce.number().min(0).max(1).default(0),
    bonusCap: z.coerce.number().min(0, '加分上限不能为负数').max(50, '加分上限不能超过50分').default(10),
  })
  .meta({ id: 'AssessmentRules' });
export type AssessmentRules = z.output<typeof AssessmentRulesSchema>;
export const DEFAULT_RULES: AssessmentRules = { onTime: 1, late: 0.6, notDone: 0, bonusCap: 10 };

export const AssessmentQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  regionCode: RegionCodeSchema.optional(),
});
export const AssessmentCreateSchema = z
  .object({ year: z.coerce.number().int().min(2000).max(2100), regionCode: RegionCodeSchema, rules: AssessmentRulesSchema.optional() })
  .meta({ id: 'AssessmentCreate' });
export type AssessmentCreate = z.output<typeof AssessmentCreateSchema>;

export const BonusCreateSchema = z
  .object({
    orgId: IdSchema,
    points: z.coerce.number({ message: '加分应为数字' }).gt(0, '加分应大于0').max(20, '单项加分不能超过20分'),
    reason: z.string().trim().min(1, '请填写加分事由').max(Limits.textMax),
    fileId: IdSchema.describe('evidence: a file uploaded through POST /api/v1/platform/files'),
  })
  .meta({ id: 'BonusCreate' });
export type BonusCreate = z.output<typeof BonusCreateSchema>;

export const BonusSchema = z
  .object({ id: z.string(), orgId: z.string(), orgName: z.string(), points: z.number(), reason: z.string(), file: z.object({ id: z.string(), name: z.string(), size: z.number().int() }), createdAt: z.string() })
  .meta({ id: 'BonusItem' });
export type Bonus = z.infer<typeof BonusSchema>;

export const ScoreSchema = z
  .object({
    rank: z.number().int(),
    orgId: z.string(),
    orgName: z.string(),
    tasks: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    notDone: z.number().int(),
    weight: z.number(),
    baseScore: z.number(),
    bonus: z.number(),
    total: z.number(),
  })
  .meta({ id: 'AssessmentScore' });
export type Score = z.infer<typeof ScoreSchema>;

export const AssessmentSchema = z
  .object({
    id: z.string().nullable().describe('null until the assessment is saved'),
    year: z.number().int(),
    regionCode: z.string(),
    regionName: z.string(),
    status: z.enum(['draft', 'final']),
    rules: AssessmentRulesSchema,
    computedAt: z.string(),
    finalisedAt: z.string().nullable(),
    scores: z.array(ScoreSchema),
    bonuses: z.array(BonusSchema),
  })
  .meta({ id: 'Assessment' });
export type Assessment = z.infer<typeof AssessmentSchema>;

// ---------------------------------------------------------------- dashboard

export const DashboardQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  regionCode: RegionCodeSchema.optional(),
});

export const UnitProgressSchema = z.object({
  orgId: z.string(),
  orgName: z.string(),
  tasks: z.number().int(),
  completed: z.number().int(),
  overdue: z.number().int(),
  atRisk: z.number().int(),
  progress: z.number().int().describe('weighted average progress'),
});
export type UnitProgress = z.infer<typeof UnitProgressSchema>;
export const DistrictProgressSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  tasks: z.number().int(),
  completed: z.number().int(),
  overdue: z.number().int(),
  progress: z.number().int(),
});
export type DistrictProgress = z.infer<typeof DistrictProgressSchema>;
export const OverdueRankSchema = z.object({
  orgId: z.string(),
  orgName: z.string(),
  overdue: z.number().int(),
  daysOverdue: z.number().int().describe('sum of days past the deadline of its overdue tasks'),
  openNotices: z.number().int(),
});
export type OverdueRank = z.infer<typeof OverdueRankSchema>;

export const DashboardSchema = z
  .object({
    year: z.number().int(),
    regionCode: z.string(),
    totals: z.object({
      tasks: z.number().int(),
      byStatus: z.record(TaskStatusSchema, z.number().int()),
      progress: z.number().int(),
      pendingReports: z.number().int(),
      openNotices: z.number().int(),
      pendingAdjustments: z.number().int(),
    }),
    /** The year's work plans in the region, each with the progress the plan list shows; totals.progress is theirs taken together. */
    plans: z.array(z.object({ id: z.string(), title: z.string(), progress: z.number().int() })),
    byUnit: z.array(UnitProgressSchema),
    byDistrict: z.array(DistrictProgressSchema),
    overdueRanking: z.array(OverdueRankSchema),
  })
  .meta({ id: 'TasksDashboard' });
export type Dashboard = z.infer<typeof DashboardSchema>;

// ---------------------------------------------------------------- importing a plan from pasted text

export const PlanTextSchema = z
  .object({
    text: z.string().min(1, '请粘贴工作要点正文').max(200_000, '正文过长'),
    dryRun: z.boolean().default(false),
  })
  .meta({ id: 'PlanText' });

export const ParsedTaskSchema = z.object({
  line: z.number().int(),
  level: z.number().int(),
  number: z.string(),
  title: z.string(),
  leadOrgName: z.string().nullable(),
  supportOrgNames: z.array(z.string()),
  deadline: z.string().nullable(),
});
export type ParsedTask = z.infer<typeof ParsedTaskSchema>;
export const PlanTextResultSchema = z
  .object({ created: z.number().int(), tasks: z.array(ParsedTaskSchema) })
  .meta({ id: 'PlanTextResult' });
