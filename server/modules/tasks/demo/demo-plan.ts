/**
 * The demo city's 2024 work plan (工作要点). The four headings are the four areas the 2024-04-25
 * plenary resolved on; the fifth holds the five district task books issued at that meeting. Items
 * under them are examples of the kind such plans list (示例), each with what happened to it.
 */

/** How a demo task ended the year: done on a date, left at a percent, or cancelled. */
export type Outcome = { done: string; percent?: never } | { percent: number; reportedOn: string; done?: never } | { cancelled: string };

export interface DemoItem {
  title: string;
  lead: string;
  supports?: string[];
  deadline?: string;
  weight?: number;
  indicator?: { id?: string; name?: string; unit?: string; target: number; actual?: number };
  outcome?: Outcome;
  children?: DemoItem[];
}

export const PLAN_2024_TITLE = '2024年深圳市知识产权工作要点';

/** Headings 一 to 四 are made from the plenary's resolutions; their children follow. */
export const RESOLUTION_CHILDREN: DemoItem[][] = [
  [
    {
      title: '建成运营国家级新能源汽车产业知识产权运营中心',
      lead: 'ipOffice',
      supports: ['industry'],
      deadline: '2024-09-30',
      children: [
        { title: '完成运营中心年度绩效评价', lead: 'ipOffice', deadline: '2024-09-30', weight: 2, outcome: { done: '2024-09-20' } },
        { title: '发布新能源汽车产业专利导航报告', lead: 'industry', deadline: '2024-06-30', outcome: { done: '2024-07-15' } },
      ],
    },
    {
      title: '开展专利转化运用专项行动',
      lead: 'science',
      supports: ['industry'],
      deadline: '2024-12-31',
      children: [
        { title: '推动高校院所存量专利盘活，完成专利分级分类评价', lead: 'science', deadline: '2024-12-31', outcome: { done: '2024-12-10' } },
        { title: '实施中小企业专利产业化项目', lead: 'industry', deadline: '2024-11-30', weight: 2, outcome: { percent: 70, reportedOn: '2024-11-25' } },
      ],
    },
  ],
  [
    {
      title: '深化深港知识产权合作',
      lead: 'commerce',
      deadline: '2024-10-31',
      children: [
        { title: '落实深港联合发布的知识产权十六条措施', lead: 'commerce', supports: ['ipOffice'], deadline: '2024-10-31', outcome: { done: '2024-10-18' } },
        { title: '建设河套深港科技创新合作区知识产权服务中心', lead: 'commerce', deadline: '2024-12-31', outcome: { cancelled: '调整为2025年工作要点任务' } },
      ],
    },
  ],
  [
    {
      title: '提升知识产权创造质量',
      lead: 'ipOffice',
      deadline: '2024-12-31',
      children: [
        { title: 'PCT国际专利申请量保持全国大中城市首位', lead: 'ipOffice', deadline: '2024-12-31', indicator: { id: 'pctApplications', target: 15900, actual: 16100 }, outcome: { done: '2024-12-20' } },
        { title: '每万人口高价值发明专利拥有量达到100件', lead: 'ipOffice', deadline: '2024-12-31', indicator: { id: 'highValueInventionPatentsPer10k', target: 100, actual: 98.9 }, outcome: { percent: 95, reportedOn: '2024-12-28' } },
      ],
    },
  ],
  [
    {
      title: '严厉打击侵犯知识产权违法犯罪',
      lead: 'police',
      supports: ['procuratorate'],
      deadline: '2024-11-30',
      children: [
        { title: '开展知识产权刑事保护“昆仑”专项行动', lead: 'police', deadline: '2024-11-30', weight: 2, outcome: { done: '2024-11-20' } },
        { title: '建立行政执法与刑事司法衔接线索移送机制', lead: 'police', supports: ['ipOffice', 'procuratorate'], deadline: '2024-10-31', outcome: { percent: 60, reportedOn: '2024-10-25' } },
      ],
    },
    { title: '开展“龙腾行动2024”知识产权海关保护专项行动', lead: 'customs', deadline: '2024-12-31', outcome: { done: '2024-12-15' } },
    { title: '完善知识产权诉调对接机制，推行在线诉调对接', lead: 'cityCourt', supports: ['justiceBureau'], deadline: '2024-08-31', outcome: { done: '2024-09-10' } },
    { title: '新建知识产权纠纷人民调解组织', lead: 'justiceBureau', deadline: '2024-12-31', indicator: { name: '新建知识产权纠纷人民调解组织', unit: '家', target: 3, actual: 4 }, outcome: { done: '2024-11-28' } },
    { title: '启动知识产权志愿者“知助”行动', lead: 'youthLeague', supports: ['ipOffice'], deadline: '2024-06-30', outcome: { done: '2024-04-25' } },
  ],
];

/** The five district task books of 2024 (强县建设试点示范县特色项目). */
export const DISTRICT_BOOKS: { district: string; bureau: string; name: string; acknowledged: string | null; items: DemoItem[] }[] = [
  {
    district: '福田区',
    bureau: 'futianBureau',
    name: '福田',
    acknowledged: '2024-04-28',
    items: [
      { title: '建设知识产权公共服务标准化示范点', lead: 'futianBureau', deadline: '2024-10-31', outcome: { done: '2024-10-20' } },
      { title: '打造知识产权金融服务中心', lead: 'futianBureau', deadline: '2024-09-30', outcome: { done: '2024-10-12' } },
    ],
  },
  {
    district: '南山区',
    bureau: 'nanshanBureau',
    name: '南山',
    acknowledged: '2024-04-26',
    items: [
      { title: '建设高价值专利培育中心', lead: 'nanshanBureau', deadline: '2024-11-30', outcome: { done: '2024-11-15' } },
      { title: '开展海外知识产权纠纷应对指导', lead: 'nanshanBureau', deadline: '2024-12-31', outcome: { done: '2024-12-05' } },
    ],
  },
  {
    district: '宝安区',
    bureau: 'baoanBureau',
    name: '宝安',
    acknowledged: '2024-04-29',
    items: [
      { title: '推进制造业知识产权运营', lead: 'baoanBureau', deadline: '2024-11-30', outcome: { done: '2024-11-29' } },
      { title: '实施商标品牌培育工程', lead: 'baoanBureau', deadline: '2024-10-31', outcome: { percent: 50, reportedOn: '2024-10-20' } },
    ],
  },
  {
    district: '龙岗区',
    bureau: 'longgangBureau',
    name: '龙岗',
    acknowledged: null,
    items: [
      { title: '建设知识产权保护工作站', lead: 'longgangBureau', deadline: '2024-08-31', outcome: { done: '2024-08-30' } },
      { title: '开展重点产业专利导航', lead: 'longgangBureau', deadline: '2024-09-30', outcome: { done: '2024-11-05' } },
    ],
  },
  {
    district: '光明区',
    bureau: 'guangmingBureau',
    name: '光明',
    acknowledged: null,
    items: [
      { title: '建设光明科学城知识产权服务平台', lead: 'guangmingBureau', deadline: '2024-12-31', outcome: { done: '2024-12-18' } },
      { title: '培育地理标志和农产品商标品牌', lead: 'guangmingBureau', deadline: '2024-12-31', outcome: { done: '2024-12-26' } },
    ],
  },
];
