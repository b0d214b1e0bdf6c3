/** Fen as 万元 with two decimals in the reader's language ('1,234.56 万元' / '1,234.56 ×10k yuan'). */
export function wanIn(t: (key: string) => string): (fen: number) => string {
  return (fen) => `${(fen / 1_000_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${t('finance.money.wan')}`;
}
