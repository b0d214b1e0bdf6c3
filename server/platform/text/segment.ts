import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { placeNames } from './gazetteer';
import { toSimplified } from './script';

// Word segmentation with jieba. Its default dictionary does not know most district names (it
// splits 坪山 into 坪/山) nor the vocabulary of IP work, so both are loaded as a user dictionary.

/** Terms of IP work that must stay one word (GLOSSARY.md and the seed reports). */
export const DOMAIN_TERMS = [
  '知识产权', '联席会议', '联席会议办公室', '成员单位', '联络员', '诉调对接', '多元解纷', '多元调解', '委派调解', '委托调解', '司法确认', '行政裁决',
  '质押融资', '质押登记', '风险补偿', '风险补偿资金池', '白名单', '授信企业', '高价值发明专利', '发明专利', '实用新型', '外观设计', '专利授权量',
  '有效发明专利', '商标注册量', '有效注册商标', '地理标志', '知识产权局', '市场监管局', '监管局', '保护中心', '快速维权中心', '维权援助',
  '知识产权强市', '知识产权强县', '知识产权强省', '知识产权强国', '示范城市', '白皮书', '十大事件', '典型案例', '工作要点', '重点任务', '任务书',
  '督办', '催办', '跟踪问效', '揭牌', '签约', '框架协议', '备忘录', '峰会', '研讨会', '推进会', '工作会议', '全体会议', '专题会议', '线上线下',
  '每万人口', '每亿元', '拥有量', '申请量', '授权量', '注册量', '专利转化', '知识产权运营', '知识产权证券化', '商业秘密', '海外纠纷', '调解员',
  '调解组织', '人民调解', '特邀调解', '知保中心', '营商环境', '新质生产力', 'PCT',
];

let jieba: Jieba | null = null;

function userDictionary(): Buffer {
  const lines: string[] = [];
  for (const { name, full } of placeNames()) lines.push(`${name} ${full ? 3000 : 2000} ns`);
  for (const term of DOMAIN_TERMS) lines.push(`${term} 5000 n`);
  return Buffer.from(lines.join('\n') + '\n');
}

/** The shared segmenter with the place names and domain terms loaded (built on first use). */
export function segmenter(): Jieba {
  if (!jieba) {
    const j = Jieba.withDict(dict);
    j.loadDict(userDictionary());
    jieba = j;
  }
  return jieba;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Words of a (simplified) text in reading order, without punctuation and spaces (dictionary words only, no HMM guesses). */
export function segment(simplified: string): string[] {
  const out: string[] = [];
  for (const raw of segmenter().cut(simplified, false)) {
    const c = raw.charCodeAt(0);
    // Ideographs and ASCII letters or digits are words as they stand; only the rest needs a closer look.
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) out.push(raw);
    else {
      const w = raw.trim();
      if (w.length > 0 && WORDLIKE.test(w)) out.push(w);
    }
  }
  return out;
}

/** Search tokens of a text: simplified, segmented for search (words and their parts), lower case. */
export function tokensForIndex(text: string): string[] {
  return segmenter()
    .cutForSearch(toSimplified(text), true)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0 && WORDLIKE.test(w));
}

/** Tokens of a search query: the precise cut (no sub-words), so every query word must be found. */
export function tokensForQuery(text: string): string[] {
  const words = segmenter()
    .cut(toSimplified(text), true)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0 && WORDLIKE.test(w));
  return [...new Set(words)];
}

/** Version of the tokenisation; index rows made by an older version are rebuilt. */
export const TOKENS_VERSION = 2;
