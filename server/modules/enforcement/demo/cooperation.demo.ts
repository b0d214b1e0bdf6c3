import { addDays } from '../../../platform/calendar';
import type { Actor } from '../../../platform/access';
import type { Services } from '../../deps';
import { DEMO_PASSWORD, type OrgDemo } from '../../org/demo/org.demo';
import type { Role } from '../../../../common/roles';

/** A demo account of an office outside Shenzhen, and the actor that stands for it. */
async function officeOf(s: Services, org: { id: string; name: string; regionCode: string }, role: Role, username: string, displayName: string): Promise<Actor> {
  const u = await s.org.users.create(null, { username, displayName, orgId: org.id, roles: [role], password: DEMO_PASSWORD }, { system: 'demo' });
  return { userId: u.id, username, displayName, orgId: org.id, orgName: org.name, regionCode: org.regionCode, roles: [role], scope: 'region' };
}

const root: Actor = { userId: '00000000-0000-4000-8000-000000000000', username: 'demo', displayName: 'demo', orgId: '', orgName: '', regionCode: '440300', roles: ['admin'], scope: 'all' };

/**
 * The 川渝 cooperation body of seed 001: Mianyang's office and a Chongqing district exchange
 * requests in every state (waiting, accepted, answered in time, answered late, overdue); and a
 * Shenzhen–Hong Kong body the demo city's office belongs to.
 */
export async function seedCooperationDemo(s: Services, demo: OrgDemo, today: string): Promise<void> {
  const org = (name: string, shortName: string, kind: 'ipOffice' | 'districtOffice' | 'memberUnit', regionCode: string) =>
    s.org.orgs.create(root, { name, shortName, kind, regionCode, parentId: null, creditCode: null, address: null, phone: null });
  const mianyangOrg = await org('绵阳市市场监督管理局（绵阳市知识产权局）', '绵阳市市场监管局', 'ipOffice', '510700');
  const yubeiOrg = await org('重庆市渝北区市场监督管理局', '渝北区市场监管局', 'districtOffice', '500112');
  const mianyang = await officeOf(s, mianyangOrg, 'office', 'mianyang', '绵阳市市场监管局 何敏');
  const yubei = await officeOf(s, yubeiOrg, 'district', 'yubei', '渝北区市场监管局 邓川');
  const e = s.enforcement;
  const body = await e.cooperation.create(mianyang, {
    name: '川渝知识产权行政保护协作体（示例）',
    area: 'chuanyu',
    agreementTitle: '《川渝知识产权行政保护协作协议》（示例）',
    agreementSignedOn: addDays(today, -400),
    agreementSummary: '两地知识产权管理部门在案件线索通报、协助调查取证、文书送达和证据共享方面相互协作，定期会商并通报协作数据。',
    members: [{ orgId: mianyangOrg.id, joinedOn: addDays(today, -400) }, { orgId: yubeiOrg.id, joinedOn: addDays(today, -400) }],
    limits: [{ kind: 'investigate', length: 20, unit: 'workingDays', citation: '《川渝知识产权行政保护协作协议》（示例）第五条：协助调查取证二十个工作日内答复' }],
  });
  const ask = (from: Actor, to: string, kind: 'investigate' | 'serve' | 'evidence', subject: string, detail: string, daysAgo: number) =>
    e.assists.create(from, body.id, { toOrgId: to, kind, subject, detail, sentOn: addDays(today, -daysAgo) });
  const answered = await ask(mianyang, yubeiOrg.id, 'investigate', '重庆某电器贸易有限公司', '请协助核查该公司销售假冒“长虹”注册商标电视机的进货来源及销售数量', 60);
  await e.assists.act(yubei, answered.id, { action: 'accept', on: addDays(today, -58) });
  await e.assists.act(yubei, answered.id, { action: 'answer', on: addDays(today, -45), outcome: 'done', answer: '已现场检查，查获涉嫌侵权电视机 46 台，进货单据显示来源为成都某批发商，询问笔录与照片已共享。' });
  const late = await ask(yubei, mianyangOrg.id, 'serve', '《行政处罚决定书》渝北市监处罚〔示例〕21号', '当事人住所地在绵阳市涪城区，请协助送达行政处罚决定书', 50);
  await e.assists.act(mianyang, late.id, { action: 'answer', on: addDays(today, -20), outcome: 'done', answer: '已于当事人住所地直接送达，送达回证随附。' });
  const accepted = await ask(yubei, mianyangOrg.id, 'evidence', '绵阳某包装制品厂', '请共享该厂生产假冒“江小白”外包装的扣押清单及鉴定意见', 6);
  await e.assists.act(mianyang, accepted.id, { action: 'accept', on: addDays(today, -5) });
  await ask(mianyang, yubeiOrg.id, 'evidence', '渝北某电商经营者', '请共享该经营者网店销售侵权商品的电子数据固定材料', 2);
  await ask(mianyang, yubeiOrg.id, 'serve', '《责令改正通知书》绵市监责改〔示例〕7号', '当事人经营场所位于渝北区，请协助送达责令改正通知书', 40);

  const office = demo.actorFor('office');
  const hk = await org('香港特别行政区政府知识产权署（示例）', '香港知识产权署', 'memberUnit', '810000');
  const shenzhenHk = await e.cooperation.create(office, {
    name: '深港知识产权保护协作机制（示例）',
    area: 'shenzhenHk',
    agreementTitle: '《深港知识产权保护合作协议》（示例）',
    agreementSignedOn: addDays(today, -700),
    agreementSummary: '深港两地在跨境侵权线索通报、证据共享和执法协作方面开展合作。',
    members: [{ orgId: demo.orgs.ipOffice, joinedOn: addDays(today, -700) }, { orgId: hk.id, joinedOn: addDays(today, -700) }, { orgId: demo.orgs.pingshanBureau, joinedOn: addDays(today, -300) }],
    limits: [],
  });
  await e.assists.create(office, shenzhenHk.id, { toOrgId: hk.id, kind: 'evidence', subject: '跨境销售假冒电子产品案', detail: '请共享涉案香港公司的商业登记资料及进出口记录', sentOn: addDays(today, -4) });
}
