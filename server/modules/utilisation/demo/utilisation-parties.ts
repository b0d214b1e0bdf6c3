import type { Field } from '../../../../common/utilisation';
import type { DemoContext } from '../../../demo/demo-context';
import type { Actor } from '../../../platform/access';
import type { Services } from '../../index';
import { demoCreditCode } from '../../org/demo/org.demo';

/** A holder or licensee of the utilisation demo: universities of Shenzhen and enterprises of its industries. */
export interface DemoParty {
  name: string;
  shortName: string;
  kind: 'university' | 'enterprise';
  region: string;
  field: Field;
}

/** Shenzhen's universities and research universities that list patents for open licence. */
export const DEMO_UNIVERSITIES: readonly DemoParty[] = [
  { name: '南方科技大学', shortName: '南科大', kind: 'university', region: '440305', field: 'newMaterials' },
  { name: '深圳大学', shortName: '深大', kind: 'university', region: '440305', field: 'electronics' },
  { name: '哈尔滨工业大学（深圳）', shortName: '哈工大深圳', kind: 'university', region: '440305', field: 'intelligentManufacturing' },
  { name: '香港中文大学（深圳）', shortName: '港中大深圳', kind: 'university', region: '440307', field: 'biomedicine' },
];

/** Enterprises of Pingshan's new-energy-vehicle and materials clusters and of the other districts (fictional, marked 示例). */
export const DEMO_ENTERPRISES: readonly DemoParty[] = [
  { name: '深圳市坪山动力电池材料有限公司（示例）', shortName: '坪山电池材料', kind: 'enterprise', region: '440310', field: 'newEnergyVehicle' },
  { name: '深圳市坑梓新能源汽车零部件有限公司（示例）', shortName: '坑梓汽车零部件', kind: 'enterprise', region: '440310', field: 'newEnergyVehicle' },
  { name: '深圳市碧岭高分子材料有限公司（示例）', shortName: '碧岭高分子', kind: 'enterprise', region: '440310', field: 'newMaterials' },
  { name: '深圳市石井生物医药科技有限公司（示例）', shortName: '石井生物', kind: 'enterprise', region: '440310', field: 'biomedicine' },
  { name: '深圳市西丽精密制造有限公司（示例）', shortName: '西丽精密', kind: 'enterprise', region: '440305', field: 'intelligentManufacturing' },
  { name: '深圳市科兴半导体技术有限公司（示例）', shortName: '科兴半导体', kind: 'enterprise', region: '440305', field: 'electronics' },
  { name: '深圳市观澜节能环保科技有限公司（示例）', shortName: '观澜节能', kind: 'enterprise', region: '440309', field: 'energySaving' },
  { name: '深圳市宝安智能装备有限公司（示例）', shortName: '宝安智能装备', kind: 'enterprise', region: '440306', field: 'intelligentManufacturing' },
  { name: '深圳市龙岗电子信息有限公司（示例）', shortName: '龙岗电子', kind: 'enterprise', region: '440307', field: 'electronics' },
  { name: '深圳市光明新型显示材料有限公司（示例）', shortName: '光明显示材料', kind: 'enterprise', region: '440311', field: 'newMaterials' },
  { name: '深圳市福田数字创意有限公司（示例）', shortName: '福田数创', kind: 'enterprise', region: '440304', field: 'digitalCreative' },
  { name: '深圳市大鹏海洋生物科技有限公司（示例）', shortName: '大鹏海洋生物', kind: 'enterprise', region: '440310', field: 'biomedicine' },
];

/** The GI products of the demo: two of Shenzhen's protected products, with growers and producers inside the area. */
export const DEMO_GIS = [
  {
    name: '南山荔枝',
    productKind: '水果',
    region: '440305',
    area: ['440305'],
    areaNote: '深圳市南山区西丽、桃源、南头、沙河、粤海、招商等街道现辖行政区域',
    standard: '地理标志产品 南山荔枝（地方标准）',
    applicant: '深圳市南山区人民政府',
    users: [
      { name: '深圳市西丽果场荔枝专业合作社（示例）', shortName: '西丽荔枝合作社', site: '南山区西丽街道果场路' },
      { name: '深圳市南山桃源荔枝园有限公司（示例）', shortName: '桃源荔枝园', site: '南山区桃源街道大磡村' },
      { name: '深圳市南头古荔农业发展有限公司（示例）', shortName: '南头古荔', site: '南山区南头街道' },
    ],
  },
  {
    name: '沙井蚝',
    productKind: '水产品',
    region: '440306',
    area: ['440306'],
    areaNote: '深圳市宝安区沙井、福永、新桥等街道沿海养殖及加工区域',
    standard: '地理标志产品 沙井蚝（地方标准）',
    applicant: '深圳市宝安区沙井街道办事处',
    users: [
      { name: '深圳市沙井蚝业发展有限公司（示例）', shortName: '沙井蚝业', site: '宝安区沙井街道蚝乡路' },
      { name: '深圳市新桥蚝文化餐饮管理有限公司（示例）', shortName: '新桥蚝文化', site: '宝安区新桥街道' },
    ],
  },
] as const;

/** A party of the demo with its organisation id. */
export type DemoHolder = DemoParty & { id: string };

/** The organisation of this name, made when the demo city lacks it. */
export async function ensureOrg(s: Services, demo: DemoContext, p: { name: string; shortName: string; kind: 'university' | 'enterprise'; region: string }): Promise<string> {
  const found = (await s.org.orgs.list(demo.officeActor, { q: p.name, page: 1, pageSize: 5, order: 'asc' })).items.find((o) => o.name === p.name);
  if (found) return found.id;
  return (await s.org.orgs.create(demo.officeActor, { name: p.name, shortName: p.shortName, kind: p.kind, regionCode: p.region, parentId: null, creditCode: demoCreditCode(p.name, p.kind, p.region), address: null, phone: null })).id;
}

/** The same actor speaking for another enterprise of the demo (its liaison person). */
export function actorOfOrg(base: Actor, org: { id: string; name: string; shortName: string; region: string }): Actor {
  return { ...base, orgId: org.id, orgName: org.name, regionCode: org.region, displayName: `${org.shortName} 知识产权专员` };
}

