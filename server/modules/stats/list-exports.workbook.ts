import { type ImportHistory, type ImportHistoryQuery, ImportKindLabels, type Publication, type PublicationListQuery, type Report, type ReportListQuery } from '../../../common/stats-records';
import type { Actor } from '../../platform/access';
import { writeSheet } from '../../platform/excel';
import type { ImportService } from './import/import.service';
import type { PublicationService } from './publication.service';
import type { ReportService } from './report/report.service';

const ALL = 50_000;
const when = (iso: string | null) => (iso ? new Date(iso) : null);

/** Excel exports of the publishing, report and import lists (the same filters as the lists). */
export function createListExports(s: { publications: PublicationService; reports: ReportService; imports: ImportService }) {
  return {
    async publications(actor: Actor, q: PublicationListQuery): Promise<Buffer> {
      const page = await s.publications.list(actor, { ...q, page: 1, pageSize: ALL });
      return writeSheet<Publication>({
        name: '数据发布',
        columns: [
          { header: '行政区划代码', width: 12, value: (p) => p.regionCode },
          { header: '地区', width: 22, value: (p) => p.regionName },
          { header: '年份', width: 8, value: (p) => p.year },
          { header: '指标数', width: 8, value: (p) => p.indicatorCount },
          { header: '发布人', width: 16, value: (p) => p.publishedByName },
          { header: '发布时间', width: 20, value: (p) => when(p.publishedAt) },
          { header: '统计分析', width: 100, value: (p) => p.narrative },
        ],
        rows: page.items,
      });
    },
    async reports(actor: Actor, q: ReportListQuery): Promise<Buffer> {
      const page = await s.reports.list(actor, { ...q, page: 1, pageSize: ALL });
      return writeSheet<Report>({
        name: '统计报告',
        columns: [
          { header: '报告', width: 40, value: (r) => r.title },
          { header: '地区', width: 22, value: (r) => r.regionName },
          { header: '年份', width: 8, value: (r) => r.year },
          { header: 'PDF大小（KB）', width: 12, value: (r) => Math.round(r.pdfSize / 1024) },
          { header: '生成人', width: 16, value: (r) => r.createdByName },
          { header: '生成时间', width: 20, value: (r) => when(r.createdAt) },
        ],
        rows: page.items,
      });
    },
    async imports(actor: Actor, q: ImportHistoryQuery): Promise<Buffer> {
      const page = await s.imports.history(actor, { ...q, page: 1, pageSize: ALL });
      return writeSheet<ImportHistory>({
        name: '导入记录',
        columns: [
          { header: '时间', width: 20, value: (i) => when(i.createdAt) },
          { header: '数据类型', width: 24, value: (i) => ImportKindLabels[i.kind].zh },
          { header: '文件', width: 30, value: (i) => i.fileName },
          { header: '结果', width: 8, value: (i) => ({ succeeded: '成功', failed: '失败', running: '进行中' })[i.status] },
          { header: '行数', width: 10, value: (i) => i.total },
          { header: '新增', width: 10, value: (i) => i.inserted },
          { header: '更新', width: 10, value: (i) => i.updated },
          { header: '未变', width: 10, value: (i) => i.unchanged },
          { header: '错误', width: 8, value: (i) => i.errorCount },
          { header: '导入人', width: 16, value: (i) => i.createdByName },
        ],
        rows: page.items,
      });
    },
  };
}
export type ListExports = ReturnType<typeof createListExports>;
