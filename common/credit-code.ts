// GB 32100-2015 unified social credit code: 18 characters from a 31-character alphabet
// (digits and capitals without I, O, S, V, Z); the last one is a check character.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters of a credit code, or null if they use a character outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Why a credit code is invalid (in Chinese), or null when it is valid. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return '统一社会信用代码应为18位';
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return '统一社会信用代码含有无效字符（不使用 I、O、S、V、Z）';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return '统一社会信用代码第3至8位应为行政区划代码';
  const check = creditCodeCheckChar(code.slice(0, 17));
  if (check !== code[17]) return `统一社会信用代码校验位错误（应为 ${check}）`;
  return null;
}

/** True when `code` is a valid GB 32100-2015 credit code. */
export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
