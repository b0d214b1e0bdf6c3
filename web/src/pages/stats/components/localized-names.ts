import { type IndicatorId, indicatorInfo } from '../../../../../common/indicators';
import { peerLabelEn } from '../../../../../common/stats-format';
import { useI18n } from '../../../app/i18n';

const CHILD_LEVEL_EN: Record<string, string> = { 市: 'city', 区县: 'district' };

/** Names indicators in the current language (the catalogue holds both). */
export function useIndicatorName(): (id: IndicatorId) => string {
  const { label } = useI18n();
  return (id) => {
    const info = indicatorInfo(id);
    return label({ zh: info.name, en: info.nameEn });
  };
}

/** Peer groups and sub-region levels, which the server names in Chinese, in the current language. */
export function useRegionWords(): { peer: (label: string | null | undefined) => string; childLevel: (level: string) => string } {
  const { locale } = useI18n();
  return {
    peer: (label) => (label ? (locale === 'en' ? peerLabelEn(label) : label) : ''),
    childLevel: (level) => (locale === 'en' ? (CHILD_LEVEL_EN[level] ?? level) : level),
  };
}
