import type { IndicatorId } from '../../../../common/indicators';
import { formatCountWan, formatDecimal } from '../../../../common/stats-format';

/** One indicator as the narrative needs it. */
export interface NarrativeItem {
  id: IndicatorId;
  name: string;
  unit: string;
  kind: 'count' | 'ratio';
  value: number | null;
  rank: number | null;
  /** How the peer group is named: 全国 / 全国大中城市, 全市 / 全市各区 … */
  peer: { short: string; long: string } | null;
  streak: number;
  nationalAverage: number | null;
}

export interface NarrativeInput {
  year: number;
  /** 深圳, 坪山区, 广东省 */
  shortName: string;
  /** 全市, 全区, 全省, 全国 */
  scopeWord: string;
  /** Where a leading region leads: 国内 for cities and provinces, 全市 for districts. */
  leadScope: string;
  items: NarrativeItem[];
}

/** The indicators of the statistics paragraph, in the order seed 002 reports them, and how each states its rank. */
export const NARRATIVE_INDICATORS: { id: IndicatorId; style: 'ju' | 'paiming' | 'shouwei'; compareNational: boolean }[] = [
  { id: 'domesticPatentGrants', style: 'ju', compareNational: false },
  { id: 'trademarkRegistrations', style: 'ju', compareNational: false },
  { id: 'patentsPer100MGdp', style: 'paiming', compareNational: false },
  { id: 'highValueInventionPatentsPer10k', style: 'ju', compareNational: true },
  { id: 'inventionPatentsPerKm2', style: 'ju', compareNational: false },
  { id: 'pctApplications', style: 'shouwei', compareNational: false },
];

/** A streak is written out from this many years on (连续3年…); shorter ones read as a plain first place. */
export const STREAK_MIN_YEARS = 3;
/** The paragraph opens with "多项指标…领先" when at least this many of its indicators rank first. */
const LEADING_MIN = 3;

/** A value as the paragraph writes it: 23.51万件, 6.79件. */
export function formatNarrativeValue(item: Pick<NarrativeItem, 'kind' | 'unit' | 'value'>): string {
  if (item.value === null) return '';
  return (item.kind === 'count' ? formatCountWan(item.value) : formatDecimal(item.value, 2)) + item.unit;
}

function rankPhrase(item: NarrativeItem, style: 'ju' | 'paiming' | 'shouwei'): string | null {
  if (item.rank !== 1 || !item.peer) return null;
  const streak = item.streak >= STREAK_MIN_YEARS ? `连续${item.streak}年` : '';
  switch (style) {
    case 'ju':
      return `${streak}居${item.peer.short}第一`;
    case 'paiming':
      return streak ? `${streak}在${item.peer.long}排名第一` : `在${item.peer.long}排名第一`;
    case 'shouwei':
      return `${streak}居${item.peer.long}首位`;
  }
}

function nationalPhrase(item: NarrativeItem): string | null {
  if (item.value === null || item.nationalAverage === null || !(item.nationalAverage > 0)) return null;
  const ratio = item.value / item.nationalAverage;
  const avg = `全国平均水平（${formatDecimal(item.nationalAverage, 2)}${item.unit}）`;
  if (ratio >= 1.05) return `是${avg}的${ratio.toFixed(1)}倍`;
  if (ratio <= 0.95) return `为${avg}的${Math.round(ratio * 100)}%`;
  return `与${avg}基本持平`;
}

/**
 * The statistics paragraph in the style of seed 002: numbers in 万件 with two decimals, first
 * places and streaks among peers, and ratios to the national average. Clauses that end in the same
 * first place are joined ("…23.51万件，商标注册量24.97万件，居全国第一").
 */
export function buildNarrative(input: NarrativeInput): string {
  const byId = new Map(input.items.map((i) => [i.id, i]));
  const clauses: { text: string; rank: string | null; extra: string | null }[] = [];
  let firsts = 0;
  for (const spec of NARRATIVE_INDICATORS) {
    const item = byId.get(spec.id);
    if (!item || item.value === null) continue;
    const rank = rankPhrase(item, spec.style);
    if (rank) firsts++;
    const extra = spec.compareNational && input.scopeWord !== '全国' ? nationalPhrase(item) : null;
    clauses.push({ text: `${item.name}${formatNarrativeValue(item)}`, rank, extra });
  }
  if (clauses.length === 0) return `${input.year}年，${input.shortName}暂无可发布的知识产权统计数据。`;
  const lead = firsts >= LEADING_MIN ? `${input.year}年，${input.shortName}知识产权多项指标${input.leadScope}领先。` : `${input.year}年，${input.shortName}知识产权主要统计指标如下：`;
  const parts: string[] = [];
  let pending: string[] = [];
  clauses.forEach((c, i) => {
    pending.push(c.text);
    const next = clauses[i + 1];
    // A plain first place shared with the next clause is stated once, after both.
    const joinNext = c.rank !== null && c.extra === null && !c.rank.startsWith('连续') && next && next.rank === c.rank && next.extra === null;
    if (joinNext) return;
    parts.push([...pending, ...(c.rank ? [c.rank] : []), ...(c.extra ? [c.extra] : [])].join('，'));
    pending = [];
  });
  return `${lead}${input.scopeWord}${parts.join('；')}。`;
}
