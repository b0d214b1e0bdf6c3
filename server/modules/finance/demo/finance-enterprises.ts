import type { DemoContext } from '../../../demo/demo-context';
import type { Services } from '../../index';
import type { DemoOrgKey } from '../../org/demo/org.demo';

/** A demo enterprise of the finance chain: whitelist applicant, pledgor and borrower. */
export interface FinanceDemoEnterprise {
  key: string;
  name: string;
  shortName: string;
  region: string;
  industry: string;
  /** 国家高新技术企业 */
  highTech: boolean;
}

/**
 * Thirty Shenzhen enterprises (marked 示例: they are made up) across the districts and the city's
 * strategic industries; the first three are the demo city's own enterprises.
 */
export const FINANCE_ENTERPRISES: readonly FinanceDemoEnterprise[] = [
  { key: 'pingshanMaterials', name: '深圳市坪山新材料科技有限公司（示例）', shortName: '坪山新材料', region: '440310', industry: '新材料', highTech: true },
  { key: 'julongEquipment', name: '深圳市聚龙智能装备有限公司（示例）', shortName: '聚龙智能', region: '440310', industry: '高端装备制造', highTech: true },
  { key: 'xinlianElectronics', name: '深圳市南山芯联电子有限公司（示例）', shortName: '芯联电子', region: '440305', industry: '新一代信息技术', highTech: true },
  { key: 'kangyuanBio', name: '深圳市康源生物医药有限公司（示例）', shortName: '康源生物', region: '440310', industry: '生物医药', highTech: true },
  { key: 'lanxinBattery', name: '深圳市蓝芯动力电池有限公司（示例）', shortName: '蓝芯电池', region: '440310', industry: '新能源汽车', highTech: true },
  { key: 'haiguangOptics', name: '深圳市海光精密光学有限公司（示例）', shortName: '海光光学', region: '440306', industry: '新一代信息技术', highTech: true },
  { key: 'ruidaRobot', name: '深圳市睿达机器人技术有限公司（示例）', shortName: '睿达机器人', region: '440305', industry: '高端装备制造', highTech: true },
  { key: 'qingyuanEnv', name: '深圳市清源环保科技有限公司（示例）', shortName: '清源环保', region: '440307', industry: '节能环保', highTech: true },
  { key: 'tianhuiSemi', name: '深圳市天汇半导体有限公司（示例）', shortName: '天汇半导体', region: '440311', industry: '新一代信息技术', highTech: true },
  { key: 'jinpengMedical', name: '深圳市金鹏医疗器械有限公司（示例）', shortName: '金鹏医疗', region: '440311', industry: '生物医药', highTech: true },
  { key: 'huaxinComm', name: '深圳市华信通讯设备有限公司（示例）', shortName: '华信通讯', region: '440306', industry: '新一代信息技术', highTech: true },
  { key: 'zhongkeDisplay', name: '深圳市中科新显示技术有限公司（示例）', shortName: '中科新显示', region: '440309', industry: '新型显示', highTech: true },
  { key: 'yunduanSoft', name: '深圳市云端数智软件有限公司（示例）', shortName: '云端数智', region: '440304', industry: '数字创意', highTech: true },
  { key: 'dongfangLaser', name: '深圳市东方激光科技有限公司（示例）', shortName: '东方激光', region: '440306', industry: '高端装备制造', highTech: true },
  { key: 'lvyuanFood', name: '深圳市绿源食品有限公司（示例）', shortName: '绿源食品', region: '440307', industry: '现代农业与食品', highTech: false },
  { key: 'hengtaiMaterials', name: '深圳市恒泰高分子材料有限公司（示例）', shortName: '恒泰高分子', region: '440310', industry: '新材料', highTech: true },
  { key: 'xingchenUav', name: '深圳市星辰无人机科技有限公司（示例）', shortName: '星辰无人机', region: '440309', industry: '低空经济', highTech: true },
  { key: 'boruiPharma', name: '深圳市博瑞制药有限公司（示例）', shortName: '博瑞制药', region: '440310', industry: '生物医药', highTech: true },
  { key: 'anjieSecurity', name: '深圳市安捷智能安防有限公司（示例）', shortName: '安捷安防', region: '440307', industry: '新一代信息技术', highTech: true },
  { key: 'weiyeMould', name: '深圳市伟业精密模具有限公司（示例）', shortName: '伟业模具', region: '440306', industry: '高端装备制造', highTech: false },
  { key: 'chuangxiangAcoustics', name: '深圳市创想声学科技有限公司（示例）', shortName: '创想声学', region: '440309', industry: '智能终端', highTech: true },
  { key: 'yinheNewEnergy', name: '深圳市银河新能源科技有限公司（示例）', shortName: '银河新能源', region: '440307', industry: '新能源', highTech: true },
  { key: 'minglangLighting', name: '深圳市明朗照明科技有限公司（示例）', shortName: '明朗照明', region: '440311', industry: '节能环保', highTech: false },
  { key: 'huayuTextile', name: '深圳市华裕服饰有限公司（示例）', shortName: '华裕服饰', region: '440303', industry: '时尚产业', highTech: false },
  { key: 'jingcePrecision', name: '深圳市精测仪器有限公司（示例）', shortName: '精测仪器', region: '440305', industry: '高端装备制造', highTech: true },
  { key: 'taihePackaging', name: '深圳市泰和绿色包装有限公司（示例）', shortName: '泰和包装', region: '440308', industry: '节能环保', highTech: false },
  { key: 'shengshiGenomics', name: '深圳市盛世基因科技有限公司（示例）', shortName: '盛世基因', region: '440305', industry: '生物医药', highTech: true },
  { key: 'fengchiMotor', name: '深圳市风驰电机有限公司（示例）', shortName: '风驰电机', region: '440310', industry: '新能源汽车', highTech: true },
  { key: 'yazhiEducation', name: '深圳市雅智教育科技有限公司（示例）', shortName: '雅智教育', region: '440304', industry: '数字创意', highTech: false },
  { key: 'haoyunLogistics', name: '深圳市浩运智慧物流有限公司（示例）', shortName: '浩运物流', region: '440308', industry: '现代物流', highTech: false },
];

/** The demo city's own enterprises among them, already made by the org demo. */
export const FINANCE_ENTERPRISE_ORGS: Readonly<Record<string, DemoOrgKey>> = {
  pingshanMaterials: 'enterpriseA',
  julongEquipment: 'enterpriseB',
  xinlianElectronics: 'enterpriseC',
};

/** Makes the roster's enterprises that are not yet organisations (idempotent by name); answers every roster key's org id. */
export async function ensureFinanceEnterprises(s: Services, demo: DemoContext): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const e of FINANCE_ENTERPRISES) {
    const own = FINANCE_ENTERPRISE_ORGS[e.key];
    if (own) {
      ids[e.key] = demo.orgs[own];
      continue;
    }
    const found = (await s.org.orgs.list(demo.officeActor, { q: e.name, page: 1, pageSize: 5, order: 'asc' })).items.find((o) => o.name === e.name);
    const org = found ?? (await s.org.orgs.create(demo.officeActor, { name: e.name, shortName: e.shortName, kind: 'enterprise', regionCode: e.region, parentId: null, creditCode: null, address: null, phone: null }));
    ids[e.key] = org.id;
  }
  return ids;
}
