import type { AuditEvent } from '../../../common/audit';
import type { Page } from '../../../common/pagination';
import { type Measure } from '../../../common/stats';
import type { Baseline, BaselineItem, BaselineListQuery, Figure, FigureItem, FigureListQuery } from '../../../common/stats-records';
import type { Actor } from '../../platform/access';
import { canWriteReferenceFor } from './stats.policy';
import { notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import { EXPORT_MAX, type ReferenceDeps, createReferenceSupport } from './reference-support.service';
import { BASELINE_COLUMNS, FIGURE_COLUMNS } from './reference.workbook';

/** Reading reference data: baselines and published figures, one at a time or listed, their history and exports. */
export function createReferenceQueries(deps: ReferenceDeps) {
  const { db, repo, history } = deps;
  const { mapBaseline, mapFigure } = createReferenceSupport(deps);

  const queries = {
    async baselines(q: BaselineListQuery): Promise<Page<Baseline>> {
      const { rows, total } = await repo.baselines(db, q);
      return { items: rows.map(mapBaseline), total, page: q.page, pageSize: q.pageSize };
    },

    /** The list page: each row says whether the caller may change it. */
    async baselinePage(actor: Actor, q: BaselineListQuery): Promise<Page<BaselineItem>> {
      const page = await queries.baselines(q);
      return { ...page, items: page.items.map((b) => ({ ...b, canEdit: canWriteReferenceFor(actor, b.regionCode) })) };
    },

    async baseline(regionCode: string, year: number): Promise<Baseline> {
      const row = await repo.baseline(db, regionCode, year);
      if (!row) throw notFound('基础数据');
      return mapBaseline(row);
    },

    async baselineHistory(regionCode: string, year: number): Promise<AuditEvent[]> {
      await queries.baseline(regionCode, year);
      return history('statsBaseline', `${regionCode}/${year}`);
    },

    async exportBaselines(q: BaselineListQuery): Promise<Buffer> {
      const page = await queries.baselines({ ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '基础数据', columns: BASELINE_COLUMNS, rows: page.items });
    },

    async figures(q: FigureListQuery): Promise<Page<Figure>> {
      const { rows, total } = await repo.figures(db, q);
      return { items: rows.map(mapFigure), total, page: q.page, pageSize: q.pageSize };
    },

    /** The list page: each row says whether the caller may change it. */
    async figurePage(actor: Actor, q: FigureListQuery): Promise<Page<FigureItem>> {
      const page = await queries.figures(q);
      return { ...page, items: page.items.map((f) => ({ ...f, canEdit: canWriteReferenceFor(actor, f.regionCode) })) };
    },

    async figure(regionCode: string, year: number, measure: Measure): Promise<Figure> {
      const row = await repo.figure(db, regionCode, year, measure);
      if (!row) throw notFound('公开统计数');
      return mapFigure(row);
    },

    async figureHistory(regionCode: string, year: number, measure: Measure): Promise<AuditEvent[]> {
      await queries.figure(regionCode, year, measure);
      return history('statsFigure', `${regionCode}/${year}/${measure}`);
    },

    async exportFigures(q: FigureListQuery): Promise<Buffer> {
      const page = await queries.figures({ ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '公开统计数', columns: FIGURE_COLUMNS, rows: page.items });
    },
  };
  return queries;
}
