import type { Job } from '../../../common/jobs';
import type { StatsSettings } from '../../../common/stats';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { JobService } from '../../platform/jobs/job.service';
import { type ComputeService, PLEDGE_THRESHOLD_KEY } from './compute.service';
import type { SettingRepository } from './setting.repository';
import { inTransaction } from '../../db/unit-of-work';

/** The module's parameters (the high-value pledge threshold) and full recomputes. */
export function createStatsSettingsService(deps: { db: Db; repo: SettingRepository; compute: ComputeService; audit: AuditWriter; clock: Clock; jobs: JobService }) {
  const { db, repo, compute, audit, clock, jobs } = deps;
  return {
    async get(): Promise<StatsSettings> {
      return { pledgeThresholdYuan: await compute.thresholdYuan(db) };
    },

    /** Changes the threshold, then recomputes every indicator with it (a job). */
    async update(actor: Actor, input: StatsSettings): Promise<Job> {
      await inTransaction(db, async (trx) => {
        const before = await compute.thresholdYuan(trx);
        await repo.set(trx, PLEDGE_THRESHOLD_KEY, input.pledgeThresholdYuan, clock.now());
        await audit.record(trx, actor, { action: 'update', entityType: 'statsSettings', entityId: PLEDGE_THRESHOLD_KEY, before: { pledgeThresholdYuan: before }, after: input });
      });
      return this.recompute(actor);
    },

    /** Rebuilds every fact and value from the records (a job with progress). */
    async recompute(actor: Actor): Promise<Job> {
      return jobs.start(actor, 'stats.recompute', async (progress) => {
        const r = await compute.fullRecompute(progress);
        return { values: r.values, ms: r.ms };
      });
    },
  };
}
export type StatsSettingsService = ReturnType<typeof createStatsSettingsService>;
