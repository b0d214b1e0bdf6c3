import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { dateField } from '../../../common/fields';

/** What was typed into a date box that is no date, by the value that stands for it in the form. */
const typedText = new WeakMap<Dayjs, string>();

/**
 * The form value of a date box whose text is no date: an invalid Dayjs that remembers the text, so
 * the form says why (日期无效, or the expected format) instead of treating the field as empty.
 */
export function unparsedDate(text: string): Dayjs {
  const value = dayjs(Number.NaN);
  typedText.set(value, text);
  return value;
}

/** Reads typed text as a date, or answers the value `dateRule` refuses. */
export function parseTypedDate(text: string): Dayjs | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return dateField().safeParse(trimmed).success ? dayjs(trimmed) : unparsedDate(trimmed);
}

/** The rule of every date box: a value that is no date is refused with the server's own message. */
export function dateRule(): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (!dayjs.isDayjs(value) || value.isValid()) return;
      const result = dateField().safeParse(typedText.get(value) ?? '');
      throw new Error(result.success ? '日期无效' : result.error.issues[0].message);
    },
  };
}
