import type { ScheduledTask } from '../../platform/scheduler';
import type { FinanceStatsService } from './finance-stats.service';

/** Once a day the finance figures go to the statistics catalogue; a day without changes writes nothing. */
export function financeFiguresSchedule(stats: FinanceStatsService): ScheduledTask {
  return {
    name: 'finance-figures',
    everyMs: 24 * 3600_000,
    async run() {
      await stats.publishFigures({ system: 'finance-figures' });
    },
  };
}
