import type { CatalogueItem } from '../../../../common/utilisation';
import { PayKindLabels } from '../../../../common/utilisation';

/** Fen as 万元 with two decimals ('1,234.56 万元' / '1,234.56 ×10k yuan'). */
export function wan(t: (key: string) => string, fen: number): string {
  return `${(fen / 1_000_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${t('utilisation.wan')}`;
}

/** Fen as yuan with two decimals. */
export function yuan(fen: number): string {
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The terms of a declaration in a line: the way of paying and its rate or amount. */
export function termsOf(t: (key: string) => string, label: (l: { zh: string; en: string } | undefined) => string, d: Pick<CatalogueItem, 'payKind' | 'rateBp' | 'lumpSumFen'>): string {
  const how = label(PayKindLabels[d.payKind]);
  if (d.rateBp !== null) return `${how} ${d.rateBp / 100}%`;
  if (d.lumpSumFen !== null) return `${how} ${wan(t, d.lumpSumFen)}`;
  return how;
}
