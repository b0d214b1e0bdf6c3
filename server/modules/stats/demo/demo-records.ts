import { DEFAULT_PLEDGE_THRESHOLD_YUAN } from '../compute.service';
import { Numberer, type PatentRecord, type PctRecord, type TrademarkRecord, holderName, patentTitle, randomIpc, randomSei } from './record-gen';
import { addDays, apportion, dateIn, Rng } from './rng';
import { DISTRICT_WEIGHTS, SZ_2023, SZ_DISTRICTS, SZ_HISTORY } from './shenzhen';

const CITY = '深圳市';
const THRESHOLD_FEN = DEFAULT_PLEDGE_THRESHOLD_YUAN * 100;

function districtOf(rng: Rng, weights: readonly number[]): string {
  return SZ_DISTRICTS[rng.weighted(weights)];
}

function fileDateBefore(rng: Rng, grant: string, type: PatentRecord['patent_type']): string {
  return addDays(grant, -(type === 'invention' ? rng.int(500, 1500) : rng.int(90, 420)));
}

/**
 * Shenzhen's patents for the demo: every invention in force at the end of 2023, those that lapsed
 * during 2023, and the 2023 grants of the other types. Exactly SZ_2023.highValue of the domestic
 * inventions in force are high-value (counted once however many of the five criteria they meet).
 */
export function* shenzhenPatents(seed = 2023): Generator<PatentRecord> {
  const rng = new Rng(seed);
  const numbers = new Numberer();
  const make = (type: PatentRecord['patent_type'], grant: string, foreign: boolean, weights: readonly number[]): PatentRecord => {
    const filed = fileDateBefore(rng, grant, type);
    return {
      application_no: numbers.patent(Number(filed.slice(0, 4)), type),
      patent_type: type,
      title: patentTitle(rng, type),
      application_date: filed,
      grant_date: grant,
      legal_status: 'valid',
      status_date: null,
      holder_name: foreign ? 'Global Tech Ltd.' : holderName(rng, CITY),
      holder_kind: foreign ? 'foreign' : rng.pick(['enterprise', 'enterprise', 'enterprise', 'enterprise', 'enterprise', 'enterprise', 'university', 'institute', 'individual'] as const),
      region_code: districtOf(rng, weights),
      main_ipc: type === 'design' ? null : randomIpc(rng),
      sei_code: null,
      overseas_family: false,
      pledge_amount: null,
      award: null,
    };
  };

  // Domestic inventions in force: 2023 grants, then the earlier ones spread like the growth of the stock.
  const years = Object.keys(SZ_HISTORY).map(Number).filter((y) => y >= 2006);
  const growth = years.map((y) => Math.max(1, SZ_HISTORY[y][1] - SZ_HISTORY[y - 1][1]));
  const perYear = apportion(SZ_2023.inventionsInForce - SZ_2023.inventionGrants, growth);
  const inForce: PatentRecord[] = [];
  years.forEach((y, i) => {
    for (let k = 0; k < perYear[i]; k++) {
      const p = make('invention', dateIn(rng, `${y}-01-01`, `${y}-12-31`), false, DISTRICT_WEIGHTS.invention);
      // A right lasts 20 years from filing: what is still in force was filed in 2004 or later.
      if (p.application_date < '2004-01-01') {
        p.application_date = dateIn(rng, '2004-01-01', addDays(p.grant_date!, -300));
        p.application_no = numbers.patent(Number(p.application_date.slice(0, 4)), 'invention');
      }
      inForce.push(p);
    }
  });
  for (let k = 0; k < SZ_2023.inventionGrants; k++) inForce.push(make('invention', dateIn(rng, '2023-01-01', '2023-12-31'), false, DISTRICT_WEIGHTS.invention));

  // Maintained more than ten years at the end of 2023 makes a patent high-value by itself; the rest get other criteria.
  const maintained = inForce.filter((p) => p.application_date <= '2013-12-30');
  const others = inForce.filter((p) => p.application_date > '2013-12-30');
  const extra = SZ_2023.highValue - maintained.length;
  if (extra < 0 || extra > others.length) throw new Error(`demo: cannot make ${SZ_2023.highValue} high-value patents from ${maintained.length} maintained and ${others.length} others`);
  for (let i = others.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [others[i], others[j]] = [others[j], others[i]];
  }
  others.forEach((p, i) => {
    if (i < extra) {
      const criterion = rng.weighted([0.7, 0.22, 0.06, 0.02]);
      if (criterion === 0 || rng.chance(0.1)) p.sei_code = randomSei(rng);
      if (criterion === 1 || rng.chance(0.05)) p.overseas_family = true;
      if (criterion === 2) p.pledge_amount = THRESHOLD_FEN + rng.int(0, 40) * 100_000_000;
      if (criterion === 3) p.award = rng.chance(0.8) ? 'chinaPatentAward' : 'nationalSciTech';
    } else if (rng.chance(0.01)) {
      p.pledge_amount = rng.int(10, 400) * 1_000_000; // pledged, but below the threshold
    }
  });
  maintained.forEach((p) => {
    if (rng.chance(0.4)) p.sei_code = randomSei(rng);
  });
  yield* inForce;

  for (let k = 0; k < SZ_2023.lapsedIn2023; k++) {
    const p = make('invention', dateIn(rng, '2012-01-01', '2021-12-31'), false, DISTRICT_WEIGHTS.invention);
    yield { ...p, legal_status: 'lapsed', status_date: dateIn(rng, '2023-01-01', '2023-12-31') };
  }
  for (let k = 0; k < SZ_2023.utilityModelGrants; k++) yield make('utilityModel', dateIn(rng, '2023-01-01', '2023-12-31'), false, DISTRICT_WEIGHTS.other);
  for (let k = 0; k < SZ_2023.designGrants; k++) yield make('design', dateIn(rng, '2023-01-01', '2023-12-31'), false, DISTRICT_WEIGHTS.other);
  for (let k = 0; k < SZ_2023.foreignInventions; k++) {
    const grant = k < SZ_2023.foreignInventionGrants ? dateIn(rng, '2023-01-01', '2023-12-31') : dateIn(rng, '2015-01-01', '2022-12-31');
    yield make('invention', grant, true, DISTRICT_WEIGHTS.invention);
  }
  for (let k = 0; k < SZ_2023.foreignUtilityModels; k++) yield make('utilityModel', dateIn(rng, '2023-01-01', '2023-12-31'), true, DISTRICT_WEIGHTS.other);
  for (let k = 0; k < SZ_2023.foreignDesigns; k++) yield make('design', dateIn(rng, '2023-01-01', '2023-12-31'), true, DISTRICT_WEIGHTS.other);
}

/** Shenzhen's trademarks registered in 2023. */
export function* shenzhenTrademarks(seed = 2024): Generator<TrademarkRecord> {
  const rng = new Rng(seed);
  const numbers = new Numberer();
  for (let k = 0; k < SZ_2023.trademarks + SZ_2023.foreignTrademarks; k++) {
    const foreign = k >= SZ_2023.trademarks;
    yield {
      registration_no: numbers.trademark(),
      nice_class: rng.weighted([1, 1, 1, 1, 1, 1, 1, 1, 12, 3, 3, 1, 1, 1, 1, 1, 1, 3, 1, 3, 3, 1, 1, 3, 8, 1, 1, 3, 3, 5, 1, 3, 2, 1, 9, 2, 1, 2, 1, 1, 5, 6, 3, 1, 1]) + 1,
      mark_name: `${rng.pick(['鹏', '智', '芯', '云', '海', '星'])}${rng.pick(['途', '联', '达', '创', '享', '悦'])}`,
      holder_name: foreign ? 'Global Brands Ltd.' : holderName(rng, CITY),
      holder_kind: foreign ? 'foreign' : rng.chance(0.88) ? 'enterprise' : 'individual',
      region_code: districtOf(rng, DISTRICT_WEIGHTS.trademark),
      registration_date: dateIn(rng, '2023-01-01', '2023-12-31'),
      status: 'registered',
      status_date: null,
      madrid: rng.chance(0.01),
    };
  }
}

/** Shenzhen's PCT applications filed in 2023. */
export function* shenzhenPct(seed = 2025): Generator<PctRecord> {
  const rng = new Rng(seed);
  const numbers = new Numberer();
  for (let k = 0; k < SZ_2023.pct + SZ_2023.foreignPct; k++) {
    const foreign = k >= SZ_2023.pct;
    yield {
      pct_no: numbers.pct(2023),
      filing_date: dateIn(rng, '2023-01-01', '2023-12-31'),
      applicant_name: foreign ? 'Global Tech Ltd.' : holderName(rng, CITY),
      holder_kind: foreign ? 'foreign' : rng.chance(0.95) ? 'enterprise' : 'university',
      region_code: districtOf(rng, DISTRICT_WEIGHTS.pct),
      main_ipc: randomIpc(rng),
      title: patentTitle(rng, 'invention'),
    };
  }
}
