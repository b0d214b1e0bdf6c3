/**
 * How statistics are written in Chinese reports: counts of ten thousand and more in 万 with two
 * decimals (23.51万件), ratios with up to two decimals and no trailing zeros (11.8件), Chinese
 * ordinals for ranks (第一). Shared by the narrative, the report and the web cards.
 */

/** A ratio with up to `decimals` places and no trailing zeros: 11.80 → "11.8", 6.7935 → "6.79". */
export function formatDecimal(value: number, decimals = 2): string {
  const fixed = value.toFixed(decimals);
  return decimals > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** A count as a report writes it: 235,100 → "23.51万", 9,876 → "9876". */
export function formatCountWan(value: number): string {
  if (Math.abs(value) >= 10_000) return `${(value / 10_000).toFixed(2)}万`;
  return String(Math.round(value));
}

/** A count with thousands separators: 235100 → "235,100". */
export function formatThousands(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A small whole number in Chinese characters (1–99): 1 → 一, 12 → 十二, 20 → 二十. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** A year-on-year change in percent with its sign: 0.1234 → "+12.3%", null → "—". */
export function formatChange(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  const pct = ratio * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

/** The value of an indicator as a card shows it, with its decimals. */
export function formatIndicatorValue(value: number | null, decimals: number): string {
  if (value === null) return '—';
  return decimals === 0 ? formatThousands(value) : value.toFixed(decimals);
}

/**
 * A peer group's label in English. The server names peer groups in Chinese in four forms
 * (RegionTree.peerLabel); `regionEn` writes the region names inside them in English.
 */
export function peerLabelEn(label: string, regionEn: (name: string) => string = (name) => name): string {
  if (label === '全国大中城市') return 'cities of China';
  if (label === '全国各省（区、市）') return 'provinces of China';
  const cities = /^(.+)各市$/.exec(label);
  if (cities) return `cities of ${regionEn(cities[1])}`;
  const districts = /^(.+)各区县$/.exec(label);
  if (districts) return `districts of ${regionEn(districts[1])}`;
  return label;
}
