import { z } from 'zod';
import { dateField } from '../../../common/fields';
import { DealKindLabels, LicenceKindLabels, PartyKindLabels, RightKindLabels, type Transfer, TransferSourceLabels } from '../../../common/utilisation-transfers';
import { FieldLabels } from '../../../common/utilisation';
import { type ExportColumn, type ImportColumn, MONEY_FORMAT } from '../../platform/excel';
import { labelCell } from '../../platform/import-cells';

/** The columns of the transfer register's Excel export. */
export const TRANSFER_EXPORT_COLUMNS: ExportColumn<Transfer>[] = [
  { header: '类型', width: 8, value: (t) => DealKindLabels[t.dealKind].zh },
  { header: '许可方式', width: 10, value: (t) => (t.licenceKind ? LicenceKindLabels[t.licenceKind].zh : '') },
  { header: '权利类型', width: 8, value: (t) => RightKindLabels[t.rightKind].zh },
  { header: '专利号/注册号', width: 18, kind: 'text', value: (t) => t.rightNo },
  { header: '名称', width: 36, value: (t) => t.rightTitle },
  { header: '产业领域', width: 14, value: (t) => (t.industry ? FieldLabels[t.industry].zh : '') },
  { header: '让与人/许可人', width: 30, value: (t) => t.fromName },
  { header: '让与方类型', width: 10, value: (t) => PartyKindLabels[t.fromKind].zh },
  { header: '让与方地区', width: 20, value: (t) => t.fromRegionName },
  { header: '受让人/被许可人', width: 30, value: (t) => t.toName },
  { header: '受让方类型', width: 10, value: (t) => PartyKindLabels[t.toKind].zh },
  { header: '受让方地区', width: 20, value: (t) => t.toRegionName },
  { header: '金额(元)', width: 16, numFmt: MONEY_FORMAT, value: (t) => t.amountFen / 100 },
  { header: '合同编号', width: 18, value: (t) => t.contractNo },
  { header: '生效日期', width: 12, value: (t) => t.effectiveOn },
  { header: '许可期限至', width: 12, value: (t) => t.licenceTo },
  { header: '来源', width: 10, value: (t) => TransferSourceLabels[t.source].zh },
];

/** The columns of a transfer register import (the office's yearly list from CNIPA's recordals). */
export const TRANSFER_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'dealKind', header: '类型', required: true, example: '转让', note: '转让或许可', width: 8 },
  { key: 'licenceKind', header: '许可方式', example: '', note: '许可时填写：独占许可、排他许可、普通许可', width: 10 },
  { key: 'rightKind', header: '权利类型', required: true, example: '专利', note: '专利或商标', width: 8 },
  { key: 'rightNo', header: '专利号/注册号', required: true, example: '2021103456781', width: 18 },
  { key: 'from', header: '让与人/许可人', required: true, example: '深圳技术大学', width: 28 },
  { key: 'fromKind', header: '让与方类型', required: true, example: '高校', note: '企业、高校、科研院所、个人、其他', width: 10 },
  { key: 'fromRegion', header: '让与方地区代码', example: '440310', width: 12 },
  { key: 'to', header: '受让人/被许可人', required: true, example: '深圳市坪山新材料科技有限公司', width: 28 },
  { key: 'toKind', header: '受让方类型', required: true, example: '企业', width: 10 },
  { key: 'toRegion', header: '受让方地区代码', example: '440310', width: 12 },
  { key: 'amount', header: '金额(元)', required: true, example: '500000', kind: 'number', width: 14 },
  { key: 'effectiveOn', header: '生效日期', required: true, example: '2026-03-15', note: 'YYYY-MM-DD', width: 12 },
  { key: 'contractNo', header: '合同编号', example: '', width: 16 },
];

const region = z.string().trim().regex(/^\d{6}$/, '地区代码应为6位数字').optional();

export const TransferImportRowSchema = z.object({
  dealKind: labelCell(DealKindLabels, '类型'),
  licenceKind: labelCell({ exclusive: LicenceKindLabels.exclusive, sole: LicenceKindLabels.sole, ordinary: LicenceKindLabels.ordinary }, '许可方式').optional(),
  rightKind: labelCell(RightKindLabels, '权利类型'),
  rightNo: z.string().trim().min(1).max(30).regex(/^[A-Za-z0-9.]+$/, '编号只能包含字母、数字和小数点'),
  from: z.string().trim().min(1).max(200),
  fromKind: labelCell(PartyKindLabels, '让与方类型'),
  fromRegion: region,
  to: z.string().trim().min(1).max(200),
  toKind: labelCell(PartyKindLabels, '受让方类型'),
  toRegion: region,
  amount: z.string().trim().regex(/^\d{1,12}(\.\d{1,2})?$/, '金额应为数字（元，最多两位小数）').transform((t) => Math.round(Number(t) * 100)),
  effectiveOn: dateField(),
  contractNo: z.string().trim().max(60).optional(),
});
export type TransferImportRow = z.output<typeof TransferImportRowSchema>;
