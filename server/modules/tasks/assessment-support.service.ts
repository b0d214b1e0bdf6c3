import type { Db } from '../../db/database';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { FileService } from '../../platform/files/file.service';
import type { OrgServices } from '../org/org.contract';
import type { PlanService } from './plan.service';
import type { AssessmentRepository } from './assessment.repository';
import { regionPrefix } from '../../../common/region';
import { type Assessment, type AssessmentRules, type Bonus, DEFAULT_RULES } from '../../../common/tasks-assessment';
import type { Actor } from '../../platform/access';
import { type Clock } from '../../platform/clock';
import { conflict, notFound } from '../../platform/errors';
import { canManageTasks } from './tasks.policy';
import { score } from './domain/task-rules';

/** What the assessment needs. */
export interface AssessmentDeps {
  /** The one definition of a plan's progress, shared with the plan list. */
  plans: Pick<PlanService, 'yearProgress'>;
  db: Db;
  repo: AssessmentRepository;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  files: FileService;
}

/** Helpers the queries and the commands share. */
export function createAssessmentSupport(deps: AssessmentDeps) {
  const { repo, org, clock } = deps;

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

  return { regionFor, bonusesOf, compute, view, draft };
}
