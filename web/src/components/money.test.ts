import { describe, expect, it } from 'vitest';
import { MONEY_MESSAGE, moneyRule, yuanToFen } from './money';

async function messageOf(value: unknown, required = false): Promise<string | null> {
  const rule = moneyRule(required) as { validator: (rule: unknown, value: unknown) => Promise<void> };
  try {
    await rule.validator({}, value);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

describe('amount fields', () => {
  it('say that an amount takes digits only, instead of dropping letters', async () => {
    expect(await messageOf('12a')).toBe(MONEY_MESSAGE);
    expect(await messageOf('abc')).toBe(MONEY_MESSAGE);
    expect(await messageOf('-5')).toBe(MONEY_MESSAGE);
    expect(await messageOf('1.234')).toBe(MONEY_MESSAGE);
    expect(await messageOf('300000')).toBeNull();
    expect(await messageOf('12.5')).toBeNull();
    expect(await messageOf('')).toBeNull();
    expect(await messageOf('', true)).toBe('必填');
  });
  it('turn yuan into exact integer fen', () => {
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen('300000')).toBe(30_000_000);
    expect(yuanToFen('')).toBe(0);
    expect(yuanToFen(undefined)).toBe(0);
  });
});
