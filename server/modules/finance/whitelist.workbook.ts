import { type Application, ApplicationStatusLabels, ChannelLabels, type CreditLine, CreditStatusLabels } from '../../../common/finance-whitelist';
import { type ExportColumn, MONEY_FORMAT } from '../../platform/excel';

const yesNo = (v: boolean | null) => (v === null ? '待核查' : v ? '是' : '否');

/** The columns of an exported whitelist (banks export the published list). */
export const APPLICATION_COLUMNS: ExportColumn<Application>[] = [
  { header: '批次', width: 28, value: (r) => r.batchTitle },
  { header: '企业', width: 32, value: (r) => r.enterpriseName },
  { header: '所在地区', width: 20, value: (r) => r.regionName },
  { header: '来源', width: 14, value: (r) => ChannelLabels[r.channel].zh },
  { header: '推荐/推送单位', width: 24, value: (r) => r.channelOrgName },
  { header: '状态', width: 10, value: (r) => ApplicationStatusLabels[r.status].zh },
  { header: '高新技术企业', width: 12, value: (r) => (r.highTech ? '是' : '否') },
  { header: '有效发明专利（件）', width: 14, value: (r) => r.validInventions },
  { header: '高价值发明专利（件）', width: 14, value: (r) => r.highValueInventions },
  { header: '失信记录', width: 10, value: (r) => yesNo(r.dishonesty) },
  { header: '非正常专利申请', width: 12, value: (r) => yesNo(r.abnormalFiling) },
  { header: '得分', width: 8, value: (r) => r.score },
  { header: '评分理由', width: 60, value: (r) => r.lines.map((l) => `${l.label}：${l.reason}`).join('；') },
];

/** The columns of exported credit lines. */
export const CREDIT_LINE_COLUMNS: ExportColumn<CreditLine>[] = [
  { header: '银行', width: 24, value: (r) => r.bankName },
  { header: '企业', width: 32, value: (r) => r.enterpriseName },
  { header: '所在地区', width: 20, value: (r) => r.regionName },
  { header: '状态', width: 10, value: (r) => CreditStatusLabels[r.status].zh },
  { header: '授信金额（元）', width: 16, numFmt: MONEY_FORMAT, value: (r) => (r.amountFen === null ? null : r.amountFen / 100) },
  { header: '授信日期', width: 12, value: (r) => r.grantedOn },
  { header: '到期日', width: 12, value: (r) => r.expiresOn },
  { header: '备注', width: 30, value: (r) => r.note },
];
