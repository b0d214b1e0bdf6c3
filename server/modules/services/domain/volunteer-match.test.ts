import { describe, expect, it } from 'vitest';
import { MATCH_WEIGHTS, rankCandidates, scoreCandidate, type MatchCandidate, type MatchRequest } from './volunteer-match';

const req: MatchRequest = { skill: 'overseas', language: 'en', districtCode: '440310', cityCode: '440300' };
const v = (id: string, over: Partial<MatchCandidate> = {}): MatchCandidate => ({ id, skills: ['overseas'], languages: ['en'], districts: ['440310'], activeCount: 0, maxActive: 3, ...over });

describe('volunteer matching', () => {
  it('ranks by skill first, then district, then language, then current load', () => {
    const ranked = rankCandidates(
      req,
      [
        v('no-skill', { skills: ['trademark'] }),
        v('city-wide', { districts: ['440300'] }),
        v('other-district', { districts: ['440305'] }),
        v('no-language', { languages: [] }),
        v('busy', { activeCount: 2 }),
        v('best'),
      ],
      10,
    );
    expect(ranked.map((r) => r.candidate.id)).toEqual(['best', 'city-wide', 'busy', 'no-language', 'other-district', 'no-skill']);
  });

  it('gives the reasons behind each score, adding up to it', () => {
    const s = scoreCandidate(req, v('a', { activeCount: 1 }));
    expect(s.reasons.map((r) => r.code)).toEqual(['skill', 'district', 'language', 'load']);
    expect(s.reasons.map((r) => r.zh)).toEqual(['擅长海外纠纷应对', '服务所在区', '会英语', '当前在办1件']);
    expect(s.score).toBe(MATCH_WEIGHTS.skill + MATCH_WEIGHTS.district + MATCH_WEIGHTS.language - MATCH_WEIGHTS.perActive);
    expect(scoreCandidate(req, v('b', { languages: ['ja'] })).reasons.map((r) => r.code)).toContain('noLanguage');
  });

  it('puts a volunteer at their limit last and says so', () => {
    const ranked = rankCandidates(req, [v('full', { activeCount: 3 }), v('weak', { skills: [], districts: [], languages: [] })], 10);
    expect(ranked.map((r) => r.candidate.id)).toEqual(['weak', 'full']);
    expect(ranked[1].reasons.find((r) => r.code === 'full')?.zh).toBe('已满额（在办3件）');
  });

  it('breaks ties by fewer active cases, then by id, and keeps only the limit', () => {
    const ranked = rankCandidates({ ...req, language: null }, [v('b'), v('a'), v('c')], 2);
    expect(ranked.map((r) => r.candidate.id)).toEqual(['a', 'b']);
  });
});
