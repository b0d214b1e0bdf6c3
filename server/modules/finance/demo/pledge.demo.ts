import { type Patent, PatentListQuerySchema } from '../../../../common/stats-records';
import type { DemoContext } from '../../../demo/demo-context';
import type { PlatformContext } from '../../../platform/context';
import { chinaDate } from '../../../platform/clock';
import type { Services } from '../../index';
import { FINANCE_ENTERPRISES } from './finance-enterprises';

const STEPS = ['draft', 'submitted', 'registered', 'refused', 'changed', 'released'] as const;

/** A pledge the demo made, for the loan demo to link the loans of the same enterprise and bank to. */
export interface DemoPledge {
  id: string;
  enterpriseOrgId: string;
  bankOrgId: string;
  status: (typeof STEPS)[number];
}

/**
 * Pledges of the roster's enterprises in every state, each with the bank that lends to it in the loan
 * demo, so over the three banks. Their patents are recent granted inventions of Shenzhen handed to the
 * enterprise as holder, so the pre-checks pass. A few stay drafts that fail a check for a real reason:
 * a patent lapsed for an unpaid annual fee (ground 4), or the enterprise's patent pledged again while
 * its registered pledge is in force (ground 9).
 */
export async function seedPledgeDemo(p: PlatformContext, s: Services, demo: DemoContext, ids: Record<string, string>): Promise<DemoPledge[]> {
  const office = demo.officeActor;
  const banks = [demo.orgs.bankBoc, demo.orgs.bankCmb, demo.orgs.bankCcb];
  const query = (status: 'valid' | 'lapsed') => PatentListQuerySchema.parse({ type: 'invention', status, regionCode: '440300', pageSize: 200, sort: 'applicationDate', order: 'desc' });
  const valid = (await s.stats.records.patents(office, query('valid'))).items.filter((x) => x.grantDate !== null && x.applicationDate >= '2012-01-01');
  const lapsed = (await s.stats.records.patents(office, query('lapsed'))).items;
  const today = chinaDate(p.clock.now());
  const out: (DemoPledge & { n: number; right: Patent })[] = [];
  for (const [i, e] of FINANCE_ENTERPRISES.entries()) {
    for (let k = 0; k < 2; k += 1) {
      const n = i * 2 + k;
      const failing = n % 10 === 9;
      // When its first pledge is registered, the enterprise's failing draft pledges that same patent again.
      const previous = failing && k === 1 ? out.find((x) => x.n === n - 1 && x.status === 'registered') : undefined;
      const right = previous ? previous.right : failing && lapsed[n] ? lapsed[n] : valid[n];
      if (!right) continue;
      if (!previous) await s.stats.records.facts.setHolder('patent', right.applicationNo, e.name);
      const o = { enterpriseOrgId: ids[e.key], bankOrgId: banks[i % 3], number: right.applicationNo, amountFen: (300 + ((n * 137) % 2700)) * 1_000_000, step: failing ? 'draft' : STEPS[n % STEPS.length], today } as const;
      try {
        out.push({ id: await onePledge(s, demo, o), enterpriseOrgId: o.enterpriseOrgId, bankOrgId: o.bankOrgId, status: o.step, n, right });
      } catch (err) {
        p.logger.warn({ err, enterprise: e.name }, 'finance demo: a pledge was not made');
      }
    }
  }
  return out.map(({ id, enterpriseOrgId, bankOrgId, status }) => ({ id, enterpriseOrgId, bankOrgId, status }));
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
