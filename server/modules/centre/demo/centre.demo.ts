import type { DemoContext } from '../../../demo/demo-context';
import { inTransaction } from '../../../db/unit-of-work';
import type { Actor } from '../../../platform/access';
import { addDays, addMonths, daysBetween } from '../../../platform/calendar';
import { chinaDate } from '../../../platform/clock';
import type { PlatformContext } from '../../../platform/context';
import type { Services } from '../../index';
import { DEMO_PASSWORD } from '../../org/demo/org.demo';
import { contributionOf } from '../domain/submission-tally';
import { filingRepository } from '../filing.repository';
import { submissionRepository } from '../submission.repository';
import { CENTRE_ENTERPRISES, type CentreDemoEnterprise, demoTitle } from './centre-enterprises';
import type { Agency } from '../../../../common/centre';

const AGENCIES = [
  { name: '深圳市鹏知知识产权代理事务所（示例）', credit_code: '91440305MA5DEMO01X', region_code: '440305' },
  { name: '深圳市坪山汇智专利代理有限公司（示例）', credit_code: '91440310MA5DEMO021', region_code: '440310' },
  { name: '深圳市龙岗创新知识产权代理有限公司（示例）', credit_code: '91440307MA5DEMO035', region_code: '440307' },
];

/** A deterministic sequence, so the demo city is the same every time. */
function sequence(seed: number) {
  let x = seed;
  return () => ((x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

/**
 * The centre part of the demo city: Shenzhen's protection centre and its Pingshan window (seed 000),
 * 60 filed enterprises in the new-energy-vehicle and materials fields (a few awaiting review,
 * returned or expired) and 400 pre-examinations over eighteen months in every state, the older
 * passed ones with their CNIPA outcomes. The demo enterprise account is left unfiled, so it can file.
 */
export async function seedCentreDemo(p: PlatformContext, s: Services, demo: DemoContext): Promise<void> {
  const office = demo.officeActor;
  const today = chinaDate(p.clock.now());
  const centre = await s.centre.config.createWindow(office, { orgId: demo.orgs.protectionCentre, parentId: null, regionCode: '440300', name: '中国（深圳）知识产权保护中心', fieldCodes: ['newEnergyVehicle', 'newMaterials', 'electronics', 'intelligentManufacturing', 'biomedicine'], filingValidityMonths: 24, validitySource: '保护中心备案服务规定（有效期两年，可调整的配置值）' });
  const pingshan = await s.centre.config.createWindow(office, { orgId: demo.orgs.pingshanWindow, parentId: centre.id, regionCode: '440310', name: '中国（深圳）知识产权保护中心坪山分窗口', fieldCodes: ['newEnergyVehicle', 'newMaterials'], filingValidityMonths: 24, validitySource: '保护中心备案服务规定（有效期两年，可调整的配置值）' });
  const agencies: Agency[] = [];
  for (const a of AGENCIES) agencies.push(await s.centre.config.createAgency(office, { name: a.name, creditCode: a.credit_code, regionCode: a.region_code }));
  const szExaminer = await s.org.users.create(null, { username: 'examiner-sz', displayName: '深圳保护中心 审查员 何思远', orgId: demo.orgs.protectionCentre, roles: ['examiner'], password: DEMO_PASSWORD }, { system: 'demo' });
  const examiners = { [centre.id]: szExaminer.id, [pingshan.id]: demo.actorFor('examiner').userId };
  const rules = new Map((await s.centre.config.rules()).map((r) => [r.kind, r]));
  const rnd = sequence(2022);
  const system: Actor = { ...office, displayName: '演示数据' };

  const enterprises: (CentreDemoEnterprise & { id: string })[] = [];
  for (const e of CENTRE_ENTERPRISES) {
    const found = (await s.org.orgs.list(office, { q: e.name, page: 1, pageSize: 5, order: 'asc' })).items.find((o) => o.name === e.name);
    enterprises.push({ ...e, id: (found ?? (await s.org.orgs.create(office, { name: e.name, shortName: e.shortName, kind: 'enterprise', regionCode: e.region, parentId: null, creditCode: null, address: null, phone: null }))).id });
  }

  await inTransaction(p.db, async (trx) => {
    let serial = 0;
    for (const [i, e] of enterprises.entries()) {
      const window = e.region === '440310' ? pingshan : centre;
      // 50 in force, 4 awaiting review, 3 returned, 3 expired.
      const state = i < 50 ? 'approved' : i < 54 ? 'submitted' : i < 57 ? 'returned' : 'expired';
      const submittedOn = state === 'expired' ? addDays(today, -800 - i) : state === 'approved' ? addDays(today, -560 + i * 3) : addDays(today, -(i - 48));
      const decidedOn = state === 'submitted' ? null : addDays(submittedOn, 4);
      const validFrom = state === 'approved' || state === 'expired' ? decidedOn : null;
      const filingId = await filingRepository.insert(trx, {
        window_id: window.id,
        region_code: e.region,
        enterprise_org_id: e.id,
        agency_id: i % 4 === 0 ? agencies[i % 3].id : null,
        field_codes: [e.field],
        established_on: addDays(today, -(900 + i * 97)),
        insured_staff: 12 + ((i * 37) % 480),
        dishonesty: false,
        abnormal_filing: false,
        other_grants: 3 + (i % 9),
        checks: JSON.stringify([{ code: 'patentRecord', met: true, detail: `申报实用新型、外观设计授权${3 + (i % 9)}件` }]),
        documents: '营业执照副本；近一年社保缴纳证明；知识产权管理制度；承诺书',
        status: state === 'expired' ? 'approved' : state,
        reason: state === 'returned' ? '社保缴纳证明未加盖社保机构印章，请补充后重新提交' : null,
        valid_from: validFrom,
        valid_to: validFrom ? addDays(addMonths(validFrom, 24), -1) : null,
        submitted_on: submittedOn,
        decided_by: decidedOn ? examiners[window.id] : null,
        decided_on: decidedOn,
        created_at: new Date(`${submittedOn}T02:00:00Z`),
        updated_at: new Date(`${decidedOn ?? submittedOn}T02:00:00Z`),
      });
      if (state !== 'approved') continue;
      // Eight pre-examinations per filed enterprise: 400 in all.
      for (let k = 0; k < 8; k++) {
        serial += 1;
        const { title, ipc } = demoTitle(e.field, Math.floor(serial / 2) + (serial % 2) * 200);
        const kind = k % 4 === 3 ? 'utilityModel' : 'invention';
        const rule = rules.get(kind)!;
        const age = Math.floor(rnd() * 520);
        const submitted = p.calendar.nextWorkingDay(addDays(today, -age));
        const roll = rnd();
        const rounds = age > 20 && roll < 0.3 ? 2 + (roll < 0.08 ? 1 : 0) : 1;
        const examiner = examiners[window.id];
        let status = age <= 6 ? (roll < 0.5 ? 'submitted' : 'examining') : age <= 20 ? (roll < 0.4 ? 'returned' : 'examining') : roll > 0.92 ? 'refused' : 'passed';
        if (status === 'examining' && age > 12 && roll > 0.8) status = 'passed';
        const decided = status === 'passed' || status === 'refused';
        const taken = decided ? Math.min(rule.workingDays + 3, 3 + Math.floor(rnd() * rule.workingDays)) * rounds : 0;
        const decidedOn = decided ? p.calendar.addWorkingDays(submitted, taken + (rounds - 1) * 5) : null;
        const outcomeAge = decidedOn ? daysBetween(decidedOn, today) : 0;
        const outcome = status === 'passed' && outcomeAge > 90 ? (rnd() < 0.9 ? 'granted' : 'rejected') : null;
        const cnipaOn = outcome ? addDays(decidedOn!, 60 + Math.floor(rnd() * Math.min(outcomeAge - 60, 180))) : null;
        const roundStart = rounds > 1 && status !== 'returned' ? p.calendar.addWorkingDays(submitted, (rounds - 1) * 8) : submitted;
        const row = {
          filing_id: filingId,
          window_id: window.id,
          region_code: e.region,
          enterprise_org_id: e.id,
          agency_id: i % 4 === 0 ? agencies[i % 3].id : null,
          kind,
          title,
          ipc,
          field_code: e.field,
          applicant: e.name.replace('（示例）', ''),
          status,
          round: status === 'returned' ? 1 : rounds,
          examiner_user_id: status === 'submitted' ? null : examiner,
          submitted_on: submitted,
          round_started_on: roundStart,
          limit_days: rule.workingDays,
          due_on: decided || status === 'returned' ? null : p.calendar.addWorkingDays(roundStart, rule.workingDays),
          examiner_days: taken,
          defects: status === 'returned' || rounds > 1 ? '权利要求书中技术特征表述不清楚，说明书附图标记与文字不一致，请补正' : null,
          refusal_ground: status === 'refused' ? (roll > 0.97 ? 'duplicate' : 'quality') : null,
          decision_note: status === 'refused' ? '申请文件撰写质量不符合快速预审要求' : null,
          decided_on: decidedOn,
          cnipa_application_no: status === 'passed' ? `${submitted.slice(0, 4)}1${String(100_000 + serial * 37).padStart(7, '0')}.${serial % 10}` : null,
          cnipa_outcome: outcome,
          cnipa_on: cnipaOn,
          year: Number(submitted.slice(0, 4)),
          created_at: new Date(`${submitted}T02:00:00Z`),
          updated_at: new Date(`${decidedOn ?? submitted}T02:00:00Z`),
        };
        await submissionRepository.insert(trx, row);
        await submissionRepository.applyTally(trx, [contributionOf({ ...row, grant_days: cnipaOn ? daysBetween(submitted, cnipaOn) : null })]);
      }
    }
    await p.audit.record(trx, system, { action: 'import', entityType: 'centreWindow', entityId: pingshan.id, after: { filings: enterprises.length, submissions: serial } });
  });
}
