import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedOrgDemo } from '../modules/org/demo/org.demo';
import { seedConferenceDemo } from '../modules/conference/demo/conference.demo';
import { seedTasksDemo } from '../modules/tasks/demo/tasks.demo';
import { seedProtectionDemo } from '../modules/protection/demo/protection.demo';
import { seedStatsDemo } from '../modules/stats/demo/stats.demo';
import { seedPublishDemo } from '../modules/publish/demo/publish.demo';
import { seedFinanceDemo } from '../modules/finance/demo/finance.demo';
import type { Services } from '../modules/index';
import type { PlatformContext } from '../platform/context';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** Fills an empty database with the demo city (Shenzhen, with Pingshan in detail). */
export async function seedDemo(p: PlatformContext, s: Services): Promise<void> {
  const demo = await seedOrgDemo(s.org, { system: 'demo' });
  await seedConferenceDemo(p, s, demo);
  await seedTasksDemo(p, s, demo);
  await seedProtectionDemo(p, s, demo);
  await seedStatsDemo(p, s, demo);
  await seedFinanceDemo(p, s, demo);
  await seedPublishDemo(p, s, demo);
}

/** True when nobody has used the database yet (no organisations and no users). */
export async function isEmpty(s: Services): Promise<boolean> {
  return (await s.org.users.count()) === 0;
}
