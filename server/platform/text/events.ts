import { asSplit, type SplitText } from './clauses';
import { findOrganizations } from './orgs';

// What kind of event a report is about, its name, the agreements (《…》) signed or released at
// it, and what was unveiled (揭牌).

/** Kinds of event a report can describe (GLOSSARY: joint conference, work conference, …). */
export type EventKind = 'jointConference' | 'workConference' | 'summit' | 'seminar' | 'signing' | 'unveiling' | 'training' | 'statisticsRelease' | 'other';

// An event's name ends in its head noun (…大会新兴产业知识产权发展与保护论坛 is a forum), so the
// kind word that ends last decides; before 暨 is the main event. Ties go to the earlier rule.
const KIND_RULES: [EventKind, RegExp][] = [
  ['jointConference', /联席[^，。；]{0,6}?会|联络员会议/g],
  ['summit', /峰会|年会|论坛|专利周|博览会|高层会议|高峰会议/g],
  ['seminar', /研讨会|研讨|座谈会|座谈|沙龙|交流会|圆桌会议?|恳谈会/g],
  ['training', /培训|研修班|训练营|讲座|讲堂|专题辅导|宣讲会|开班/g],
  ['unveiling', /揭牌|授牌|挂牌|牌匾|启用仪式|开馆|开园/g],
  ['signing', /签约|签署|签订|合作协议|框架协议|协议书|战略合作|备忘录/g],
  ['statisticsRelease', /白皮书|统计数据|统计|数据发布|发布[^，。；]{0,24}?(?:数据|报告|指数)|年度报告|发展报告|公报|新闻发布会/g],
  ['other', /宣传周|宣传月|开放日|宣传活动|庆祝活动|调研/g],
  ['workConference', /工作会议|推进会|推进大会|部署会|推动会|调度会|动员会|工作会|现场会|总结会|对接会|推介会|洽谈会|见面会|领导小组会议|例会|理事会|大会|会议/g],
];

/** The kind a name's head noun gives, or null when it names no kind of event at all. */
export function namedKind(name: string): EventKind | null {
  // 联席会议 names the joint conference even when it shares the meeting (工作会议暨联席会议).
  KIND_RULES[0][1].lastIndex = 0;
  if (KIND_RULES[0][1].test(name)) return 'jointConference';
  const main = name.split('暨')[0];
  let best: EventKind | null = null;
  let bestEnd = -1;
  for (const [kind, re] of KIND_RULES) {
    re.lastIndex = 0;
    for (const m of main.matchAll(re)) {
      const end = m.index + m[0].length;
      if (end > bestEnd) {
        best = kind;
        bestEnd = end;
      }
    }
  }
  return best;
}

/** The event kind a title names (工作会议 → workConference), or 'other'. */
export function eventKindOf(title: string): EventKind {
  return namedKind(title) ?? 'other';
}

const EVENT_VERB = /召开|举行|举办|开幕|拉开|揭开序幕|启动|开班|揭牌|授牌|签署|签订|颁发|发布|开园|主办|承办|参加/g;

/**
 * The kind of event a lead sentence reports when there is no title to read: the name next to its
 * verb (召开联络员会议, …论坛在合肥举行, 签署《…合作协议》).
 */
export function eventKindOfLead(lead: string): EventKind {
  for (const m of lead.matchAll(EVENT_VERB)) {
    const after = lead.slice(m.index).split(/[，。；]/)[0];
    const before = lead.slice(0, m.index + m[0].length).split(/[，。；]/).pop() ?? '';
    const kind = namedKind(after) ?? namedKind(before);
    if (kind) return kind;
  }
  return 'other';
}

const MEETING_FOR_SIGNING = /座谈会|对接会|洽谈会|交流会|推介会|恳谈会/;

/** A 座谈会 or 对接会 at which agreements were signed is a signing. */
export function kindWithSigning(kind: EventKind, name: string, text: string, agreements: string[]): EventKind {
  if (agreements.length === 0 || !/签署|签订|签约/.test(text)) return kind;
  if ((kind === 'seminar' || kind === 'workConference') && MEETING_FOR_SIGNING.test(name)) return 'signing';
  return kind;
}

const EVENT_NAME =
  /((?:20\d{2}年(?:度)?)?[\u4e00-\u9fff（）·“”]{2,40}?(?:峰会|研讨会|论坛|座谈会|联席会议|工作会议|推进会|推进会议|部署会|大会|会议|培训班|研修班|签约仪式|揭牌仪式|发布会|启动仪式))(?=以|在|于|正式|成功|顺利|隆重|召开|举行|举办|开幕|在线|线上|线下)/;

/** The event's name in a lead sentence (2022年坪山区知识产权峰会), for reports without a title line. */
export function eventNameIn(lead: string): string | null {
  const m = EVENT_NAME.exec(lead);
  if (!m) return null;
  // Drop a leading date or clause opener the lazy match swallowed.
  return m[1].replace(/^.*?[，,]/, '').replace(/^(?:上午|下午|晚上|当天|近日|日前|昨日)/, '') || null;
}

const AGREEMENT_WORD = /(?:协议|协议书|备忘录|协定|合同|意向书|承诺书|倡议书|公约|宣言|框架|合作书|共识|联合声明)$/;
const SIGN_VERB = /签署|签订|签约|签字|缔结|达成|见证|共建|发布|发出|印发|共同发起/;
const UNBRACKETED = /(?:签署|签订|签约)了?(?!《)([^，。；《》、\s]{2,40}?(?:合作协议|框架协议|协议书|协议|备忘录|合同))(?![》\u4e00-\u9fff])/g;
const BEFORE_CEREMONY = /([^，。；《》、\s]{2,60}?(?:合作协议|框架协议|协议书|协议|备忘录))(?:签约|签字|签署)仪式/g;
const POLICY_DOC = /(?:方案|意见|办法|规定|通知|条例|规划|要点|细则|白皮书|报告|指南|决定|纲要|标准|制度|措施|计划|清单|目录)$/;

/**
 * Writes 与 between two parties a report ran together at the start of a title
 * (《…坪山监管局坪山区人民法院…协议》 → 《…坪山监管局与坪山区人民法院…协议》).
 */
export function withConjunction(title: string): string {
  const [first, second] = findOrganizations(title);
  if (!first || !second || !title.startsWith(first)) return title;
  const rest = title.slice(first.length);
  return rest.startsWith(second) ? `${first}与${rest}` : title;
}

/** Agreements (the 《…》 titles) a report says were signed or released, without the brackets. */
export function findAgreements(text: string | SplitText): string[] {
  const out: string[] = [];
  for (const s of asSplit(text).sentences) {
    if (!SIGN_VERB.test(s.text.replace(/《[^》]*》/g, ''))) continue;
    const signing = /签署|签订|签约|签字|缔结|达成/.test(s.text);
    for (const m of s.text.matchAll(/《([^《》\n]{2,120})》/g)) {
      const written = m[1].trim();
      // Writing 与 between the parties leaves the title's last word as it was.
      if (!AGREEMENT_WORD.test(written) && !(signing && !POLICY_DOC.test(written))) continue;
      const title = withConjunction(written);
      if (!out.includes(title)) out.push(title);
    }
    // Reports also name agreements without brackets: 签订知识产权金融服务战略合作协议.
    if (/签署|签订|签约/.test(s.text)) {
      for (const m of s.text.matchAll(UNBRACKETED)) {
        const title = m[1].replace(/^(?:了|共同|正式)/, '').trim();
        if (title.length >= 4 && !out.includes(title)) out.push(title);
      }
    }
    // …举行战略合作框架协议签约仪式: the agreement named before its signing ceremony.
    if (!s.text.includes('仪式')) continue;
    for (const m of s.text.matchAll(BEFORE_CEREMONY)) {
      const title = m[1].replace(/^.*(?:举行|举办|召开|出席|的|了)/, '').trim();
      if (title.length >= 4 && !out.includes(title)) out.push(title);
    }
  }
  return out;
}

/** Something unveiled (揭牌) at the event, and who unveiled it when the report says. */
export interface Unveiling {
  what: string;
  by: string[];
}

/** Unveilings: 为X揭牌 and X揭牌仪式, with the people named in the same sentence when they did it. */
export function findUnveilings(text: string | SplitText, peopleNames: string[]): Unveiling[] {
  const out: Unveiling[] = [];
  for (const s of asSplit(text).sentences) {
    if (!/揭牌/.test(s.text)) continue;
    const by = peopleNames.filter((n) => s.text.includes(n));
    const targets: string[] = [];
    const forMatch = /为([^，。；]{2,80}?)揭牌/.exec(s.text);
    // 表现为“荣获…揭牌” is a quotation, not a plaque unveiled at the event.
    if (forMatch && (forMatch[1].match(/“/g)?.length ?? 0) === (forMatch[1].match(/”/g)?.length ?? 0)) {
      const quoted = [...forMatch[1].matchAll(/“([^”]{2,60})”/g)].map((q) => q[1]);
      if (quoted.length > 0) targets.push(...quoted);
      else targets.push(forMatch[1].replace(/^.*?(?:获批|成立|设立)/, ''));
    }
    for (const m of s.text.matchAll(/(?:以及|及|和|、|，|^)([^，。；、《》]{3,60}?)揭牌仪式/g)) targets.push(m[1]);
    for (const t of targets) {
      const what = t.trim();
      if (what.length >= 2 && !out.some((u) => u.what === what)) out.push({ what, by });
    }
  }
  return out;
}

/** An organisation's role at an event (主办 / 承办 / 协办). */
export interface EventOrg {
  role: 'host' | 'organiser' | 'coOrganiser';
  name: string;
}

const ROLE_WORDS: [EventOrg['role'], RegExp][] = [
  ['host', /(?:联合)?主办$/],
  ['organiser', /承办$/],
  ['coOrganiser', /协办$/],
];

/** Host, organisers and co-organisers: 由坪山区人民政府主办，…承办，…协办. */
export function findEventOrgs(text: string | SplitText): EventOrg[] {
  const out: EventOrg[] = [];
  for (const s of asSplit(text).sentences) {
    if (!/主办|承办|协办/.test(s.text)) continue;
    for (const clause of s.text.split(/[，；]/)) {
      const c = clause.trim();
      for (const [role, re] of ROLE_WORDS) {
        if (!re.test(c)) continue;
        const names = c
          .replace(re, '')
          .replace(/^.*?由/, '')
          .replace(/^(?:共同|联合)/, '')
          .split(/[、和及与]/)
          .map((n) => n.trim())
          .filter((n) => n.length >= 3 && n.length <= 40);
        for (const name of names) if (!out.some((o) => o.name === name && o.role === role)) out.push({ role, name });
      }
    }
  }
  return out;
}

const VENUE = /在([\u4e00-\u9fff（）\d]{3,30}?(?:学院|大学|中心|大厦|酒店|宾馆|饭店|会议室|会议厅|礼堂|会堂|会展中心|展览馆|园区|基地|广场|报告厅|多功能厅|剧院|馆|厅|楼|室))(?:隆重|顺利|成功|正式)?(?:召开|举行|举办|开幕|开班)/;

/** Where the event took place, when the lead says (在天门职业学院召开). */
export function findVenue(lead: string): string | null {
  return VENUE.exec(lead)?.[1] ?? null;
}

/** Offline, online or both (线上线下相结合). */
export function findMode(text: string): 'offline' | 'online' | 'hybrid' {
  if (/线上线下|线下线上|现场\+线上|现场与线上|主会场.{0,10}分会场.{0,10}视频/.test(text)) return 'hybrid';
  if (/视频会议|以视频形式|线上召开|云端召开|网络会议|在线召开/.test(text)) return 'online';
  return 'offline';
}
