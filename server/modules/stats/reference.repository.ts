import { type Selectable, sql } from 'kysely';
import { NATION_CODE } from '../../../common/stats';
import type { BaselineListQuery, FigureListQuery } from '../../../common/stats-records';
import type { Db } from '../../db/database';
import type { StatsBaselineTable, StatsFigureTable } from '../../db/tables/stats';
import { pageWindow, totalOver } from '../../db/query-helpers';

export type BaselineRow = Selectable<StatsBaselineTable>;

export type FigureRow = Selectable<StatsFigureTable>;

const BASELINE_COLUMNS = ['region_code', 'year', 'population', 'population_source', 'gdp', 'gdp_source', 'area', 'area_source', 'updated_at'] as const;
const FIGURE_COLUMNS = ['region_code', 'year', 'measure', 'value', 'source', 'updated_at'] as const;
const prefixOf = (code: string) => (code === NATION_CODE ? NATION_CODE : code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code);

/** Region baselines and published figures: reference data the indicators divide by or take as given. */
export const referenceRepository = {
  async baselines(db: Db, q: BaselineListQuery): Promise<{ rows: BaselineRow[]; total: number }> {
    let query = db.selectFrom('stats_baseline').select(BASELINE_COLUMNS).select(totalOver.as('n'));
    if (q.regionCode) query = query.where('region_code', 'like', `${prefixOf(q.regionCode)}%`);
    if (q.year) query = query.where('year', '=', q.year);
    const { limit, offset } = pageWindow(q.page, q.pageSize);
    const sort = q.sort ?? 'regionCode';
    const column = { regionCode: 'region_code', year: 'year', population: 'population', gdp: 'gdp', area: 'area' }[sort];
    const rows = await query
      .orderBy(sql`${sql.ref(column)} ${sql.raw(q.order === 'desc' ? 'desc nulls last' : 'asc nulls last')}`)
      .orderBy('region_code')
      .orderBy('year', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    return { rows, total: Number(rows[0]?.n ?? 0) };
  },

  async baseline(db: Db, regionCode: string, year: number): Promise<BaselineRow | undefined> {
    return db.selectFrom('stats_baseline').select(BASELINE_COLUMNS).where('region_code', '=', regionCode).where('year', '=', year).executeTakeFirst();
  },

  async upsertBaseline(db: Db, v: Omit<BaselineRow, 'updated_at'>, at: Date): Promise<void> {
    await db
      .insertInto('stats_baseline')
      .values({ ...v, updated_at: at })
      .onConflict((oc) =>
        oc.columns(['region_code', 'year']).doUpdateSet({
          population: v.population,
          population_source: v.population_source,
          gdp: v.gdp,
          gdp_source: v.gdp_source,
          area: v.area,
          area_source: v.area_source,
          updated_at: at,
        }),
      )
      .execute();
  },

  async deleteBaseline(db: Db, regionCode: string, year: number): Promise<number> {
    const r = await db.deleteFrom('stats_baseline').where('region_code', '=', regionCode).where('year', '=', year).executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  async figures(db: Db, q: FigureListQuery): Promise<{ rows: FigureRow[]; total: number }> {
    let query = db.selectFrom('stats_figure').select(FIGURE_COLUMNS).select(totalOver.as('n'));
    if (q.regionCode) query = query.where('region_code', 'like', `${prefixOf(q.regionCode)}%`);
    if (q.year) query = query.where('year', '=', q.year);
    if (q.measure) query = query.where('measure', '=', q.measure);
    const { limit, offset } = pageWindow(q.page, q.pageSize);
    const column = { regionCode: 'region_code', year: 'year', measure: 'measure', value: 'value' }[q.sort ?? 'regionCode'];
    const rows = await query
      .orderBy(sql.ref(column), q.order)
      .orderBy('region_code')
      .orderBy('year', 'desc')
      .orderBy('measure')
      .limit(limit)
      .offset(offset)
      .execute();
    return { rows, total: Number(rows[0]?.n ?? 0) };
  },

  async figure(db: Db, regionCode: string, year: number, measure: string): Promise<FigureRow | undefined> {
    return db.selectFrom('stats_figure').select(FIGURE_COLUMNS).where('region_code', '=', regionCode).where('year', '=', year).where('measure', '=', measure).executeTakeFirst();
  },

  async upsertFigure(db: Db, v: Omit<FigureRow, 'updated_at'>, at: Date): Promise<void> {
    await db
      .insertInto('stats_figure')
      .values({ ...v, updated_at: at })
      .onConflict((oc) => oc.columns(['region_code', 'year', 'measure']).doUpdateSet({ value: v.value, source: v.source, updated_at: at }))
      .execute();
  },

  async deleteFigure(db: Db, regionCode: string, year: number, measure: string): Promise<number> {
    const r = await db.deleteFrom('stats_figure').where('region_code', '=', regionCode).where('year', '=', year).where('measure', '=', measure).executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  /** Every figure of these measures (the totals another module keeps in step). */
  async figuresOf(db: Db, measures: readonly string[]): Promise<Pick<FigureRow, 'region_code' | 'year' | 'measure' | 'value'>[]> {
    if (measures.length === 0) return [];
    return db.selectFrom('stats_figure').select(['region_code', 'year', 'measure', 'value']).where('measure', 'in', [...measures]).execute();
  },

  /** Replaces every figure of these measures with `rows`. */
  async replaceFiguresOf(db: Db, measures: readonly string[], rows: readonly Omit<FigureRow, 'updated_at'>[], at: Date): Promise<void> {
    if (measures.length === 0) return;
    await db.deleteFrom('stats_figure').where('measure', 'in', [...measures]).execute();
    for (let i = 0; i < rows.length; i += 1000) await db.insertInto('stats_figure').values(rows.slice(i, i + 1000).map((r) => ({ ...r, updated_at: at }))).execute();
  },
};
export type ReferenceRepository = typeof referenceRepository;
