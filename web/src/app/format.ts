import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/*
 * Instants as the offices write them, the same in either language and whatever the browser's
 * locale or time zone: 2026-12-03 08:35 in the platform's zone (Asia/Shanghai unless the server
 * is configured otherwise). A meeting at 09:30 in Shenzhen reads 09:30 on a laptop set to New York.
 */

let zone = 'Asia/Shanghai';
const WALL = 'YYYY-MM-DDTHH:mm:ss';

/** Sets the zone every time is shown and entered in (from the server's settings, at start-up). */
export function setPlatformTimeZone(name: string): void {
  zone = name;
}

/** The zone every time is shown and entered in. */
export function platformTimeZone(): string {
  return zone;
}

/** An instant as date and time to the minute (with seconds for logs) in the platform's zone; '—' when absent. */
export function formatDateTime(iso: string | null | undefined, opts: { seconds?: boolean } = {}): string {
  if (!iso) return '—';
  return dayjs(iso).tz(zone).format(opts.seconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');
}

/** An instant's date in the platform's zone (a plain 'YYYY-MM-DD' date is itself); '—' when absent. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return dayjs(iso).tz(zone).format('YYYY-MM-DD');
}

/** An instant's time of day in the platform's zone: '09:30'. */
export function formatTime(iso: string): string {
  return dayjs(iso).tz(zone).format('HH:mm');
}

/** Today's date in the platform's zone, 'YYYY-MM-DD'. */
export function platformToday(now: Date = new Date()): string {
  return dayjs(now).tz(zone).format('YYYY-MM-DD');
}

/** The year of an instant in the platform's zone. */
export function platformYear(iso: string | Date = new Date()): number {
  return dayjs(iso).tz(zone).year();
}

/*
 * antd's pickers work in the browser's own zone. To show and enter the platform's wall-clock time,
 * a picker holds a browser-local value with the same digits, converted on the way in and out.
 */

/** A picker value showing the instant's wall-clock time in the platform's zone. */
export function toPickerTime(iso: string): Dayjs {
  return dayjs(dayjs(iso).tz(zone).format(WALL));
}

/** The instant a picker's wall-clock value means in the platform's zone. */
export function fromPickerTime(value: Dayjs): string {
  return dayjs.tz(value.format(WALL), zone).toISOString();
}

/** An InputNumber's display of a whole number with thousands separators (5,000,000), and its reading back. */
export const groupedNumber = {
  formatter: (v: number | string | undefined) => (v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',')),
  parser: (v: string | undefined) => Number((v ?? '').replace(/,/g, '')),
};
