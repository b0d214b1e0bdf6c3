import { NATION_CODE } from '../../../../common/stats';

export type NodeLevel = 'nation' | 'province' | 'city' | 'county';

export interface RegionNode {
  code: string;
  name: string;
  fullName: string;
  level: NodeLevel;
  parent: string | null;
}

/** The four municipalities: province-level units that rank among China's cities. */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/** The code of the region itself and the peer groups it is ranked in. */
export interface PeerGroups {
  main: string | null;
  second: string | null;
}

/**
 * China's regions as one tree under the nation (000000), for roll-ups and peer groups. Built
 * from the org module's GB/T 2260 list.
 */
export class RegionTree {
  readonly nodes = new Map<string, RegionNode>();
  readonly children = new Map<string, string[]>();

  constructor(regions: readonly { code: string; name: string; fullName: string; level: 'province' | 'city' | 'county'; parentCode: string | null }[]) {
    this.nodes.set(NATION_CODE, { code: NATION_CODE, name: '全国', fullName: '全国', level: 'nation', parent: null });
    for (const r of regions) this.nodes.set(r.code, { code: r.code, name: r.name, fullName: r.fullName, level: r.level, parent: r.parentCode ?? NATION_CODE });
    for (const n of this.nodes.values()) {
      if (n.parent === null) continue;
      const list = this.children.get(n.parent) ?? [];
      list.push(n.code);
      this.children.set(n.parent, list);
    }
    for (const list of this.children.values()) list.sort();
  }

  get(code: string): RegionNode | undefined {
    return this.nodes.get(code);
  }

  /** The node a record's region code is counted under: itself, or its nearest known ancestor by prefix. */
  resolve(code: string | null): string {
    if (!code || code === NATION_CODE) return NATION_CODE;
    if (this.nodes.has(code)) return code;
    const city = code.slice(0, 4) + '00';
    if (this.nodes.has(city)) return city;
    const province = code.slice(0, 2) + '0000';
    return this.nodes.has(province) ? province : NATION_CODE;
  }

  /** The node and its ancestors up to the nation. */
  chain(code: string): string[] {
    const out: string[] = [];
    for (let c: string | null = code; c !== null; c = this.nodes.get(c)?.parent ?? null) out.push(c);
    return out;
  }

  /** True for prefecture-level cities and the four municipalities. */
  isCity(code: string): boolean {
    const n = this.nodes.get(code);
    return !!n && (n.level === 'city' || MUNICIPALITIES.has(code));
  }

  /** The peer groups a region is ranked in (see PeerSchema in common/stats.ts). */
  peersOf(code: string): PeerGroups {
    const n = this.nodes.get(code);
    if (!n || n.level === 'nation') return { main: null, second: null };
    if (MUNICIPALITIES.has(code)) return { main: 'cities', second: 'provinces' };
    if (n.level === 'province') return { main: 'provinces', second: null };
    if (n.level === 'city') return { main: 'cities', second: `province:${code.slice(0, 2)}` };
    const parent = n.parent ?? NATION_CODE;
    return { main: `districts:${this.nodes.get(parent)?.level === 'city' ? parent.slice(0, 4) : parent}`, second: null };
  }

  /** The Chinese label of a peer group, as a rank phrase uses it. */
  peerLabel(peer: string): string {
    if (peer === 'cities') return '全国大中城市';
    if (peer === 'provinces') return '全国各省（区、市）';
    if (peer.startsWith('province:')) return `${this.nodes.get(peer.slice(9) + '0000')?.name ?? ''}各市`;
    const parent = peer.slice(10);
    const code = parent.length === 4 ? parent + '00' : parent;
    return `${this.nodes.get(code)?.name ?? ''}各区县`;
  }

  /** The region code of the parent a district peer group belongs to. */
  static peerParent(peer: string): string | null {
    if (!peer.startsWith('districts:')) return null;
    const p = peer.slice(10);
    return p.length === 4 ? p + '00' : p;
  }

  /** The level name used in narratives: 全国, 全省, 全市, 全区. */
  scopeWord(code: string): string {
    const n = this.nodes.get(code);
    if (!n || n.level === 'nation') return '全国';
    if (MUNICIPALITIES.has(code)) return '全市';
    if (n.level === 'province') return n.name.endsWith('自治区') ? '全区' : '全省';
    if (n.level === 'city') return n.name.endsWith('州') || n.name.endsWith('盟') || n.name.endsWith('地区') ? '全州' : '全市';
    return n.name.endsWith('县') ? '全县' : n.name.endsWith('市') ? '全市' : '全区';
  }

  /** The short name a narrative starts with: 深圳市 → 深圳, 坪山区 → 坪山区. */
  shortName(code: string): string {
    const n = this.nodes.get(code);
    if (!n) return code;
    if (n.level === 'nation') return '全国';
    if ((n.level === 'city' || MUNICIPALITIES.has(code)) && n.name.endsWith('市') && n.name.length > 2) return n.name.slice(0, -1);
    return n.name;
  }
}
