import { INDICATORS } from '../../../../../common/indicators';
import { useI18n } from '../../../app/i18n';

const BY_ID = new Map<string, (typeof INDICATORS)[number]>(INDICATORS.map((i) => [i.id, i]));

/** Names indicators in the current language (the catalogue holds both); an unknown id answers `fallback`. */
export function useIndicatorName(): (id: string | undefined, fallback?: string) => string {
  const { label } = useI18n();
  return (id, fallback = '') => {
    const info = id === undefined ? undefined : BY_ID.get(id);
    return info ? label({ zh: info.name, en: info.nameEn }) : fallback;
  };
}
