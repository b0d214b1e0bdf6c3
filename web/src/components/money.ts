import type { Rule } from 'antd/es/form';

/** What an amount box holds, as text (the box is a text input; a number comes from code). */
function asText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

/** Yuan as typed: digits, with at most two decimals (fen). */
const YUAN = /^\d{1,10}(\.\d{1,2})?$/;
export const MONEY_MESSAGE = '金额只能填写数字（单位：元，最多两位小数）';

/**
 * The form rule of an amount typed in yuan. The input keeps what was typed, letters included,
 * so a mistake is shown under the field instead of disappearing.
 */
export function moneyRule(required = false): Rule {
  return {
    required,
    validator: async (_rule, value: unknown) => {
      const text = asText(value);
      if (text === '') {
        if (required) throw new Error('必填');
        return;
      }
      if (!YUAN.test(text)) throw new Error(MONEY_MESSAGE);
    },
  };
}

/** Integer fen from yuan as typed ('12.5' → 1250); empty is 0. Exact: no floating-point rounding. */
export function yuanToFen(value: unknown): number {
  const text = asText(value);
  if (text === '') return 0;
  const [whole, decimals = ''] = text.split('.');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}
