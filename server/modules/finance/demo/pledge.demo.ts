import { PatentListQuerySchema } from '../../../../common/stats-records';
import type { DemoContext } from '../../../demo/demo-context';
import type { PlatformContext } from '../../../platform/context';
import { chinaDate } from '../../../platform/clock';
import type { Services } from '../../index';
import { FINANCE_ENTERPRISES } from './finance-enterprises';

const STEPS = ['draft', 'submitted', 'registered', 'refused', 'changed', 'released'] as const;

/**
 * Pledges of the roster's enterprises over the three banks, in every state. Their patents are demo
 * records of Shenzhen handed to the enterprise as holder, so the pre-checks pass; every tenth
 * enterprise pledges a lapsed patent, and its pledge stays a draft that fails ground 4.
 */
export async function seedPledgeDemo(p: PlatformContext, s: Services, demo: DemoContext, ids: Record<string, string>): Promise<string[]> {
  const office = demo.officeActor;
  const banks = [demo.orgs.bankBoc, demo.orgs.bankCmb, demo.orgs.bankCcb];
  const query = (status: 'valid' | 'lapsed') => PatentListQuerySchema.parse({ type: 'invention', status, regionCode: '440300', pageSize: 200, sort: 'applicationDate', order: 'desc' });
  const valid = (await s.stats.records.patents(office, query('valid'))).items.filter((x) => x.grantDate !== null && x.applicationDate >= '2012-01-01');
  const lapsed = (await s.stats.records.patents(office, query('lapsed'))).items;
  const today = chinaDate(p.clock.now());
  const out: string[] = [];
  for (const [i, e] of FINANCE_ENTERPRISES.entries()) {
    for (let k = 0; k < 2; k += 1) {
      const n = i * 2 + k;
      const right = n % 10 === 9 && lapsed[n] ? lapsed[n] : valid[n];
      if (!right) continue;
      await s.stats.records.facts.setHolder('patent', right.applicationNo, e.name);
      try {
        out.push(await onePledge(s, demo, { enterpriseOrgId: ids[e.key], bankOrgId: banks[n % 3], number: right.applicationNo, amountFen: (300 + ((n * 137) % 2700)) * 1_000_000, step: right.legalStatus === 'valid' ? STEPS[n % STEPS.length] : 'draft', today }));
      } catch (err) {
        p.logger.warn({ err, enterprise: e.name }, 'finance demo: a pledge was not made');
      }
    }
  }
  return out;
}

/** One pledge, taken through the registration up to `step`. */
async function onePledge(s: Services, demo: DemoContext, o: { enterpriseOrgId: string; bankOrgId: string; number: string; amountFen: number; step: (typeof STEPS)[number]; today: string }): Promise<string> {
  const office = demo.officeActor;
  const pledges = s.finance.pledges;
  const year = Number(o.today.slice(0, 4));
  const pledge = await pledges.create(office, {
    enterpriseOrgId: o.enterpriseOrgId,
    bankOrgId: o.bankOrgId,
    securedAmountFen: o.amountFen,
    debtStart: o.today,
    debtEnd: `${year + 1}${o.today.slice(4)}`,
    appraiserOrgId: demo.orgs.appraiser,
    valuationFen: Math.round(o.amountFen * 1.6),
    insurance: '知识产权质押融资保证保险（人保财险深圳市分公司）',
    guarantee: null,
    rights: [{ kind: 'patent', number: o.number, coOwners: [] }],
  });
  if (o.step === 'draft') return pledge.id;
  await pledges.submit(office, pledge.id, { overrideWarnings: true });
  if (o.step === 'submitted') return pledge.id;
  if (o.step === 'refused') {
    await pledges.refuse(office, pledge.id, { ground: 7, note: '质押合同未载明担保范围，已退回补正后重新办理', refusedOn: o.today });
    return pledge.id;
  }
  await pledges.register(office, pledge.id, { registrationNo: `Y${year}440000${String(Math.abs(hash(pledge.id)) % 100000).padStart(5, '0')}`, registeredOn: o.today });
  if (o.step === 'changed' || o.step === 'released') await pledges.change(office, pledge.id, { changedOn: o.today, note: '质押合同补充协议：担保债权数额调整' });
  if (o.step === 'released') await pledges.release(office, pledge.id, { releasedOn: o.today, note: '借款已结清，双方申请注销' });
  return pledge.id;
}

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}
