import { z } from 'zod';
import { dateField } from '../../../common/fields';
import { type Declaration, DeclarationHolderKindLabels, DeclarationStatusLabels, FIELDS, FieldLabels, PatentKindLabels, PayKindLabels } from '../../../common/utilisation';
import { type ExportColumn, type ImportColumn, MONEY_FORMAT } from '../../platform/excel';
import { labelCell } from '../../platform/import-cells';

const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

/** The columns of the declaration list's Excel export. */
export const DECLARATION_EXPORT_COLUMNS: ExportColumn<Declaration>[] = [
  { header: '专利号', width: 18, kind: 'text', value: (d) => d.patentNo },
  { header: '专利名称', width: 40, value: (d) => d.title },
  { header: '类型', width: 10, value: (d) => PatentKindLabels[d.patentType].zh },
  { header: '主分类号', width: 14, value: (d) => d.mainIpc },
  { header: '产业领域', width: 14, value: (d) => FieldLabels[d.field].zh },
  { header: '专利权人', width: 30, value: (d) => d.holderName },
  { header: '权利人类型', width: 10, value: (d) => DeclarationHolderKindLabels[d.holderKind].zh },
  { header: '所在地区', width: 20, value: (d) => d.regionName },
  { header: '付费方式', width: 14, value: (d) => PayKindLabels[d.payKind].zh },
  { header: '提成比例(%)', width: 10, value: (d) => (d.rateBp === null ? null : d.rateBp / 100) },
  { header: '一次性许可费(元)', width: 16, numFmt: MONEY_FORMAT, value: (d) => yuan(d.lumpSumFen) },
  { header: '许可期限起', width: 12, value: (d) => d.termFrom },
  { header: '许可期限止', width: 12, value: (d) => d.termTo },
  { header: '专利权期限届满', width: 12, value: (d) => d.expiryDate },
  { header: '声明日期', width: 12, value: (d) => d.declaredOn },
  { header: '状态', width: 10, value: (d) => DeclarationStatusLabels[d.status].zh },
  { header: '已许可数', width: 8, value: (d) => d.licences },
  { header: '本年年费减免(元)', width: 14, numFmt: MONEY_FORMAT, value: (d) => yuan(d.feeReductionFen) },
];

/** The columns of the bulk listing of a university's stock patents (高校存量专利盘活). */
export const DECLARATION_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'holder', header: '专利权人', required: true, example: '深圳技术大学', note: '平台上已有高校院所或企业的全称或简称', width: 28 },
  { key: 'patentNo', header: '专利号', required: true, example: '2021103456781', note: '不带 ZL 前缀亦可', width: 18 },
  { key: 'field', header: '产业领域', required: true, example: '新材料', note: FIELDS.map((f) => FieldLabels[f].zh).join('、'), width: 14 },
  { key: 'payKind', header: '付费方式', required: true, example: '按净销售额提成', note: '按净销售额提成、按利润提成、一次性支付、免费许可', width: 16 },
  { key: 'rate', header: '提成比例(%)', example: '3', note: '提成方式时填写', width: 12 },
  { key: 'lumpSum', header: '一次性许可费(元)', example: '', note: '一次性支付时填写', kind: 'number', width: 16 },
  { key: 'termFrom', header: '许可期限起', required: true, example: '2027-01-01', note: 'YYYY-MM-DD', width: 12 },
  { key: 'termTo', header: '许可期限止', required: true, example: '2029-12-31', note: 'YYYY-MM-DD，不少于1年且不晚于专利权期限届满', width: 12 },
  { key: 'evaluationReportNo', header: '评价报告编号', example: '', note: '实用新型和外观设计必填', width: 16 },
  { key: 'fieldOfUse', header: '实施范围', example: '仅限中国大陆', width: 20 },
];

export const DeclarationImportRowSchema = z.object({
  holder: z.string().trim().min(1).max(200),
  patentNo: z.string().trim().min(1).max(30).regex(/^[A-Za-z0-9.]+$/, '专利号只能包含字母、数字和小数点'),
  field: labelCell(FieldLabels, '产业领域'),
  payKind: labelCell(PayKindLabels, '付费方式'),
  rate: z.string().trim().regex(/^\d{1,3}(\.\d{1,2})?$/, '提成比例应为百分数，如 3 或 2.5').transform((t) => Math.round(Number(t) * 100)).optional(),
  lumpSum: z.string().trim().regex(/^\d{1,12}(\.\d{1,2})?$/, '金额应为数字（元）').transform((t) => Math.round(Number(t) * 100)).optional(),
  termFrom: dateField(),
  termTo: dateField(),
  evaluationReportNo: z.string().trim().max(60).optional(),
  fieldOfUse: z.string().trim().max(500).optional(),
});
export type DeclarationImportRow = z.output<typeof DeclarationImportRowSchema>;
