import type { AuditEvent } from '../../../common/audit';
import { formatDateTime } from '../app/format';
import type { Locale } from '../app/i18n';
import { valueLabel } from '../app/labels';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
// Bookkeeping a reader does not need: when a record changed is the event's own time.
const HIDDEN = new Set(['updatedAt', 'createdAt', 'id', 'canManage', 'canReport', 'myRegistration']);

/** The fields whose values differ between two snapshots. */
export function changedFields(before: unknown, after: unknown): { field: string; from: unknown; to: unknown }[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !HIDDEN.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, from: b[k], to: a[k] }));
}

/** Whether a value is only a record's internal id (or a list of them), which no reader should see. */
export function isIdOnly(v: unknown): boolean {
  if (typeof v === 'string') return UUID.test(v);
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && UUID.test(x));
}

/** Where a value is shown, and how: its event, field and the reader's language. */
export interface ValueContext {
  entityType: string;
  action: string;
  field: string;
  locale: Locale;
}

/**
 * A recorded value as a person reads it: the label of a state, flag or kind in the reader's language,
 * a time in the platform's zone, names instead of ids, 是/否 for yes and no, — for nothing.
 */
export function showValue(v: unknown, ctx?: ValueContext): string {
  if (v === null || v === undefined || v === '') return '—';
  if (ctx) {
    const l = valueLabel(ctx.entityType, ctx.action, ctx.field, v);
    if (l) return l[ctx.locale];
  }
  if (typeof v === 'boolean') return ctx?.locale === 'en' ? (v ? 'Yes' : 'No') : v ? '是' : '否';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return ctx && UUID.test(v) ? '—' : INSTANT.test(v) ? formatDateTime(v) : v;
  if (Array.isArray(v)) return v.length === 0 ? '—' : v.map((x) => showValue(x, ctx)).join('、');
  const o = v as Record<string, unknown>;
  const name = o.name ?? o.title ?? o.orgName ?? o.text;
  if (typeof name === 'string') return name;
  return JSON.stringify(v);
}

/** Every labelled value a snapshot recorded, one `label：value` line each, without internal ids or field names (the audit log's expanded row). */
export function snapshotLines(e: AuditEvent, labelOf: (field: string) => string, locale: Locale): string[] {
  const snap = e.after ?? e.before;
  if (!snap || typeof snap !== 'object' || Array.isArray(snap)) return snap == null ? [] : [showValue(snap)];
  return Object.entries(snap as Record<string, unknown>)
    .filter(([k, v]) => !HIDDEN.has(k) && labelOf(k) !== k && v !== undefined && v !== null && v !== '' && !isIdOnly(v) && !(k.endsWith('Id') || k.endsWith('Ids')))
    .map(([k, v]) => `${labelOf(k)}：${showValue(v, { entityType: e.entityType, action: e.action, field: k, locale })}`);
}

// What other events say, when their recorded values carry it (a comment, a reason, a number…).
const DETAIL_KEYS = ['name', 'title', 'percent', 'narrative', 'comment', 'reason', 'number', 'response', 'responseDue', 'level', 'body', 'authorName', 'receiver', 'minutesStatus', 'status', 'text', 'seq', 'org', 'document', 'file', 'what', 'count'];

/** The lines of what an event changed or said, every value a label and no internal id. */
export function eventLines(e: AuditEvent, labelOf: (field: string) => string, locale: Locale): string[] {
  const ctx = (field: string): ValueContext => ({ entityType: e.entityType, action: e.action, field, locale });
  if (e.action === 'update' || e.action === 'status') {
    return changedFields(e.before, e.after)
      .filter((c) => !isIdOnly(c.from) && !isIdOnly(c.to) && !(c.from == null && isIdOnly(c.to)) && !(c.to == null && isIdOnly(c.from)))
      .map((c) => `${labelOf(c.field)}：${showValue(c.from, ctx(c.field))} → ${showValue(c.to, ctx(c.field))}`);
  }
  if (e.action === 'delete' || e.action === 'import') return [];
  const after = (e.after ?? e.before ?? {}) as Record<string, unknown>;
  const keys = e.action === 'create' ? ['name', 'title'] : DETAIL_KEYS;
  return keys.flatMap((k) => (after[k] !== undefined && after[k] !== null && after[k] !== '' && !isIdOnly(after[k]) ? [`${labelOf(k)}：${showValue(after[k], ctx(k))}`] : []));
}
