import { regionLevel, regionPrefix } from '../../../common/region';
import { type TaskStatus, TASK_STATUSES } from '../../../common/tasks';
import { type Assessment, type AssessmentRules, type Bonus, type BonusCreate, type Dashboard, DEFAULT_RULES } from '../../../common/tasks-assessment';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { conflict, fieldError, notFound } from '../../platform/errors';
import { type ExportSheet, writeWorkbook } from '../../platform/excel';
import type { FileService } from '../../platform/files/file.service';
import type { OrgServices } from '../org/org.contract';
import type { AssessmentRepository } from './assessment.repository';
import type { PlanService } from './plan.service';
import { canManageTasks, dashboardPrefix, taskScope } from './tasks.policy';
import { score } from './task-rules';
import { SCORE_COLUMNS } from './tasks-excel';
import { inTransaction } from '../../db/unit-of-work';

/** Year-end assessment of member units, and the dashboards of key tasks. */
export function createAssessmentService(deps: { db: Db; repo: AssessmentRepository; org: OrgServices; audit: AuditWriter; clock: Clock; files: FileService; plans: Pick<PlanService, 'yearProgress'> }) {
  const { db, repo, org, audit, clock, files, plans } = deps;

  function regionFor(actor: Actor, asked: string | undefined): string {
    const code = asked ?? actor.regionCode;
    if (!canManageTasks(actor, code)) throw notFound('考核');
    return code;
  }

  async function bonusesOf(trx: Db, id: string | null): Promise<Bonus[]> {
    if (!id) return [];
    return (await repo.bonuses(trx, id)).map((b) => ({ id: b.id, orgId: b.org_id, orgName: b.org_name, points: b.points, reason: b.reason, file: { id: b.file_id, name: b.file_name, size: b.file_size }, createdAt: b.created_at.toISOString() }));
  }

  /** Scores computed now from the tasks and bonus items. */
  async function compute(trx: Db, regionCode: string, year: number, rules: AssessmentRules, assessmentId: string | null) {
    const tasks = await repo.scoredTasks(trx, regionPrefix(regionCode), year);
    const bonuses = await bonusesOf(trx, assessmentId);
    const names = new Map([...tasks.map((t) => [t.org_id!, t.org_name] as const), ...bonuses.map((b) => [b.orgId, b.orgName] as const)]);
    return { scores: score(tasks.map((t) => ({ orgId: t.org_id!, weight: t.weight, deadline: t.deadline, completedOn: t.completed_on })), bonuses, rules, names), bonuses };
  }

  async function view(trx: Db, regionCode: string, year: number): Promise<Assessment> {
    const row = await repo.find(trx, regionCode, year);
    const rules = row?.rules ?? DEFAULT_RULES;
    const base = { year, regionCode, regionName: org.regions.fullName(regionCode), rules };
    if (row?.status === 'final') {
      const scores = (await repo.scores(trx, row.id)).map((s) => ({ rank: s.rank, orgId: s.org_id, orgName: s.org_name, tasks: s.tasks, onTime: s.on_time, late: s.late, notDone: s.not_done, weight: s.weight, baseScore: s.base_score, bonus: s.bonus, total: s.total }));
      return { ...base, id: row.id, status: 'final', computedAt: row.computed_at.toISOString(), finalisedAt: row.finalised_at?.toISOString() ?? null, scores, bonuses: await bonusesOf(trx, row.id) };
    }
    const { scores, bonuses } = await compute(trx, regionCode, year, rules, row?.id ?? null);
    return { ...base, id: row?.id ?? null, status: 'draft', computedAt: clock.now().toISOString(), finalisedAt: null, scores, bonuses };
  }

  async function draft(trx: Db, actor: Actor, id: string) {
    const a = await repo.findById(trx, id);
    if (!a || !canManageTasks(actor, a.region_code)) throw notFound('考核');
    if (a.status === 'final') throw conflict('考核结果已确定，不能再修改');
    return a;
  }

  return {
    /** The assessment of a year: live scores while a draft, the stored ranking once final. */
    async get(actor: Actor, year: number, regionCode?: string): Promise<Assessment> {
      return view(db, regionFor(actor, regionCode), year);
    },

    /** Saves the rules of a year's assessment (creating it when needed) and stores the current ranking. */
    async save(actor: Actor, year: number, regionCode: string, rules: AssessmentRules | undefined): Promise<Assessment> {
      regionFor(actor, regionCode);
      return inTransaction(db, async (trx) => {
        const existing = await repo.find(trx, regionCode, year);
        if (existing?.status === 'final') throw conflict('考核结果已确定，不能再修改');
        const r = rules ?? existing?.rules ?? DEFAULT_RULES;
        const id = await repo.upsert(trx, { region_code: regionCode, year, rules: r, created_by: actor.userId }, clock.now());
        const { scores } = await compute(trx, regionCode, year, r, id);
        await repo.setScores(trx, id, scores);
        await audit.record(trx, actor, { action: existing ? 'update' : 'create', entityType: 'assessment', entityId: id, after: { year, regionCode, rules: r, units: scores.length } });
        return view(trx, regionCode, year);
      });
    },

    /** Adds a bonus item backed by an evidence file the caller uploaded. */
    async addBonus(actor: Actor, id: string, input: BonusCreate): Promise<Assessment> {
      await files.readOwn(actor, input.fileId).catch(() => {
        throw fieldError('fileId', '请上传加分项的证明材料');
      });
      const [unit] = await org.orgs.lookup(null, [input.orgId]);
      if (!unit) throw fieldError('orgId', '单位不存在');
      return inTransaction(db, async (trx) => {
        const a = await draft(trx, actor, id);
        const bid = await repo.insertBonus(trx, { assessment_id: id, org_id: input.orgId, points: input.points, reason: input.reason, file_id: input.fileId, created_by: actor.userId }, clock.now());
        await audit.record(trx, actor, { action: 'addBonus', entityType: 'assessment', entityId: id, after: { bonusId: bid, org: unit.name, points: input.points, reason: input.reason } });
        const { scores } = await compute(trx, a.region_code, a.year, a.rules, id);
        await repo.setScores(trx, id, scores);
        return view(trx, a.region_code, a.year);
      });
    },

    async removeBonus(actor: Actor, bonusId: string): Promise<Assessment> {
      return inTransaction(db, async (trx) => {
        const b = await repo.findBonus(trx, bonusId);
        if (!b) throw notFound('加分项');
        const a = await draft(trx, actor, b.assessment_id);
        await repo.deleteBonus(trx, bonusId);
        await audit.record(trx, actor, { action: 'removeBonus', entityType: 'assessment', entityId: a.id, before: { bonusId, points: b.points, reason: b.reason } });
        return view(trx, a.region_code, a.year);
      });
    },

    async bonusFile(actor: Actor, bonusId: string) {
      const b = await repo.findBonus(db, bonusId);
      const a = b ? await repo.findById(db, b.assessment_id) : undefined;
      if (!b || !a || !canManageTasks(actor, a.region_code)) throw notFound('证明材料');
      return files.read(b.file_id);
    },

    /** Fixes the ranking: it is stored and no longer changes with the tasks. */
    async finalise(actor: Actor, id: string): Promise<Assessment> {
      return inTransaction(db, async (trx) => {
        const a = await draft(trx, actor, id);
        const { scores } = await compute(trx, a.region_code, a.year, a.rules, id);
        await repo.setScores(trx, id, scores);
        await repo.finalise(trx, id, clock.now());
        await audit.record(trx, actor, { action: 'finalise', entityType: 'assessment', entityId: id, after: { year: a.year, ranking: scores.slice(0, 10).map((s) => `${s.rank}. ${s.orgName} ${s.total}`) } });
        return view(trx, a.region_code, a.year);
      });
    },

    async exportXlsx(actor: Actor, year: number, regionCode?: string): Promise<{ name: string; bytes: Buffer }> {
      const a = await this.get(actor, year, regionCode);
      const bytes = await writeWorkbook([
        { name: `${year}年度考核排名`, columns: SCORE_COLUMNS, rows: a.scores },
        {
          name: '加分项',
          columns: [
            { header: '单位', width: 36, value: (b: Bonus) => b.orgName },
            { header: '加分', width: 8, value: (b: Bonus) => b.points },
            { header: '事由', width: 50, value: (b: Bonus) => b.reason },
            { header: '证明材料', width: 30, value: (b: Bonus) => b.file.name },
          ],
          rows: a.bonuses,
        },
      ] as unknown as ExportSheet<unknown>[]);
      return { name: `${a.regionName}${year}年度知识产权重点任务考核.xlsx`, bytes };
    },

    /** Progress by unit and district, the overdue ranking and the review queues, for a year. */
    async dashboard(actor: Actor, year?: number, regionCode?: string): Promise<Dashboard> {
      const today = chinaDate(clock.now());
      const y = year ?? Number(today.slice(0, 4));
      const code = regionCode ?? actor.regionCode;
      const prefix = dashboardPrefix(actor, code);
      const visible = taskScope(actor);
      const [totals, units, districts, overdue, queues, yearPlans] = await Promise.all([
        repo.totals(db, y, prefix, visible),
        repo.byUnit(db, y, prefix, visible),
        repo.byDistrict(db, y, prefix, visible),
        repo.overdueRanking(db, y, prefix, today, visible, 20),
        repo.queueCounts(db, y, prefix, visible),
        plans.yearProgress(actor, y, prefix),
      ]);
      const byStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
      for (const t of totals) byStatus[t.status as TaskStatus] = Number(t.n);
      return {
        year: y,
        regionCode: code,
        totals: { tasks: totals.reduce((s, t) => s + Number(t.n), 0), byStatus, progress: yearPlans.progress, pendingReports: Number(queues.reports), openNotices: Number(queues.notices), pendingAdjustments: Number(queues.adjustments) },
        plans: yearPlans.plans.map((p) => ({ id: p.id, title: p.title, progress: p.progress })),
        byUnit: units.map((u) => ({ orgId: u.org_id!, orgName: u.org_name, tasks: Number(u.tasks), completed: Number(u.completed), overdue: Number(u.overdue), atRisk: Number(u.at_risk), progress: Number(u.progress) })),
        byDistrict: districts.map((d) => ({
          regionCode: d.region_code,
          regionName: regionLevel(d.region_code) === 'county' ? org.regions.name(d.region_code) : `${org.regions.name(d.region_code)}（市本级）`,
          tasks: Number(d.tasks),
          completed: Number(d.completed),
          overdue: Number(d.overdue),
          progress: Number(d.progress),
        })),
        overdueRanking: overdue.map((o) => ({ orgId: o.org_id!, orgName: o.org_name, overdue: Number(o.overdue), daysOverdue: Number(o.days_overdue), openNotices: Number(o.open_notices) })),
      };
    },
  };
}
export type AssessmentService = ReturnType<typeof createAssessmentService>;
