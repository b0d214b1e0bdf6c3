import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dateField, instantField, patchOf, textProblem } from './fields';

describe('shared field primitives', () => {
  it('refuses NUL bytes and lone surrogates, keeps paired surrogates (emoji) and Chinese', () => {
    expect(textProblem('a\u0000b')).toMatch(/空字符/);
    expect(textProblem('x\ud800')).toMatch(/代理项/);
    expect(textProblem('\udc00y')).toMatch(/代理项/);
    expect(textProblem('知识产权 😀')).toBeNull();
  });

  it('accepts dates from 1900 to 2100 only', () => {
    const date = dateField();
    expect(date.safeParse('1900-01-01').success).toBe(true);
    expect(date.safeParse('2100-12-31').success).toBe(true);
    for (const bad of ['0000-01-01', '1899-12-31', '2101-01-01', '99999-01-01']) expect(date.safeParse(bad).success).toBe(false);
    expect(date.safeParse('0000-01-01').error?.issues[0].message).toBe('日期应在 1900 至 2100 年之间');
    expect(date.safeParse('2026-02-30').error?.issues[0].message).toBe('日期无效');
    expect(date.safeParse('2026-13-01').error?.issues[0].message).toBe('日期无效');
    expect(date.safeParse('2026/02/03').error?.issues[0].message).toBe('日期格式应为 YYYY-MM-DD');
    expect(date.safeParse('2028-02-29').success).toBe(true);
  });

  it('accepts instants from 1900 to 2100 only', () => {
    const instant = instantField();
    expect(instant.safeParse('2026-03-02T09:00:00+08:00').success).toBe(true);
    expect(instant.safeParse('0000-01-01T00:00:00Z').success).toBe(false);
  });
});

describe('patchOf', () => {
  it('leaves out what a PATCH left out, instead of filling in the create defaults', () => {
    const create = z.object({ name: z.string(), active: z.boolean().default(true), position: z.enum(['lead', 'member']).default('member') });
    const patch = patchOf(create);
    expect(create.partial().parse({})).toEqual({ active: true, position: 'member' });
    expect(patch.parse({})).toEqual({});
    expect(patch.parse({ position: 'lead' })).toEqual({ position: 'lead' });
    expect(patch.safeParse({ active: 'yes' }).success).toBe(false);
  });
});
