import { CustomsRightKindLabels } from '../../../common/enforcement-agency';
import { DetentionRightLabels, type EnforcementFigures, type EnforcementStats } from '../../../common/enforcement-stats';
import { type ExportColumn, type ExportSheet, MONEY_FORMAT } from '../../platform/excel';

const yuan = (fen: number) => fen / 100;

/** The figure columns every sheet shares. */
function figureColumns<T extends EnforcementFigures>(): ExportColumn<T>[] {
  return [
    { header: '收到案件', value: (r) => r.casesReceived },
    { header: '立案', value: (r) => r.casesOpened },
    { header: '结案', value: (r) => r.casesClosed },
    { header: '处罚决定', value: (r) => r.penalties },
    { header: '罚款（元）', width: 16, numFmt: MONEY_FORMAT, value: (r) => yuan(r.fineFen) },
    { header: '没收违法所得（元）', width: 18, numFmt: MONEY_FORMAT, value: (r) => yuan(r.confiscatedFen) },
    { header: '移送公安', value: (r) => r.transfers },
    { header: '公安立案', value: (r) => r.transfersOpened },
    { header: '不予立案（终局）', width: 16, value: (r) => r.transfersRefused },
    { header: '移送待决定', value: (r) => r.transfersPending },
    { header: '收到线索', value: (r) => r.cluesReceived },
    { header: '已反馈线索', value: (r) => r.cluesAnswered },
    { header: '线索平均反馈天数', width: 16, value: (r) => r.clueAnswerDays },
    { header: '海关扣留', value: (r) => r.detentions },
  ];
}

type AgencyRow = EnforcementStats['byAgency'][number];
type DistrictRow = EnforcementStats['byDistrict'][number];
type RightRow = EnforcementStats['detentionsByRight'][number];

/** The statistics page as sheets: per agency, per district, detentions by the kind of right. */
export function statisticsSheets(s: EnforcementStats): ExportSheet<unknown>[] {
  const agency: ExportSheet<AgencyRow> = { name: `${s.year}年按执法机关`, columns: [{ header: '单位', width: 36, value: (r) => r.org.name }, ...figureColumns<AgencyRow>()], rows: s.byAgency };
  const district: ExportSheet<DistrictRow> = { name: `${s.year}年按地区`, columns: [{ header: '地区', width: 16, value: (r) => r.regionName }, ...figureColumns<DistrictRow>()], rows: s.byDistrict };
  const rights: ExportSheet<RightRow> = {
    name: `${s.year}年海关扣留按权利类型`,
    columns: [
      { header: '权利类型', width: 18, value: (r) => (r.rightKind === 'unrecorded' ? DetentionRightLabels.unrecorded.zh : CustomsRightKindLabels[r.rightKind].zh) },
      { header: '扣留批次', value: (r) => r.detentions },
      { header: '认定侵权没收', value: (r) => r.confiscated },
      { header: '申报货值（元）', width: 18, numFmt: MONEY_FORMAT, value: (r) => yuan(r.declaredValueFen) },
    ],
    rows: s.detentionsByRight,
  };
  return [agency, district, rights] as ExportSheet<unknown>[];
}
