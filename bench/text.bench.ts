// npm run bench:text — clean, normalise, segment and extract 10,000 reports of about 5 KB on one
// core. The reports are the five seeds with variations: other places, dates, people and figures,
// simplified or traditional script, pinyin annotations, and site boilerplate around them.
// Prints the figures; the last line is JSON with reportsPerSec and peakRssMb.
import { performance } from 'node:perf_hooks';
import * as OpenCC from 'opencc-js';
import { DEMO_REPORTS } from '../server/modules/publish/demo/publish-reports';
import { analyseReport, toSimplified } from '../server/platform/text/index';

const COUNT = Number(process.env.BENCH_REPORTS ?? 10_000);
const TARGET_BYTES = 5 * 1024;

// A small deterministic generator, so every run measures the same reports.
let state = 20261121;
const rand = () => {
  state = (state * 1103515245 + 12345) & 0x7fffffff;
  return state / 0x7fffffff;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const PLACES: [string, string][] = [
  ['坪山区', '深圳市'], ['南山区', '深圳市'], ['黄埔区', '广州市'], ['余杭区', '杭州市'], ['鼓楼区', '南京市'], ['武侯区', '成都市'],
  ['江北区', '重庆市'], ['历下区', '济南市'], ['思明区', '厦门市'], ['滨湖区', '无锡市'], ['天河区', '广州市'], ['雨花台区', '南京市'],
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌宇浩';
const BOILER_TOP = ['当前位置：首页 > 新闻中心 > 工作动态', '发布时间：{date} 09:30  来源：{city}市场监督管理局  浏览次数：{n}', '【字体：大 中 小】【打印】【关闭】'];
const BOILER_BOTTOM = ['（责任编辑：{name}）', '扫一扫在手机打开当前页', '版权所有：{city}市场监督管理局  网站标识码：{n}', '{prov}ICP备{n}号-1  {prov}公网安备 {n}号', '联系电话：0755-{n}  地址：{city}市政府大楼'];

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const simplifiedSeeds = DEMO_REPORTS.map((r) => toSimplified(r.text));

function personName(): string {
  return pick([...SURNAMES]) + pick([...GIVEN]) + (rand() < 0.6 ? pick([...GIVEN]) : '');
}

function fill(template: string, v: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');
}

function variant(i: number): string {
  const seed = simplifiedSeeds[i % simplifiedSeeds.length];
  const [district, city] = pick(PLACES);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const year = 2021 + Math.floor(rand() * 5);
  let text = seed
    .replace(/坪山区|坪山/g, district.replace(/区$/, ''))
    .replace(/深圳市|深圳/g, city.replace(/市$/, ''))
    .replace(/4月26日|12月11日|4月25日|425日|12月20日|9月28日/g, `${month}月${day}日`)
    .replace(/20(2[2-4])年/g, `${year}年`)
    .replace(/王利峰|蔡英权|吴卫东|沈超|何志敏/g, () => personName())
    .replace(/(\d+)\.(\d+)万件/g, () => `${(10 + rand() * 40).toFixed(2)}万件`)
    .replace(/(\d+)余人/g, () => `${20 + Math.floor(rand() * 200)}余人`);
  // Grow or trim to about 5 KB with paragraphs of another seed.
  const extra = simplifiedSeeds[(i + 1) % simplifiedSeeds.length].split('\n').filter((p) => p.length > 40);
  while (Buffer.byteLength(text) < TARGET_BYTES - 600) text += '\n' + pick(extra);
  const vars = { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, city: city.replace(/市$/, ''), n: String(10000000 + Math.floor(rand() * 89999999)), name: personName(), prov: pick(['粤', '苏', '浙', '川', '鲁', '闽']) };
  if (rand() < 0.6) text = [...BOILER_TOP.map((b) => fill(b, vars)), text, ...BOILER_BOTTOM.map((b) => fill(b, vars))].join('\n');
  // A third of the reports arrive in traditional script, some with pinyin after characters.
  if (rand() < 0.33) {
    text = toTraditional(text);
    if (rand() < 0.5) text = text.replace(/產/g, '產(chǎn)').replace(/權/g, '權(quán)').replace(/會/g, '會(huì)');
  }
  while (Buffer.byteLength(text) > TARGET_BYTES + 600) text = text.slice(0, text.lastIndexOf('\n', text.length - 2));
  return text;
}

const t0 = performance.now();
const reports = Array.from({ length: COUNT }, (_, i) => variant(i));
const bytes = reports.reduce((n, r) => n + Buffer.byteLength(r), 0);
console.log(`generated ${COUNT} reports, ${(bytes / COUNT / 1024).toFixed(2)} KB on average, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// Warm up the segmenter and converters (dictionary loading is a one-time cost, reported apart).
const w0 = performance.now();
analyseReport(reports[0]);
console.log(`toolkit ready in ${(performance.now() - w0).toFixed(0)} ms (jieba dictionary with place names and domain terms)`);

let withDate = 0;
let withRegion = 0;
let words = 0;
const times: number[] = [];
const cpuStart = process.cpuUsage();
const start = performance.now();
for (const r of reports) {
  const s = performance.now();
  const a = analyseReport(r);
  times.push(performance.now() - s);
  if (a.facts.eventDate) withDate++;
  if (a.facts.region) withRegion++;
  words += a.words.length;
}
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
// On a shared machine the wall clock includes time other processes had the core; CPU time does not.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const reportsPerCpuSec = Math.round(COUNT / cpuSeconds);
times.sort((a, b) => a - b);
const reportsPerSec = Math.round(COUNT / seconds);
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

console.log(`analysed ${COUNT} reports in ${seconds.toFixed(2)} s: ${reportsPerSec} reports/s, ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s`);
console.log(`CPU time ${cpuSeconds.toFixed(2)} s: ${reportsPerCpuSec} reports per CPU-second (the wall-clock figure is lower when other processes share the cores)`);
console.log(`per report: median ${times[Math.floor(COUNT / 2)].toFixed(2)} ms, p95 ${times[Math.floor(COUNT * 0.95)].toFixed(2)} ms, max ${times[COUNT - 1].toFixed(2)} ms`);
console.log(`facts found: event date in ${((withDate / COUNT) * 100).toFixed(1)}%, region in ${((withRegion / COUNT) * 100).toFixed(1)}%; ${Math.round(words / COUNT)} words per report`);
console.log(`peak memory (RSS): ${peakRssMb} MB; target ≥ 500 reports/s on one core: ${reportsPerSec >= 500 ? 'met' : 'NOT met'}`);
console.log(JSON.stringify({ reportsPerSec, peakRssMb, reportsPerCpuSec }));
