import { regionLevel } from '../../../common/region';
import { type TaskStatus, TASK_STATUSES } from '../../../common/tasks';
import { type Assessment, type Bonus, type Dashboard } from '../../../common/tasks-assessment';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import { type ExportSheet, writeWorkbook } from '../../platform/excel';
import { canManageTasks, dashboardPrefix, taskScope } from './tasks.policy';
import { SCORE_COLUMNS } from './tasks.workbook';
import { type AssessmentDeps, createAssessmentSupport } from './assessment-support.service';

/** Reading the assessment: the scores of a region and year, a bonus evidence file, the export and the dashboard. */
export function createAssessmentQueries(deps: AssessmentDeps) {
  const { db, repo, org, clock, files, plans } = deps;
  const { regionFor, view } = createAssessmentSupport(deps);

  const queries = {
    /** The assessment of a year: live scores while a draft, the stored ranking once final. */
    async get(actor: Actor, year: number, regionCode?: string): Promise<Assessment> {
      return view(db, regionFor(actor, regionCode), year);
    },

    async bonusFile(actor: Actor, bonusId: string) {
      const b = await repo.findBonus(db, bonusId);
      const a = b ? await repo.findById(db, b.assessment_id) : undefined;
      if (!b || !a || !canManageTasks(actor, a.region_code)) throw notFound('证明材料');
      return files.read(b.file_id);
    },

    async exportXlsx(actor: Actor, year: number, regionCode?: string): Promise<{ name: string; bytes: Buffer }> {
      const a = await queries.get(actor, year, regionCode);
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
  return queries;
}
