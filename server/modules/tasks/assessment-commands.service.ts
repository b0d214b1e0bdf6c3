import { type Assessment, type AssessmentRules, type BonusCreate, DEFAULT_RULES } from '../../../common/tasks-assessment';
import type { Actor } from '../../platform/access';
import { conflict, fieldError, notFound } from '../../platform/errors';
import { inTransaction } from '../../db/unit-of-work';
import { type AssessmentDeps, createAssessmentSupport } from './assessment-support.service';

/** Running the assessment: save its rules, add and remove bonus items, finalise it. */
export function createAssessmentCommands(deps: AssessmentDeps) {
  const { db, repo, org, audit, clock, files } = deps;
  const { regionFor, compute, view, draft } = createAssessmentSupport(deps);

  const commands = {
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
  };
  return commands;
}
