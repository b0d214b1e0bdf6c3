// The checks the law and CNIPA's guidance set on an open-licence declaration (专利法 arts. 50–52),
// as pure rules over the patent's record, the terms and the configured caps. Each problem names the
// request field it belongs to, so the form shows it under that field.

/** The configurable limits a declaration is checked against (the `utilisation_rule` rows by code). */
export interface OpenLicenceRules {
  lumpSumMaxFen: number;
  royaltySalesMaxBp: number;
  royaltyProfitMaxBp: number;
  termMinYears: number;
}

/** What the platform's records say about the patent. */
export interface PatentFacts {
  patentType: string;
  legalStatus: string;
  holderName: string;
  grantDate: string | null;
  applicationDate: string;
}

/** The terms the holder declares. */
export interface DeclaredTerms {
  payKind: 'royaltySales' | 'royaltyProfit' | 'lumpSum' | 'free';
  rateBp?: number | null | undefined;
  lumpSumFen?: number | null | undefined;
  termFrom: string;
  termTo: string;
  evaluationReportNo?: string | null | undefined;
}

export interface RuleProblem {
  field: string;
  message: string;
}

const TERM_YEARS: Record<string, number> = { invention: 20, utilityModel: 10, design: 15 };

/** The day a patent's term ends: 20 years (invention), 10 (utility model) or 15 (design) from filing, less a day. */
export function patentExpiry(patentType: string, applicationDate: string): string {
  const years = TERM_YEARS[patentType] ?? 20;
  const d = new Date(`${applicationDate}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The same day `years` later ('YYYY-MM-DD'). */
function plusYears(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

/** Co-owned patents list several holders separated like this in CNIPA records. */
const CO_OWNER_SEPARATOR = /[;；,，、]/;

/** Every problem with a declaration, or an empty list when it may be published. */
export function checkDeclaration(p: PatentFacts, holderName: string, t: DeclaredTerms, rules: OpenLicenceRules, today: string, exclusiveLicence: string | null): RuleProblem[] {
  const out: RuleProblem[] = [];
  const bad = (field: string, message: string) => out.push({ field, message });
  if (p.legalStatus !== 'valid' || !p.grantDate) bad('patentNo', '该专利不在有效期内（须为已授权且维持有效的专利）');
  if (CO_OWNER_SEPARATOR.test(p.holderName)) bad('patentNo', '该专利为共有专利，须权属清晰、由单一专利权人声明开放许可');
  else if (p.holderName !== holderName) bad('holderOrgId', `专利权人为「${p.holderName}」，与声明单位不一致`);
  if (exclusiveLicence) bad('patentNo', `该专利已有有效的${exclusiveLicence === 'exclusive' ? '独占' : '排他'}许可，不能开放许可`);
  if (p.patentType !== 'invention' && !t.evaluationReportNo) bad('evaluationReportNo', '实用新型和外观设计专利须提供专利权评价报告');
  const expiry = patentExpiry(p.patentType, p.applicationDate);
  if (t.termFrom < today) bad('termFrom', '许可期限不能早于今天开始');
  if (t.termTo <= t.termFrom) bad('termTo', '许可期限的结束日应晚于开始日');
  else if (t.termTo < plusYears(t.termFrom, rules.termMinYears)) bad('termTo', `许可期限不少于${rules.termMinYears}年`);
  if (t.termTo > expiry) bad('termTo', `许可期限不能超过专利权期限（${expiry}届满）`);
  if (t.payKind === 'lumpSum') {
    if (!t.lumpSumFen) bad('lumpSumFen', '一次性支付须填写许可使用费金额');
    else if (t.lumpSumFen > rules.lumpSumMaxFen) bad('lumpSumFen', `一次性许可使用费不能超过${(rules.lumpSumMaxFen / 1_000_000).toLocaleString('zh-CN')}万元`);
  }
  if (t.payKind === 'royaltySales' || t.payKind === 'royaltyProfit') {
    const cap = t.payKind === 'royaltySales' ? rules.royaltySalesMaxBp : rules.royaltyProfitMaxBp;
    if (!t.rateBp) bad('rateBp', '提成方式须填写提成比例');
    else if (t.rateBp > cap) bad('rateBp', `提成比例不能超过${t.payKind === 'royaltySales' ? '净销售额' : '利润'}的${cap / 100}%`);
  }
  return out;
}

/** This year's annual-fee reduction of an open declaration, in fen, at the configured percentage (rounded down to the fen). */
export function feeReductionFen(annualFeeFen: number, percent: number, open: boolean): number {
  return open ? Math.floor((annualFeeFen * percent) / 100) : 0;
}
