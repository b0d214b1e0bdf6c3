import { z } from 'zod';
import { dateField } from '../../../common/fields';
import { type Claim, ClaimStatusLabels, CollateralLabels, type Loan, LoanStatusLabels } from '../../../common/finance-loans';
import { type SubsidyApplication, SubsidyKindLabels, SubsidyStatusLabels } from '../../../common/finance-subsidies';
import { Limits } from '../../../common/limits';
import { type ExportColumn, type ImportColumn, MONEY_FORMAT } from '../../platform/excel';

const yuan = (fen: number) => fen / 100;
const percent = (bp: number) => bp / 100;

export const LOAN_EXPORT_COLUMNS: ExportColumn<Loan>[] = [
  { header: '合同编号', width: 20, value: (l) => l.contractNo },
  { header: '企业', width: 30, value: (l) => l.enterpriseName },
  { header: '所在地区', width: 24, value: (l) => l.regionName },
  { header: '贷款银行', width: 24, value: (l) => l.bankName },
  { header: '担保方式', width: 20, value: (l) => CollateralLabels[l.collateral].zh },
  { header: '知识产权占比(%)', width: 14, value: (l) => percent(l.ipShareBp) },
  { header: '贷款金额(元)', width: 16, numFmt: MONEY_FORMAT, value: (l) => yuan(l.amountFen) },
  { header: '年利率(%)', width: 10, value: (l) => percent(l.rateBp) },
  { header: '期限(月)', width: 10, value: (l) => l.termMonths },
  { header: '签约日期', width: 12, value: (l) => l.signedOn },
  { header: '放款日期', width: 12, value: (l) => l.disbursedOn },
  { header: '到期日期', width: 12, value: (l) => l.maturityOn },
  { header: '状态', width: 10, value: (l) => LoanStatusLabels[l.status].zh },
  { header: '已还本金(元)', width: 16, numFmt: MONEY_FORMAT, value: (l) => yuan(l.principalRepaidFen) },
  { header: '已付利息(元)', width: 16, numFmt: MONEY_FORMAT, value: (l) => yuan(l.interestRepaidFen) },
  { header: '贷款余额(元)', width: 16, numFmt: MONEY_FORMAT, value: (l) => yuan(l.outstandingFen) },
  { header: '逾期天数', width: 10, value: (l) => l.overdueDays },
  { header: '不良认定日期', width: 12, value: (l) => l.defaultOn },
  { header: '典型案例', width: 8, value: (l) => (l.typicalCase ? '是' : '') },
];

export const CLAIM_EXPORT_COLUMNS: ExportColumn<Claim>[] = [
  { header: '合同编号', width: 20, value: (c) => c.contractNo },
  { header: '企业', width: 30, value: (c) => c.enterpriseName },
  { header: '贷款银行', width: 24, value: (c) => c.bankName },
  { header: '资金池', width: 24, value: (c) => c.poolName },
  { header: '不良认定日期', width: 12, value: (c) => c.defaultConfirmedOn },
  { header: '申请日期', width: 12, value: (c) => c.appliedOn },
  { header: '申请截止日', width: 12, value: (c) => c.deadlineOn },
  { header: '损失金额(元)', width: 16, numFmt: MONEY_FORMAT, value: (c) => yuan(c.lossFen) },
  { header: '可补偿金额(元)', width: 16, numFmt: MONEY_FORMAT, value: (c) => yuan(c.eligibleFen) },
  { header: '资金池已代偿(元)', width: 16, numFmt: MONEY_FORMAT, value: (c) => yuan(c.paidFen) },
  { header: '资金池已收回(元)', width: 16, numFmt: MONEY_FORMAT, value: (c) => yuan(c.recoveredFen) },
  { header: '状态', width: 14, value: (c) => ClaimStatusLabels[c.status].zh },
];

/** The sheet the finance bureau pays from: one row per approved application of a batch. */
export const SUBSIDY_EXPORT_COLUMNS: ExportColumn<SubsidyApplication>[] = [
  { header: '企业', width: 30, value: (a) => a.enterpriseName },
  { header: '政策', width: 30, value: (a) => a.policyName },
  { header: '补贴类型', width: 30, value: (a) => SubsidyKindLabels[a.kind].zh },
  { header: '年度', width: 8, value: (a) => a.year },
  { header: '补贴金额(元)', width: 16, numFmt: MONEY_FORMAT, value: (a) => yuan(a.amountFen) },
  { header: '计算过程', width: 80, kind: 'text', value: (a) => [...a.working.lines.map((l) => `${l.contractNo ?? ''} ${l.note}`.trim()), ...a.working.notes].join('；') },
  { header: '状态', width: 10, value: (a) => SubsidyStatusLabels[a.status].zh },
  { header: '支付批次', width: 24, value: (a) => a.batchTitle },
];

/** Yuan as written in a sheet cell, to integer fen exactly; at most two decimals. */
export const YuanCellSchema = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, '金额应为数字（元，最多两位小数）')
  .transform((t) => {
    const [whole = '0', decimals = ''] = t.split('.');
    return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  });
/** A percentage as written in a sheet cell ('3.85'), to basis points exactly; at most two decimals. */
const PercentCellSchema = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, '应为百分数（最多两位小数），如 3.85')
  .transform((t) => {
    const [whole = '0', decimals = ''] = t.split('.');
    return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  })
  .refine((bp) => bp >= 1 && bp <= 10_000, '应在 0.01 到 100 之间');

export const LOAN_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'contractNo', header: '合同编号', required: true, example: 'ZY-2026-001', note: '本行的借款合同编号，同一银行内唯一', width: 18 },
  { key: 'enterprise', header: '企业', required: true, example: '深圳市坪山新材料科技有限公司', note: '系统中已有企业的全称或简称', width: 30 },
  { key: 'collateral', header: '担保方式', required: true, example: '纯知识产权质押', note: '“纯知识产权质押”或“组合担保”', width: 16 },
  { key: 'ipShare', header: '知识产权占比(%)', example: '100', note: '组合担保时填写知识产权所占比例；纯知识产权质押为 100', width: 14 },
  { key: 'amount', header: '贷款金额(元)', required: true, example: '5000000', kind: 'number', width: 16 },
  { key: 'rate', header: '年利率(%)', required: true, example: '3.85', width: 10 },
  { key: 'termMonths', header: '期限(月)', required: true, example: '12', width: 10 },
  { key: 'signedOn', header: '签约日期', required: true, example: '2026-03-15', note: 'YYYY-MM-DD', width: 12 },
];

export const LoanImportRowSchema = z.object({
  contractNo: z.string().trim().min(1).max(Limits.shortNameMax * 2),
  enterprise: z.string().trim().min(1).max(Limits.nameMax),
  collateral: z.enum(['纯知识产权质押', '组合担保'], { message: '应为“纯知识产权质押”或“组合担保”' }).transform((v) => (v === '纯知识产权质押' ? ('pureIp' as const) : ('mixed' as const))),
  ipShare: PercentCellSchema.optional(),
  amount: YuanCellSchema.refine((f) => f > 0, '金额应大于零'),
  rate: PercentCellSchema,
  termMonths: z.coerce.number({ message: '期限应为整数' }).int('期限应为整数').min(1, '期限至少 1 个月').max(600),
  signedOn: dateField(),
});
export type LoanImportRow = z.output<typeof LoanImportRowSchema>;

export const REPAYMENT_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'contractNo', header: '合同编号', required: true, example: 'ZY-2026-001', note: '已登记贷款的合同编号', width: 18 },
  { key: 'paidOn', header: '还款日期', required: true, example: '2026-04-21', note: 'YYYY-MM-DD', width: 12 },
  { key: 'principal', header: '归还本金(元)', required: true, example: '0', kind: 'number', width: 16 },
  { key: 'interest', header: '支付利息(元)', required: true, example: '16041.67', kind: 'number', width: 16 },
];

export const RepaymentImportRowSchema = z.object({
  contractNo: z.string().trim().min(1).max(Limits.shortNameMax * 2),
  paidOn: dateField(),
  principal: YuanCellSchema,
  interest: YuanCellSchema,
});
export type RepaymentImportRow = z.output<typeof RepaymentImportRowSchema>;
