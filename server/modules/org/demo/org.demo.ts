import { createHash } from 'node:crypto';
import { creditCodeCheckChar } from '../../../../common/credit-code';
import type { OrgKind } from '../../../../common/org';
import type { Role } from '../../../../common/roles';
import type { AuditActor } from '../../../platform/audit/audit.service';
import type { Actor } from '../../../platform/access';
import type { OrgServices } from '../org.contract';

export const DEMO_PASSWORD = 'zhichan-demo';

/** Organisations of the demo city, keyed so other modules' demos can find them. */
export const DEMO_ORGS = {
  ipOffice: { name: '深圳市市场监督管理局（深圳市知识产权局）', shortName: '市市场监管局', kind: 'ipOffice', region: '440300' },
  pingshanGov: { name: '深圳市坪山区人民政府', shortName: '坪山区政府', kind: 'memberUnit', region: '440310' },
  pingshanBureau: { name: '深圳市市场监督管理局坪山监管局', shortName: '坪山监管局', kind: 'districtOffice', region: '440310', parent: 'ipOffice' },
  futianBureau: { name: '深圳市市场监督管理局福田监管局', shortName: '福田监管局', kind: 'districtOffice', region: '440304', parent: 'ipOffice' },
  nanshanBureau: { name: '深圳市市场监督管理局南山监管局', shortName: '南山监管局', kind: 'districtOffice', region: '440305', parent: 'ipOffice' },
  baoanBureau: { name: '深圳市市场监督管理局宝安监管局', shortName: '宝安监管局', kind: 'districtOffice', region: '440306', parent: 'ipOffice' },
  longgangBureau: { name: '深圳市市场监督管理局龙岗监管局', shortName: '龙岗监管局', kind: 'districtOffice', region: '440307', parent: 'ipOffice' },
  guangmingBureau: { name: '深圳市市场监督管理局光明监管局', shortName: '光明监管局', kind: 'districtOffice', region: '440311', parent: 'ipOffice' },
  cityCourt: { name: '深圳市中级人民法院', shortName: '深圳中院', kind: 'court', region: '440300' },
  pingshanCourt: { name: '深圳市坪山区人民法院', shortName: '坪山区法院', kind: 'court', region: '440310' },
  pingshanProcuratorate: { name: '深圳市坪山区人民检察院', shortName: '坪山区检察院', kind: 'procuratorate', region: '440310' },
  police: { name: '深圳市公安局', shortName: '市公安局', kind: 'publicSecurity', region: '440300' },
  customs: { name: '中华人民共和国深圳海关', shortName: '深圳海关', kind: 'customs', region: '440300' },
  pboc: { name: '中国人民银行深圳市分行', shortName: '人民银行深圳市分行', kind: 'regulator', region: '440300' },
  nfra: { name: '国家金融监督管理总局深圳监管局', shortName: '深圳金融监管局', kind: 'regulator', region: '440300' },
  youthLeague: { name: '共青团深圳市委员会', shortName: '团市委', kind: 'memberUnit', region: '440300' },
  longgangGov: { name: '深圳市龙岗区人民政府', shortName: '龙岗区政府', kind: 'memberUnit', region: '440307' },
  justiceBureau: { name: '深圳市司法局', shortName: '市司法局', kind: 'memberUnit', region: '440300' },
  protectionCentre: { name: '中国（深圳）知识产权保护中心', shortName: '深圳保护中心', kind: 'serviceAgency', region: '440300' },
  pingshanWindow: { name: '中国（深圳）知识产权保护中心坪山分窗口', shortName: '坪山分窗口', kind: 'serviceAgency', region: '440310', parent: 'protectionCentre' },
  mediationPingshan: { name: '深圳市坪山区知识产权纠纷人民调解委员会', shortName: '坪山知调委', kind: 'mediationOrg', region: '440310' },
  mediationCentre: { name: '坪山区知识产权保护工作站调解室', shortName: '坪山工作站调解室', kind: 'mediationOrg', region: '440310' },
  bankBoc: { name: '中国银行股份有限公司深圳市分行', shortName: '中国银行深圳分行', kind: 'bank', region: '440300' },
  bankCmb: { name: '招商银行股份有限公司深圳分行', shortName: '招商银行深圳分行', kind: 'bank', region: '440300' },
  bankCcb: { name: '中国建设银行股份有限公司深圳市分行', shortName: '建设银行深圳分行', kind: 'bank', region: '440300' },
  insurer: { name: '中国人民财产保险股份有限公司深圳市分公司', shortName: '人保财险深圳分公司', kind: 'serviceAgency', region: '440300' },
  appraiser: { name: '深圳市鹏信资产评估土地房地产估价有限公司（示例）', shortName: '鹏信评估', kind: 'serviceAgency', region: '440304' },
  university: { name: '深圳技术大学', shortName: '深技大', kind: 'university', region: '440310' },
  association: { name: '深圳市知识产权联合会', shortName: '市知识产权联合会', kind: 'association', region: '440300' },
  agency: { name: '深圳市鹏知知识产权代理事务所（示例）', shortName: '鹏知代理', kind: 'serviceAgency', region: '440305' },
  enterpriseA: { name: '深圳市坪山新材料科技有限公司（示例）', shortName: '坪山新材料', kind: 'enterprise', region: '440310' },
  enterpriseB: { name: '深圳市聚龙智能装备有限公司（示例）', shortName: '聚龙智能', kind: 'enterprise', region: '440310' },
  enterpriseC: { name: '深圳市南山芯联电子有限公司（示例）', shortName: '芯联电子', kind: 'enterprise', region: '440305' },
} satisfies Record<string, { name: string; shortName: string; kind: OrgKind; region: string; parent?: string }>;
export type DemoOrgKey = keyof typeof DEMO_ORGS;

/** People named in the seed reports, with their titles at the time. */
const DEMO_PEOPLE: { name: string; title: string; org: DemoOrgKey }[] = [
  { name: '蔡英权', title: '市知识产权联席会议办公室主任、市市场监管局（知识产权局）党组书记、局长', org: 'ipOffice' },
  { name: '李军', title: '市知识产权联席会议办公室副主任、市市场监管局（知识产权局）党组成员、副局长', org: 'ipOffice' },
  { name: '王利峰', title: '深圳市市场监督管理局党组成员、市食品药品安全总监', org: 'ipOffice' },
  { name: '陈汉杰', title: '深圳市市场监管局坪山监管局局长', org: 'pingshanBureau' },
  { name: '袁虎勇', title: '坪山区委常委、常务副区长', org: 'pingshanGov' },
  { name: '金良富', title: '坪山区副区长', org: 'pingshanGov' },
  { name: '金闻秀', title: '坪山区人民法院院长', org: 'pingshanCourt' },
  { name: '李荣斌', title: '坪山区人民检察院检察长', org: 'pingshanProcuratorate' },
  { name: '饶一鸣', title: '共青团深圳市委员会副书记', org: 'youthLeague' },
  { name: '周明', title: '知识产权工作联络员', org: 'police' },
  { name: '林晓', title: '知识产权工作联络员', org: 'pingshanCourt' },
  { name: '黄敏', title: '普惠金融部经理', org: 'bankBoc' },
];

/** One account per role, all with the demo password. */
export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; org: DemoOrgKey }[] = [
  { username: 'admin', displayName: '平台管理员', role: 'admin', org: 'ipOffice' },
  { username: 'office', displayName: '联席办 张宁', role: 'office', org: 'ipOffice' },
  { username: 'liaison', displayName: '市公安局 周明', role: 'liaison', org: 'police' },
  { username: 'district', displayName: '坪山监管局 刘洋', role: 'district', org: 'pingshanBureau' },
  { username: 'mediator', displayName: '调解员 陈静', role: 'mediator', org: 'mediationPingshan' },
  { username: 'court', displayName: '坪山区法院 林晓', role: 'court', org: 'pingshanCourt' },
  { username: 'bank', displayName: '中国银行 黄敏', role: 'bank', org: 'bankBoc' },
  { username: 'enterprise', displayName: '坪山新材料 王工', role: 'enterprise', org: 'enterpriseA' },
  { username: 'officer', displayName: '坪山监管局 执法员 赵峰', role: 'officer', org: 'pingshanBureau' },
  { username: 'volunteer', displayName: '知助志愿者 何思远', role: 'volunteer', org: 'agency' },
  { username: 'examiner', displayName: '坪山分窗口 审查员 邓晓琳', role: 'examiner', org: 'pingshanWindow' },
];

/** A valid, stable credit code for a demo organisation (GB 32100-2015 check character). */
export function demoCreditCode(name: string, kind: OrgKind, region: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const digest = createHash('sha256').update(name).digest();
  const body = Array.from({ length: 9 }, (_, i) => alphabet[digest[i] % 31]).join('');
  const head = kind === 'enterprise' || kind === 'bank' || kind === 'serviceAgency' ? '91' : kind === 'association' ? '51' : kind === 'mediationOrg' ? '52' : '11';
  const first17 = head + region + body;
  return first17 + creditCodeCheckChar(first17)!;
}

export interface OrgDemo {
  orgs: Record<DemoOrgKey, string>;
  users: Record<Role, string>;
  people: Record<string, string>;
  /** The office account, for modules that seed as a signed-in user. */
  officeActor: Actor;
  actorFor(role: Role): Actor;
}

/** Fills in the demo city: organisations, the people of the seed reports, and one account per role. */
export async function seedOrgDemo(s: OrgServices, system: AuditActor): Promise<OrgDemo> {
  const root: Actor = { userId: '00000000-0000-4000-8000-000000000000', username: 'demo', displayName: 'demo', orgId: '', orgName: '', regionCode: '440300', roles: ['admin'], scope: 'all' };
  const orgs = {} as Record<DemoOrgKey, string>;
  for (const [key, o] of Object.entries(DEMO_ORGS) as [DemoOrgKey, (typeof DEMO_ORGS)[DemoOrgKey]][]) {
    const created = await s.orgs.create(root, {
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      regionCode: o.region,
      parentId: 'parent' in o ? orgs[o.parent as DemoOrgKey] : null,
      creditCode: demoCreditCode(o.name, o.kind, o.region),
      address: null,
      phone: null,
    });
    orgs[key] = created.id;
  }
  const people: Record<string, string> = {};
  for (const p of DEMO_PEOPLE) {
    const created = await s.people.create(root, { name: p.name, title: p.title, orgId: orgs[p.org], phone: null, email: null });
    people[p.name] = created.id;
  }
  const users = {} as Record<Role, string>;
  for (const a of DEMO_ACCOUNTS) {
    const u = await s.users.create(null, { username: a.username, displayName: a.displayName, orgId: orgs[a.org], roles: [a.role], password: DEMO_PASSWORD }, system);
    users[a.role] = u.id;
  }
  const actorFor = (role: Role): Actor => {
    const a = DEMO_ACCOUNTS.find((x) => x.role === role)!;
    const o = DEMO_ORGS[a.org];
    return { userId: users[role], username: a.username, displayName: a.displayName, orgId: orgs[a.org], orgName: o.name, regionCode: o.region, roles: [role], scope: role === 'admin' ? 'all' : role === 'office' || role === 'district' ? 'region' : role === 'mediator' || role === 'volunteer' ? 'own' : 'org' };
  };
  return { orgs, users, people, officeActor: actorFor('office'), actorFor };
}
