/**
 * The catalogue of IP indicators: id, Chinese name, unit, formula and the source and version of
 * each definition. The stats module computes them (server/modules/stats/indicator-definitions.ts);
 * work plans use the ids to set targets the stats module tracks.
 */

/** Whether an indicator counts records or relates a count to a baseline (population, GDP, area). */
export type IndicatorKind = 'count' | 'ratio';
/** Domestic (excluding Hong Kong, Macao, Taiwan and foreign holders) or every holder. */
export type HolderVariant = 'domestic' | 'all';

export interface IndicatorDefinitionInfo {
  id: string;
  name: string;
  nameEn: string;
  unit: string;
  kind: IndicatorKind;
  variant: HolderVariant;
  /** Decimal places shown (ratios 2, counts 0). */
  decimals: number;
  formula: string;
  /** Where the definition comes from; shown next to every value. */
  source: string;
  version: string;
}

const V1 = 'v1（2026-11）';
const CNIPA_COUNT = '国家知识产权局《知识产权统计年报》口径：按第一权利人地址所在行政区划统计';
const CNIPA_PER10K = '国家知识产权局统计口径（国内，不含港澳台）；年末常住人口来自地方统计公报';
const CNIPA_HV = '国家知识产权局2021年第二季度例行新闻发布会：高价值发明专利五类情形，按专利件数去重；质押融资金额阈值为平台参数（官方阈值未公布）';
// Indicators with no national definition: the source says what the platform's own reading rests on, in words an office can check.
const LOCAL_ALL = '本平台地方口径（国家无统一定义）：有效发明专利含国外权利人，按第一权利人地址统计；年末常住人口取地方统计公报；可随版本调整';
const LOCAL_GDP = '本平台地方口径（国家无统一定义）：国内专利授权量按《知识产权统计年报》口径；地区生产总值（亿元）取地方统计公报；可随版本调整';
const ENF = '本平台知识产权执法模块记录：按办案、移交或扣留单位所在行政区划与当年日期统计；国家无统一口径，可随版本调整';
const LOCAL_AREA = '本平台地方口径（国家无统一定义）：国内有效发明专利按《知识产权统计年报》口径；行政区域土地面积取行政区划统计资料；可随版本调整';

// IP finance indicators: totals of the platform's own finance records, written as figures (amounts rounded to 万元).
const FINANCE_PLATFORM = '本平台知识产权金融模块汇总：质押登记、贷款、补贴和证券化登记数据，按出质人或借款企业所在行政区划统计；金额四舍五入到万元';

export const INDICATORS = [
  { id: 'patentGrants', name: '专利授权量', nameEn: 'Patent grants', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '当年授权公告的发明、实用新型、外观设计专利件数（全部权利人）', source: CNIPA_COUNT, version: V1 },
  { id: 'domesticPatentGrants', name: '国内专利授权量', nameEn: 'Domestic patent grants', unit: '件', kind: 'count', variant: 'domestic', decimals: 0, formula: '当年授权公告的三种专利件数（国内权利人）', source: CNIPA_COUNT, version: V1 },
  { id: 'inventionGrants', name: '发明专利授权量', nameEn: 'Invention grants', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '当年授权公告的发明专利件数', source: CNIPA_COUNT, version: V1 },
  { id: 'utilityModelGrants', name: '实用新型专利授权量', nameEn: 'Utility model grants', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '当年授权公告的实用新型专利件数', source: CNIPA_COUNT, version: V1 },
  { id: 'designGrants', name: '外观设计专利授权量', nameEn: 'Design grants', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '当年授权公告的外观设计专利件数', source: CNIPA_COUNT, version: V1 },
  { id: 'inventionPatentsInForce', name: '有效发明专利拥有量', nameEn: 'Invention patents in force', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '年末处于有效状态的发明专利件数（全部权利人）', source: CNIPA_COUNT, version: V1 },
  { id: 'domesticInventionPatentsInForce', name: '国内有效发明专利拥有量', nameEn: 'Domestic invention patents in force', unit: '件', kind: 'count', variant: 'domestic', decimals: 0, formula: '年末处于有效状态的发明专利件数（国内权利人）', source: CNIPA_COUNT, version: V1 },
  { id: 'inventionPatentsPer10k', name: '每万人口发明专利拥有量', nameEn: 'Invention patents per 10k people', unit: '件', kind: 'ratio', variant: 'domestic', decimals: 2, formula: '国内有效发明专利拥有量 ÷ 年末常住人口（万人）', source: CNIPA_PER10K, version: V1 },
  { id: 'allHolderInventionPatentsPer10k', name: '每万人口发明专利拥有量（含国外权利人）', nameEn: 'Invention patents per 10k people (all holders)', unit: '件', kind: 'ratio', variant: 'all', decimals: 2, formula: '有效发明专利拥有量（全部权利人）÷ 年末常住人口（万人）', source: LOCAL_ALL, version: V1 },
  { id: 'highValueInventionPatents', name: '高价值发明专利拥有量', nameEn: 'High-value invention patents', unit: '件', kind: 'count', variant: 'domestic', decimals: 0, formula: '年末有效且满足五类情形之一的国内发明专利件数（去重）：战略性新兴产业；海外有同族专利权；维持年限超过10年；质押融资金额达到阈值；获国家科学技术奖或中国专利奖', source: CNIPA_HV, version: V1 },
  { id: 'highValueInventionPatentsPer10k', name: '每万人口高价值发明专利拥有量', nameEn: 'High-value invention patents per 10k people', unit: '件', kind: 'ratio', variant: 'domestic', decimals: 2, formula: '高价值发明专利拥有量 ÷ 年末常住人口（万人）', source: CNIPA_HV, version: V1 },
  { id: 'patentsPer100MGdp', name: '每亿元GDP专利产出量', nameEn: 'Patents per 100M yuan of GDP', unit: '件', kind: 'ratio', variant: 'domestic', decimals: 2, formula: '国内专利授权量 ÷ 地区生产总值（亿元）', source: LOCAL_GDP, version: V1 },
  { id: 'inventionPatentsPerKm2', name: '每平方公里发明专利拥有量', nameEn: 'Invention patents per km²', unit: '件', kind: 'ratio', variant: 'domestic', decimals: 2, formula: '国内有效发明专利拥有量 ÷ 行政区域土地面积（平方公里）', source: LOCAL_AREA, version: V1 },
  { id: 'trademarkRegistrations', name: '商标注册量', nameEn: 'Trademark registrations', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '当年核准注册的商标件数（全部权利人）', source: CNIPA_COUNT, version: V1 },
  { id: 'domesticTrademarkRegistrations', name: '国内商标注册量', nameEn: 'Domestic trademark registrations', unit: '件', kind: 'count', variant: 'domestic', decimals: 0, formula: '当年核准注册的商标件数（国内权利人）', source: CNIPA_COUNT, version: V1 },
  { id: 'trademarksInForce', name: '有效注册商标量', nameEn: 'Trademarks in force', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '年末处于有效状态的注册商标件数（全部权利人）', source: CNIPA_COUNT, version: V1 },
  { id: 'domesticTrademarksInForce', name: '国内有效注册商标量', nameEn: 'Domestic trademarks in force', unit: '件', kind: 'count', variant: 'domestic', decimals: 0, formula: '年末处于有效状态的注册商标件数（国内权利人）', source: CNIPA_COUNT, version: V1 },
  { id: 'pctApplications', name: 'PCT国际专利申请量', nameEn: 'PCT applications', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '当年提交的PCT国际专利申请件数（按国际申请日，全部申请人）', source: CNIPA_COUNT, version: V1 },
  { id: 'domesticPctApplications', name: '国内PCT国际专利申请量', nameEn: 'Domestic PCT applications', unit: '件', kind: 'count', variant: 'domestic', decimals: 0, formula: '当年提交的PCT国际专利申请件数（国内申请人）', source: CNIPA_COUNT, version: V1 },
  { id: 'geographicalIndications', name: '地理标志', nameEn: 'Geographical indications', unit: '个', kind: 'count', variant: 'all', decimals: 0, formula: '年末有效的地理标志（地理标志产品、地理标志商标、农产品地理标志）个数', source: '国家知识产权局地理标志公告', version: V1 },
  { id: 'pledgeFinancingAmount', name: '知识产权质押登记金额', nameEn: 'IP pledge amount registered', unit: '万元', kind: 'count', variant: 'all', decimals: 0, formula: '当年完成质押登记（含其后变更、注销）的担保债权数额之和，按出质人所在地区统计', source: FINANCE_PLATFORM, version: V1 },
  { id: 'pledgeFinancingProjects', name: '知识产权质押项目数', nameEn: 'IP pledge projects', unit: '项', kind: 'count', variant: 'all', decimals: 0, formula: '当年完成质押登记的质押合同（项目）数', source: FINANCE_PLATFORM, version: V1 },
  { id: 'pledgeFinancingEnterprises', name: '知识产权质押融资服务企业数', nameEn: 'Enterprises served by IP pledge financing', unit: '家', kind: 'count', variant: 'all', decimals: 0, formula: '当年完成质押登记的出质企业数（去重）', source: FINANCE_PLATFORM, version: V1 },
  { id: 'patentPledgeAmount', name: '专利质押登记金额', nameEn: 'Patent pledge amount', unit: '万元', kind: 'count', variant: 'all', decimals: 0, formula: '当年质押登记中含专利的项目担保债权数额之和（同一项目含多类权利的，分别计入各类）', source: FINANCE_PLATFORM, version: V1 },
  { id: 'trademarkPledgeAmount', name: '商标质押登记金额', nameEn: 'Trademark pledge amount', unit: '万元', kind: 'count', variant: 'all', decimals: 0, formula: '当年质押登记中含商标的项目担保债权数额之和（同一项目含多类权利的，分别计入各类）', source: FINANCE_PLATFORM, version: V1 },
  { id: 'giPledgeAmount', name: '地理标志质押登记金额', nameEn: 'GI pledge amount', unit: '万元', kind: 'count', variant: 'all', decimals: 0, formula: '当年质押登记中含地理标志的项目担保债权数额之和（同一项目含多类权利的，分别计入各类）', source: FINANCE_PLATFORM, version: V1 },
  { id: 'inclusiveIpLoanAmount', name: '普惠性知识产权质押贷款金额', nameEn: 'Inclusive IP-backed loan amount', unit: '万元', kind: 'count', variant: 'all', decimals: 0, formula: '当年签订、单笔金额1000万元以下的知识产权质押贷款金额之和（不含已拒绝、已撤回和待审批的）', source: FINANCE_PLATFORM, version: V1 },
  { id: 'inclusiveIpLoans', name: '普惠性知识产权质押贷款笔数', nameEn: 'Inclusive IP-backed loans', unit: '笔', kind: 'count', variant: 'all', decimals: 0, formula: '当年签订、单笔金额1000万元以下的知识产权质押贷款笔数', source: FINANCE_PLATFORM, version: V1 },
  { id: 'ipFinanceSubsidiesPaid', name: '知识产权质押融资补贴发放额', nameEn: 'IP finance subsidies paid', unit: '万元', kind: 'count', variant: 'all', decimals: 0, formula: '已批准拨付批次中该年度贴息及评估、保险费用补贴之和', source: FINANCE_PLATFORM, version: V1 },
  { id: 'ipSecuritisationAmount', name: '知识产权证券化发行规模', nameEn: 'IP securitisation issued', unit: '万元', kind: 'count', variant: 'all', decimals: 0, formula: '当年发行的知识产权证券化产品发行总额', source: FINANCE_PLATFORM, version: V1 },
  // Counted by the enforcement module from its own records and handed to stats (see IndicatorProvider).
  { id: 'enfCasesOpened', name: '知识产权行政执法立案数', nameEn: 'IP enforcement cases opened', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '当年立案的知识产权行政执法案件件数（按办案机关所在行政区划）', source: ENF, version: V1 },
  { id: 'enfCasesClosed', name: '知识产权行政执法结案数', nameEn: 'IP enforcement cases closed', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '当年结案的知识产权行政执法案件件数（含不予立案、移送公安）', source: ENF, version: V1 },
  { id: 'enfPenalties', name: '知识产权行政处罚决定数', nameEn: 'IP penalty decisions', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '当年作出给予行政处罚决定的案件件数', source: ENF, version: V1 },
  { id: 'enfPenaltyAmount', name: '知识产权罚没金额', nameEn: 'IP fines and confiscations', unit: '万元', kind: 'count', variant: 'all', decimals: 2, formula: '当年处罚决定的罚款与没收违法所得之和（万元）', source: ENF, version: V1 },
  { id: 'enfTransfers', name: '涉嫌知识产权犯罪案件移送数', nameEn: 'Suspected IP crimes transferred to the police', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '当年报请移送公安机关的涉嫌犯罪案件件数', source: ENF, version: V1 },
  { id: 'enfTransfersOpened', name: '移送案件公安立案数', nameEn: 'Transfers opened by the police', unit: '件', kind: 'count', variant: 'all', decimals: 0, formula: '当年报请移送的案件中公安机关（含复议后）决定立案的件数', source: ENF, version: V1 },
  { id: 'enfDetentions', name: '海关知识产权扣留批次', nameEn: 'Customs IP detentions', unit: '批', kind: 'count', variant: 'all', decimals: 0, formula: '当年海关扣留侵权嫌疑货物的批次（依申请与依职权）', source: ENF, version: V1 },
  { id: 'enfDetentionsTrademark', name: '海关商标权扣留批次', nameEn: 'Customs detentions: trademarks', unit: '批', kind: 'count', variant: 'all', decimals: 0, formula: '当年扣留批次中涉及已备案商标专用权的批次', source: ENF, version: V1 },
  { id: 'enfDetentionsPatent', name: '海关专利权扣留批次', nameEn: 'Customs detentions: patents', unit: '批', kind: 'count', variant: 'all', decimals: 0, formula: '当年扣留批次中涉及已备案专利权的批次', source: ENF, version: V1 },
  { id: 'enfClueAnswerDays', name: '执法线索平均反馈天数', nameEn: 'Average days to answer a clue', unit: '日', kind: 'ratio', variant: 'all', decimals: 1, formula: '当年移交的线索中已反馈线索从移交到反馈的日历天数之和 ÷ 已反馈线索数（按线索移交单位所在行政区划）', source: ENF, version: V1 },
] as const satisfies readonly IndicatorDefinitionInfo[];

export type IndicatorId = (typeof INDICATORS)[number]['id'];
export const INDICATOR_IDS = INDICATORS.map((i) => i.id) as [IndicatorId, ...IndicatorId[]];

/** The catalogue entry of an indicator. */
export function indicatorInfo(id: IndicatorId): IndicatorDefinitionInfo {
  return INDICATORS.find((i) => i.id === id)!;
}

/** A target for an indicator set by a key task of a work plan (the stats module shows progress toward it). */
export interface WorkPlanTarget {
  taskId: string;
  taskTitle: string;
  workPlanTitle: string;
  /** The catalogue id when the task's target is one of the catalogue's indicators. */
  indicatorId: IndicatorId | null;
  indicatorName: string;
  unit: string;
  targetValue: number;
  year: number;
  regionCode: string;
}
