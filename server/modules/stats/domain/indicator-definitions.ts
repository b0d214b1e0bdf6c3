import { INDICATORS, type IndicatorDefinitionInfo, type IndicatorId } from '../../../../common/indicators';
import type { Measure } from '../../../../common/stats';

/** What an indicator's value is divided by: a baseline of the same region and year. */
export type Denominator = 'population' | 'gdp' | 'area';

/** An indicator's formula in code: the measures summed into its numerator, and its denominator if any. */
export interface IndicatorFormula {
  numerator: readonly Measure[];
  denominator: Denominator | null;
  /** Values another module provides (domain/provided.ts): a sum, or an average of its numerator over its denominator. */
  provided?: 'sum' | 'average';
}

const PROVIDED: IndicatorFormula = { numerator: [], denominator: null, provided: 'sum' };

const GRANTS_DOM: Measure[] = ['grants_inv_dom', 'grants_um_dom', 'grants_des_dom'];
const GRANTS_FOR: Measure[] = ['grants_inv_for', 'grants_um_for', 'grants_des_for'];

/** The formulas; their Chinese wording, source and version are in common/indicators.ts. */
export const FORMULAS: Record<IndicatorId, IndicatorFormula> = {
  patentGrants: { numerator: [...GRANTS_DOM, ...GRANTS_FOR], denominator: null },
  domesticPatentGrants: { numerator: GRANTS_DOM, denominator: null },
  inventionGrants: { numerator: ['grants_inv_dom', 'grants_inv_for'], denominator: null },
  utilityModelGrants: { numerator: ['grants_um_dom', 'grants_um_for'], denominator: null },
  designGrants: { numerator: ['grants_des_dom', 'grants_des_for'], denominator: null },
  inventionPatentsInForce: { numerator: ['inv_stock_dom', 'inv_stock_for'], denominator: null },
  domesticInventionPatentsInForce: { numerator: ['inv_stock_dom'], denominator: null },
  inventionPatentsPer10k: { numerator: ['inv_stock_dom'], denominator: 'population' },
  allHolderInventionPatentsPer10k: { numerator: ['inv_stock_dom', 'inv_stock_for'], denominator: 'population' },
  highValueInventionPatents: { numerator: ['hv_stock_dom'], denominator: null },
  highValueInventionPatentsPer10k: { numerator: ['hv_stock_dom'], denominator: 'population' },
  patentsPer100MGdp: { numerator: GRANTS_DOM, denominator: 'gdp' },
  inventionPatentsPerKm2: { numerator: ['inv_stock_dom'], denominator: 'area' },
  trademarkRegistrations: { numerator: ['tm_regs_dom', 'tm_regs_for'], denominator: null },
  domesticTrademarkRegistrations: { numerator: ['tm_regs_dom'], denominator: null },
  trademarksInForce: { numerator: ['tm_stock_dom', 'tm_stock_for'], denominator: null },
  domesticTrademarksInForce: { numerator: ['tm_stock_dom'], denominator: null },
  pctApplications: { numerator: ['pct_dom', 'pct_for'], denominator: null },
  domesticPctApplications: { numerator: ['pct_dom'], denominator: null },
  geographicalIndications: { numerator: ['gi_stock'], denominator: null },
  pledgeFinancingAmount: { numerator: ['fin_pledge_amount'], denominator: null },
  pledgeFinancingProjects: { numerator: ['fin_pledge_count'], denominator: null },
  pledgeFinancingEnterprises: { numerator: ['fin_pledge_enterprises'], denominator: null },
  patentPledgeAmount: { numerator: ['fin_patent_pledge_amount'], denominator: null },
  trademarkPledgeAmount: { numerator: ['fin_trademark_pledge_amount'], denominator: null },
  giPledgeAmount: { numerator: ['fin_gi_pledge_amount'], denominator: null },
  inclusiveIpLoanAmount: { numerator: ['fin_inclusive_loan_amount'], denominator: null },
  inclusiveIpLoans: { numerator: ['fin_inclusive_loans'], denominator: null },
  ipFinanceSubsidiesPaid: { numerator: ['fin_subsidies_paid'], denominator: null },
  ipSecuritisationAmount: { numerator: ['fin_securitisation_amount'], denominator: null },
  enfCasesOpened: PROVIDED,
  enfCasesClosed: PROVIDED,
  enfPenalties: PROVIDED,
  enfPenaltyAmount: PROVIDED,
  enfTransfers: PROVIDED,
  enfTransfersOpened: PROVIDED,
  enfDetentions: PROVIDED,
  enfDetentionsTrademark: PROVIDED,
  enfDetentionsPatent: PROVIDED,
  enfClueAnswerDays: { numerator: [], denominator: null, provided: 'average' },
};

export interface BaselineValues {
  population: number | null;
  gdp: number | null;
  area: number | null;
}

/** The measures of one region and year; a measure is null when nothing (records or figures) covers it. */
export type MeasureLookup = (m: Measure) => number | null;

export interface ComputedValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/**
 * Applies a formula. Measures without data count as zero when at least one measure of the
 * numerator has data; the value is null when none has, or when a ratio lacks its baseline.
 */
export function computeIndicator(formula: IndicatorFormula, measures: MeasureLookup, baseline: BaselineValues | undefined): ComputedValue {
  let covered = false;
  let numerator = 0;
  for (const m of formula.numerator) {
    const v = measures(m);
    if (v !== null) {
      covered = true;
      numerator += v;
    }
  }
  if (!covered) return { value: null, numerator: null, denominator: null };
  if (!formula.denominator) return { value: numerator, numerator, denominator: null };
  const den = baseline?.[formula.denominator] ?? null;
  if (den === null || !(den > 0)) return { value: null, numerator, denominator: null };
  return { value: numerator / den, numerator, denominator: den };
}

/** Definition metadata of an indicator, with the pledge threshold in force written into the high-value version. */
export function definitionOf(id: IndicatorId, pledgeThresholdYuan: number): { formula: string; source: string; version: string } {
  const info: IndicatorDefinitionInfo = INDICATORS.find((i) => i.id === id)!;
  const usesHv = FORMULAS[id].numerator.some((m) => m.startsWith('hv_'));
  const version = usesHv ? `${info.version}；质押阈值${formatYuan(pledgeThresholdYuan)}` : info.version;
  return { formula: info.formula, source: info.source, version };
}

/** 5,000,000 → "500万元". */
export function formatYuan(yuan: number): string {
  return yuan >= 10_000 ? `${+(yuan / 10_000).toFixed(2)}万元` : `${yuan}元`;
}
