import { ArticleStatusLabels, type ArticleListItem, EventKindLabels } from '../../../common/publish';
import type { ReportedFigure } from '../../../common/publish-search';
import type { ExportColumn, ImportColumn } from '../../platform/excel';

/** Columns of the article list export. */
export const ARTICLE_EXPORT_COLUMNS: ExportColumn<ArticleListItem>[] = [
  { header: '标题', width: 48, value: (a) => a.title },
  { header: '状态', width: 10, value: (a) => ArticleStatusLabels[a.status].zh },
  { header: '事件类型', width: 12, value: (a) => EventKindLabels[a.eventKind].zh },
  { header: '事件日期', width: 12, value: (a) => a.eventDate },
  { header: '事件地区', width: 20, value: (a) => a.eventRegionName },
  { header: '来源', width: 24, value: (a) => a.source },
  { header: '原文发布日期', width: 14, value: (a) => a.sourceDate },
  { header: '供稿单位', width: 30, value: (a) => a.authorOrgName },
  { header: '发布时间', width: 20, value: (a) => (a.publishedAt ? new Date(a.publishedAt) : null) },
  { header: '更新时间', width: 20, value: (a) => new Date(a.updatedAt) },
];

/** Columns of the reported-figure list export. */
export const FIGURE_EXPORT_COLUMNS: ExportColumn<ReportedFigure>[] = [
  { header: '指标', width: 36, value: (f) => f.indicator },
  { header: '指标编号', width: 28, value: (f) => f.indicatorId },
  { header: '数值', width: 14, value: (f) => f.value },
  { header: '单位', width: 8, value: (f) => f.unit },
  { header: '年份', width: 8, value: (f) => f.year },
  { header: '行政区划代码', width: 14, value: (f) => f.regionCode },
  { header: '地区', width: 20, value: (f) => f.regionName },
  { header: '出处', width: 40, value: (f) => f.articleTitle ?? f.source },
  { header: '录入单位', width: 30, value: (f) => f.orgName },
  { header: '录入时间', width: 20, value: (f) => new Date(f.createdAt) },
];

/** Columns of the reported-figure import template. */
export const FIGURE_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'indicator', header: '指标', required: true, example: '国内专利授权量', width: 30, note: '报道中的指标名称；与指标目录同名时自动关联' },
  { key: 'value', header: '数值', required: true, example: '235100', note: '按基本单位填写，如 23.51万件 填 235100' },
  { key: 'unit', header: '单位', required: true, example: '件' },
  { key: 'year', header: '年份', example: '2023', note: '4位年份' },
  { key: 'regionCode', header: '行政区划', aliases: ['行政区划代码'], example: '440300', note: '6位代码，或名称如「深圳市」' },
  { key: 'source', header: '出处', example: '2024年深圳市知识产权工作会议', note: '报道、文件或会议名称' },
];
