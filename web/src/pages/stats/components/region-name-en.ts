import { pinyin } from 'pinyin-pro';

// Names whose usual English form is not their plain pinyin.
const KNOWN: Record<string, string> = { 陕西: 'Shaanxi', 内蒙古: 'Inner Mongolia', 香港: 'Hong Kong', 澳门: 'Macao', 西藏: 'Xizang' };
const SUFFIX = /(?:特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|自治州|省|市|地区|区|县)$/;

/** A region's name in English, as maps write it: 广东省 → Guangdong, 深圳市 → Shenzhen, 坪山区 → Pingshan. */
export function regionNameEn(name: string): string {
  const stem = name.replace(SUFFIX, '') || name;
  if (KNOWN[stem]) return KNOWN[stem];
  if (!/[\u4e00-\u9fff]/.test(stem)) return stem;
  const spelled = pinyin(stem, { toneType: 'none', type: 'array', v: true }).join('');
  return spelled.charAt(0).toUpperCase() + spelled.slice(1);
}
