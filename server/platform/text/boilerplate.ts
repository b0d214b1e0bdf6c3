import { isoDate, parseLooseDate } from './dates';
import { convertToSimplified, hasTraditional, toHalfWidthAlnum, toSimplified } from './script';

// Site boilerplate: what a web page wraps around a report (breadcrumbs, the 发布时间/来源 line,
// share and print links, editor credits, disclaimers, copyright and ICP footers). It is taken
// out line by line; the title, publish date and source it carried are kept as metadata.

export interface CleanedPage {
  title: string | null;
  /** The place in a news agency's dateline (广西新闻网南宁4月23日讯 → 南宁), in simplified script. */
  datelinePlace: string | null;
  publishDate: string | null;
  source: string | null;
  /** The report without its title line and without boilerplate. */
  body: string;
  /** The lines (or line prefixes) taken out, for showing beside the cleaned text. */
  removed: string[];
}

// Tested on the simplified, half-width copy of each line.
const BREADCRUMB = /^(?:当前位置|您的位置|您现在的位置|所在位置|现在位置|位置)\s*[:：]|(?:首页|主页|网站首页)\s*[>＞»›/]|^[^。，]{1,40}\s*[>＞»›]\s*$|^\s*[>＞»›]|^[^。，]{0,30}[>＞»›][^。，]{0,30}[>＞»›]/;
const LABELLED_META = /(?:发布时间|发布日期|发表时间|发稿时间|时间|日期|来源|新闻来源|信息来源|稿件来源|文章来源|作者|责任编辑|编辑|浏览次数|浏览量|点击数|点击量|阅读次数|阅读量|访问量|字号|字体)\s*[:：]/;
const FOOTER = [
  /免责声明/, /责任编辑/, /扫描关注|扫一扫|微信扫|关注.{0,12}(?:微信公众号|公众号)|微信公众号/, /本文地址|原文链接|本文链接|原文地址/, /版权所有|版权声明|版权归|Copyright|©|\(c\)\s*\d{4}/i,
  /ICP\s*备|ICP\s*证|ICP备案|公网安备|网安备|增值电信业务经营许可证|经营许可证/, /联系地址\s*[:：]|联系电话\s*[:：]|客服QQ|投稿邮箱|电子邮箱\s*[:：]|传真\s*[:：]|邮编\s*[:：]/,
  /主办单位\s*[:：]|承办单位\s*[:：]|协办单位\s*[:：]|技术支持\s*[:：]|运维单位\s*[:：]|网站标识码/, /关于我们|网站地图|联系我们|加盟代理|广告服务|手机版/,
  /法律顾问\s*[:：]|文章关键词|关键词\s*[:：]|相关新闻|相关阅读|相关链接|推荐阅读|热点推荐|上一篇|下一篇|返回顶部|打印本页|关闭窗口|【打印】|【关闭】|分享到|收藏本文/,
  /未经授权不得转载|未经许可不得|转载请注明|不得转载|独家稿件|不代表本网|仅供参考|如有侵权|请作者.{0,8}联系/, /在手机上查看|手机上打开|手机扫码/,
];
// The footer patterns as one expression (one scan of a line rather than one per pattern); those
// that ignore case stay apart.
const FOOTER_CASED = new RegExp(
  FOOTER.filter((r) => !r.ignoreCase)
    .map((r) => `(?:${r.source})`)
    .join('|'),
);
const FOOTER_ANY_CASE = FOOTER.filter((r) => r.ignoreCase);
// A photo caption or a byline on a line of its own (图为…现场。 记者 蒋尧 摄; 山东商报·速豹新闻网 东鹏).
const BYLINE_LINE = /^图为[^。]{0,60}。?\s*(?:[\u4e00-\u9fff]{0,12}(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4}\s*摄)?$|^[^。，,]{0,40}(?:记者|通讯员)[^。，,]{0,20}摄$|^[\u4e00-\u9fff·]{2,20}(?:网|报|社|台)\s+[\u4e00-\u9fff]{2,4}$|^来源标题[:：]/;
// Page furniture that sits alone on a short line above a report.
const UI_LINE = /^(?:PC版|手机版|无障碍(?:阅读|浏览)?|文章预览|今天是.*|客服中心|全部频道|首页|English|x|X|分享(?:到)?|微博|Qzone|QQ空间|微信|朋友圈|打印|关闭|收藏|字体[:：]?.*|字号[:：]?.*|大\s*中\s*小|正文|资料图|\(?资料图片?\)?|【资料图】|新闻资讯|时事资讯|行业动态|工作动态|本网资讯|最新消息)$/i;
const EDITOR_CREDIT = /^[(（]\s*(?:编辑|责编|责任编辑|审核|校对|审校|编审|终审|初审|复审)[^)）]{0,30}[)）]$/;
const DATE_ONLY = /^\s*[(（]?\s*(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]?\s*$/;
// A full date anywhere in a line (2024-04-25, 2024/4/25, 2024年4月25日, 2024 09/14).
const FULL_DATE = /(?<!\d)(20\d{2}|19\d{2})\s*(?:[-./年]\s*(\d{1,2})\s*[-./月]|\s+(\d{1,2})\s*\/)\s*(\d{1,2})(?!\d)/;
const HEADLINE_WORD = /召开|举行|举办|开幕|闭幕|启动|开班|签约|签署|签订|揭牌|授牌|开园|出席|调研|发布|会议|会$|论坛|峰会|年会|座谈|研讨|培训|研修|宣传周|专利周|携手|合作/;
const NAV_LINE = /^[^。，,]{1,30}(?:\s*[|｜]\s*[^。，,|｜]{1,30}){2,}$/;
const URL_DATE = /https?:\/\/\S*?(20\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/;
// A news site's dateline or byline at the start of the first paragraph: 中国质量新闻网讯, 本报讯（记者 …）, 黄淮网(… 通讯员 …).
const DATELINE = /^((?:本报|本网|本台|本刊|[\u4e00-\u9fff]{2,12}?(?:网|报|台|社|新闻|日报|晚报|时报)))讯\s*(?:[(（][^)）\n]{0,30}[)）])?[\s\u3000]*/;
// A news agency's dateline: 新华社北京1月18日电（记者 王思北）.
const AGENCY_DATELINE = /^((?:新华社|中新社|中新网|人民网|央视网|中国新闻网|光明网|人民日报|经济日报|法治日报|[\u4e00-\u9fff]{2,8}?(?:社|网|报|台)))(?:·[\u4e00-\u9fff]{2,6})?([\u4e00-\u9fff]{0,8}?)\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[(（][^)）\n]{0,30}[)）])?[\s\u3000]*/;
const BYLINE = /^([\u4e00-\u9fff]{2,12}?(?:网|报|台|社|新闻|日报|晚报|时报))\s*[(（]([^)）\n]{0,40}?(?:记者|通讯员|见习记者|特约记者)[^)）\n]{0,40})[)）][\s\u3000]*/;

const LONG_LINE = 160;

function simple(line: string): string {
  return toSimplified(toHalfWidthAlnum(line)).trim();
}

function isBoilerplate(s: string): boolean {
  if (s.length === 0) return true;
  if (BREADCRUMB.test(s) || EDITOR_CREDIT.test(s) || NAV_LINE.test(s)) return true;
  // A footer line is short; a long paragraph that merely mentions 版权 is content.
  if (s.length <= 160 && (FOOTER_CASED.test(s) || FOOTER_ANY_CASE.some((r) => r.test(s)))) return true;
  return false;
}

function metaFields(s: string): { date: string | null; source: string | null } | null {
  if (s.length > 160 || /。$/.test(s)) return null;
  // An archive or print time is not when the report was published.
  if (/归档|打印时间|更新时间/.test(s)) return { date: null, source: null };
  if (DATE_ONLY.test(s)) return { date: parseLooseDate(s.replace(/[()（）]/g, '')), source: null };
  if (!LABELLED_META.test(s)) return null;
  const dateMatch = /(?:发布时间|发布日期|发表时间|发稿时间|时间|日期)\s*[:：]\s*([0-9年月日./\- :]+)/.exec(s);
  const sourceMatch = /(?:新闻来源|信息来源|稿件来源|文章来源|来源)\s*[:：]\s*([^\s|｜]+)/.exec(s);
  // 2024-04-27 10:15:33   来源：杭州日报 — a bare date opening a labelled line is the publish date.
  const bareDate = dateMatch ? null : /^\s*(\d{4}[-./年]\d{1,2}[-./月]\d{1,2})/.exec(s);
  const date = dateMatch ? parseLooseDate(dateMatch[1]) : bareDate ? parseLooseDate(bareDate[1]) : null;
  return { date, source: sourceMatch ? sourceMatch[1].trim() : null };
}

// A line that opens with a date or a time word and a comma is the lead, not a headline.
const LEAD_OPENING = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日[^，,]{0,6}[，,]|^(?:近日|日前|昨日|昨天|今天|今日|当天)[，,]?/;

function looksLikeTitle(s: string): boolean {
  return s.length >= 5 && s.length <= 90 && !/[。！？；]$/.test(s) && (s.match(/[，,]/g)?.length ?? 0) <= 2 && !LEAD_OPENING.test(s);
}

/** The date a header line carries (2024-09-12 14:59 互联网, 城市镜像.新闻汇总 2022-01-12), when the line is only a date line. */
function headerDate(s: string): string | null {
  const m = FULL_DATE.exec(s);
  if (!m || /。/.test(s) || /归档|打印时间|更新时间/.test(s)) return null;
  const rest = (s.slice(0, m.index) + s.slice(m.index + m[0].length)).replace(/[\s\d:：.\-/|｜()（）•·日]+/g, '');
  // A headline that happens to name a date (2024年4月26日世界知识产权日活动) is a title, not a date line.
  if (rest.length >= 12 && HEADLINE_WORD.test(rest)) return null;
  return isoDate(Number(m[1]), Number(m[2] ?? m[3]), Number(m[4]));
}

/** How much a header line looks like the report's headline (event words over page furniture). */
function headlineScore(s: string): number {
  if (!looksLikeTitle(s) || s.length < 8) return 0;
  const latin = s.replace(/[^A-Za-z]/g, '').length;
  if (latin > s.length / 3) return 0;
  return HEADLINE_WORD.test(s) ? 2 : 1;
}

/** Index of the first line that is the report's text rather than its page header. */
function bodyStart(lines: string[], simpleLines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const s = lines[i];
    if (s.length <= LONG_LINE) {
      const t = simpleLines[i];
      if (isBoilerplate(t) || UI_LINE.test(t) || BYLINE_LINE.test(t) || metaFields(t)) continue;
    }
    if (s.length > LONG_LINE || /[。！？]/.test(s) || LEAD_OPENING.test(s) || (s.length > 60 && /[，,]/.test(s))) return i;
  }
  return lines.length;
}

interface Header {
  title: string | null;
  publishDate: string | null;
  source: string | null;
  removed: string[];
  /** Lines after the headline that are not furniture (a subtitle, or a short report's text). */
  rest: string[];
}

/** Reads the lines above the report: its headline, date and source lines, and page furniture. */
function readHeader(lines: string[], simpleLines: string[]): Header {
  const out: Header = { title: null, publishDate: null, source: null, removed: [], rest: [] };
  const candidates: { line: string; score: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    let s = simpleLines[i];
    // A headline in 《》 that runs across a line break.
    while ((line.match(/《/g)?.length ?? 0) > (line.match(/》/g)?.length ?? 0) && i + 1 < lines.length) {
      line += lines[++i];
      s += simpleLines[i];
    }
    const meta = metaFields(s);
    const date = meta?.date ?? headerDate(s);
    if (meta || date) {
      out.publishDate ??= date;
      out.source ??= meta?.source ?? null;
      out.removed.push(line);
    } else if (isBoilerplate(s) || UI_LINE.test(s) || BYLINE_LINE.test(s)) out.removed.push(line);
    else candidates.push({ line, score: headlineScore(s) });
  }
  const best = candidates.reduce<{ line: string; score: number } | null>((b, c) => (c.score > (b?.score ?? 0) ? c : b), null);
  // Lines above the headline are page furniture; lines below it may be the report itself.
  const at = best ? candidates.indexOf(best) : candidates.length;
  for (const c of candidates.slice(0, at)) out.removed.push(c.line);
  for (const c of candidates.slice(at + 1)) out.rest.push(c.line);
  if (best) out.title = best.line.replace(/^[^|｜\n]{1,12}\s*[|｜]\s*/, '').replace(/^【[^】]{1,8}】/, '');
  return out;
}

/**
 * The simplified, half-width copy of each line that is short enough to be page furniture (''
 * for the long ones: they are paragraphs, never read as furniture). The short lines are
 * converted in one call, and only when the page has traditional script, as a conversion of the
 * whole page would (no conversion rule spans a line end).
 */
function simplifiedShortLines(lines: string[]): string[] {
  const short = toHalfWidthAlnum(lines.map((l) => (l.length > LONG_LINE ? '' : l)).join('\n'));
  const converted = (lines.some(hasTraditional) ? convertToSimplified(short) : short).split('\n');
  if (converted.length !== lines.length) return lines.map((l) => (l.length > LONG_LINE ? '' : simple(l)));
  return converted.map((l) => l.trim());
}

/**
 * Splits a page into title, publish date, source and body, dropping boilerplate lines. The body
 * keeps the original script and wording; only whole boilerplate lines, a leading dateline
 * (中国质量新闻网讯) and editor credits are taken out.
 */
export function stripBoilerplate(text: string): CleanedPage {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw) => raw.replace(/[\u00a0\u3000\t]/g, ' ').trim())
    .filter(Boolean);
  const simpleLines = simplifiedShortLines(lines);
  const start = bodyStart(lines, simpleLines);
  const header = readHeader(lines.slice(0, start), simpleLines.slice(0, start));
  const removed = [...header.removed];
  const kept: string[] = [...header.rest];
  // A sentence a site broke across lines (ending in a comma) continues on the next line.
  const keep = (line: string) => {
    if (kept.length > 0 && /[，,、]$/.test(kept[kept.length - 1])) kept[kept.length - 1] += line;
    else kept.push(line);
  };
  let { publishDate, source } = header;
  let urlDate: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    // A long line is a paragraph of the report: every boilerplate pattern is for short lines.
    if (line.length > LONG_LINE) {
      keep(line);
      continue;
    }
    const s = simpleLines[i];
    if (!urlDate) {
      const u = URL_DATE.exec(s);
      if (u) urlDate = `${u[1]}-${u[2]}-${u[3]}`;
    }
    const meta = metaFields(s);
    if (meta && (kept.length === 0 || /发布时间|发布日期|来源/.test(s))) {
      publishDate ??= meta.date;
      source ??= meta.source;
      removed.push(line);
      continue;
    }
    if (isBoilerplate(s) || (kept.length === 0 && (UI_LINE.test(s) || BYLINE_LINE.test(s)))) {
      removed.push(line);
      continue;
    }
    keep(line);
  }
  let datelinePlace: string | null = null;
  // The dateline belongs to the site, not the report: keep its name as the source.
  if (kept.length > 0) {
    const first = kept[0];
    // Datelines are short: the start of the paragraph is enough (and the long rest need not be converted).
    const s = simple(first.slice(0, 100));
    const agency = AGENCY_DATELINE.exec(s);
    const m = DATELINE.exec(s) ?? agency ?? BYLINE.exec(s);
    // Cut by position only when the simplified copy lines up with the original.
    if (m && s.length === Math.min(first.length, 100)) {
      source ??= /^(?:本报|本网|本台|本刊)$/.test(m[1]) ? null : m[1];
      if (m === agency && agency[2]) datelinePlace = agency[2];
      const cut = m[0].length;
      removed.push(first.slice(0, cut).trim());
      kept[0] = first.slice(cut).trim();
    }
  }
  let title = header.title;
  // A title line that turns out to be the only text is the body.
  if (kept.length === 0 && title) {
    kept.push(title);
    title = null;
  }
  return { title, datelinePlace, publishDate: publishDate ?? urlDate, source, body: kept.join('\n'), removed };
}
