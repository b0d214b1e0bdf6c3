import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { zodRule } from './forms';

async function messageOf(schema: z.ZodType, value: unknown): Promise<string | null> {
  const rule = zodRule(schema) as { validator: (rule: unknown, value: unknown) => Promise<void> };
  try {
    await rule.validator({}, value);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

describe('zodRule', () => {
  it('says 必填 for an empty required field, like the server', async () => {
    expect(await messageOf(z.string().min(1), undefined)).toBe('必填');
    expect(await messageOf(z.string().min(1), '')).toBe('必填');
    expect(await messageOf(z.enum(['a', 'b']), undefined)).toBe('必填');
    expect(await messageOf(z.number(), null)).toBe('必填');
  });
  it('passes a good value and an empty optional one, and gives the schema’s own message otherwise', async () => {
    expect(await messageOf(z.string().max(3), 'abc')).toBeNull();
    expect(await messageOf(z.string().optional(), '')).toBeNull();
    expect(await messageOf(z.string().max(3, '最多 3 个字'), 'abcd')).toBe('最多 3 个字');
  });
});
