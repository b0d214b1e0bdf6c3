import { INDICATORS, type IndicatorId, type WorkPlanTarget } from '../../../common/indicators';
import type { IndicatorValue } from '../../../common/stats';
import { definitionOf, FORMULAS } from './domain/indicator-definitions';
import { buildNarrative, type NarrativeItem } from './domain/narrative';
import type { RegionTree } from './domain/region-tree';
import { streakOf } from './domain/values';
import { basisOf, type StoredValue } from './value.repository';

/** How a narrative names a peer group: short (居全国第一) and long (在全国大中城市排名第一). */
export function peerWords(tree: RegionTree, peer: string | null): { short: string; long: string } | null {
  if (!peer) return null;
  if (peer === 'cities') return { short: '全国', long: '全国大中城市' };
  if (peer === 'provinces') return { short: '全国', long: '全国各省（区、市）' };
  if (peer.startsWith('province:')) return { short: '全省', long: '全省各市' };
  const parent = peer.slice(10);
  const node = tree.get(parent.length === 4 ? parent + '00' : parent);
  if (node?.level === 'province' && !['110000', '120000', '310000', '500000'].includes(node.code)) return { short: '全省', long: '全省各县（市）' };
  return { short: '全市', long: '全市各区' };
}

const BASIS_NOTES: Record<string, string> = {
  records: '由本平台记录汇总计算',
  figures: '采用公开统计数（见“公开统计数”页的来源）',
  mixed: '部分下级区域采用公开统计数，其余由记录汇总',
};

/**
 * The cards of one region and year: every indicator with its value, the year before, ranks among
 * peers, the streak of first places, the national level, targets and the definition it follows.
 */
export function buildCards(input: {
  tree: RegionTree;
  year: number;
  values: readonly StoredValue[];
  national: readonly StoredValue[];
  targets: readonly WorkPlanTarget[];
  pledgeThresholdYuan: number;
}): IndicatorValue[] {
  const { tree, year, targets } = input;
  // Indexed once: a region holds some forty years of twenty indicators, and each card looks back over all of them.
  const values = byIndicator(input.values);
  const national = byIndicator(input.national);
  return INDICATORS.map((info) => {
    const id = info.id;
    const own = values.get(id);
    const v = own?.get(year);
    const prev = own?.get(year - 1);
    const nat = national.get(id)?.get(year);
    const history = own ? [...own.values()].map((r) => ({ year: r.year, rank: r.rank })) : [];
    const isRatio = FORMULAS[id].denominator !== null || FORMULAS[id].provided === 'average';
    const value = v?.value ?? null;
    const nationalValue = nat?.value ?? null;
    const nationalAverage = isRatio ? nationalValue : null;
    return {
      id,
      name: info.name,
      unit: info.unit,
      kind: info.kind,
      decimals: info.decimals,
      value,
      numerator: v?.numerator ?? null,
      denominator: v?.denominator ?? null,
      previous: prev?.value ?? null,
      yoy: value !== null && prev?.value ? (value - prev.value) / prev.value : null,
      rank: v?.rank ?? null,
      rankOf: v?.rank_of ?? null,
      peerLabel: v?.peer ? tree.peerLabel(v.peer) : null,
      rank2: v?.rank2 ?? null,
      rank2Of: v?.rank2_of ?? null,
      peer2Label: v?.peer2 ? tree.peerLabel(v.peer2) : null,
      streak: v ? streakOf(history, year) : 0,
      nationalValue,
      nationalAverage,
      ratioToNational: value !== null && nationalAverage ? value / nationalAverage : null,
      basis: basisOf(v?.basis ?? null),
      basisNote: v?.basis ? BASIS_NOTES[v.basis] : null,
      definition: definitionOf(id, input.pledgeThresholdYuan),
      targets: targets
        .filter((t) => t.indicatorId === id)
        .map((t) => ({ taskTitle: t.taskTitle, workPlanTitle: t.workPlanTitle, targetValue: t.targetValue, progress: value !== null && t.targetValue > 0 ? value / t.targetValue : null })),
    };
  });
}

/** Stored values by indicator, then by year. */
function byIndicator(rows: readonly StoredValue[]): Map<string, Map<number, StoredValue>> {
  const out = new Map<string, Map<number, StoredValue>>();
  for (const r of rows) {
    let years = out.get(r.indicator_id);
    if (!years) out.set(r.indicator_id, (years = new Map<number, StoredValue>()));
    if (!years.has(r.year)) years.set(r.year, r);
  }
  return out;
}

/** The statistics paragraph of a region and year from its cards. */
export function narrativeOf(tree: RegionTree, code: string, year: number, cards: readonly IndicatorValue[], peerOf: (id: IndicatorId) => string | null): string {
  const node = tree.get(code);
  const items: NarrativeItem[] = cards.map((c) => ({
    id: c.id,
    name: c.name,
    unit: c.unit,
    kind: c.kind,
    value: c.value,
    rank: c.rank,
    peer: peerWords(tree, peerOf(c.id)),
    streak: c.streak,
    nationalAverage: c.nationalAverage,
  }));
  return buildNarrative({
    year,
    shortName: tree.shortName(code),
    scopeWord: tree.scopeWord(code),
    leadScope: node?.level === 'county' ? '全市' : '国内',
    items,
  });
}
