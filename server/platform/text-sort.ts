import { pinyin } from 'pinyin-pro';

/**
 * A sort key that orders Chinese names by pinyin, then by the characters themselves: database
 * collations differ between engines (PGlite sorts by code point), so lists sort on this instead.
 */
export function pinyinSortKey(text: string): string {
  const spelled = pinyin(text, { toneType: 'num', type: 'array', nonZh: 'consecutive', v: true }).join(' ').toLowerCase();
  return `${spelled}\u0001${text}`;
}
