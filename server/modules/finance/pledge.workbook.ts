import { IpRightKindLabels, type PledgeSummary, PledgeStatusLabels } from '../../../common/finance';
import { type ExportColumn, MONEY_FORMAT } from '../../platform/excel';

const yuan = (fen: number) => fen / 100;

/** The columns of the exported pledge list. */
export const PLEDGE_COLUMNS: ExportColumn<PledgeSummary>[] = [
  { header: '出质人', width: 32, value: (r) => r.enterpriseName },
  { header: '质权人', width: 24, value: (r) => r.bankName },
  { header: '所在地区', width: 20, value: (r) => r.regionName },
  { header: '权利类型', width: 14, value: (r) => r.kinds.map((k) => IpRightKindLabels[k].zh).join('、') },
  { header: '权利编号', width: 36, kind: 'text', value: (r) => r.rightNumbers },
  { header: '担保债权数额（元）', width: 18, numFmt: MONEY_FORMAT, value: (r) => yuan(r.securedAmountFen) },
  { header: '债务起始日', width: 12, value: (r) => r.debtStart },
  { header: '债务届满日', width: 12, value: (r) => r.debtEnd },
  { header: '状态', width: 18, value: (r) => PledgeStatusLabels[r.status].zh },
  { header: '提交日期', width: 12, value: (r) => r.submittedOn },
  { header: '办理期限', width: 12, value: (r) => r.dueOn },
  { header: '质押登记号', width: 20, kind: 'text', value: (r) => r.registrationNo },
  { header: '登记日期', width: 12, value: (r) => r.registeredOn },
  { header: '典型案例', width: 10, value: (r) => (r.typicalCase ? '是' : '') },
];
