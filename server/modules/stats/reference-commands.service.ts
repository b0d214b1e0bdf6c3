import { FIGURE_ONLY_PREFIX, type Measure } from '../../../common/stats';
import type { Baseline, BaselineUpsert, Figure, FigureUpsert } from '../../../common/stats-records';
import type { Actor } from '../../platform/access';
import type { AuditActor } from '../../platform/audit/audit.service';
import { fieldError, notFound } from '../../platform/errors';
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

    /**
     * Replaces every figure of measures another module computes (the `fin_` measures the finance
     * module sums from its records) with `rows`, and recomputes the values from the earliest year
     * that changed; nothing is written when the figures are already these. Answers the rows changed.
     */
    async replaceComputedFigures(by: AuditActor, measures: readonly Measure[], source: string, rows: readonly { regionCode: string; year: number; measure: Measure; value: number }[]): Promise<number> {
      const bad = measures.find((m) => !m.startsWith(FIGURE_ONLY_PREFIX)) ?? rows.find((r) => !measures.includes(r.measure))?.measure;
      if (bad) throw fieldError('measures', `${bad} 不是由其他模块计算的统计项`);
      const key = (r: { regionCode: string; year: number; measure: string }) => `${r.regionCode}|${r.year}|${r.measure}`;
      const before = new Map((await repo.figuresOf(deps.db, measures)).map((r) => [key({ regionCode: r.region_code, year: r.year, measure: r.measure }), { year: r.year, value: Number(r.value) }]));
      const after = new Map(rows.map((r) => [key(r), r]));
      let from: number | null = null;
      let changed = 0;
      const touch = (year: number) => {
        changed += 1;
        from = from === null ? year : Math.min(from, year);
      };
      for (const [k, r] of after) if (before.get(k)?.value !== r.value) touch(r.year);
      for (const [k, r] of before) if (!after.has(k)) touch(r.year);
      if (from === null) return 0;
      await changing(from, async (trx) => {
        await repo.replaceFiguresOf(trx, measures, rows.map((r) => ({ region_code: r.regionCode, year: r.year, measure: r.measure, value: r.value, source })), clock.now());
        await audit.record(trx, by, { action: 'update', entityType: 'statsFigure', entityId: `computed/${measures.join(',')}`.slice(0, 200), after: { source, fromYear: from, changed, rows: rows.length } });
      });
      return changed;
    },
  };
  return commands;
}
