import type { MatchReason, VolunteerLanguage, VolunteerSkill } from '../../../../common/services-volunteer';
import { VolunteerLanguageLabels, VolunteerSkillLabels } from '../../../../common/services-volunteer';

/**
 * How much each reason weighs. The skill a request needs weighs most: a volunteer without it is
 * rarely of use. Serving the very district beats serving the whole city, and a language the request
 * asks for weighs like a district. Each case the volunteer already has costs points, so that the
 * work spreads; a volunteer at their limit sinks to the bottom instead of disappearing, so the
 * office sees why.
 */
export const MATCH_WEIGHTS = { skill: 50, district: 25, cityWide: 10, language: 20, perActive: 8, full: -100 } as const;

/** What the matching needs to know of a request. */
export interface MatchRequest {
  skill: VolunteerSkill;
  language: VolunteerLanguage | null;
  districtCode: string;
  /** The city code (e.g. 440300): volunteers listing it serve every district. */
  cityCode: string;
}

/** What the matching needs to know of a volunteer. */
export interface MatchCandidate {
  id: string;
  skills: readonly string[];
  languages: readonly string[];
  districts: readonly string[];
  activeCount: number;
  maxActive: number;
}

/** A candidate's score with the reasons that make it up. */
export interface Scored<C extends MatchCandidate> {
  candidate: C;
  score: number;
  reasons: MatchReason[];
}

/** The score of one volunteer for one request, and why. */
export function scoreCandidate<C extends MatchCandidate>(req: MatchRequest, c: C): Scored<C> {
  const reasons: MatchReason[] = [];
  const add = (r: MatchReason) => reasons.push(r);
  const skill = VolunteerSkillLabels[req.skill];
  if (c.skills.includes(req.skill)) add({ code: 'skill', points: MATCH_WEIGHTS.skill, zh: `擅长${skill.zh}`, en: `Skilled in ${skill.en.toLowerCase()}` });
  if (c.districts.includes(req.districtCode)) add({ code: 'district', points: MATCH_WEIGHTS.district, zh: '服务所在区', en: 'Serves the district' });
  else if (c.districts.includes(req.cityCode)) add({ code: 'cityWide', points: MATCH_WEIGHTS.cityWide, zh: '全市范围服务', en: 'Serves the whole city' });
  if (req.language) {
    const lang = VolunteerLanguageLabels[req.language];
    if (c.languages.includes(req.language)) add({ code: 'language', points: MATCH_WEIGHTS.language, zh: `会${lang.zh}`, en: `Speaks ${lang.en}` });
    else add({ code: 'noLanguage', points: 0, zh: `不会${lang.zh}`, en: `Does not speak ${lang.en}` });
  }
  if (c.activeCount >= c.maxActive) add({ code: 'full', points: MATCH_WEIGHTS.full, zh: `已满额（在办${c.activeCount}件）`, en: `At capacity (${c.activeCount} active)` });
  else add({ code: 'load', points: -MATCH_WEIGHTS.perActive * c.activeCount, zh: `当前在办${c.activeCount}件`, en: `${c.activeCount} active now` });
  return { candidate: c, score: reasons.reduce((s, r) => s + r.points, 0), reasons };
}

/** Candidates ranked best first: by score, then fewer active cases, then id so the order is stable. */
export function rankCandidates<C extends MatchCandidate>(req: MatchRequest, candidates: readonly C[], limit: number): Scored<C>[] {
  return candidates
    .map((c) => scoreCandidate(req, c))
    .sort((a, b) => b.score - a.score || a.candidate.activeCount - b.candidate.activeCount || (a.candidate.id < b.candidate.id ? -1 : 1))
    .slice(0, limit);
}
