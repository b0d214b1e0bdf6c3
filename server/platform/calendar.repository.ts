import type { Db } from '../db/database';
import type { CalendarOverride } from './calendar';

export const calendarRepository = {
  async all(db: Db): Promise<CalendarOverride[]> {
    return db.selectFrom('calendar_day').select(['date', 'work', 'name']).orderBy('date').execute();
  },
  async upsert(trx: Db, day: CalendarOverride): Promise<void> {
    await trx
      .insertInto('calendar_day')
      .values(day)
      .onConflict((oc) => oc.column('date').doUpdateSet({ work: day.work, name: day.name }))
      .execute();
  },
  async remove(trx: Db, date: string): Promise<number> {
    const r = await trx.deleteFrom('calendar_day').where('date', '=', date).executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
export type CalendarRepository = typeof calendarRepository;
