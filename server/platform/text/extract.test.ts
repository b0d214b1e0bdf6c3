import { describe, expect, it } from 'vitest';
import { splitText } from './clauses';
import { analyseReport, findOrganizations, findPeople, highlight, normaliseForAnalysis, removePinyinAnnotations, repairDateMarkers, scaleDecimal, stripBoilerplate, toSimplified, tokensForIndex, tokensForQuery } from './index';
import { convertToSimplified } from './script';

// Edge cases made up for the patterns of government news beyond the five seeds.

const facts = (text: string) => analyseReport(text).facts;

describe('cleaning', () => {
  it('removes only brackets that read the character before them', () => {
    const { text, removed } = removePinyinAnnotations('知識產(chǎn)權(quán)、會(kuài)計(jì)、长(zhang3)度、行(xíng)业、方案(A)、数据(PCT)、水平(11.8件)、中国(深圳)、局(知识产权局)');
    expect(text).toBe('知識產權、會計、长度、行业、方案(A)、数据(PCT)、水平(11.8件)、中国(深圳)、局(知识产权局)');
    expect(removed.map((r) => r.text)).toEqual(['(chǎn)', '(quán)', '(kuài)', '(jì)', '(zhang3)', '(xíng)']);
  });

  it('keeps a bracket whose pinyin does not read the character (wrong reading)', () => {
    expect(removePinyinAnnotations('質(shān)量').text).toBe('質(shān)量');
  });

  it('repairs a dropped 月 only when the publish date allows one reading', () => {
    expect(repairDateMarkers('111日上午，会议召开', '2024-01-15').text).toBe('1月11日上午，会议召开');
    expect(repairDateMarkers('111日上午，会议召开', '2024-11-03').text).toBe('11月1日上午，会议召开');
    expect(repairDateMarkers('111日上午，会议召开', null).text).toBe('111日上午，会议召开');
    expect(repairDateMarkers('1125日，全市召开', null).text).toBe('11月25日，全市召开');
    expect(repairDateMarkers('共425日的工期', '2024-04-30').text).toBe('共425日的工期');
  });

  it('strips a news page around a simplified report and keeps its metadata', () => {
    const r = analyseReport(
      ['首页 > 新闻中心 > 工作动态', '杭州市余杭区召开知识产权质押融资推进会', '发布日期：2024-06-03  来源：余杭区市场监管局  浏览次数：128', '【字体：大 中 小】', '昨日上午，余杭区召开知识产权质押融资推进会，副区长张明出席会议并讲话。', '', '上一篇：关于开展专利转化的通知', '分享到：', '浙ICP备12345678号'].join('\n'),
    );
    expect(r.facts.title).toBe('杭州市余杭区召开知识产权质押融资推进会');
    expect(r.facts.publishDate).toBe('2024-06-03');
    expect(r.facts.source).toBe('余杭区市场监管局');
    expect(r.facts.eventDate).toBe('2024-06-02');
    expect(r.facts.region).toEqual({ code: '330110', name: '杭州市余杭区' });
    expect(r.facts.kind).toBe('workConference');
    expect(r.body).toBe('昨日上午，余杭区召开知识产权质押融资推进会，副区长张明出席会议并讲话。');
  });
});

describe('dates', () => {
  it('takes the year of a month-day from the publish date, the year before across new year', () => {
    expect(facts('发布时间：2024-01-03\n12月28日，广州市黄埔区举行知识产权培训班。').eventDate).toBe('2023-12-28');
  });
  it('resolves 近日 and 日前 to the publish date and a day-only date to its month', () => {
    expect(facts('发布日期：2024年5月20日\n近日，深圳市南山区召开专利转化推进会。').eventDate).toBe('2024-05-20');
    expect(facts('发布日期：2024年5月20日\n16日下午，深圳市南山区召开专利转化推进会。').eventDate).toBe('2024-05-16');
  });
  it('reads full dates in Chinese numerals and ISO form', () => {
    expect(facts('二〇二三年十一月八日，成都市召开知识产权联席会议。').eventDate).toBe('2023-11-08');
    expect(facts('2023-09-01，苏州市举办知识产权论坛。').eventDate).toBe('2023-09-01');
  });
  it('answers null when nothing gives the year', () => {
    expect(facts('9月28日，全市召开知识产权工作会议。').eventDate).toBeNull();
    expect(facts('会议强调要加强知识产权保护。').eventDate).toBeNull();
  });
});

describe('regions', () => {
  it('settles a district name shared by two cities by the city the report names', () => {
    expect(facts('深圳市南山区召开知识产权工作会议，南山区副区长王强出席。').region?.code).toBe('440305');
    expect(facts('鹤岗市南山区召开知识产权工作会议，南山区副区长王强出席。').region?.code).toBe('230404');
    expect(facts('北京市朝阳区举办知识产权论坛，朝阳区区长李华致辞。').region).toEqual({ code: '110105', name: '北京市朝阳区' });
  });
  it('gives no region for 我市 alone, and the city once the report names it', () => {
    expect(facts('我市召开知识产权工作会议，全市各部门参加。').region).toBeNull();
    expect(facts('我市召开知识产权工作会议。成都市各部门参加，全市专利授权量增长。').region?.code).toBe('510100');
  });
  it('stays at the city when districts are only listed', () => {
    expect(facts('广州市召开知识产权工作会议，广州市副市长出席。会议为天河、越秀、海珠、黄埔4个区颁发任务书。广州市将继续推进。').region?.code).toBe('440100');
  });
});

describe('people and titles', () => {
  it('reads title chains, shared titles and names of two or three characters', () => {
    const text = normaliseForAnalysis('区委书记、区长李四主持会议，中国科学院院士王五作主旨报告，市人大代表陈一、刘二参加。省知识产权局副局长张凡宣讲政策。');
    expect(findPeople(text)).toEqual([
      { name: '李四', title: '区委书记、区长' },
      { name: '王五', title: '中国科学院院士' },
      { name: '陈一', title: '市人大代表' },
      { name: '刘二', title: '市人大代表' },
      { name: '张凡', title: '省知识产权局副局长' },
    ]);
  });
  it('reads a note between title and name, the national titles, and a name before 等', () => {
    const text = normaliseForAnalysis('市知识产权局副局长（主持工作）刘晓明介绍情况。国务院副总理丁薛祥出席。区检察院检察长张伟等出席。本次会议由市委副秘书长邓小刚主持。');
    expect(findPeople(text)).toEqual([
      { name: '刘晓明', title: '市知识产权局副局长（主持工作）' },
      { name: '丁薛祥', title: '国务院副总理' },
      { name: '张伟', title: '区检察院检察长' },
      { name: '邓小刚', title: '市委副秘书长' },
    ]);
  });
  it('does not take verbs after a title for a name', () => {
    expect(findPeople('局长强调要加强保护，主任指出要压实责任。')).toEqual([]);
  });
});

describe('counts and statistics', () => {
  it('reads attendance in several forms and keeps online audiences apart', () => {
    expect(facts('会议在深圳市召开，近百人参加会议。').attendeeCount).toBe(100);
    expect(facts('会议在深圳市召开，200余名代表参加。').attendeeCount).toBe(200);
    expect(facts('会议在深圳市召开，共有150人出席。在线观看量达12万人次。').attendeeCount).toBe(150);
    expect(facts('会议在深圳市召开，共有150人出席。在线观看量达12万人次。').onlineAudience).toBe(120000);
    expect(facts('来自国内外政府部门、企业界代表1 600人参加峰会。').attendeeCount).toBe(1600);
    expect(facts('来自政府有关部门、科研院所、知识产权服务机构等500余名代表，围绕年会主题交流。').attendeeCount).toBe(500);
    expect(facts('共有来自全国约70名远程教育子平台和分站管理人员参加了培训。').attendeeCount).toBe(70);
    expect(facts('16家联席会议成员单位联络员参加会议。').attendeeCount).toBeNull();
  });
  it('leaves out growth rates, targets and training sizes', () => {
    const s = facts('截至2022年底，全市专利授权量26609件，同比增长21%。我市计划到2025年，发明专利申请量达到2.2万件。平台培训规模超过380万人次。').statistics;
    expect(s.map((x) => [x.indicator, x.value])).toEqual([['专利授权量', 26609]]);
  });
  it('reads indicators with scaled values and money in yuan, not growth rates, targets or people counted in 人次', () => {
    const s = facts('2023年，成都市专利授权量1.2万件，同比增长15.3%；有效发明专利拥有量达到3.5万件；知识产权质押融资金额12.5亿元。').statistics;
    expect(s.map((x) => [x.indicator, x.value, x.unit, x.year, x.region?.code])).toEqual([
      ['专利授权量', 12000, '件', 2023, '510100'],
      ['有效发明专利拥有量', 35000, '件', 2023, '510100'],
      ['知识产权质押融资金额', 1250000000, '元', 2023, '510100'],
    ]);
  });
  it('scales decimals exactly', () => {
    expect(scaleDecimal('23.51', 4)).toBe(235100);
    expect(scaleDecimal('1.59', 4)).toBe(15900);
    expect(scaleDecimal('0.005', 8)).toBe(500000);
  });
});

describe('dates of events in real page layouts', () => {
  it('takes the year from a site’s date line and dates the event before publication', () => {
    expect(facts('PC版\n某网 > 新闻中心 > 正文\n某市召开知识产权工作推进会\n某网   2023-11-02 19:53\n10月28日，某市召开知识产权工作推进会。').eventDate).toBe('2023-10-28');
    expect(facts('第十四届中国知识产权年会在京开幕\n2025-09-12 14:59 互联网\n9月11日，年会在京开幕。').eventDate).toBe('2025-09-11');
    expect(facts('某区召开知识产权联席会议\n(2021年06月15日)\n6月10日上午，某区召开知识产权联席会议。').eventDate).toBe('2021-06-10');
    expect(facts('新闻\n2024 01/03 08:49:24\n12月28日，某市召开知识产权工作会议。').eventDate).toBe('2023-12-28');
  });
  it('ignores archive times, reads date ranges, and does not read 知识产权日前夕 as 日前', () => {
    expect(facts('归档时间:2021-09-09\n今天是\n某区召开知识产权联席会议\n来源:日期:2020-04-26 14:24字号:\n4月23日，某区召开知识产权联席会议。').eventDate).toBe('2020-04-23');
    expect(facts('2018年全国知识产权宣传周某省活动正式启动\n宣传周活动于4月23-29日在全区开展。').eventDate).toBe('2018-04-23');
    expect(facts('某地启动宣传周\n2018-04-21 02:29 中国新闻网\n在世界知识产权日前夕，宣传周活动，20日下午在北京启动。').eventDate).toBe('2018-04-20');
  });
  it('takes the year of an event named without 年, and of the year a meeting deploys', () => {
    expect(facts('11月21日，2021世界制造业大会知识产权论坛在合肥举行。').eventDate).toBe('2021-11-21');
    expect(facts('3月1日下午，全市知识产权保护工作会议召开，总结去年工作情况，部署2024年工作任务。').eventDate).toBe('2024-03-01');
  });
});

describe('host region of conferences held away from their organisers', () => {
  const region = (t: string) => facts(t).region?.code ?? null;
  it('takes the city where the event was held over the places its speakers come from', () => {
    expect(region('第十四届中国知识产权年会在京开幕\n9月11日，年会在京开幕。江苏省副省长李忠军、江苏省知识产权局局长出席。')).toBe('110000');
    expect(region('2024年国家知识产权强国建设工作研修班在杭州举办，上海市知识产权局作交流发言。上海市知识产权局副局长发言。')).toBe('330100');
    expect(region('【福建】第四届中国专利周福建地区活动开幕\n11月7日，开幕式在泉州市举行。福建省副省长出席，福建省各地参加。')).toBe('350500');
  });
  it('names no host for an inter-provincial signing at an unnamed venue, and skips media names', () => {
    expect(region('龙粤携手\n近日，黑龙江省知识产权局与广东省知识产权局签署《知识产权服务业区域协作帮扶合作协议》。协议发挥广东省优势。')).toBeNull();
    expect(region('消息来源：上海证券报 今天，国新办举行新闻发布会，介绍知识产权统计数据。')).toBeNull();
  });
  it('places a venue named by its province in the city of the dateline', () => {
    expect(region('某省活动启动\n广西新闻网南宁4月23日讯 4月23日上午，宣传周活动在广西科技馆举行启动仪式。')).toBe('450100');
  });
});

describe('kinds and agreements', () => {
  it('names the kind from the title', () => {
    expect(facts('某某区举办知识产权培训班\n3月1日，培训班开班。').kind).toBe('training');
    expect(facts('深圳市发布2023年知识产权白皮书\n4月25日，白皮书发布。').kind).toBe('statisticsRelease');
    expect(facts('深圳市与香港签署知识产权合作协议\n双方签约。').kind).toBe('signing');
    expect(facts('深圳知识产权保护中心前海分中心揭牌\n当天举行揭牌仪式。').kind).toBe('unveiling');
    expect(facts('一则通知\n请各单位报送材料。').kind).toBe('other');
    expect(facts('第十四届中国知识产权年会在京开幕\n9月11日，年会开幕。').kind).toBe('summit');
    expect(facts('2021世界制造业大会新兴产业知识产权发展与保护论坛在合肥举行\n论坛举行。').kind).toBe('summit');
    expect(facts('黄石召开知识产权战略实施工作联络员会议\n会议召开。').kind).toBe('jointConference');
    expect(facts('某区召开知识产权质押融资银企对接会\n会上，两家银行与企业签订知识产权质押融资合作协议。').kind).toBe('signing');
    expect(facts('湖北省知识产权保护工作站授牌仪式暨知识产权巡回审判庭活动举行\n活动举行。').kind).toBe('unveiling');
    expect(facts('9月6日，颍泉区召开知识产权研讨会。').kind).toBe('seminar');
  });
  it('takes an agreement named before its signing ceremony', () => {
    expect(facts('1月8日下午，湛江市市场监督管理局与某公司在湛江举行战略合作框架协议签约仪式。').agreements).toEqual(['战略合作框架协议']);
    expect(facts('5月8日，由团委联合主办的国家知识产权局团委与天津大学团委合作协议签约仪式在天津大学举行。').agreements).toEqual(['国家知识产权局团委与天津大学团委合作协议']);
  });
  it('takes signed or released agreements, not the policies a meeting read out', () => {
    expect(facts('会上解读了《知识产权保护实施方案》，双方签署了《知识产权合作框架协议》，并发布《知识产权保护倡议书》。').agreements).toEqual(['知识产权合作框架协议', '知识产权保护倡议书']);
  });
});

describe('patterns of other news sites', () => {
  it('strips an agency dateline, and does not take the year of a figure for the year of the event', () => {
    const r = analyseReport('新华社北京1月18日电（记者 王思北）国家知识产权局18日发布数据，2023年我国授权发明专利92.1万件，同比增长15.3%。');
    expect(r.body.startsWith('国家知识产权局18日发布数据')).toBe(true);
    expect(r.facts).toMatchObject({ source: '新华社', eventDate: null, title: '国家知识产权局18日发布数据', kind: 'statisticsRelease' });
    expect(r.facts.statistics[0]).toMatchObject({ indicator: '授权发明专利', value: 921000, year: 2023 });
  });
  it('reads a bare date on the source line, agreements without brackets, and a bank branch named after its bank', () => {
    const r = analyseReport(
      ['杭州市举行知识产权宣传周启动仪式暨新闻发布会', '2024-04-27 10:15:33   来源：杭州日报', '4月26日上午，活动在杭州举行。市市场监管局与杭州银行、招商银行杭州分行签订知识产权金融服务战略合作协议。'].join('\n'),
    );
    // The event before 暨 is the main one: a publicity-week launch with a press conference is not a statistics release.
    expect(r.facts).toMatchObject({ publishDate: '2024-04-27', eventDate: '2024-04-26', source: '杭州日报', kind: 'other', agreements: ['知识产权金融服务战略合作协议'] });
    expect(r.facts.organizations).toEqual(expect.arrayContaining(['杭州银行', '招商银行杭州分行']));
  });
  it('makes a title from the lead when the page has none', () => {
    expect(analyseReport('昨天下午，成都市郫都区召开知识产权保护工作联席会议第一次全体会议，区委常委、副区长刘强主持会议。').facts.title).toBe('成都市郫都区召开知识产权保护工作联席会议第一次全体会议');
  });
});

describe('foreign or empty text', () => {
  it('gives a clean result with no facts for English text', () => {
    const r = analyseReport('The city held an intellectual property conference on 5 May. About 40 people attended.');
    expect(r.warnings).toEqual(['未识别到中文内容，无法提取事实']);
    expect(r.facts).toMatchObject({ eventDate: null, region: null, people: [], organizations: [], statistics: [], attendeeCount: null });
  });
  it('handles an empty string', () => {
    expect(analyseReport('').facts).toMatchObject({ title: null, region: null, kind: 'other' });
  });
});

describe('search tokens and highlighting', () => {
  it('segments place names and domain terms as words, traditional like simplified', () => {
    expect(tokensForQuery('坪山区诉调对接')).toEqual(['坪山区', '诉调对接']);
    expect(tokensForIndex('坪山區知識產權聯席會議')).toEqual(expect.arrayContaining(['坪山', '坪山区', '知识产权', '联席会议']));
  });
  it('marks matches in the reader’s script and cuts a snippet around the first', () => {
    expect(highlight('知識產權聯席會議召開', ['联席会议'])).toEqual([
      { text: '知識產權', hit: false },
      { text: '聯席會議', hit: true },
      { text: '召開', hit: false },
    ]);
    const snippet = highlight('甲'.repeat(100) + '质押融资' + '乙'.repeat(100), ['质押融资'], 40);
    expect(snippet[0]).toEqual({ text: '…', hit: false });
    expect(snippet.find((s) => s.hit)?.text).toBe('质押融资');
    expect(snippet.map((s) => s.text).join('').length).toBeLessThanOrEqual(42);
  });
});

describe('confidence of each fact', () => {
  it('trusts a written date and a named venue more than 近日 and the place named most', () => {
    const sure = analyseReport('第十四届中国知识产权年会在京开幕\n2025-09-12 14:59 互联网\n9月11日，第十四届中国知识产权年会在京开幕，1600人参加。').confidence;
    const unsure = analyseReport('近日，某单位组织了一次活动，江苏省、浙江省代表参加交流。').confidence;
    expect(sure.eventDate).toBeGreaterThanOrEqual(0.8);
    expect(sure.region).toBeGreaterThanOrEqual(0.8);
    expect(sure.kind).toBeGreaterThanOrEqual(0.8);
    expect(unsure.eventDate).toBeLessThan(0.5);
    expect(unsure.region).toBeLessThan(0.5);
    expect(unsure.kind).toBeLessThan(0.5);
  });
});

describe('the shared and faster paths read as before', () => {
  it('removes readings after a space, of several syllables and in full-width brackets, and keeps other brackets', () => {
    const { text, removed } = removePinyinAnnotations('知识产( chǎn)权、产权(chǎn quán)、产权（chǎn-quán）、(chǎn)开头、产(chǎn（quán)、产(chǎn' + 'x'.repeat(60) + ')');
    expect(removed.map((r) => r.text)).toEqual(['( chǎn)', '(chǎn quán)', '（chǎn-quán）']);
    expect(text).toBe('知识产权、产权、产权、(chǎn)开头、产(chǎn（quán)、产(chǎn' + 'x'.repeat(60) + ')');
  });

  it('finds the same people and organisations in a text split once as in the bare text', () => {
    const text = '会上，深圳市市场监督管理局党组书记、局长蔡英权，市人大代表陈雄英、朱焕启出席。《深圳市与坪山区人民法院合作协议》签署后，坪山区人民法院院长王利峰讲话。';
    const split = splitText(text);
    expect(findPeople(split)).toEqual(findPeople(text));
    expect(findOrganizations(split)).toEqual(findOrganizations(text));
    expect(findOrganizations(text)).toContain('深圳市市场监督管理局');
  });

  it('reads the short lines of a page in traditional script as furniture, and converts phrases of a page with traditional characters', () => {
    const page = ['首頁 > 新聞中心', '知識產權聯席會議召開', `${'會議強調，要加強知識產權保護工作，推動高質量發展。'.repeat(8)}`, '版權所有：深圳市市場監督管理局'].join('\n');
    const r = stripBoilerplate(page);
    expect(r.title).toBe('知識產權聯席會議召開');
    expect(r.removed).toEqual(expect.arrayContaining(['首頁 > 新聞中心', '版權所有：深圳市市場監督管理局']));
    expect(convertToSimplified('反覆')).toBe('反复');
    expect(toSimplified('反覆')).toBe('反覆');
  });
});
