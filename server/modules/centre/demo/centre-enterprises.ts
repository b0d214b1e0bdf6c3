// Sixty made-up Shenzhen enterprises (marked 示例) in the centre's two demo fields, with the titles
// their applications carry. Names are brand + field words, so none repeats.

const NEV_BRANDS = ['坪驰', '澜锋', '锐擎', '驰源', '峰储', '星驱', '华骋', '竹坑', '聚擎', '鹏途', '碧岭', '沙湖', '凯驭', '汤坑', '马峦'];
const NEV_WORDS = ['新能源汽车科技', '动力电池'];
const MAT_BRANDS = ['坑梓', '翔材', '金沙', '石井', '坪泰', '科弘', '六联', '田心', '秀新', '龙田', '江岭', '燕子湖', '深碳', '聚芯材', '南布'];
const MAT_WORDS = ['新材料科技', '高分子材料'];
const REGIONS = ['440310', '440310', '440310', '440307', '440311', '440306'];

/** One demo enterprise of the centre. */
export interface CentreDemoEnterprise {
  name: string;
  shortName: string;
  region: string;
  field: 'newEnergyVehicle' | 'newMaterials';
}

/** The sixty enterprises, thirty per field. */
export const CENTRE_ENTERPRISES: CentreDemoEnterprise[] = [
  ...NEV_BRANDS.flatMap((b, i) => NEV_WORDS.map((w, j) => ({ name: `深圳市${b}${w}有限公司（示例）`, shortName: `${b}${j ? '电池' : '汽车'}`, region: REGIONS[(i + j) % REGIONS.length], field: 'newEnergyVehicle' as const }))),
  ...MAT_BRANDS.flatMap((b, i) => MAT_WORDS.map((w, j) => ({ name: `深圳市${b}${w}有限公司（示例）`, shortName: `${b}${j ? '高分子' : '新材'}`, region: REGIONS[(i + j + 3) % REGIONS.length], field: 'newMaterials' as const }))),
];

const NEV_SUBJECTS = ['动力电池包', '电池模组', '电机控制器', '车载充电机', '充电枪', '换电站', '热管理系统', '驱动电机', '电池管理系统', '高压配电盒'];
const NEV_ASPECTS = [['的液冷板', 'B60L 58/26'], ['的固定支架', 'H01M 50/20'], ['的散热结构', 'B60L 53/302'], ['的控制方法', 'B60L 15/20'], ['的均衡电路', 'H02J 7/00'], ['的安全防护装置', 'B60L 3/00'], ['的状态估算方法', 'B60L 58/12'], ['的密封结构', 'H01M 50/183']];
const MAT_SUBJECTS = ['硅碳负极材料', '磷酸锰铁锂正极材料', '聚酰亚胺薄膜', '高导热环氧树脂', '石墨烯导电浆料', '陶瓷隔膜涂层', '阻燃聚碳酸酯', '氮化硅陶瓷基板', '碳纤维预浸料', '耐高温尼龙'];
const MAT_ASPECTS = [['及其制备方法', 'C01B 32/00'], ['的改性方法', 'C08K 3/00'], ['的连续生产工艺', 'C08F 2/00'], ['及其应用', 'C08L 63/00'], ['的表面处理方法', 'C23C 16/00'], ['复合材料', 'C04B 35/00'], ['的回收方法', 'C22C 1/00'], ['的涂覆装置', 'H01B 1/00']];

/** The n-th distinct title and IPC symbol of a field (subject × aspect, then a numbered variant). */
export function demoTitle(field: CentreDemoEnterprise['field'], n: number): { title: string; ipc: string } {
  const [subjects, aspects] = field === 'newEnergyVehicle' ? [NEV_SUBJECTS, NEV_ASPECTS] : [MAT_SUBJECTS, MAT_ASPECTS];
  const per = subjects.length * aspects.length;
  const k = n % per;
  const [aspect, ipc] = aspects[Math.floor(k / subjects.length)];
  const prefix = '一种';
  const variant = Math.floor(n / per);
  return { title: `${prefix}${subjects[k % subjects.length]}${aspect}${variant ? `（${['第二', '第三', '第四'][variant - 1] ?? `第${variant + 1}`}代）` : ''}`, ipc };
}
