import { z } from 'zod';

/** The years a date may fall in: older or later dates are typing mistakes, and PostgreSQL refuses year 0. */
export const DATE_YEAR_MIN = 1900;
export const DATE_YEAR_MAX = 2100;
const DATE_RANGE_MESSAGE = `日期应在 ${DATE_YEAR_MIN} 至 ${DATE_YEAR_MAX} 年之间`;

function yearInRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= DATE_YEAR_MIN && year <= DATE_YEAR_MAX;
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** Said of a date written in the right shape that is not on the calendar (2026-02-30, 2026-13-01). */
export const INVALID_DATE_MESSAGE = '日期无效';

/**
 * A calendar date 'YYYY-MM-DD' between 1900 and 2100; every date field of every form uses it. A value in
 * the right shape that is no real day is called invalid, not badly formatted.
 */
export function dateField(message = '日期格式应为 YYYY-MM-DD') {
  return z.iso
    .date({ error: (issue) => (typeof issue.input === 'string' && DATE_SHAPE.test(issue.input) ? INVALID_DATE_MESSAGE : message) })
    .refine(yearInRange, DATE_RANGE_MESSAGE);
}

/** An instant with its offset (ISO 8601) between 1900 and 2100. */
export function instantField(options: { offset?: boolean; message?: string } = {}) {
  return z.iso.datetime({ offset: options.offset ?? true, message: options.message ?? '时间格式无效' }).refine(yearInRange, DATE_RANGE_MESSAGE);
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What is wrong with a piece of text no field may keep, or null: PostgreSQL cannot store a NUL
 * character, and a lone UTF-16 surrogate has no UTF-8 form.
 */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return '不能包含空字符 (\\u0000)';
  if (LONE_SURROGATE.test(value)) return '包含无效的字符（不成对的代理项）';
  return null;
}

/**
 * The shape of a PATCH body: every field optional and without its default, so a field left out
 * keeps its stored value. zod's `.partial()` keeps the defaults, and a PATCH that left out
 * `active` or `position` would quietly reset them.
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) shape[key] = (field instanceof z.ZodDefault ? (field.removeDefault() as z.ZodType) : (field as z.ZodType)).optional();
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer I extends z.ZodType> ? I : S[K]> }>;
}
