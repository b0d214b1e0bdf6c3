import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedOrgDemo } from '../modules/org/demo/org.demo';
import { seedConferenceDemo } from '../modules/conference/demo/conference.demo';
import { seedTasksDemo } from '../modules/tasks/demo/tasks.demo';
import { seedProtectionDemo } from '../modules/protection/demo/protection.demo';
import { seedStatsDemo } from '../modules/stats/demo/stats.demo';
import { seedEnforcementDemo } from '../modules/enforcement/demo/enforcement.demo';
import { seedPublishDemo } from '../modules/publish/demo/publish.demo';
import { seedFinanceDemo } from '../modules/finance/demo/finance.demo';
import { seedUtilisationDemo } from '../modules/utilisation/demo/utilisation.demo';
import { seedServicesDemo } from '../modules/services/demo/services.demo';
import { seedCentreDemo } from '../modules/centre/demo/centre.demo';
import type { Services } from '../modules/index';
import type { PlatformContext } from '../platform/context';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** Fills an empty database with the demo city (Shenzhen, with Pingshan in detail). */
export async function seedDemo(p: PlatformContext, s: Services): Promise<void> {
  const demo = await seedOrgDemo(s.org, { system: 'demo' });
  // Each module's part is timed in the log: the demo city is what start-up, the browser tests and the crash test wait for.
  const parts: [string, () => Promise<unknown>][] = [
    ['conference', () => seedConferenceDemo(p, s, demo)],
    ['tasks', () => seedTasksDemo(p, s, demo)],
    ['protection', () => seedProtectionDemo(p, s, demo)],
    ['stats', () => seedStatsDemo(p, s, demo)],
    ['finance', () => seedFinanceDemo(p, s, demo)],
    ['enforcement', () => seedEnforcementDemo(p, s, demo)],
    ['centre', () => seedCentreDemo(p, s, demo)],
    ['publish', () => seedPublishDemo(p, s, demo)],
    ['utilisation', () => seedUtilisationDemo(p, s, demo)],
    ['services', () => seedServicesDemo(p, s, demo)],
  ];
  for (const [module, seed] of parts) {
    const started = performance.now();
    await seed();
    p.logger.info({ module, ms: Math.round(performance.now() - started) }, 'demo part filled');
  }
}

/** True when nobody has used the database yet (no organisations and no users). */
export async function isEmpty(s: Services): Promise<boolean> {
  return (await s.org.users.count()) === 0;
}
