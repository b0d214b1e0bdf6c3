import type { FinanceStatistics, PledgeSplitRow } from '../../../common/finance-stats';
import type { LoanFigures } from '../../../common/finance-subsidies';
import { type ExportSheet, MONEY_FORMAT, writeWorkbook } from '../../platform/excel';

const yuan = (fen: number) => fen / 100;
const pct = (bp: number | null) => (bp === null ? null : bp / 100);

type Line = { item: string; value: number | null; unit: string };

/** The headline figures as one sheet of item, value and unit. */
function summaryLines(s: FinanceStatistics): Line[] {
  const l = s.loans;
  return [
    { item: '质押登记金额', value: yuan(s.pledges.amountFen), unit: '元' },
    { item: '质押登记金额同比增长', value: pct(s.pledgeAmountGrowthBp), unit: '%' },
    { item: '质押项目数', value: s.pledges.projects, unit: '项' },
    { item: '质押项目数同比增长', value: pct(s.pledgeProjectsGrowthBp), unit: '%' },
    { item: '服务企业数', value: s.pledges.enterprises, unit: '家' },
    { item: '服务企业数同比增长', value: pct(s.enterprisesGrowthBp), unit: '%' },
    { item: '质押贷款金额', value: yuan(l.amountFen), unit: '元' },
    { item: '质押贷款金额同比增长', value: pct(s.loanAmountGrowthBp), unit: '%' },
    { item: '质押贷款笔数', value: l.loans, unit: '笔' },
    { item: '普惠贷款（1000万元以下）金额', value: yuan(l.inclusiveAmountFen), unit: '元' },
    { item: '普惠贷款笔数', value: l.inclusiveLoans, unit: '笔' },
    { item: '普惠贷款金额占比', value: pct(l.inclusiveShareBp), unit: '%' },
    { item: '风险补偿资金池注资', value: yuan(l.poolFundFen), unit: '元' },
    { item: '资金池余额', value: yuan(l.poolBalanceFen), unit: '元' },
    { item: '资金池放大倍数', value: l.leverageX100 / 100, unit: '倍' },
    { item: '代偿支出', value: yuan(l.payoutFen), unit: '元' },
    { item: '追偿收回', value: yuan(l.recoveredFen), unit: '元' },
    { item: '代偿损失率', value: pct(l.lossRateBp), unit: '%' },
    { item: '贴息及费用补贴发放', value: yuan(l.subsidiesPaidFen), unit: '元' },
    { item: '证券化产品发行数', value: s.securitisation.products, unit: '只' },
    { item: '证券化发行规模', value: yuan(s.securitisation.amountFen), unit: '元' },
  ];
}

const pledgeSheet = (name: string, first: string, rows: PledgeSplitRow[]): ExportSheet<PledgeSplitRow> => ({
  name,
  rows,
  columns: [
    { header: first, width: 30, value: (r) => r.name },
    { header: '质押项目数', width: 12, value: (r) => r.projects },
    { header: '质押金额(元)', width: 20, numFmt: MONEY_FORMAT, value: (r) => yuan(r.amountFen) },
    { header: '服务企业数', width: 12, value: (r) => r.enterprises },
  ],
});

const loanSheet = (name: string, first: string, rows: LoanFigures['byDistrict']): ExportSheet<LoanFigures['byDistrict'][number]> => ({
  name,
  rows,
  columns: [
    { header: first, width: 30, value: (r) => r.name },
    { header: '贷款笔数', width: 10, value: (r) => r.loans },
    { header: '贷款金额(元)', width: 20, numFmt: MONEY_FORMAT, value: (r) => yuan(r.amountFen) },
    { header: '普惠贷款笔数', width: 12, value: (r) => r.inclusiveLoans },
    { header: '普惠贷款金额(元)', width: 20, numFmt: MONEY_FORMAT, value: (r) => yuan(r.inclusiveAmountFen) },
  ],
});

/** The finance statistics of a year as a workbook: the headline figures, then each split on its own sheet. */
export async function financeStatsWorkbook(s: FinanceStatistics): Promise<Buffer> {
  const summary: ExportSheet<Line> = {
    name: '总体情况',
    rows: summaryLines(s),
    columns: [
      { header: `${s.regionName}${s.year}年`, width: 32, value: (r) => r.item },
      { header: '数值', width: 22, value: (r) => r.value },
      { header: '单位', width: 8, value: (r) => r.unit },
    ],
  };
  const sheets = [
    summary,
    pledgeSheet('质押按权利类型', '权利类型', s.byKind),
    pledgeSheet('质押按地区', '地区', s.byDistrict),
    pledgeSheet('质押按银行', '质权人银行', s.byBank),
    pledgeSheet('质押按产业', '产业（战略性新兴产业分类）', s.byIndustry),
    loanSheet('贷款按地区', '地区', s.loans.byDistrict),
    loanSheet('贷款按银行', '银行', s.loans.byBank),
  ];
  return writeWorkbook(sheets as ExportSheet<unknown>[]);
}
