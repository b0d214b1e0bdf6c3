import { type AssistRequest, AssistKindLabels, AssistOutcomeLabels, AssistStateLabels, type BodyListItem, CoopAreaLabels } from '../../../common/enforcement-cooperation';
import type { ExportColumn } from '../../platform/excel';

/** Columns of the exported list of cooperation bodies. */
export const BODY_EXPORT_COLUMNS: ExportColumn<BodyListItem>[] = [
  { header: '协作体', width: 32, value: (r) => r.name },
  { header: '协作区域', width: 14, value: (r) => CoopAreaLabels[r.area].zh },
  { header: '协作协议', width: 40, value: (r) => r.agreementTitle },
  { header: '签订日期', value: (r) => r.agreementSignedOn },
  { header: '成员单位数', value: (r) => r.memberCount },
  { header: '协助请求数', value: (r) => r.requestCount },
  { header: '未答复请求', value: (r) => r.openRequests },
];

/** Columns of the exported list of assistance requests. */
export const ASSIST_EXPORT_COLUMNS: ExportColumn<AssistRequest>[] = [
  { header: '协作体', width: 28, value: (r) => r.body.name },
  { header: '请求单位', width: 28, value: (r) => r.from.name },
  { header: '被请求单位', width: 28, value: (r) => r.to.name },
  { header: '协助事项', width: 16, value: (r) => AssistKindLabels[r.kind].zh },
  { header: '涉及当事人或文书', width: 28, value: (r) => r.subject },
  { header: '发出日期', value: (r) => r.sentOn },
  { header: '答复期限', value: (r) => r.dueOn },
  { header: '状态', width: 16, value: (r) => AssistStateLabels[r.state].zh },
  { header: '答复日期', value: (r) => r.answeredOn },
  { header: '协助结果', width: 18, value: (r) => (r.outcome ? AssistOutcomeLabels[r.outcome].zh : null) },
  { header: '是否逾期', value: (r) => (r.overdue ? '逾期' : '') },
];
