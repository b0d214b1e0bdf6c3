import { describe, expect, it } from 'vitest';
import type { ReportFacts } from './report';
import { type LabelledReport, scoreReports, scoreTable } from './scoring';

const facts = (over: Partial<ReportFacts>): ReportFacts => ({
  title: null,
  publishDate: null,
  eventDate: null,
  source: null,
  region: null,
  kind: 'other',
  organizations: [],
  people: [],
  agreements: [],
  unveilings: [],
  statistics: [],
  attendeeCount: null,
  onlineAudience: null,
  eventOrgs: [],
  venue: null,
  mode: 'offline',
  ...over,
});

const report = (id: string, labels: Partial<LabelledReport['labels']>): LabelledReport => ({
  id,
  split: 'dev',
  text: id,
  labels: { eventDate: null, region: null, kind: 'other', attendeeCount: null, agreements: [], people: [], statistics: [], ...labels },
});

describe('scoreReports', () => {
  it('scores dates and counts only where the text supports one, regions and kinds everywhere', () => {
    const reports = [report('a', { eventDate: '2024-04-25', region: '440300', kind: 'summit', attendeeCount: 40 }), report('b', { region: null, kind: 'training' })];
    const got: Record<string, ReportFacts> = {
      a: facts({ eventDate: '2024-04-25', region: { code: '440300', name: '深圳市' }, kind: 'seminar', attendeeCount: 40 }),
      b: facts({ eventDate: '2024-01-01', region: { code: '110000', name: '北京市' }, kind: 'training', attendeeCount: 9 }),
    };
    const s = scoreReports(reports, (t) => got[t]);
    expect(s.fields.eventDate).toEqual({ score: 1, detail: '1/1' });
    expect(s.fields.attendeeCount.score).toBe(1);
    expect(s.fields.region.score).toBe(0.5);
    expect(s.fields.kind.score).toBe(0.5);
    expect(s.misses.map((m) => `${m.id} ${m.field}`)).toEqual(['a kind', 'b region']);
  });

  it('matches people across scripts and titles without their organisation, statistics on value and unit', () => {
    const reports = [
      report('a', {
        people: [
          { name: '申长雨', title: '国家知识产权局局长' },
          { name: '李云', title: '绵阳市委副书记、市长' },
        ],
        statistics: [{ value: 235100, unit: '件' }],
        agreements: ['共建合作协议'],
      }),
    ];
    const s = scoreReports(reports, () =>
      facts({
        people: [
          { name: '申長雨', title: '局长' },
          { name: '李云', title: '副市长' },
        ],
        statistics: [
          { indicator: '专利授权量', value: 235100, unit: '件', year: null, region: null },
          { indicator: '增长', value: 21, unit: '%', year: null, region: null },
        ],
        agreements: ['共建合作协议'],
      }),
    );
    expect(s.fields.people.score).toBeCloseTo(0.5);
    expect(s.fields.statistics.score).toBeCloseTo(2 / 3);
    expect(s.fields.agreements.score).toBe(1);
  });

  it('prints one column per set with the mean', () => {
    const s = scoreReports([report('a', { kind: 'summit' })], () => facts({ kind: 'summit' }));
    const table = scoreTable([{ name: 'dev', score: s }]);
    expect(table).toContain('| event kind | 1.00 (1/1) |');
    expect(table).toContain('| **mean** | **1.00** |');
  });
});
