import type { Page } from '../../../common/pagination';
import {
  AwardLabels,
  GiKindLabels,
  GiStatusLabels,
  HolderKindLabels,
  PatentStatusLabels,
  PatentTypeLabels,
  TrademarkStatusLabels,
} from '../../../common/stats';
import type { Gi, GiListQuery, Patent, PatentListQuery, Pct, PctListQuery, Trademark, TrademarkListQuery } from '../../../common/stats-records';
import type { Actor } from '../../platform/access';
import { type ExportColumn, writeSheet } from '../../platform/excel';

const EXPORT_MAX = 50_000;

/** The record lists the exports read. */
interface RecordLists {
  patents(actor: Actor, q: PatentListQuery): Promise<Page<Patent>>;
  trademarks(actor: Actor, q: TrademarkListQuery): Promise<Page<Trademark>>;
  pct(actor: Actor, q: PctListQuery): Promise<Page<Pct>>;
  gis(actor: Actor, q: GiListQuery): Promise<Page<Gi>>;
}

/** Excel exports of the record lists: every row the same filters find, up to EXPORT_MAX. */
export function createRecordsExports(lists: RecordLists) {
  return {
    async exportPatents(actor: Actor, q: PatentListQuery): Promise<Buffer> {
      const page = await lists.patents(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '专利', columns: PATENT_COLUMNS, rows: page.items });
    },
    async exportTrademarks(actor: Actor, q: TrademarkListQuery): Promise<Buffer> {
      const page = await lists.trademarks(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '商标', columns: TRADEMARK_COLUMNS, rows: page.items });
    },
    async exportPct(actor: Actor, q: PctListQuery): Promise<Buffer> {
      const page = await lists.pct(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: 'PCT国际申请', columns: PCT_COLUMNS, rows: page.items });
    },
    async exportGis(actor: Actor, q: GiListQuery): Promise<Buffer> {
      const page = await lists.gis(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '地理标志', columns: GI_COLUMNS, rows: page.items });
    },
  };
}

const yesNo = (v: boolean) => (v ? '是' : '否');

const PATENT_COLUMNS: ExportColumn<Patent>[] = [
  { header: '申请号', width: 18, value: (p) => p.applicationNo },
  { header: '专利类型', value: (p) => PatentTypeLabels[p.type].zh },
  { header: '名称', width: 36, value: (p) => p.title },
  { header: '申请日', width: 12, value: (p) => p.applicationDate },
  { header: '授权公告日', width: 12, value: (p) => p.grantDate },
  { header: '法律状态', value: (p) => PatentStatusLabels[p.legalStatus].zh },
  { header: '法律状态日', width: 12, value: (p) => p.statusDate },
  { header: '第一权利人', width: 30, value: (p) => p.holderName },
  { header: '权利人类型', value: (p) => HolderKindLabels[p.holderKind].zh },
  { header: '行政区划代码', width: 12, value: (p) => p.regionCode },
  { header: '行政区划', width: 22, value: (p) => p.regionName },
  { header: '主分类号', width: 14, value: (p) => p.mainIpc },
  { header: '战略性新兴产业代码', value: (p) => p.seiCode },
  { header: '海外同族', value: (p) => yesNo(p.overseasFamily) },
  { header: '质押融资金额（元）', value: (p) => p.pledgeAmountYuan },
  { header: '获奖', value: (p) => (p.award ? AwardLabels[p.award].zh : null) },
  { header: '高价值情形', width: 30, value: (p) => p.highValueReasons.join('、') },
];
const TRADEMARK_COLUMNS: ExportColumn<Trademark>[] = [
  { header: '注册号', width: 14, value: (t) => t.registrationNo },
  { header: '国际分类', value: (t) => t.niceClass },
  { header: '商标名称', width: 20, value: (t) => t.markName },
  { header: '注册人', width: 30, value: (t) => t.holderName },
  { header: '注册人类型', value: (t) => HolderKindLabels[t.holderKind].zh },
  { header: '行政区划代码', width: 12, value: (t) => t.regionCode },
  { header: '行政区划', width: 22, value: (t) => t.regionName },
  { header: '注册日', width: 12, value: (t) => t.registrationDate },
  { header: '商标状态', value: (t) => TrademarkStatusLabels[t.status].zh },
  { header: '状态日期', width: 12, value: (t) => t.statusDate },
  { header: '马德里', value: (t) => yesNo(t.madrid) },
];
const PCT_COLUMNS: ExportColumn<Pct>[] = [
  { header: 'PCT申请号', width: 20, value: (c) => c.pctNo },
  { header: '国际申请日', width: 12, value: (c) => c.filingDate },
  { header: '第一申请人', width: 30, value: (c) => c.applicantName },
  { header: '申请人类型', value: (c) => HolderKindLabels[c.holderKind].zh },
  { header: '行政区划代码', width: 12, value: (c) => c.regionCode },
  { header: '行政区划', width: 22, value: (c) => c.regionName },
  { header: '主分类号', width: 14, value: (c) => c.mainIpc },
  { header: '发明名称', width: 36, value: (c) => c.title },
];
const GI_COLUMNS: ExportColumn<Gi>[] = [
  { header: '登记号', width: 14, value: (g) => g.giNo },
  { header: '地理标志名称', width: 16, value: (g) => g.name },
  { header: '类别', width: 14, value: (g) => GiKindLabels[g.kind].zh },
  { header: '行政区划代码', width: 12, value: (g) => g.regionCode },
  { header: '行政区划', width: 22, value: (g) => g.regionName },
  { header: '申请人', width: 30, value: (g) => g.holderName },
  { header: '登记日', width: 12, value: (g) => g.registrationDate },
  { header: '状态', value: (g) => GiStatusLabels[g.status].zh },
  { header: '状态日期', width: 12, value: (g) => g.statusDate },
];
