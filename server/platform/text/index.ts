// The Chinese text toolkit: clean (keeping the original), normalise to simplified, segment, and
// extract the facts of a report. Pure functions, no database. This file is its public face; the
// rest of the platform (the search index) and the modules import only from here.

export { toSimplified, normaliseForAnalysis, hanShare } from './script';
export { tokensForIndex, tokensForQuery, segment, TOKENS_VERSION, DOMAIN_TERMS } from './segment';
export { removePinyinAnnotations } from './pinyin-annotations';
export { stripBoilerplate } from './boilerplate';
export { repairDateMarkers, parseLooseDate, firstEventDate, isoDate, addDays } from './dates';
export { hostRegion, type RegionRef } from './host-region';
export { displayName as regionDisplayName, placeOf } from './gazetteer';
export { findPeople, type PersonTitle } from './people';
export { findOrganizations, orgOfTitle } from './orgs';
export { findAgreements, findUnveilings, findEventOrgs, findVenue, findMode, eventKindOf, type EventKind, type EventOrg, type Unveiling } from './events';
export { findFigures, findAttendeeCount, findOnlineAudience, scaleDecimal } from './figures';
export { analyseReport, type AnalyseOptions, type ReportAnalysis, type ReportFacts, type ReportStatistic } from './report';
export { readDocument, decodeText, htmlToText, DocumentError, DOCUMENT_EXTENSIONS, DOCUMENT_MAX_BYTES, TEXT_MAX_CHARS, type ReadDocument } from './document';
export { highlight, type Highlighted } from './highlight';
export { scoreReports, scoreTable, labelledReportSchema, reportLabelsSchema, SCORED_FIELDS, type LabelledReport, type ReportLabels, type SetScore, type FieldScore, type ScoredField } from './scoring';
export { confidenceOf, CONFIDENCE_FIELDS, type Confidence, type ConfidenceField } from './confidence';
