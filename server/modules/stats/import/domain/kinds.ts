import {
  AwardLabels,
  ENDING_PATENT_STATUSES,
  GiKindLabels,
  GiStatusLabels,
  HolderKindLabels,
  MEASURES,
  PatentStatusLabels,
  PatentTypeLabels,
  TrademarkStatusLabels,
} from '../../../../../common/stats';
import type { ImportKind } from '../../../../../common/stats-records';
import { type Cell, type Parsed, parseApplicationNo, parseBoolean, parseDate, parseEnum, parseNumber, parsePctNo, parseText, parseTrademarkNo, parseYuanToFen } from './parse';

/** What parsing a region cell needs: the region list and the importer's reach. */
export interface ParseContext {
  region(raw: string): Parsed;
}

/**
 * How the byte-level CSV reader (csv-rows.ts) may take a cell without making a string of it; it
 * answers what `parse` would, and leaves every other spelling to `parse`.
 * - text: parseText(max); the cell goes through as it is when it has no spaces to trim and fits.
 * - date: parseDate; an existing ISO date (2023-06-30) goes through as it is.
 * - applicationNo: a canonical number with a correct check digit goes through as it is.
 * - memo: a cell with few distinct values (codes, labels, regions, yes/no): parsed once per value.
 */
export type FastLane = { kind: 'text'; max: number } | { kind: 'date' } | { kind: 'applicationNo' } | { kind: 'memo' };

/** A cell parser, with the byte-level reader's shortcut for it when there is one. */
export interface CellParser {
  parse(raw: string, ctx: ParseContext): Parsed;
  fast?: FastLane;
}

export interface FieldSpec extends CellParser {
  key: string;
  column: string;
  header: string;
  aliases: string[];
  required: boolean;
  note: string;
  example: string;
}

export type TargetTable = 'stats_patent' | 'stats_trademark' | 'stats_pct' | 'stats_gi' | 'stats_baseline' | 'stats_figure';

export interface KindSpec {
  kind: ImportKind;
  table: TargetTable;
  /** Columns that identify a record (the record number). */
  key: string[];
  fields: FieldSpec[];
  /** Records feed the facts; baselines and figures are read directly. */
  records: boolean;
  /** Checks across the fields of one row; answers problems keyed by field key. */
  check(row: Record<string, Cell>): { field: string; message: string }[];
}

const f = (key: string, column: string, header: string, parser: CellParser | CellParser['parse'], opts: Partial<Pick<FieldSpec, 'aliases' | 'required' | 'note' | 'example'>> = {}): FieldSpec => ({
  key,
  column,
  header,
  ...(typeof parser === 'function' ? { parse: parser } : parser),
  aliases: [key, column, ...(opts.aliases ?? [])],
  required: opts.required ?? false,
  note: opts.note ?? '',
  example: opts.example ?? '',
});

const text = (max: number): CellParser => ({ parse: (raw) => parseText(raw, max), fast: { kind: 'text', max } });
/** A parser of a cell with few distinct values, which the byte-level reader runs once per value. */
const memo = (parse: CellParser['parse']): CellParser => ({ parse, fast: { kind: 'memo' } });
const date: CellParser = { parse: parseDate, fast: { kind: 'date' } };
const boolean = memo(parseBoolean);
const region = memo((raw, ctx) => ctx.region(raw));
const holderKind = memo((raw: string) => parseEnum(raw, HolderKindLabels, { 境外: 'foreign', 国外: 'foreign', 外国: 'foreign', 高等院校: 'university', 大专院校: 'university', 科研单位: 'institute', 机关团体: 'institute' }));
const REGION_NOTE = '6位行政区划代码或名称（如 440310 或 深圳市坪山区）；按第一权利人地址统计';

type Problem = { field: string; message: string };
/** What check() answers for a row without problems (shared: it is most rows). */
const NONE: Problem[] = [];
/** Adds a problem without allocating for the rows that have none. */
const plus = (out: Problem[], p: Problem): Problem[] => (out === NONE ? [p] : [...out, p]);

const UNGRANTED = new Set(['pending', 'rejected', 'withdrawn']);

const PATENT: KindSpec = {
  kind: 'patent',
  table: 'stats_patent',
  key: ['application_no'],
  records: true,
  fields: [
    f('applicationNo', 'application_no', '申请号', { parse: parseApplicationNo, fast: { kind: 'applicationNo' } }, { required: true, aliases: ['专利号', '申请号/专利号'], example: '202310123456.7', note: '含校验位；CN、ZL 前缀可省略' }),
    f('type', 'patent_type', '专利类型', memo((r) => parseEnum(r, PatentTypeLabels, { 发明专利: 'invention', 实用新型专利: 'utilityModel', 外观设计专利: 'design' })), { required: true, example: '发明' }),
    f('title', 'title', '名称', text(300), { aliases: ['专利名称', '发明名称'], example: '一种锂电池正极材料及其制备方法' }),
    f('applicationDate', 'application_date', '申请日', date, { required: true, example: '2021-03-15' }),
    f('grantDate', 'grant_date', '授权公告日', date, { aliases: ['授权日'], example: '2023-06-30' }),
    f('legalStatus', 'legal_status', '法律状态', memo((r) => parseEnum(r, PatentStatusLabels, { 授权: 'valid', 专利权维持: 'valid', 终止: 'lapsed', 失效: 'lapsed', 无效: 'invalidated', 届满: 'expired' })), { required: true, example: '有效' }),
    f('statusDate', 'status_date', '法律状态日', date, { aliases: ['状态日期', '失效日'], note: '终止、无效、届满时必填' }),
    f('holderName', 'holder_name', '第一权利人', text(200), { required: true, aliases: ['专利权人', '权利人', '申请人'], example: '深圳市某某科技有限公司' }),
    f('holderKind', 'holder_kind', '权利人类型', holderKind, { required: true, example: '企业' }),
    f('regionCode', 'region_code', '行政区划', region, { aliases: ['行政区划代码', '地区代码'], example: '440310', note: REGION_NOTE + '；境外权利人在境内无地址时可空' }),
    f('mainIpc', 'main_ipc', '主分类号', text(30), { aliases: ['IPC', '主IPC'], example: 'H01M 4/525' }),
    f('seiCode', 'sei_code', '战略性新兴产业代码', text(20), { aliases: ['战新产业代码'], note: '按《战略性新兴产业分类(2018)》；空表示不属于' }),
    f('overseasFamily', 'overseas_family', '海外同族', boolean, { aliases: ['海外有同族专利权'], example: '否' }),
    f('pledgeAmountYuan', 'pledge_amount', '质押融资金额（元）', parseYuanToFen, { aliases: ['质押金额'], example: '' }),
    f('award', 'award', '获奖', memo((r) => parseEnum(r, AwardLabels, { 国家科技奖: 'nationalSciTech' })), { note: '国家科学技术奖 或 中国专利奖' }),
  ],
  check(row) {
    let out = NONE;
    if (row.grantDate && row.applicationDate && (row.grantDate as string) < (row.applicationDate as string)) out = plus(out, { field: 'grantDate', message: '授权公告日早于申请日' });
    const status = row.legalStatus as string | null;
    const granted = status !== null && !UNGRANTED.has(status);
    if (granted && !row.grantDate) out = plus(out, { field: 'grantDate', message: `法律状态为「${PatentStatusLabels[status as keyof typeof PatentStatusLabels].zh}」时必须填写授权公告日` });
    if (!granted && row.grantDate) out = plus(out, { field: 'legalStatus', message: '已授权的专利不能是审中、驳回或撤回状态' });
    if (status && (ENDING_PATENT_STATUSES as readonly string[]).includes(status)) {
      if (!row.statusDate) out = plus(out, { field: 'statusDate', message: '终止、无效、届满的专利必须填写法律状态日' });
      else if (row.grantDate && (row.statusDate as string) < (row.grantDate as string)) out = plus(out, { field: 'statusDate', message: '法律状态日早于授权公告日' });
    }
    if (!row.regionCode && row.holderKind !== 'foreign') out = plus(out, { field: 'regionCode', message: '必填（仅境外权利人可空）' });
    return out;
  },
};

const TM_ENDING = ['cancelled', 'revoked', 'invalidated', 'expired'];
const TRADEMARK: KindSpec = {
  kind: 'trademark',
  table: 'stats_trademark',
  key: ['registration_no'],
  records: true,
  fields: [
    f('registrationNo', 'registration_no', '注册号', parseTrademarkNo, { required: true, aliases: ['商标注册号'], example: '61234567' }),
    f('niceClass', 'nice_class', '国际分类', memo((r) => parseNumber(r, { integer: true, min: 1, max: 45, label: '尼斯分类' })), { required: true, aliases: ['尼斯分类', '类别'], example: '9' }),
    f('markName', 'mark_name', '商标名称', text(200), { example: '知产' }),
    f('holderName', 'holder_name', '注册人', text(200), { required: true, aliases: ['商标注册人', '权利人'], example: '深圳市某某科技有限公司' }),
    f('holderKind', 'holder_kind', '注册人类型', holderKind, { required: true, aliases: ['权利人类型'], example: '企业' }),
    f('regionCode', 'region_code', '行政区划', region, { aliases: ['行政区划代码'], example: '440310', note: REGION_NOTE }),
    f('registrationDate', 'registration_date', '注册日', date, { required: true, aliases: ['注册公告日'], example: '2023-05-14' }),
    f('status', 'status', '商标状态', memo((r) => parseEnum(r, TrademarkStatusLabels, { 注册: 'registered', 已注册: 'registered' })), { required: true, aliases: ['状态'], example: '有效' }),
    f('statusDate', 'status_date', '状态日期', date, { note: '注销、撤销、无效、期满时必填' }),
    f('madrid', 'madrid', '马德里', boolean, { aliases: ['马德里国际注册'], example: '否' }),
  ],
  check(row) {
    if (!TM_ENDING.includes(row.status as string) && (row.regionCode || row.holderKind === 'foreign')) return NONE;
    const out: { field: string; message: string }[] = [];
    if (TM_ENDING.includes(row.status as string)) {
      if (!row.statusDate) out.push({ field: 'statusDate', message: '注销、撤销、无效、期满的商标必须填写状态日期' });
      else if ((row.statusDate as string) < (row.registrationDate as string)) out.push({ field: 'statusDate', message: '状态日期早于注册日' });
    }
    if (!row.regionCode && row.holderKind !== 'foreign') out.push({ field: 'regionCode', message: '必填（仅境外注册人可空）' });
    return out;
  },
};

const PCT: KindSpec = {
  kind: 'pct',
  table: 'stats_pct',
  key: ['pct_no'],
  records: true,
  fields: [
    f('pctNo', 'pct_no', 'PCT申请号', parsePctNo, { required: true, aliases: ['国际申请号'], example: 'PCT/CN2023/123456' }),
    f('filingDate', 'filing_date', '国际申请日', date, { required: true, example: '2023-04-18' }),
    f('applicantName', 'applicant_name', '第一申请人', text(200), { required: true, aliases: ['申请人'], example: '深圳市某某科技有限公司' }),
    f('holderKind', 'holder_kind', '申请人类型', holderKind, { required: true, example: '企业' }),
    f('regionCode', 'region_code', '行政区划', region, { aliases: ['行政区划代码'], example: '440305', note: REGION_NOTE }),
    f('mainIpc', 'main_ipc', '主分类号', text(30), { aliases: ['IPC'] }),
    f('title', 'title', '发明名称', text(300), { aliases: ['名称'] }),
  ],
  check(row) {
    return !row.regionCode && row.holderKind !== 'foreign' ? [{ field: 'regionCode', message: '必填（仅境外申请人可空）' }] : NONE;
  },
};

const GI: KindSpec = {
  kind: 'gi',
  table: 'stats_gi',
  key: ['gi_no'],
  records: true,
  fields: [
    f('giNo', 'gi_no', '登记号', text(40), { required: true, aliases: ['公告号', '注册号'], example: 'GI2004-044' }),
    f('name', 'name', '地理标志名称', text(100), { required: true, aliases: ['名称'], example: '南山荔枝' }),
    f('kind', 'gi_kind', '类别', memo((r) => parseEnum(r, GiKindLabels)), { required: true, example: '地理标志产品' }),
    f('regionCode', 'region_code', '行政区划', region, { required: true, aliases: ['行政区划代码'], example: '440305' }),
    f('holderName', 'holder_name', '申请人', text(200), { aliases: ['保护单位', '注册人'] }),
    f('registrationDate', 'registration_date', '登记日', date, { required: true, aliases: ['注册日', '公告日'], example: '2004-12-28' }),
    f('status', 'status', '状态', memo((r) => parseEnum(r, GiStatusLabels)), { required: true, example: '有效' }),
    f('statusDate', 'status_date', '状态日期', date, { note: '撤销时必填' }),
  ],
  check(row) {
    if (row.status !== 'revoked') return NONE;
    if (!row.statusDate) return [{ field: 'statusDate', message: '撤销的地理标志必须填写状态日期' }];
    return (row.statusDate as string) < (row.registrationDate as string) ? [{ field: 'statusDate', message: '状态日期早于登记日' }] : NONE;
  },
};

const year = (raw: string) => parseNumber(raw, { integer: true, min: 1985, max: 2100, label: '年份' });
const positive = (label: string) => (raw: string) => parseNumber(raw, { positive: true, label });

const BASELINE: KindSpec = {
  kind: 'baseline',
  table: 'stats_baseline',
  key: ['region_code', 'year'],
  records: false,
  fields: [
    f('regionCode', 'region_code', '行政区划', region, { required: true, aliases: ['行政区划代码'], example: '440300', note: '6位代码或名称；全国填 000000' }),
    f('year', 'year', '年份', year, { required: true, example: '2023' }),
    f('population', 'population', '年末常住人口（万人）', positive('年末常住人口'), { aliases: ['常住人口', '人口'], example: '1779.01' }),
    f('populationSource', 'population_source', '人口来源', text(200), { example: '深圳市2023年国民经济和社会发展统计公报' }),
    f('gdp', 'gdp', '地区生产总值（亿元）', positive('地区生产总值'), { aliases: ['GDP', 'GDP（亿元）'], example: '34606.40' }),
    f('gdpSource', 'gdp_source', 'GDP来源', text(200), { example: '深圳市2023年国民经济和社会发展统计公报' }),
    f('area', 'area', '土地面积（平方公里）', positive('土地面积'), { aliases: ['面积', '面积（平方公里）'], example: '1997.47' }),
    f('areaSource', 'area_source', '面积来源', text(200), { example: '深圳市统计年鉴2024' }),
  ],
  check(row) {
    const out: { field: string; message: string }[] = [];
    for (const [v, s] of [['population', 'populationSource'], ['gdp', 'gdpSource'], ['area', 'areaSource']]) if (row[v] !== null && !row[s]) out.push({ field: s, message: '请填写数据来源' });
    if (row.population === null && row.gdp === null && row.area === null) out.push({ field: 'population', message: '人口、GDP、面积至少填写一项' });
    return out;
  },
};

const measureLabels = Object.fromEntries(MEASURES.map((m) => [m.key, { zh: m.zh, en: m.key }]));
const FIGURE: KindSpec = {
  kind: 'figure',
  table: 'stats_figure',
  key: ['region_code', 'year', 'measure'],
  records: false,
  fields: [
    f('regionCode', 'region_code', '行政区划', region, { required: true, aliases: ['行政区划代码'], example: '440100', note: '6位代码或名称；全国填 000000' }),
    f('year', 'year', '年份', year, { required: true, example: '2023' }),
    f('measure', 'measure', '统计项', (r) => parseEnum(r, measureLabels), { required: true, example: '发明专利授权量（国内）', note: `填写以下之一：${MEASURES.map((m) => m.zh).join('、')}` }),
    f('value', 'value', '数值', (r) => parseNumber(r, { integer: true, min: 0, label: '数值' }), { required: true, example: '27451', note: '件数（存量填年末数）' }),
    f('source', 'source', '来源', text(200), { required: true, example: '国家知识产权局《知识产权统计年报2023》' }),
  ],
  check: () => [],
};

/** Every kind of import and its columns. */
export const KINDS: Record<ImportKind, KindSpec> = { patent: PATENT, trademark: TRADEMARK, pct: PCT, gi: GI, baseline: BASELINE, figure: FIGURE };

/** The stage table of a kind. */
export const stageOf = (spec: KindSpec) => `${spec.table}_stage` as const;

const normalise = (h: string) => h.replace(/[*＊\s（）()]/g, '').toLowerCase();

/** Suggests which file column feeds each field, by header or alias. */
export function suggestMapping(spec: KindSpec, headers: readonly string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const field of spec.fields) {
    const names = [field.header, ...field.aliases].map(normalise);
    out[field.key] = headers.find((h) => names.includes(normalise(h))) ?? null;
  }
  return out;
}
