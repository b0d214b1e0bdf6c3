import type { DemoContext } from '../../../demo/demo-context';
import { chinaDate } from '../../../platform/clock';
import type { PlatformContext } from '../../../platform/context';
import type { Services } from '../../index';
import { DEMO_GIS, ensureOrg } from './utilisation-parties';

/** Two GI products with their authorised users (checked, one to rectify, one revoked) and Pingshan's brand programme. */
export async function seedGiBrandDemo(p: PlatformContext, s: Services, demo: DemoContext): Promise<void> {
  const office = demo.officeActor;
  const year = Number(chinaDate(p.clock.now()).slice(0, 4));
  for (const [k, g] of DEMO_GIS.entries()) {
    const gi = await s.utilisation.gis.create(office, { regionCode: g.region, name: g.name, giNo: null, productKind: g.productKind, protectedArea: [...g.area], areaNote: g.areaNote, standard: g.standard, applicant: g.applicant });
    for (const [i, u] of g.users.entries()) {
      const orgId = await ensureOrg(s, demo, { name: u.name, shortName: u.shortName, kind: 'enterprise', region: g.region });
      const after = await s.utilisation.gis.authorise(office, gi.id, { orgId, regionCode: g.region, site: u.site, authorisedOn: `${year - 3 + i}-0${3 + i}-15` });
      const user = after.users.find((x) => x.orgId === orgId)!;
      if (i === 0) await s.utilisation.gis.check(office, user.id, { year: year - 1, result: 'passed', note: '专用标志使用规范，产品抽检合格' });
      if (i === 1) await s.utilisation.gis.check(office, user.id, { year: year - 1, result: 'rectify', note: '包装未按规定标注统一社会信用代码，限期30日整改' });
      if (k === 0 && i === 2) await s.utilisation.gis.revoke(office, user.id, { revokedOn: `${year}-05-20`, reason: '使用的荔枝原料来自保护范围以外，违反使用管理规定' });
    }
  }
  const programme = await s.utilisation.brands.create(office, { regionCode: '440310', name: `${year}年坪山区商标品牌培育计划`, year, goal: '围绕新能源汽车和新材料产业，培育一批具有核心竞争力的自主商标品牌，推动企业开展马德里国际注册' });
  const participants = [
    { org: demo.orgs.enterpriseA, brand: '坪材', result: '新申请商标5件，其中马德里国际注册1件；品牌产品进入两家整车企业供应链' },
    { org: demo.orgs.enterpriseB, brand: '聚龙智造', result: '完成商标品牌管理制度建设，获评深圳知名品牌' },
    { org: demo.orgs.enterpriseC, brand: '芯联', result: null },
  ];
  for (const x of participants) {
    await s.utilisation.brands.addParticipant(office, programme.id, { orgId: x.org, brand: x.brand, joinedOn: `${year}-03-01`, result: x.result });
  }
}
