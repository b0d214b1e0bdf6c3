import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';

/** A date box's value as the 'YYYY-MM-DD' the server reads (the box holds a Dayjs). */
export function ymd(d: Dayjs): string {
  return d.format('YYYY-MM-DD');
}

/** A date box's value, or null when it is empty. */
export function ymdOrNull(d: Dayjs | null | undefined): string | null {
  return d ? ymd(d) : null;
}

/** A 'YYYY-MM-DD' from the server as a date box's value. */
export function dateValue(s: string | null | undefined): Dayjs | undefined {
  return s ? dayjs(s) : undefined;
}

/** Fen as the yuan typed in an amount box ('12.50'), or undefined. */
export function fenToYuanText(fen: number | null | undefined): string | undefined {
  return fen === null || fen === undefined ? undefined : (fen / 100).toFixed(2);
}

/** A required field, with the server's own word for a missing value. */
export const required: Rule = { required: true, message: '必填' };

/** A whole number typed in a box, within bounds. */
export function wholeNumberRule(min: number, max: number, isRequired = true): Rule {
  return {
    required: isRequired,
    validator: async (_rule, value: unknown) => {
      const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
      if (text === '') {
        if (isRequired) throw new Error('必填');
        return;
      }
      if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) throw new Error(`请填写${min}至${max}之间的整数`);
    },
  };
}
