/** The kinds of IP right a dispute is about. */
export const RIGHT_KINDS = ['invention', 'utilityModel', 'design', 'trademark', 'copyright', 'other'] as const;
export type RightKind = (typeof RIGHT_KINDS)[number];

const DIGITS_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/**
 * What is wrong with a Chinese patent application number (ZL202310123456.7, with or without ZL/CN
 * and the dot), or null. The check character is Σ digit×weight mod 11 ('X' for 10); the fifth
 * digit is the patent type (1/8 invention, 2/9 utility model, 3 design).
 */
export function patentNumberProblem(raw: string, kind?: RightKind): string | null {
  const n = raw.trim().toUpperCase().replace(/^(ZL|CN)/, '').replace('.', '');
  if (!/^\d{12}[\dX]$/.test(n)) return '专利号格式应为 ZL+12位数字+.+校验位，如 ZL202310123456.7';
  const sum = [...n.slice(0, 12)].reduce((s, d, i) => s + Number(d) * DIGITS_WEIGHTS[i], 0);
  const check = '0123456789X'[sum % 11];
  if (check !== n[12]) return `专利号校验位错误（应为 ${check}）`;
  const type = n[4];
  const expected: Partial<Record<RightKind, string[]>> = { invention: ['1', '8'], utilityModel: ['2', '9'], design: ['3'] };
  const allowed = kind ? expected[kind] : ['1', '2', '3', '8', '9'];
  if (allowed && !allowed.includes(type)) return `专利号第5位（${type}）与专利类型不符`;
  return null;
}

/** A patent number in the usual written form: ZL + 12 digits + '.' + check character. */
export function formatPatentNumber(raw: string): string {
  const n = raw.trim().toUpperCase().replace(/^(ZL|CN)/, '').replace('.', '');
  return `ZL${n.slice(0, 12)}.${n.slice(12)}`;
}

