import dayjs from 'dayjs';

/*
 * Instants as the offices write them, the same in either language and whatever the browser's
 * locale: 2026-12-03 08:35. Local time, which is China time for the users this is made for.
 */

/** An instant as local date and time to the minute (with seconds for logs); '—' when absent. */
export function formatDateTime(iso: string | null | undefined, opts: { seconds?: boolean } = {}): string {
  if (!iso) return '—';
  return dayjs(iso).format(opts.seconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');
}

/** An instant as its local date; '—' when absent. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return dayjs(iso).format('YYYY-MM-DD');
}
