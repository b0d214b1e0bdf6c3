import { addDays } from '../../../platform/calendar';
import type { Actor } from '../../../platform/access';
import type { Services } from '../../deps';
import type { OrgDemo } from '../../org/demo/org.demo';

/**
 * One enterprise under the compliance procedure of seed 000's memorandum between the Pingshan
 * bureau and the district procuratorate: plan approved, one inspection done, a second to come.
 */
export async function seedComplianceDemo(s: Services, demo: OrgDemo, procurator: Actor, today: string): Promise<void> {
  const officer = demo.actorFor('officer');
  const e = s.enforcement.compliance;
  const started = addDays(today, -200);
  const p = await e.create(procurator, {
    enterpriseName: '深圳市坪山智联电子科技有限公司（示例）',
    enterpriseCreditCode: null,
    enterpriseOrgId: null,
    caseRef: '涉嫌假冒注册商标罪 深坪检刑受〔示例〕118号',
    summary: '企业在代工生产中擅自使用他人注册商标生产蓝牙耳机，涉案金额约62万元；企业认罪认罚，承诺建立商标使用合规制度，检察机关决定适用合规考察。',
    officeOrgId: demo.orgs.pingshanBureau,
    startedOn: started,
    team: [
      { name: '李富忠', unit: '深圳市市场监督管理局坪山监管局', orgId: demo.orgs.pingshanBureau, leader: true },
      { name: '陈律师', unit: '广东某律师事务所（示例）', orgId: null, leader: false },
      { name: '王会计师', unit: '深圳某会计师事务所（示例）', orgId: null, leader: false },
    ],
  });
  await e.act(officer, p.id, { action: 'submitPlan', on: addDays(started, 20), title: '商标使用专项合规整改计划', summary: '设立合规专员；建立客户商标授权审查台账；对全体生产、销售人员开展商标法培训；委托第三方每季度抽查订单授权文件。' });
  const approved = addDays(started, 25);
  await e.act(officer, p.id, { action: 'approvePlan', on: approved });
  const first = await e.schedule(officer, p.id, { plannedOn: addDays(approved, 60), focus: '商标授权审查台账与在产订单授权文件' });
  await e.record(officer, p.id, first.inspections[0].id, { doneOn: addDays(approved, 60), findings: '已建立授权审查台账，抽查在产订单 30 份均附授权文件；合规专员已到岗；培训记录完整。建议补充离职人员保密承诺。', rating: 'effective' });
  await e.schedule(officer, p.id, { plannedOn: addDays(today, 3), focus: '整改后复查：培训效果、抽查新接订单、保密承诺落实情况' });
}
