import { CaseSourceLabels, CaseStatusLabels, type CaseListItem, NextAgentLabels, RightKindLabels } from '../../../common/enforcement';
import {
  type Clue,
  CustomsRightKindLabels,
  type Recordal,
  ClueStateLabels,
  type Detention,
  DetentionKindLabels,
  DetentionStatusLabels,
  type TransferListItem,
  TransferStatusLabels,
} from '../../../common/enforcement-agency';
import { type ExportColumn, MONEY_FORMAT } from '../../platform/excel';

const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

/** Columns of the exported case list. */
export const CASE_EXPORT_COLUMNS: ExportColumn<CaseListItem>[] = [
  { header: '案件编号', width: 26, value: (r) => r.caseNo },
  { header: '办案机关', width: 28, value: (r) => r.org.name },
  { header: '案件来源', value: (r) => CaseSourceLabels[r.source].zh },
  { header: '违法类型', value: (r) => RightKindLabels[r.rightKind].zh },
  { header: '当事人', width: 28, value: (r) => r.partyName },
  { header: '状态', value: (r) => CaseStatusLabels[r.status].zh },
  { header: '收到日期', value: (r) => r.receivedOn },
  { header: '立案日期', value: (r) => r.openedOn },
  { header: '决定日期', value: (r) => r.decidedOn },
  { header: '罚款（元）', numFmt: MONEY_FORMAT, value: (r) => yuan(r.fineFen) },
  { header: '当前期限', value: (r) => r.nextDueOn },
  { header: '是否逾期', value: (r) => (r.overdue ? '逾期' : '') },
  { header: '待办方', value: (r) => NextAgentLabels[r.nextActor].zh },
];

/** Columns of the exported transfer list. */
export const TRANSFER_EXPORT_COLUMNS: ExportColumn<TransferListItem>[] = [
  { header: '案件编号', width: 26, value: (r) => r.caseNo },
  { header: '当事人', width: 28, value: (r) => r.partyName },
  { header: '移送机关', width: 28, value: (r) => r.from.name },
  { header: '公安机关', width: 20, value: (r) => r.police.name },
  { header: '状态', width: 20, value: (r) => TransferStatusLabels[r.status].zh },
  { header: '报批日期', value: (r) => r.reportedOn },
  { header: '移送日期', value: (r) => r.sentOn },
  { header: '公安决定日期', value: (r) => r.policeDecidedOn },
  { header: '当前期限', value: (r) => r.nextDueOn },
  { header: '是否逾期', value: (r) => (r.overdue ? '逾期' : '') },
  { header: '待办方', value: (r) => NextAgentLabels[r.nextActor].zh },
];

/** Columns of the exported clue list. */
export const CLUE_EXPORT_COLUMNS: ExportColumn<Clue>[] = [
  { header: '线索', width: 30, value: (r) => r.title },
  { header: '移交单位', width: 24, value: (r) => r.from.name },
  { header: '接收单位', width: 24, value: (r) => r.to.name },
  { header: '移交日期', value: (r) => r.passedOn },
  { header: '签收日期', value: (r) => r.acknowledgedOn },
  { header: '反馈日期', value: (r) => r.answeredOn },
  { header: '状态', value: (r) => ClueStateLabels[r.state].zh },
  { header: '是否逾期', value: (r) => (r.overdue ? '逾期' : '') },
];

/** Columns of the exported detention list. */
export const DETENTION_EXPORT_COLUMNS: ExportColumn<Detention>[] = [
  { header: '海关', width: 20, value: (r) => r.customs.name },
  { header: '权利人', width: 28, value: (r) => r.holder.name },
  { header: '扣留方式', value: (r) => DetentionKindLabels[r.kind].zh },
  { header: '货物', width: 24, value: (r) => r.goods },
  { header: '数量', value: (r) => r.quantity },
  { header: '申报价值（元）', numFmt: MONEY_FORMAT, value: (r) => yuan(r.declaredValueFen) },
  { header: '通知日期', value: (r) => r.notifiedOn },
  { header: '扣留日期', value: (r) => r.detainedOn },
  { header: '状态', width: 20, value: (r) => DetentionStatusLabels[r.status].zh },
  { header: '处理日期', value: (r) => r.outcomeOn },
];

/** Columns of the exported customs recordals. */
export const RECORDAL_EXPORT_COLUMNS: ExportColumn<Recordal>[] = [
  { header: '备案号', width: 18, value: (r) => r.recordalNo },
  { header: '权利人', width: 28, value: (r) => r.holder.name },
  { header: '权利类型', value: (r) => CustomsRightKindLabels[r.rightKind].zh },
  { header: '权利证书号', width: 18, value: (r) => r.rightNo, kind: 'text' },
  { header: '权利名称', width: 24, value: (r) => r.rightName },
  { header: '核准日期', value: (r) => r.approvedOn },
  { header: '有效期至', value: (r) => r.expiresOn },
  { header: '续展次数', value: (r) => r.renewals },
  { header: '状态', value: (r) => (r.valid ? '有效' : '已失效') },
];
