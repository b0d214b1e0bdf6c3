import { INDICATORS } from '../../../../../common/indicators';
import { peerLabelEn } from '../../../../../common/stats-format';
import { useI18n } from '../../../app/i18n';

const BY_ID = new Map<string, (typeof INDICATORS)[number]>(INDICATORS.map((i) => [i.id, i]));
const CHILD_LEVEL_EN: Record<string, string> = { 市: 'city', 区县: 'district' };

/** Names indicators in the current language (the catalogue holds both); an unknown id answers `fallback`. */
export function useIndicatorName(): (id: string | undefined, fallback?: string) => string {
  const { label } = useI18n();
  return (id, fallback = '') => {
    const info = id === undefined ? undefined : BY_ID.get(id);
    return info ? label({ zh: info.name, en: info.nameEn }) : fallback;
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
