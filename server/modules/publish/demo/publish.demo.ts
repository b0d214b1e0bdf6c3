import { isInRegion } from '../../../../common/region';
import { type IngestSave, meetingKindFor } from '../../../../common/publish-ingest';
import type { DemoContext } from '../../../demo/demo-context';
import type { Actor } from '../../../platform/access';
import type { PlatformContext } from '../../../platform/context';
import { analyseReport, type ReportAnalysis, toSimplified } from '../../../platform/text/index';
import type { Services } from '../../deps';
import { DEMO_REPORTS } from './publish-reports';

/** What the office would send from the ingest page for a seed report, accepting what the toolkit read. */
export function ingestOf(r: ReportAnalysis, actor: Actor): IngestSave {
  const f = r.facts;
  // The city's portal publishes in simplified script, as its editors would retype a report from a
  // traditional-script source; the report as found stays in originalText.
  const title = toSimplified(r.displayTitle ?? f.title ?? '（无标题）');
  const body = toSimplified(r.body);
  const firstSentence = body.split(/(?<=[。！？])/)[0]?.trim() ?? '';
  // The meeting record needs a date and a region the office manages.
  const meeting =
    f.eventDate && f.region && isInRegion(f.region.code, actor.regionCode)
      ? {
          title: f.title ?? title,
          kind: meetingKindFor(f.kind),
          startsAt: f.eventDate,
          regionCode: f.region.code,
          venue: f.venue,
          mode: f.mode,
          attendeeCount: f.attendeeCount,
          onlineAudience: f.onlineAudience,
          attendees: f.people.map((p) => ({ name: p.name, title: p.title.slice(0, 100) })),
          agreements: f.agreements.map((a) => ({ title: a, kind: /框架/.test(a) ? ('framework' as const) : /备忘录/.test(a) ? ('memorandum' as const) : ('agreement' as const), parties: [] })),
          unveilings: f.unveilings,
          orgs: f.eventOrgs,
        }
      : null;
  return {
    article: {
      title: title.slice(0, 200),
      summary: firstSentence.length > 120 ? `${firstSentence.slice(0, 118)}…` : firstSentence || null,
      body,
      source: f.source,
      sourceUrl: null,
      eventKind: f.kind,
      eventDate: f.eventDate,
      sourceDate: f.publishDate,
      eventRegionCode: f.region?.code ?? null,
      originalText: r.original,
    },
    status: 'published',
    meeting,
    figures: f.statistics.map((s) => ({ indicator: s.indicator, value: s.value, unit: s.unit, year: s.year, regionCode: s.region?.code ?? null })),
    facts: f,
  };
}

/** The demo city's news: the five seed reports ingested through the toolkit, and a top-ten list when there is enough to pick from. */
export async function seedPublishDemo(p: PlatformContext, s: Services, demo: DemoContext): Promise<void> {
  const office = demo.officeActor;
  for (const report of DEMO_REPORTS) {
    const analysis = analyseReport(report.text);
    const input = ingestOf(analysis, office);
    // The conference demo may have recorded the meeting already: link it rather than record it twice.
    const existing = input.meeting ? await s.publish.ingest.existingMeetings(office, analysis.facts) : [];
    if (existing.length > 0) Object.assign(input, { meeting: null, linkMeetingId: existing[0].id });
    try {
      await s.publish.ingest.save(office, input);
    } catch (err) {
      // The meeting side belongs to the conference module; the news still goes in without it.
      p.logger.warn({ err: err instanceof Error ? err.message : String(err), file: report.file }, 'demo: meeting of a seed report not recorded');
      await s.publish.ingest.save(office, { ...input, meeting: null });
    }
  }
  // The year with most to pick from (the conference demo's meetings and the seed articles).
  let year = 0;
  let candidates: Awaited<ReturnType<typeof s.publish.topTen.candidates>> = [];
  for (const y of [2022, 2023, 2024, 2025]) {
    const c = await s.publish.topTen.candidates(office, office.regionCode, y);
    if (c.length > candidates.length) [year, candidates] = [y, c];
  }
  if (candidates.length >= 3) {
    const items = candidates.slice(0, 10).map((c) => ({ type: c.type, id: c.id, title: c.title.slice(0, 200), summary: c.summary?.slice(0, 500) ?? null }));
    await s.publish.topTen.save(office, year, { regionCode: office.regionCode, items });
    await s.publish.topTen.setPublished(office, year, office.regionCode, true);
  }
}
