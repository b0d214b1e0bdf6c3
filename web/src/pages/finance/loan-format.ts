/** Fen as yuan with two decimals, grouped the Chinese way ('1,234.56'). */
export function yuan(fen: number): string {
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Fen as 万元 with two decimals, for large amounts; in English as millions of yuan, the unit English readers use. */
export function wanYuan(fen: number, locale: 'zh' | 'en' = 'zh'): string {
  const two = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  if (locale === 'en') return `${(fen / 100_000_000).toLocaleString('en-GB', two)} m yuan`;
  return `${(fen / 1_000_000).toLocaleString('zh-CN', two)} 万元`;
}

/** Basis points as a percentage ('54.00%'). */
export function percent(bp: number): string {
  return `${(bp / 100).toFixed(2)}%`;
}

/** A percentage typed in a box ('3.85') as basis points, exactly; NaN when it is not one. */
export function percentToBp(text: unknown): number {
  const s = typeof text === 'number' ? String(text) : typeof text === 'string' ? text.trim() : '';
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(s)) return Number.NaN;
  const [whole = '0', decimals = ''] = s.split('.');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}
