import { type Measure } from '../../../common/stats';
import type { Baseline, BaselineUpsert, Figure, FigureUpsert } from '../../../common/stats-records';
import type { Actor } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { type ReferenceDeps, createReferenceSupport } from './reference-support.service';

/** Keeping reference data: baselines and published figures, each change recomputing the values it affects. */
export function createReferenceCommands(deps: ReferenceDeps) {
  const { repo, audit, clock } = deps;
  const { checkRegion, mapBaseline, mapFigure, changing } = createReferenceSupport(deps);

  const commands = {
    /** Creates or replaces the baseline of a region and year; the indicators of that year on are recomputed. */
    async upsertBaseline(actor: Actor, input: BaselineUpsert): Promise<Baseline> {
      checkRegion(actor, input.regionCode);
      return changing(input.year, async (trx) => {
        const beforeRow = await repo.baseline(trx, input.regionCode, input.year);
        await repo.upsertBaseline(
          trx,
          {
            region_code: input.regionCode,
            year: input.year,
            population: input.population === null ? null : String(input.population),
            population_source: input.populationSource,
            gdp: input.gdp === null ? null : String(input.gdp),
            gdp_source: input.gdpSource,
            area: input.area === null ? null : String(input.area),
            area_source: input.areaSource,
          },
          clock.now(),
        );
        const after = mapBaseline((await repo.baseline(trx, input.regionCode, input.year))!);
        await audit.record(trx, actor, { action: beforeRow ? 'update' : 'create', entityType: 'statsBaseline', entityId: `${input.regionCode}/${input.year}`, before: beforeRow ? mapBaseline(beforeRow) : undefined, after });
        return after;
      });
    },

    async deleteBaseline(actor: Actor, regionCode: string, year: number): Promise<void> {
      checkRegion(actor, regionCode);
      await changing(year, async (trx) => {
        const before = await repo.baseline(trx, regionCode, year);
        if (!before) throw notFound('基础数据');
        await repo.deleteBaseline(trx, regionCode, year);
        await audit.record(trx, actor, { action: 'delete', entityType: 'statsBaseline', entityId: `${regionCode}/${year}`, before: mapBaseline(before) });
      });
    },

    /** Creates or replaces one published figure; the indicators of that year on are recomputed. */
    async upsertFigure(actor: Actor, input: FigureUpsert): Promise<Figure> {
      checkRegion(actor, input.regionCode);
      const id = `${input.regionCode}/${input.year}/${input.measure}`;
      return changing(input.year, async (trx) => {
        const beforeRow = await repo.figure(trx, input.regionCode, input.year, input.measure);
        await repo.upsertFigure(trx, { region_code: input.regionCode, year: input.year, measure: input.measure, value: input.value, source: input.source }, clock.now());
        const after = mapFigure((await repo.figure(trx, input.regionCode, input.year, input.measure))!);
        await audit.record(trx, actor, { action: beforeRow ? 'update' : 'create', entityType: 'statsFigure', entityId: id, before: beforeRow ? mapFigure(beforeRow) : undefined, after });
        return after;
      });
    },

    async deleteFigure(actor: Actor, regionCode: string, year: number, measure: Measure): Promise<void> {
      checkRegion(actor, regionCode);
      await changing(year, async (trx) => {
        const before = await repo.figure(trx, regionCode, year, measure);
        if (!before) throw notFound('公开统计数');
        await repo.deleteFigure(trx, regionCode, year, measure);
        await audit.record(trx, actor, { action: 'delete', entityType: 'statsFigure', entityId: `${regionCode}/${year}/${measure}`, before: mapFigure(before) });
      });
    },
  };
  return commands;
}
