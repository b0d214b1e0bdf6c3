import type { PlatformContext } from '../../../platform/context';
import type { Services } from '../../deps';
import type { OrgDemo } from '../../org/demo/org.demo';
import { ensureFinanceEnterprises, seedLoanDemo } from './loan.demo';

/**
 * The finance module's part of the demo city. TEMPORARY on the loan branch: the pledge half writes
 * this file with the pledges and whitelists; the merge joins the two.
 */
export async function seedFinanceDemo(p: PlatformContext, s: Services, demo: OrgDemo): Promise<void> {
  const enterprises = await ensureFinanceEnterprises(s, demo);
  await seedLoanDemo(p, s, demo, { enterprises, pledgeIds: [] });
}
