import type { SearchResult } from '../../../common/publish-search';
import { SearchTypeLabels } from '../../../common/publish-search';
import type { ExportColumn } from '../../platform/excel';
import { writeSheet } from '../../platform/excel';
import type { SearchAccess, SearchRequest, SearchService } from '../../platform/search/search.service';

type Hit = SearchResult['items'][number];

const COLUMNS: ExportColumn<Hit>[] = [
  { header: '类型', width: 8, value: (h) => SearchTypeLabels[h.entityType]?.zh ?? h.entityType },
  { header: '标题', width: 50, value: (h) => h.title },
  { header: '摘要', width: 60, value: (h) => h.snippet.map((s) => s.text).join('') },
  { header: '地区', width: 20, value: (h) => h.regionName },
  { header: '日期', width: 12, value: (h) => h.date },
  { header: '公开', width: 8, value: (h) => (h.visibility === 'public' ? '是' : '否') },
  { header: '相关度', width: 10, value: (h) => Math.round(h.rank * 1000) / 1000 },
];
const EXPORT_MAX = 1000;

/** Search for the web pages: a page of ranked hits, or the first thousand as Excel. */
export function createPublishSearch(search: SearchService) {
  return {
    search: (access: SearchAccess, req: SearchRequest) => search.search(access, req),
    async exportXlsx(access: SearchAccess, req: SearchRequest): Promise<Buffer> {
      const r = await search.search(access, { ...req, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '搜索结果', columns: COLUMNS, rows: r.items });
    },
  };
}
