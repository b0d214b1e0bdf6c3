import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem, isValidCreditCode } from './credit-code';
import { OrgCreateSchema } from './org';
import { isInRegion, regionLevel, regionPrefix } from './region';
import { passwordProblem } from './user';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts real codes and computes their check character', () => {
    // Published codes of public bodies.
    for (const code of ['91350100M000100Y43', '11100000000013127D', '91110000802100433B']) expect(isValidCreditCode(code)).toBe(true);
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('says what is wrong with a bad code', () => {
    expect(creditCodeProblem('9135010')).toBe('统一社会信用代码应为18位');
    expect(creditCodeProblem('91350100M000100YO3')).toContain('无效字符');
    expect(creditCodeProblem('91350100M000100Y44')).toBe('统一社会信用代码校验位错误（应为 3）');
    expect(creditCodeProblem('9135A100M000100Y43')).toContain('行政区划代码');
  });

  it('is normalised to upper case by the organisation schema', () => {
    const r = OrgCreateSchema.safeParse({ name: '某公司', kind: 'enterprise', regionCode: '350100', creditCode: '91350100m000100y43' });
    expect(r.success && r.data.creditCode).toBe('91350100M000100Y43');
  });
});

describe('regions', () => {
  it('knows levels and subtree prefixes of GB/T 2260 codes', () => {
    expect(regionLevel('440000')).toBe('province');
    expect(regionLevel('440300')).toBe('city');
    expect(regionLevel('440310')).toBe('county');
    expect(regionPrefix('440300')).toBe('4403');
    expect(isInRegion('440310', '440300')).toBe(true);
    expect(isInRegion('440106', '440300')).toBe(false);
    expect(isInRegion('440106', '440000')).toBe(true);
  });
});

describe('password policy', () => {
  it('asks for length, two character classes and no username inside', () => {
    expect(passwordProblem('short1!')).toBe('密码至少10位');
    expect(passwordProblem('onlyletterslong')).toBe('密码需包含字母、数字、符号中的至少两类');
    expect(passwordProblem('zhichan-demo')).toBeNull();
    expect(passwordProblem('wang-2026-pass', 'wang')).toBe('密码不能包含用户名');
  });
});
