import regionData from '../../db/data/regions.json';

// Place names of GB/T 2260 (the committed list the org module also loads), indexed for finding
// mentions in running text: full names (坪山区) and the short forms reports use (坪山).

export interface Place {
  code: string;
  name: string;
  parent: string | null;
  level: 'province' | 'city' | 'county';
}

export interface PlaceMention {
  start: number;
  end: number;
  /** The codes this name can mean (more than one for names like 朝阳区 or 南山). */
  codes: string[];
  /** Full name (坪山区) rather than a short form (坪山). */
  full: boolean;
}

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
const ETHNIC = /(?:土家族|苗族|彝族|藏族|羌族|傣族|景颇族|傈僳族|白族|哈尼族|壮族|布依族|侗族|朝鲜族|蒙古族|回族|哈萨克族|柯尔克孜族|维吾尔|满族|黎族|瑶族|畲族|仡佬族|水族|仫佬族|毛南族|各族|纳西族|普米族|拉祜族|佤族|独龙族|怒族|达斡尔族|鄂温克族|鄂伦春族|撒拉族|保安族|东乡族|裕固族|土族|塔吉克族|锡伯族|京族|门巴族|珞巴族|基诺族|阿昌族|德昂族|布朗族)+(?=自治)/;
const SUFFIX = /(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|矿区|省|市|区|县|盟|旗)$/;
// Short forms that are everyday words (和平, 新华, 白银, 大同, 朝阳产业…); only their full names count.
const COMMON_WORDS = new Set([
  '和平', '新华', '复兴', '运河', '双桥', '长子', '平定', '大名', '永和', '白银', '普洱', '黄山', '中山', '北海', '阿里', '大同', '东方', '城关',
  '城中', '新城', '白云', '江南', '江北', '河东', '河西', '青山', '向阳', '红旗', '前进', '新兴', '东风', '和顺', '开发', '高新', '城东', '城西',
  '城南', '城北', '市中', '铁西', '铁东', '长安', '桥西', '桥东', '鼓楼', '朝阳', '文化', '团结', '民主', '胜利', '解放', '建设', '太平', '长寿',
  '安宁', '和田', '大兴', '光荣', '友谊', '新民', '平安', '宁安', '永安', '清河', '中原', '红星', '东山', '西山',
]);

let loaded: { places: Map<string, Place>; trie: TrieNode; roots: (TrieNode | undefined)[] } | null = null;

interface TrieNode {
  /** Children by UTF-16 code unit (all place names are in the Basic Multilingual Plane). */
  next: Map<number, TrieNode>;
  entry?: { codes: string[]; full: boolean };
}

function shortName(name: string): string | null {
  const s = name.replace(ETHNIC, '').replace(SUFFIX, '');
  return s.length >= 2 && s !== name ? s : null;
}

function levelOf(code: string): Place['level'] {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

function load(): { places: Map<string, Place>; trie: TrieNode; roots: (TrieNode | undefined)[] } {
  if (loaded) return loaded;
  const places = new Map<string, Place>();
  const names = new Map<string, { codes: string[]; full: boolean }>();
  const add = (name: string, code: string, full: boolean) => {
    const e = names.get(name);
    if (!e) names.set(name, { codes: [code], full });
    else if (e.full === full) e.codes.push(code);
    else if (full) names.set(name, { codes: [code], full });
  };
  for (const row of regionData) {
    const [code, name, parent] = row as [string, string, string | null];
    if (name === '市辖区' || name.endsWith('直辖县级行政区划')) continue;
    const place: Place = { code, name, parent, level: levelOf(code) };
    places.set(code, place);
    add(name, code, true);
    const short = shortName(name);
    if (short && !COMMON_WORDS.has(short)) add(short, code, false);
  }
  const trie: TrieNode = { next: new Map() };
  for (const [name, entry] of names) {
    let node = trie;
    for (let k = 0; k < name.length; k++) {
      const code = name.charCodeAt(k);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    node.entry = entry;
  }
  // The first step of the trie by character code (every character of a text takes it; most go no further).
  const roots = new Array<TrieNode | undefined>(0x10000).fill(undefined);
  for (const [code, node] of trie.next) roots[code] = node;
  loaded = { places, trie, roots };
  return loaded;
}

/** The region with this GB/T 2260 code, if the list has it. */
export function placeOf(code: string): Place | undefined {
  return load().places.get(code);
}

/** Every place name in the committed list, full and short, for the segmenter's user dictionary. */
export function placeNames(): { name: string; full: boolean }[] {
  const out: { name: string; full: boolean }[] = [];
  const walk = (node: TrieNode, prefix: string) => {
    if (node.entry) out.push({ name: prefix, full: node.entry.full });
    for (const [code, child] of node.next) walk(child, prefix + String.fromCharCode(code));
  };
  walk(load().trie, '');
  return out;
}

/** True when `code` is `ancestor` or lies under it. */
export function isUnder(code: string, ancestor: string): boolean {
  let p: string | null | undefined = code;
  while (p) {
    if (p === ancestor) return true;
    p = placeOf(p)?.parent;
  }
  return false;
}

/**
 * How a report names a region: the city and district (深圳市坪山区), a city (深圳市), a
 * municipality's district (北京市朝阳区), or a county-level city under a province (天门市).
 */
export function displayName(code: string): string {
  const place = placeOf(code);
  if (!place) return code;
  if (place.level !== 'county' || !place.parent) return place.name;
  const parent = placeOf(place.parent);
  if (!parent) return place.name;
  if (parent.level === 'city' || MUNICIPALITIES.has(parent.code)) return parent.name + place.name;
  return place.name;
}

/** Every place name mentioned in `text` (longest match at each position, left to right). */
export function findPlaceMentions(text: string): PlaceMention[] {
  const { roots } = load();
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < text.length) {
    let node: TrieNode | undefined = roots[text.charCodeAt(i)];
    if (!node) {
      i++;
      continue;
    }
    let bestEnd = -1;
    let best: TrieNode['entry'] = node.entry;
    if (best) bestEnd = i + 1;
    for (let j = i + 1; j < text.length && node; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (node?.entry) {
        bestEnd = j + 1;
        best = node.entry;
      }
    }
    if (best) {
      out.push({ start: i, end: bestEnd, codes: best.codes, full: best.full });
      i = bestEnd;
    } else i++;
  }
  return out;
}
