import type { DemoContext } from '../../../demo/demo-context';
import type { PlatformContext } from '../../../platform/context';
import { chinaDate } from '../../../platform/clock';
import type { Services } from '../../index';
import { ensureFinanceEnterprises, FINANCE_ENTERPRISES } from './finance-enterprises';
import { seedLoanDemo } from './loan.demo';
import { seedPledgeDemo } from './pledge.demo';
import { seedSecuritisationDemo } from './securitisation.demo';
import { seedSigningDemo } from './signing.demo';

/**
 * The finance part of the demo city: the roster's enterprises, pledges in every state, a whitelist
 * with credit lines, then the loans behind the pledges, the risk pool, claims and subsidies.
 */
export async function seedFinanceDemo(p: PlatformContext, s: Services, demo: DemoContext): Promise<void> {
  const ids = await ensureFinanceEnterprises(s, demo);
  const pledges = await seedPledgeDemo(p, s, demo, ids);
  await seedWhitelistDemo(p, s, demo, ids);
  await seedLoanDemo(p, s, demo, { enterprises: ids, pledges });
  await seedSecuritisationDemo(p, s, demo, ids);
  await seedSigningDemo(p, s, demo);
  // The finance indicators of the statistics catalogue, as the nightly hand-over would leave them.
  await s.finance.statistics.publishFigures({ system: 'demo' });
}

/**
 * Shenzhen's whitelist: a published batch of 24 enterprises (recommended by the office, a few sent
 * by the Bank of China for checking), reviewed and decided, with the banks' interest and credit
 * lines; and an open batch with six applications waiting.
 */
async function seedWhitelistDemo(p: PlatformContext, s: Services, demo: DemoContext, ids: Record<string, string>): Promise<void> {
  const office = demo.officeActor;
  const bank = demo.actorFor('bank');
  const today = chinaDate(p.clock.now());
  const year = Number(today.slice(0, 4));
  const criteria = [
    { key: 'inventionPatents' as const, threshold: 1, required: true, points: 40 },
    { key: 'highValuePatents' as const, threshold: 1, required: false, points: 20 },
    { key: 'highTech' as const, required: false, points: 20 },
    { key: 'noDishonesty' as const, required: true, points: 10 },
    { key: 'noAbnormalFiling' as const, required: false, points: 10 },
  ];
  const w = s.finance.whitelists;
  const first = await w.createBatch(office, { regionCode: '440300', title: `深圳市${year}年度知识产权质押融资企业白名单（第一批）`, criteria, passScore: 60, validFrom: `${year}-01-01`, validTo: `${year + 1}-12-31` });
  const second = await w.createBatch(office, { regionCode: '440300', title: `深圳市${year + 1}年度知识产权质押融资企业白名单（第一批）`, criteria, passScore: 60, validFrom: `${year + 1}-01-01`, validTo: `${year + 2}-12-31` });
  const approved: string[] = [];
  for (const [i, e] of FINANCE_ENTERPRISES.entries()) {
    const enterpriseOrgId = ids[e.key];
    const byBank = i % 8 === 3;
    const batch = i < 24 ? first : second;
    try {
      const a = await w.apply(byBank ? bank : office, { batchId: batch.id, enterpriseOrgId, highTech: e.highTech, note: byBank ? '本行存量授信客户，请协助核查专利及信用情况' : `${e.industry}重点企业，推荐入库` });
      if (batch === second) continue;
      await w.review(office, a.id, { dishonesty: i % 11 === 10, abnormalFiling: false });
      const scored = await w.application(office, a.id);
      // A rejection names the criteria the enterprise's records miss, as the office's notice would.
      const missed = scored.lines.filter((l) => l.met === false && (l.required || scored.score < scored.passScore)).map((l) => l.reason);
      await w.decide(office, a.id, scored.eligible ? { decision: 'approved', note: '符合入库条件' } : { decision: 'rejected', note: `未达到入库条件：${missed.join('；')}` });
      if (scored.eligible) approved.push(a.id);
    } catch (err) {
      p.logger.warn({ err, enterprise: e.name }, 'finance demo: a whitelist application was not made');
    }
  }
  await w.setBatchStatus(office, first.id, 'published');
  for (const [i, id] of approved.slice(0, 8).entries()) {
    const line = await s.finance.creditLines.markInterest(bank, id);
    if (i < 5) await s.finance.creditLines.update(bank, line.id, { status: 'granted', amountFen: (500 + i * 300) * 1_000_000, grantedOn: today, expiresOn: `${year + 1}${today.slice(4)}`, note: '知识产权质押专项授信' });
  }
}
