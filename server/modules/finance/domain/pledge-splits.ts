import type { PledgeTotals } from '../../../../common/finance-stats';

/** A registered pledge as the statistics split it. */
export interface PledgeFacts {
  region_code: string;
  bank_org_id: string;
  enterprise_org_id: string;
  amount_fen: number;
  right_kinds: readonly string[];
  first_patent: string | null;
}

/** Sums of one group: projects, amount, and the enterprises counted once each. */
class Group {
  projects = 0;
  amountFen = 0;
  readonly enterprises = new Set<string>();
  add(p: PledgeFacts): void {
    this.projects += 1;
    this.amountFen += p.amount_fen;
    this.enterprises.add(p.enterprise_org_id);
  }
  totals(): PledgeTotals {
    return { projects: this.projects, amountFen: this.amountFen, enterprises: this.enterprises.size };
  }
}

/** Totals of each key, largest amount first. */
function sums(pledges: readonly PledgeFacts[], keysOf: (p: PledgeFacts) => readonly string[]): { key: string; totals: PledgeTotals }[] {
  const groups = new Map<string, Group>();
  for (const p of pledges) {
    for (const key of keysOf(p)) {
      const g = groups.get(key) ?? new Group();
      g.add(p);
      groups.set(key, g);
    }
  }
  return [...groups].map(([key, g]) => ({ key, totals: g.totals() })).sort((a, b) => b.totals.amountFen - a.totals.amountFen);
}

/**
 * A year's registered pledges summed overall and split by district, bank, kind of right (a pledge of
 * patents and trademarks counts under both) and the industry of its first patent (`industryOf` gives
 * the industry of a patent number, 'other' when unknown).
 */
export function splitPledges(pledges: readonly PledgeFacts[], industryOf: (patent: string | null) => string) {
  const total = new Group();
  for (const p of pledges) total.add(p);
  return {
    total: total.totals(),
    byDistrict: sums(pledges, (p) => [p.region_code]),
    byBank: sums(pledges, (p) => [p.bank_org_id]),
    byKind: sums(pledges, (p) => p.right_kinds),
    byIndustry: sums(pledges, (p) => [industryOf(p.first_patent)]),
  };
}
