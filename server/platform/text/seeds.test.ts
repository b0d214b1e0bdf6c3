import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseReport, type ReportAnalysis } from './index';

// Golden tests on the five real reports the product was designed from.

const dir = path.join(import.meta.dirname, 'testdata/seeds');
const seed = (prefix: string): ReportAnalysis => {
  const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix))!;
  return analyseReport(fs.readFileSync(path.join(dir, file), 'utf8'));
};
const all = fs.readdirSync(dir).map((f) => ({ file: f, r: analyseReport(fs.readFileSync(path.join(dir, f), 'utf8')) }));

const PINYIN_LEFT = /[(（]\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+(?:\s+[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)*\s*[)）]/;
const BOILERPLATE_LEFT = /当前位置|首页\s*>|发布时间|新闻来源|來源[:：]|来源[:：]|ICP|公网安备|扫描关注|扫一扫|掃一掃|微信公众号|免责声明|版权|Copyright|本文地址|文章关键词|关于我们|联系地址|客服QQ|投稿邮箱|法律顾问|编辑[:：]|未经授权不得转载|未经许可不得复制|资讯网\s*>|网讯|網訊|^\s*2023\.12\.12\s*$/m;

describe('every seed', () => {
  it.each(all)('$file keeps no pinyin annotation and no site boilerplate', ({ r }) => {
    expect(r.cleanedText).not.toMatch(PINYIN_LEFT);
    expect(r.cleanedText).not.toMatch(BOILERPLATE_LEFT);
    expect(r.original.length).toBeGreaterThan(r.cleanedText.length);
    expect(r.words.length).toBeGreaterThan(300);
  });

  it('keeps brackets that are not readings: (IP), (深圳), (11.8件), (知识产权局)', () => {
    expect(seed('000').cleanedText).toContain('中國(深圳)知識產權保護中心');
    expect(seed('002').cleanedText).toContain('全国平均水平(11.8件)');
    expect(seed('002').cleanedText).toContain('市市场监管局(知识产权局)');
    expect(seed('000').cleanedText).toContain('新能源領域IP爭議');
  });
});

describe('seed 000: the Pingshan summit (traditional script with pinyin)', () => {
  const r = seed('000');
  it('reads date, region, kind and counts', () => {
    expect(r.facts.eventDate).toBe('2022-04-26');
    expect(r.facts.region).toEqual({ code: '440310', name: '深圳市坪山区' });
    expect(r.facts.kind).toBe('summit');
    expect(r.facts.attendeeCount).toBe(40);
    expect(r.facts.onlineAudience).toBe(62000);
    expect(r.facts.title).toBe('2022年坪山区知识产权峰会');
    expect(r.facts.source).toBe('中国质量新闻网');
  });
  it('finds the two agreements and the unveiled window', () => {
    expect(r.facts.agreements).toEqual(['市市场监督管理局坪山监管局与坪山区人民法院 知识产权诉调对接框架协议', '市市场监督管理局坪山监管局与坪山区人民检察院建立知识产权合规机制备忘录']);
    expect(r.facts.unveilings.map((u) => u.what)).toEqual(['中国（深圳）知识产权保护中心坪山分窗口']);
  });
  it('names the people with their titles', () => {
    const people = Object.fromEntries(r.facts.people.map((p) => [p.name, p.title]));
    expect(people['王利峰']).toBe('深圳市市场监督管理局党组成员、市食品药品安全总监');
    expect(people['袁虎勇']).toBe('坪山区委常委、常务副区长');
    expect(people['谢红']).toBe('省知识产权保护中心副主任');
    expect(people['陈汉杰']).toBe('深圳市市场监管局坪山监管局局长');
    expect(Object.keys(people)).not.toContain('宋柳平');
    expect(r.facts.organizations).toEqual(expect.arrayContaining(['深圳市市场监督管理局', '坪山区人民政府', '中国（深圳）知识产权保护中心坪山分窗口', '坪山区委政法委员会']));
  });
  it('reads host, organisers and co-organisers, and the hybrid mode', () => {
    expect(r.facts.mode).toBe('hybrid');
    expect(r.facts.eventOrgs).toEqual([
      { role: 'host', name: '坪山区人民政府' },
      { role: 'organiser', name: '市市场监督管理局坪山监管局' },
      { role: 'organiser', name: '坪山区委政法委员会' },
      { role: 'coOrganiser', name: '市专利协会' },
      { role: 'coOrganiser', name: '坪山区法学会' },
    ]);
  });
  it('has no statistics: attendance and audience are not indicators', () => {
    expect(r.facts.statistics).toEqual([]);
  });
});

describe('seed 001: the Sichuan–Chongqing seminar in Mianyang', () => {
  const r = seed('001');
  it('takes title, publish date and source from the page lines', () => {
    expect(r.facts.title).toBe('川渝知识产权赋能区域高质量发展研讨会在绵举行');
    expect(r.facts.publishDate).toBe('2023-12-12');
    expect(r.facts.source).toBe('绵阳市场监督');
    expect(r.displayTitle).toBe('川渝知識產權賦能區域高質量發展研討會在綿舉行');
  });
  it('reads the event', () => {
    expect(r.facts.eventDate).toBe('2023-12-11');
    expect(r.facts.region).toEqual({ code: '510700', name: '绵阳市' });
    expect(r.facts.kind).toBe('seminar');
    expect(r.facts.attendeeCount).toBe(100);
    expect(r.facts.people).toEqual(
      expect.arrayContaining([
        { name: '何志敏', title: '全国政协副秘书长、民进中央副主席' },
        { name: '李云', title: '绵阳市委副书记、市长' },
      ]),
    );
  });
});

describe('seed 002: the Shenzhen work conference (dropped month marker)', () => {
  const r = seed('002');
  it('repairs 425日 from the publish date and reads the event', () => {
    expect(r.removed.dateRepairs).toEqual([{ from: '425日', to: '4月25日' }]);
    expect(r.cleanedText).toMatch(/^4月25日,深圳市举行/m);
    expect(r.facts.publishDate).toBe('2024-04-25');
    expect(r.facts.eventDate).toBe('2024-04-25');
    expect(r.facts.region).toEqual({ code: '440300', name: '深圳市' });
    expect(r.facts.kind).toBe('jointConference');
  });
  it('finds the six statistics of Shenzhen 2023, and not the national average', () => {
    const sz = { code: '440300', name: '深圳市' };
    expect(r.facts.statistics).toEqual([
      { indicator: '国内专利授权量', value: 235100, unit: '件', year: 2023, region: sz },
      { indicator: '商标注册量', value: 249700, unit: '件', year: 2023, region: sz },
      { indicator: '每亿元GDP专利产出量', value: 6.79, unit: '件', year: 2023, region: sz },
      { indicator: '每万人口高价值发明专利拥有量', value: 98.36, unit: '件', year: 2023, region: sz },
      { indicator: '每平方公里发明专利拥有量', value: 150.38, unit: '件', year: 2023, region: sz },
      { indicator: 'PCT国际专利申请量', value: 15900, unit: '件', year: 2023, region: sz },
    ]);
  });
  it('names the people, including those sharing a title', () => {
    const people = Object.fromEntries(r.facts.people.map((p) => [p.name, p.title]));
    expect(people['蔡英权']).toBe('市知识产权联席会议办公室主任、市市场监管局（知识产权局）党组书记、局长');
    expect(people['朱焕启']).toBe('市人大代表');
    expect(people['蔡翘梧']).toBe('市政协委员');
    expect(Object.keys(people)).not.toContain('姚志');
  });
});

describe('seed 003: the Xuzhou work conference (footer-heavy page)', () => {
  const r = seed('003');
  it('takes the publish date from the page address and reads the event', () => {
    expect(r.facts.publishDate).toBe('2023-12-21');
    expect(r.facts.eventDate).toBe('2023-12-20');
    expect(r.facts.region).toEqual({ code: '320300', name: '徐州市' });
    expect(r.facts.kind).toBe('workConference');
    expect(r.facts.attendeeCount).toBe(90);
    expect(r.facts.source).toBe('黄淮网');
  });
  it('finds the agreement, the unveilings and who unveiled them', () => {
    expect(r.facts.agreements).toEqual(['共建淮海经济区知识产权高地合作协议']);
    expect(r.facts.unveilings).toEqual([
      { what: '国家知识产权建设示范城市', by: ['吴卫东', '支苏平'] },
      { what: '国家知识产权服务业高质量集聚发展试验区', by: ['吴卫东', '支苏平'] },
    ]);
    expect(r.facts.people).toEqual(expect.arrayContaining([{ name: '支苏平', title: '江苏省知识产权局局长' }, { name: '吕宣瑞', title: '徐州市市场监管局（知识产权局）党委书记、局长' }]));
  });
});

describe('seed 004: the Tianmen joint conference (no year anywhere)', () => {
  const r = seed('004');
  it('leaves the event date empty rather than guessing a year', () => {
    expect(r.facts.publishDate).toBeNull();
    expect(r.facts.eventDate).toBeNull();
  });
  it('names the city from the text (天门), not from 全市 alone', () => {
    expect(r.facts.region).toEqual({ code: '429006', name: '天门市' });
    expect(r.facts.kind).toBe('jointConference');
    expect(r.facts.venue).toBe('天门职业学院');
    expect(r.facts.agreements).toEqual(['关于加强知识产权保护合作协议']);
    expect(r.facts.people).toEqual(expect.arrayContaining([{ name: '张凡', title: '市市场监管局党组成员、公检中心主任' }, { name: '沈超', title: '副市长' }]));
  });
});
