import type { Page } from '../../../common/pagination';
import type { FigureListQuery, ReportedFigure } from '../../../common/publish-search';
import { regionPrefix } from '../../../common/region';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { publishScope } from './publish.policy';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { regionDisplayName } from '../../platform/text/index';
import { FIGURE_EXPORT_COLUMNS, FIGURE_IMPORT_COLUMNS } from './publish.workbook';
import type { FigureRow } from './figure.repository';
import type { FigureDeps } from './figure-support.service';

const EXPORT_MAX = 50_000;

/** Reads of reported figures: the lists, records and exports. */
export function createFigureQueries(deps: FigureDeps) {
  const { db, repo } = deps;

  function map(r: FigureRow): ReportedFigure {
    return {
      id: r.id,
      indicator: r.indicator,
      indicatorId: r.indicator_id,
      value: Number(r.value),
      unit: r.unit,
      year: r.year,
      regionCode: r.region_code,
      regionName: r.region_code ? regionDisplayName(r.region_code) : null,
      articleId: r.article_id,
      articleTitle: r.article_title,
      source: r.source,
      orgName: r.org_name,
      createdAt: r.created_at.toISOString(),
    };
  }

  return {
    async list(actor: Actor, q: FigureListQuery): Promise<Page<ReportedFigure>> {
      const { rows, total } = await repo.list(
        db,
        { q: q.q, indicatorId: q.indicatorId, year: q.year, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined, articleId: q.articleId },
        publishScope(actor),
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'year', order: q.order },
      );
      return { items: rows.map(map), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, q: FigureListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '报送数据', columns: FIGURE_EXPORT_COLUMNS, rows: page.items });
    },

    async importTemplate(): Promise<Buffer> {
      return writeTemplate('报送数据', FIGURE_IMPORT_COLUMNS);
    },
  };
}
export type FigureQueries = ReturnType<typeof createFigureQueries>;
