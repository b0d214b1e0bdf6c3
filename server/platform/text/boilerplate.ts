import { parseLooseDate } from './dates';
import { toHalfWidthAlnum, toSimplified } from './script';

// Site boilerplate: what a web page wraps around a report (breadcrumbs, the 发布时间/来源 line,
// share and print links, editor credits, disclaimers, copyright and ICP footers). It is taken
// out line by line; the title, publish date and source it carried are kept as metadata.

export interface CleanedPage {
  title: string | null;
  publishDate: string | null;
  source: string | null;
  /** The report without its title line and without boilerplate. */
  body: string;
  /** The lines (or line prefixes) taken out, for showing beside the cleaned text. */
  removed: string[];
}

// Tested on the simplified, half-width copy of each line.
const BREADCRUMB = /^(?:当前位置|您的位置|您现在的位置|所在位置|现在位置|位置)\s*[:：]|(?:首页|主页|网站首页)\s*[>＞»›/]|^[^。，]{1,40}\s*[>＞»›]\s*$/;
const LABELLED_META = /(?:发布时间|发布日期|发表时间|发稿时间|时间|日期|来源|新闻来源|信息来源|稿件来源|文章来源|作者|责任编辑|编辑|浏览次数|浏览量|点击数|点击量|阅读次数|阅读量|访问量|字号|字体)\s*[:：]/;
const FOOTER = [
  /免责声明/, /责任编辑/, /扫描关注|扫一扫|微信扫|关注.{0,12}(?:微信公众号|公众号)|微信公众号/, /本文地址|原文链接|本文链接|原文地址/, /版权所有|版权声明|版权归|Copyright|©|\(c\)\s*\d{4}/i,
  /ICP\s*备|ICP\s*证|ICP备案|公网安备|网安备|增值电信业务经营许可证|经营许可证/, /联系地址\s*[:：]|联系电话\s*[:：]|客服QQ|投稿邮箱|电子邮箱\s*[:：]|传真\s*[:：]|邮编\s*[:：]/,
  /主办单位\s*[:：]|承办单位\s*[:：]|协办单位\s*[:：]|技术支持\s*[:：]|运维单位\s*[:：]|网站标识码/, /关于我们|网站地图|联系我们|加盟代理|广告服务|手机版/,
  /法律顾问\s*[:：]|文章关键词|关键词\s*[:：]|相关新闻|相关阅读|相关链接|推荐阅读|热点推荐|上一篇|下一篇|返回顶部|打印本页|关闭窗口|【打印】|【关闭】|分享到|收藏本文/,
  /未经授权不得转载|未经许可不得|转载请注明|不得转载|独家稿件|不代表本网|仅供参考|如有侵权|请作者.{0,8}联系/, /在手机上查看|手机上打开|手机扫码/,
];
const EDITOR_CREDIT = /^[(（]\s*(?:编辑|责编|责任编辑|审核|校对|审校|编审|终审|初审|复审)[^)）]{0,30}[)）]$/;
const DATE_ONLY = /^\s*(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
const NAV_LINE = /^[^。，,]{1,30}(?:\s*[|｜]\s*[^。，,|｜]{1,30}){2,}$/;
const URL_DATE = /https?:\/\/\S*?(20\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/;
// A news site's dateline or byline at the start of the first paragraph: 中国质量新闻网讯, 本报讯（记者 …）, 黄淮网(… 通讯员 …).
const DATELINE = /^((?:本报|本网|本台|本刊|[\u4e00-\u9fff]{2,12}?(?:网|报|台|社|新闻|日报|晚报|时报)))讯\s*(?:[(（][^)）\n]{0,30}[)）])?[\s\u3000]*/;
// A news agency's dateline: 新华社北京1月18日电（记者 王思北）.
const AGENCY_DATELINE = /^((?:新华社|中新社|中新网|人民网|央视网|中国新闻网|光明网|人民日报|经济日报|法治日报|[\u4e00-\u9fff]{2,8}?(?:社|网|报|台)))[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[(（][^)）\n]{0,30}[)）])?[\s\u3000]*/;
const BYLINE = /^([\u4e00-\u9fff]{2,12}?(?:网|报|台|社|新闻|日报|晚报|时报))\s*[(（]([^)）\n]{0,40}?(?:记者|通讯员|见习记者|特约记者)[^)）\n]{0,40})[)）][\s\u3000]*/;

const LONG_LINE = 160;

function simple(line: string): string {
  return toSimplified(toHalfWidthAlnum(line)).trim();
}

function isBoilerplate(s: string): boolean {
  if (s.length === 0) return true;
  if (BREADCRUMB.test(s) || EDITOR_CREDIT.test(s) || NAV_LINE.test(s)) return true;
  // A footer line is short; a long paragraph that merely mentions 版权 is content.
  if (s.length <= 160 && FOOTER.some((r) => r.test(s))) return true;
  return false;
}

function metaFields(s: string): { date: string | null; source: string | null } | null {
  if (s.length > 160 || /。$/.test(s)) return null;
  if (DATE_ONLY.test(s)) return { date: parseLooseDate(s), source: null };
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

/**
 * Splits a page into title, publish date, source and body, dropping boilerplate lines. The body
 * keeps the original script and wording; only whole boilerplate lines, a leading dateline
 * (中国质量新闻网讯) and editor credits are taken out.
 */
export function stripBoilerplate(text: string): CleanedPage {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const removed: string[] = [];
  const kept: string[] = [];
  let publishDate: string | null = null;
  let source: string | null = null;
  let urlDate: string | null = null;
  let title: string | null = null;
  let seenBody = false;
  for (const raw of lines) {
    const line = raw.replace(/[\u00a0\u3000\t]/g, ' ').trim();
    if (!line) continue;
    // A long line is a paragraph of the report: every boilerplate pattern is for short lines.
    if (line.length > LONG_LINE) {
      seenBody = true;
      kept.push(line);
      continue;
    }
    const s = simple(line);
    if (!urlDate) {
      const u = URL_DATE.exec(s);
      if (u) urlDate = `${u[1]}-${u[2]}-${u[3]}`;
    }
    const meta = metaFields(s);
    if (meta && (!seenBody || /发布时间|发布日期|来源/.test(s))) {
      publishDate ??= meta.date;
      source ??= meta.source;
      removed.push(line);
      continue;
    }
    if (isBoilerplate(s)) {
      removed.push(line);
      continue;
    }
    if (!seenBody && title === null && kept.length === 0 && looksLikeTitle(s)) {
      title = line.replace(/^[^|｜\n]{1,12}\s*[|｜]\s*/, '');
      continue;
    }
    seenBody = true;
    kept.push(line);
  }
  // The dateline belongs to the site, not the report: keep its name as the source.
  if (kept.length > 0) {
    const first = kept[0];
    // Datelines are short: the start of the paragraph is enough (and the long rest need not be converted).
    const s = simple(first.slice(0, 100));
    const m = DATELINE.exec(s) ?? AGENCY_DATELINE.exec(s) ?? BYLINE.exec(s);
    // Cut by position only when the simplified copy lines up with the original.
    if (m && s.length === Math.min(first.length, 100)) {
      source ??= /^(?:本报|本网|本台|本刊)$/.test(m[1]) ? null : m[1];
      const cut = m[0].length;
      removed.push(first.slice(0, cut).trim());
      kept[0] = first.slice(cut).trim();
    }
  }
  // A title line that turns out to be the only text is the body.
  if (kept.length === 0 && title) {
    kept.push(title);
    title = null;
  }
  return { title, publishDate: publishDate ?? urlDate, source, body: kept.join('\n'), removed };
}
