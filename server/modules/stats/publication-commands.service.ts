import type { Publication, Publish } from '../../../common/stats-records';
import type { Actor } from '../../platform/access';
import { fieldError, notFound } from '../../platform/errors';
import { inTransaction } from '../../db/unit-of-work';
import { type PublicationDeps, type Snapshot, createPublicationSupport } from './publication-support.service';

/** Publishing: freeze a region's figures of a year, or withdraw them. */
export function createPublicationCommands(deps: PublicationDeps) {
  const { db, repo, dashboards, compute, audit, clock } = deps;
  const name = (code: string) => compute.tree().get(code)?.fullName ?? code;
  const { checkReach, mapPublication, snapshot } = createPublicationSupport(deps);

  const commands = {
    /** Publishes (or republishes) a region's indicators of a year; answers the publications made. */
    async publish(actor: Actor, input: Publish): Promise<Publication[]> {
      checkReach(actor, input.regionCode);
      dashboards.regionInfo(input.regionCode);
      const codes = [input.regionCode, ...(input.includeChildren ? (compute.tree().children.get(input.regionCode) ?? []) : [])];
      const snapshots: Snapshot[] = [];
      for (const code of codes) {
        const s = await snapshot(code, input.year);
        if (s) snapshots.push(s);
      }
      if (snapshots[0]?.code !== input.regionCode) throw fieldError('year', `${name(input.regionCode)}${input.year}年没有可发布的指标数据`);
      return inTransaction(db, async (trx) => {
        const at = clock.now();
        for (const s of snapshots) {
          await repo.save(trx, { region_code: s.code, year: input.year, narrative: s.narrative, published_at: at, published_by: actor.userId, published_by_name: actor.displayName }, s.values);
        }
        const out: Publication[] = [];
        for (const s of snapshots) out.push(mapPublication((await repo.find(trx, s.code, input.year))!));
        await audit.recordMany(
          trx,
          actor,
          out.map((p) => ({ action: 'publish', entityType: 'statsPublication', entityId: `${p.regionCode}/${p.year}`, after: { indicatorCount: p.indicatorCount, narrative: p.narrative } })),
        );
        return out;
      });
    },

    /** Takes a publication back: the public no longer sees it. */
    async withdraw(actor: Actor, regionCode: string, year: number): Promise<void> {
      checkReach(actor, regionCode);
      await inTransaction(db, async (trx) => {
        const before = await repo.find(trx, regionCode, year);
        if (!before) throw notFound('发布记录');
        await repo.delete(trx, regionCode, year);
        await audit.record(trx, actor, { action: 'withdraw', entityType: 'statsPublication', entityId: `${regionCode}/${year}`, before: mapPublication(before) });
      });
    },
  };
  return commands;
}
