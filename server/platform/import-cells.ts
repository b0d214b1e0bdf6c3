import { z } from 'zod';

/** A label table as the common/ schemas declare them: key → { zh, en }. */
type LabelTable<K extends string> = Record<K, { zh: string }>;

/** The parts of a cell that lists several values, separated by 、，,；; or spaces. */
export function splitList(text: string): string[] {
  return text.split(/[、，,；;\s]+/).filter(Boolean);
}

/**
 * A spreadsheet cell holding one label in Chinese (类型「许可」), read as its key. The message lists
 * the labels the cell may hold, so the row report tells the person what to type instead.
 */
export function labelCell<K extends string>(labels: LabelTable<K>, what: string) {
  const index = new Map(Object.entries<{ zh: string }>(labels).map(([k, v]) => [v.zh, k as K]));
  return z
    .string()
    .trim()
    .refine((v) => index.has(v), `${what}应为：${[...index.keys()].join('、')}`)
    .transform((v) => index.get(v)!);
}

/**
 * A cell holding several labels separated by 、，,；; or spaces (专长「专利、海外纠纷」). Each part
 * may be the whole label or a part of it that names one label only (「海外」 for 海外纠纷应对); an
 * empty cell is an empty list.
 */
export function labelListCell<K extends string>(labels: LabelTable<K>, what: string) {
  const entries = Object.entries<{ zh: string }>(labels).map(([k, v]) => ({ key: k as K, zh: v.zh }));
  const find = (part: string): K | null => {
    const exact = entries.find((e) => e.zh === part);
    if (exact) return exact.key;
    const partial = entries.filter((e) => e.zh.includes(part));
    return partial.length === 1 ? partial[0].key : null;
  };
  return z
    .string()
    .trim()
    .default('')
    .transform((v, ctx) => {
      const keys: K[] = [];
      for (const part of splitList(v)) {
        const key = find(part);
        if (!key) {
          ctx.addIssue({ code: 'custom', message: `${what}「${part}」无法识别，应为：${entries.map((e) => e.zh).join('、')}` });
          return z.NEVER;
        }
        if (!keys.includes(key)) keys.push(key);
      }
      return keys;
    });
}
