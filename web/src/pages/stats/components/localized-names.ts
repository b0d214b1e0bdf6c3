import { type IndicatorId, indicatorInfo } from '../../../../../common/indicators';
import { peerLabelEn } from '../../../../../common/stats-format';
import { useI18n } from '../../../app/i18n';
import { regionNameEn } from './region-name-en';

const CHILD_LEVEL_EN: Record<string, string> = { 市: 'city', 区县: 'district' };

/** Names indicators in the current language (the catalogue holds both). */
export function useIndicatorName(): (id: IndicatorId) => string {
  const { label } = useI18n();
  return (id) => {
    const info = indicatorInfo(id);
    return label({ zh: info.name, en: info.nameEn });
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Peer groups and sub-region levels, which the server names in Chinese, in the current language. */
export function useRegionWords(): { peer: (label: string | null | undefined) => string; childLevel: (level: string) => string } {
  const { locale } = useI18n();
  return {
    // A peer group starts the line or title it is shown in: a capital in English (Cities of China 1 of 337).
    peer: (label) => (label ? (locale === 'en' ? capitalise(peerLabelEn(label, regionNameEn)) : label) : ''),
    childLevel: (level) => (locale === 'en' ? (CHILD_LEVEL_EN[level] ?? level) : level),
  };
}

// Units of counts: in English the indicator's name says what is counted (Patent grants 235,100).
const UNIT_EN: Record<string, string> = { 件: '', 个: '' };

/** An indicator's unit in the current language. */
export function unitIn(unit: string, locale: string): string {
  return locale === 'en' ? (UNIT_EN[unit] ?? unit) : unit;
}
