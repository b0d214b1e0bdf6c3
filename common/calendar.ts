import { z } from 'zod';
import { dateField } from './fields';

/** A day set by hand: a holiday or make-up working day that the national holiday data does not hold yet. */
export const CalendarDaySchema = z.object({ date: dateField(), work: z.boolean(), name: z.string().trim().max(30).nullable() }).meta({ id: 'CalendarDay' });
export type CalendarDay = z.infer<typeof CalendarDaySchema>;

/** One day of a year's holiday arrangement: a holiday on a weekday or a working day at a weekend. */
export const ArrangementDaySchema = z.object({
  date: z.string(),
  work: z.boolean(),
  name: z.string().nullable(),
  nameEn: z.string().nullable(),
  source: z.enum(['national', 'override']).describe('national: the built-in State Council arrangement; override: set on this page'),
});
export type ArrangementDay = z.infer<typeof ArrangementDaySchema>;

/** A year's holiday arrangement as deadlines count it, and whether the State Council's arrangement is known. */
export const CalendarYearSchema = z
  .object({
    year: z.number().int(),
    covered: z.boolean().describe('false: neither the built-in data nor this page holds the year, so only weekends are days off'),
    days: z.array(ArrangementDaySchema),
  })
  .meta({ id: 'CalendarYear' });
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

export const CalendarYearParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
