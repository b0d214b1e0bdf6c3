import type { DisputeType, RightKind } from '../../../../common/protection';

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/** A patent number with its correct check character, from 12 digits (year, type, serial). */
export function patentNo(digits: string): string {
  const sum = [...digits].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0);
  return `ZL${digits}.${'0123456789X'[sum % 11]}`;
}

/** The demo's mediators: three with the Pingshan committee (陈静 is the demo `mediator` account), three with the station. */
export const DEMO_MEDIATORS = [
  { key: 'chen', org: 'mediationPingshan', name: '陈静', title: '专利代理师', phone: '0755-28330001', specialities: ['patent', 'technologyContract'], court: true, username: 'mediator' },
  { key: 'li', org: 'mediationPingshan', name: '李振华', title: '退休法官', phone: '0755-28330002', specialities: ['patent', 'trademark', 'unfairCompetition'], court: true, username: 'mediator.li' },
  { key: 'huang', org: 'mediationPingshan', name: '黄晓敏', title: '律师', phone: '0755-28330003', specialities: ['copyright', 'trademark'], court: true, username: 'mediator.huang' },
  { key: 'liu', org: 'mediationCentre', name: '刘建国', title: '高级工程师', phone: '0755-28330004', specialities: ['patent', 'tradeSecret'], court: true, username: 'mediator.liu' },
  { key: 'zhang', org: 'mediationCentre', name: '张慧', title: '商标代理人', phone: '0755-28330005', specialities: ['trademark', 'unfairCompetition'], court: false, username: 'mediator.zhang' },
  { key: 'wu', org: 'mediationCentre', name: '吴思远', title: '律师', phone: '0755-28330006', specialities: ['tradeSecret', 'copyright', 'other'], court: false, username: 'mediator.wu' },
] as const satisfies readonly { key: string; org: 'mediationPingshan' | 'mediationCentre'; name: string; title: string; phone: string; specialities: readonly DisputeType[]; court: boolean; username: string }[];
export type DemoMediatorKey = (typeof DEMO_MEDIATORS)[number]['key'];

/** Parties that are not on the platform (fictional, marked 示例). */
export const OUTSIDE_PARTIES = [
  '深圳市锦绣新能源科技有限公司（示例）',
  '深圳市碧岭生物医药有限公司（示例）',
  '深圳市马峦山茶业有限公司（示例）',
  '深圳市龙田五金制品厂（示例）',
  '深圳市汤坑电子商务有限公司（示例）',
  '深圳市金沙精密模具有限公司（示例）',
  '深圳市石井光电有限公司（示例）',
  '深圳市竹坑服饰有限公司（示例）',
  '东莞市长安智能家居有限公司（示例）',
  '深圳市坑梓食品有限公司（示例）',
] as const;

/** A dispute as the demo files it. */
export interface DemoDispute {
  type: DisputeType;
  summary: string;
  claims: string;
  amountYuan: number;
  rights: { kind: RightKind; number: string; title: string }[];
}

/** Realistic disputes of a Pingshan-type manufacturing district. */
export const DEMO_DISPUTES: DemoDispute[] = [
  {
    type: 'patent',
    summary: '申请人系「一种锂电池隔膜涂覆方法」发明专利权人。被申请人生产、销售的陶瓷涂覆隔膜产品经比对落入该专利权利要求1至3的保护范围。',
    claims: '请求被申请人停止生产、销售侵权隔膜产品，赔偿经济损失及维权合理开支共计80万元。',
    amountYuan: 800_000,
    rights: [{ kind: 'invention', number: patentNo('202110987654'), title: '一种锂电池隔膜涂覆方法' }],
  },
  {
    type: 'patent',
    summary: '申请人拥有「一种充电桩散热结构」实用新型专利。被申请人在展会上许诺销售的直流充电桩采用了相同的散热风道结构。',
    claims: '请求停止许诺销售、销毁库存侵权产品，赔偿经济损失30万元。',
    amountYuan: 300_000,
    rights: [{ kind: 'utilityModel', number: patentNo('202420567890'), title: '一种充电桩散热结构' }],
  },
  {
    type: 'patent',
    summary: '申请人「蓝牙耳机（TWS-8）」外观设计专利被仿冒，被申请人在电商平台销售外观近似的耳机。',
    claims: '请求下架侵权链接、停止销售，赔偿经济损失15万元。',
    amountYuan: 150_000,
    rights: [{ kind: 'design', number: patentNo('202330123456'), title: '蓝牙耳机（TWS-8）' }],
  },
  {
    type: 'patent',
    summary: '申请人「一种精密注塑模具冷却流道」发明专利，被申请人为第三方加工的模具使用了相同的随形冷却流道设计。',
    claims: '请求停止制造、使用侵权模具，赔偿损失50万元。',
    amountYuan: 500_000,
    rights: [{ kind: 'invention', number: patentNo('202210345678'), title: '一种精密注塑模具冷却流道' }],
  },
  {
    type: 'trademark',
    summary: '申请人在第30类茶叶商品上注册「马峦山」商标。被申请人在网店销售的绿茶包装上突出使用「马峦山云雾」字样。',
    claims: '请求停止使用近似标识、下架商品，赔偿经济损失8万元。',
    amountYuan: 80_000,
    rights: [{ kind: 'trademark', number: '38216475', title: '马峦山（第30类）' }],
  },
  {
    type: 'trademark',
    summary: '被申请人销售的五金锁具上使用与申请人「金沙」注册商标近似的标识，易使消费者混淆。',
    claims: '请求停止侵权、销毁带有侵权标识的包装，赔偿5万元。',
    amountYuan: 50_000,
    rights: [{ kind: 'trademark', number: '27459183', title: '金沙（第6类）' }],
  },
  {
    type: 'copyright',
    summary: '被申请人在其公众号和产品详情页中使用申请人拍摄的产品宣传摄影作品共12幅，未经许可且未署名。',
    claims: '请求删除侵权图片、公开致歉，赔偿经济损失3.6万元。',
    amountYuan: 36_000,
    rights: [{ kind: 'copyright', number: '粤作登字-2023-F-00123456', title: '新能源产品摄影作品集' }],
  },
  {
    type: 'tradeSecret',
    summary: '申请人前研发工程师离职后加入被申请人，被申请人随即推出参数高度一致的同类产品，疑使用申请人的配方与工艺参数。',
    claims: '请求停止使用相关技术信息，签署保密承诺，赔偿损失100万元。',
    amountYuan: 1_000_000,
    rights: [],
  },
  {
    type: 'unfairCompetition',
    summary: '被申请人生产的休闲食品包装装潢与申请人有一定影响的「坑梓黄皮干」包装高度近似。',
    claims: '请求停止使用近似包装装潢，赔偿经济损失6万元。',
    amountYuan: 60_000,
    rights: [],
  },
  {
    type: 'technologyContract',
    summary: '双方签订专利实施许可合同，约定按销售额3%支付许可费。被申请人2024年度起未按期支付许可费。',
    claims: '请求支付拖欠许可费42万元及逾期利息。',
    amountYuan: 420_000,
    rights: [{ kind: 'invention', number: patentNo('201910011223'), title: '一种光电传感器封装结构' }],
  },
];

/** The target status of each demo case, its source and age in days (the k-th of a status is `spread` days older). */
export const MEDIATION_PLAN: { status: string; count: number; source: 'application' | 'courtPreFiling' | 'courtInLitigation' | 'officeReferral'; ageDays: number; spread?: number }[] = [
  { status: 'submitted', count: 3, source: 'application', ageDays: 1, spread: 1 },
  { status: 'returned', count: 1, source: 'application', ageDays: 40 },
  { status: 'awaitingAssignment', count: 3, source: 'courtPreFiling', ageDays: 2, spread: 1 },
  { status: 'assigned', count: 3, source: 'officeReferral', ageDays: 3, spread: 1 },
  { status: 'contactingRespondent', count: 2, source: 'application', ageDays: 6, spread: 1 },
  { status: 'inMediation', count: 5, source: 'courtPreFiling', ageDays: 24 },
  { status: 'appraisal', count: 2, source: 'application', ageDays: 30 },
  { status: 'agreementPending', count: 2, source: 'officeReferral', ageDays: 20 },
  { status: 'agreementSigned', count: 3, source: 'application', ageDays: 25 },
  { status: 'confirmationRequested', count: 2, source: 'courtPreFiling', ageDays: 30 },
  { status: 'confirmationAccepted', count: 2, source: 'courtPreFiling', ageDays: 40 },
  { status: 'confirmed', count: 5, source: 'courtPreFiling', ageDays: 150 },
  { status: 'confirmationRejected', count: 1, source: 'application', ageDays: 120 },
  { status: 'closed', count: 4, source: 'courtInLitigation', ageDays: 90 },
  { status: 'withdrawn', count: 2, source: 'application', ageDays: 70 },
  { status: 'terminated', count: 2, source: 'officeReferral', ageDays: 45 },
  { status: 'failureReported', count: 2, source: 'courtInLitigation', ageDays: 60 },
  { status: 'transferred', count: 3, source: 'courtPreFiling', ageDays: 200 },
];

/** The adjudication cases: one in every status but 'received', which the mediation transferred to adjudication fills. */
export const ADJUDICATION_PLAN: { status: string; ageDays: number }[] = [
  { status: 'notAccepted', ageDays: 60 },
  { status: 'registered', ageDays: 5 },
  { status: 'served', ageDays: 12 },
  { status: 'investigation', ageDays: 50 },
  { status: 'suspended', ageDays: 70 },
  { status: 'mediated', ageDays: 120 },
  { status: 'withdrawn', ageDays: 100 },
  { status: 'decided', ageDays: 95 },
  { status: 'decisionServed', ageDays: 105 },
  { status: 'litigation', ageDays: 160 },
  { status: 'enforcementRequested', ageDays: 190 },
  { status: 'final', ageDays: 210 },
];
