/*
 * Parsers for the cells of an import file. Each answers the value, or a Chinese message saying
 * what is wrong (the import reports it with the row and the column header).
 */

export type Cell = string | number | boolean | null;

/** What a parser answers for a cell it cannot take: the reason, in Chinese. */
export class Invalid {
  constructor(readonly message: string) {}
}
/** A parsed cell, or why it could not be parsed (a plain value keeps millions of cells cheap). */
export type Parsed = Cell | Invalid;

const ok = (value: Cell): Parsed => value;
const bad = (message: string): Parsed => new Invalid(message);

/** Days of each month in a common year. */
export const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of `n` ASCII digits of `t` from `at`, or -1 if one of them is not a digit. */
function digits(t: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const spell = (y: number, mo: number, d: number) => `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A calendar date that exists: 2023-02-28, 2023/2/28, 2023.02.28, 20230228 or 2023年2月28日. */
export function parseDate(raw: string): Parsed {
  const t = raw.trim();
  let y: number, mo: number, d: number;
  // The common spelling, read digit by digit (imports have millions of dates: no match objects, no substrings).
  const iso = t.length === 10 && t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45 && (y = digits(t, 0, 4)) >= 0 && (mo = digits(t, 5, 2)) >= 0 && (d = digits(t, 8, 2)) >= 0;
  if (!iso) {
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t) ?? /^(\d{4})-(\d{2})-(\d{2})T[\d:.]+Z?$/.exec(t);
    if (!m) return bad(`「${t}」不是日期，请填写如 2023-06-30`);
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  y = y!;
  mo = mo!;
  d = d!;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1])) return bad(`日期 ${spell(y, mo, d)} 不存在`);
  if (y < 1985 || y > 2100) return bad(`日期 ${t} 超出范围（1985—2100年）`);
  return ok(iso ? t : spell(y, mo, d));
}

const enumIndexes = new WeakMap<object, Map<string, string>>();

/** One of a fixed set of codes, given as the code or its Chinese label (发明 → invention). */
export function parseEnum(raw: string, labels: Record<string, { zh: string; en: string }>, extra: Record<string, string> = {}): Parsed {
  let index = enumIndexes.get(labels);
  if (!index) {
    index = new Map();
    for (const [code, l] of Object.entries(labels)) {
      index.set(code, code);
      index.set(l.zh, code);
      index.set(l.en.toLowerCase(), code);
    }
    enumIndexes.set(labels, index);
  }
  const t = raw.trim();
  const code = index.get(t) ?? index.get(t.toLowerCase()) ?? (Object.hasOwn(extra, t) ? extra[t] : undefined);
  if (code) return ok(code);
  return bad(`「${t}」不是有效值，可填写：${Object.values(labels).map((l) => l.zh).join('、')}`);
}

const TRUE = new Set(['是', 'y', 'yes', 'true', '1', '有']);
const FALSE = new Set(['否', 'n', 'no', 'false', '0', '无', '']);

/** 是/否, Y/N, true/false, 1/0. */
export function parseBoolean(raw: string): Parsed {
  if (TRUE.has(raw)) return ok(true);
  if (FALSE.has(raw)) return ok(false);
  const t = raw.trim().toLowerCase();
  if (TRUE.has(t)) return ok(true);
  if (FALSE.has(t)) return ok(false);
  return bad(`「${raw}」应填写 是 或 否`);
}

/** A number, commas allowed (1,779.01); `min` is exclusive when `positive`. */
export function parseNumber(raw: string, opts: { positive?: boolean; integer?: boolean; min?: number; max?: number; label: string }): Parsed {
  const t = raw.trim().replace(/[,，\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return bad(`「${raw}」不是数字`);
  const v = Number(t);
  if (opts.integer && !Number.isInteger(v)) return bad(`${opts.label}应为整数`);
  if (opts.positive && !(v > 0)) return bad(`${opts.label}必须大于0`);
  if (opts.min !== undefined && v < opts.min) return bad(`${opts.label}不能小于${opts.min}`);
  if (opts.max !== undefined && v > opts.max) return bad(`${opts.label}不能大于${opts.max}`);
  return ok(v);
}

/** Text trimmed to at most `max` characters. */
export function parseText(raw: string, max: number): Parsed {
  const t = raw.trim();
  if (t.length > max) return bad(`不能超过${max}个字符`);
  return ok(t);
}

/** The weights of the digits of an application number in its check character. */
export const APPLICATION_NO_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/** The check character of a Chinese patent application number (12 digits since 2003, 8 before). */
export function applicationNoCheck(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * APPLICATION_NO_WEIGHTS[i];
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** A patent application number: CN202310123456.7, ZL202310123456.7 or 202310123456.7 → 202310123456.7. */
const CANONICAL_NO = /^\d{12}\.[\dX]$/;

export function parseApplicationNo(raw: string): Parsed {
  if (CANONICAL_NO.test(raw)) {
    const check = applicationNoCheck(raw.slice(0, 12));
    return check === raw[13] ? ok(raw) : bad(`申请号 ${raw} 校验位错误（应为 ${check}）`);
  }
  const t = raw.trim().toUpperCase().replace(/\s/g, '').replace(/^(CN|ZL)/, '');
  const m = /^(\d{12}|\d{8})\.?([\dX])$/.exec(t);
  if (!m) return bad(`「${raw}」不是专利申请号，应如 202310123456.7`);
  const check = applicationNoCheck(m[1]);
  if (check !== m[2]) return bad(`申请号 ${m[1]}.${m[2]} 校验位错误（应为 ${check}）`);
  return ok(`${m[1]}.${m[2]}`);
}

/** A PCT application number: PCT/CN2023/123456. */
export function parsePctNo(raw: string): Parsed {
  const t = raw.trim().toUpperCase().replace(/\s/g, '');
  if (!/^PCT\/[A-Z]{2}\d{4}\/\d{6}$/.test(t)) return bad(`「${raw}」不是PCT申请号，应如 PCT/CN2023/123456`);
  return ok(t);
}

/** A trademark registration number (digits). */
export function parseTrademarkNo(raw: string): Parsed {
  const t = raw.trim().replace(/\s/g, '');
  if (!/^\d{1,10}$/.test(t)) return bad(`「${raw}」不是商标注册号（1至10位数字）`);
  return ok(t);
}

/** Money in yuan, stored in fen. */
export function parseYuanToFen(raw: string): Parsed {
  const p = parseNumber(raw, { min: 0, label: '金额', max: 1e13 });
  if (p instanceof Invalid) return p;
  return ok(Math.round((p as number) * 100));
}
