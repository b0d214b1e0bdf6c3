/*
 * Shenzhen, the demo city. Its 2023 records are generated so that the indicators computed from
 * them equal the figures published in seed 002 (with the published baselines); the years before
 * come as published figures (approximately the city's statistical yearbooks). Districts are
 * weighted roughly as in reality. Every row is labelled as demo data where it is not published.
 */

export const SZ = '440300';
export const SZ_DISTRICTS = ['440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310', '440311'];

/** Shares of the districts (罗湖 福田 南山 宝安 龙岗 盐田 龙华 坪山 光明) by kind of record. */
export const DISTRICT_WEIGHTS = {
  invention: [0.03, 0.09, 0.38, 0.14, 0.22, 0.01, 0.07, 0.032, 0.028],
  other: [0.035, 0.085, 0.2, 0.27, 0.19, 0.01, 0.13, 0.042, 0.038],
  trademark: [0.08, 0.17, 0.23, 0.21, 0.16, 0.01, 0.09, 0.02, 0.03],
  pct: [0.01, 0.05, 0.45, 0.08, 0.33, 0.005, 0.04, 0.02, 0.015],
};

/** Seed 002's 2023 figures, as the counts the records must add up to. */
export const SZ_2023 = {
  inventionsInForce: 300_380, // 150.38 per km² × 1,997.47 km²
  inventionGrants: 62_100,
  utilityModelGrants: 139_800,
  designGrants: 33_200, // domestic grants 235,100 = 23.51万件, 6.79 per 100M yuan of 34,606.40
  highValue: 174_983, // 98.36 per 10,000 of 1,779.01万
  lapsedIn2023: 9_000,
  foreignInventions: 1_620,
  foreignInventionGrants: 400,
  foreignUtilityModels: 300,
  foreignDesigns: 200,
  trademarks: 249_400,
  foreignTrademarks: 300, // all holders 249,700 = 24.97万件
  pct: 15_850,
  foreignPct: 50, // all applicants 15,900 = 1.59万件
  trademarksInForce: 2_650_000,
  nationalHighValue: 1_663_411, // 11.80 per 10,000 of 140,967万
};

/** Year: [domestic grants, domestic inventions in force, PCT, trademark registrations, trademarks in force, high-value inventions]. */
export const SZ_HISTORY: Record<number, [number, number, number, number, number, number]> = {
  2003: [4937, 1600, 460, 12000, 60000, 300],
  2004: [7737, 2300, 1400, 15000, 72000, 450],
  2005: [8983, 3400, 2800, 18000, 86000, 650],
  2006: [11494, 6300, 4300, 22000, 104000, 1100],
  2007: [15552, 9900, 5200, 26000, 125000, 1800],
  2008: [18805, 15300, 6300, 30000, 150000, 2900],
  2009: [25894, 22500, 3800, 35000, 180000, 4300],
  2010: [34951, 33000, 5600, 42000, 216000, 6500],
  2011: [39363, 45000, 7900, 52000, 260000, 9300],
  2012: [48662, 56000, 8000, 62000, 312000, 12500],
  2013: [49756, 65000, 10049, 75000, 375000, 16000],
  2014: [53687, 76000, 11646, 95000, 450000, 20500],
  2015: [72120, 93000, 13308, 135000, 560000, 26500],
  2016: [75043, 112000, 19648, 190000, 720000, 34000],
  2017: [94250, 130000, 20457, 270000, 950000, 44000],
  2018: [140202, 150000, 18081, 370000, 1250000, 56000],
  2019: [166609, 170000, 17459, 380000, 1560000, 72000],
  2020: [222412, 195000, 20209, 420000, 1900000, 95000],
  2021: [279177, 220000, 17443, 360000, 2200000, 125000],
  2022: [275774, 245000, 15892, 290000, 2450000, 150000],
};

/** Year: [year-end resident population 万人, GDP 亿元, land area km²]. */
export const SZ_BASELINES: Record<number, [number, number, number]> = {
  2003: [778.27, 3585.72, 1952.84], 2004: [800.8, 4282.14, 1952.84], 2005: [827.75, 4950.91, 1952.84], 2006: [871.1, 5813.56, 1952.84],
  2007: [912.37, 6801.57, 1952.84], 2008: [954.28, 7786.79, 1952.84], 2009: [995.01, 8201.32, 1952.84], 2010: [1037.2, 9581.51, 1991.64],
  2011: [1046.74, 11505.53, 1991.64], 2012: [1054.74, 12950.06, 1991.64], 2013: [1062.89, 14500.23, 1996.85], 2014: [1077.89, 16001.82, 1996.85],
  2015: [1137.87, 17502.86, 1996.85], 2016: [1190.84, 19492.6, 1997.27], 2017: [1252.83, 22490.06, 1997.47], 2018: [1302.66, 24221.98, 1997.47],
  2019: [1343.88, 26927.09, 1997.47], 2020: [1763.38, 27670.24, 1997.47], 2021: [1768.16, 30664.85, 1997.47], 2022: [1766.18, 32387.68, 1997.47],
  2023: [1779.01, 34606.4, 1997.47],
};

/** 2023 district baselines (approximate): population 万人, GDP 亿元, area km². */
export const DISTRICT_BASELINES: Record<string, [number, number, number]> = {
  '440303': [110.4, 2722, 78.76],
  '440304': [153.7, 6209, 78.66],
  '440305': [182.8, 8800, 187.53],
  '440306': [451.1, 4950, 397.48],
  '440307': [398.3, 4800, 388.21],
  '440308': [21.5, 855, 74.64],
  '440309': [253.1, 3091, 175.58],
  '440310': [55.1, 1200, 167.0],
  '440311': [115.0, 1620, 155.44],
};

/** Geographical indications of Shenzhen (demo records). */
export const SZ_GIS: [string, string, string, string, string][] = [
  ['GI2004-044', '南山荔枝', 'product', '440305', '2004-12-28'],
  ['GI2008-112', '沙井蚝', 'trademark', '440306', '2008-06-14'],
  ['GI2016-031', '光明乳鸽', 'trademark', '440311', '2016-09-21'],
];

/** Shares of the three patent types in domestic grants, by year (inventions grew as a share). */
export function typeShares(year: number): [number, number, number] {
  const inv = 0.1 + 0.008 * (year - 2003);
  return [inv, (1 - inv) * 0.81, (1 - inv) * 0.19];
}
