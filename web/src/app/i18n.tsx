import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { z } from 'zod';

export type Locale = 'zh' | 'en';
export type Messages = Record<string, string>;

const dictionaries: Record<Locale, Messages> = { zh: {}, en: {} };

/** Adds a module's messages; keys are dotted (`org.list.title`), Chinese is the default. */
export function registerMessages(m: { zh: Messages; en: Messages }): void {
  Object.assign(dictionaries.zh, m.zh);
  Object.assign(dictionaries.en, m.en);
}

const STORAGE_KEY = 'zhichan.locale';

function initialLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' ? 'en' : 'zh';
}

function applyZodLocale(locale: Locale): void {
  z.config(locale === 'en' ? z.locales.en() : z.locales.zhCN());
}

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The message for `key` in the current language, with {name} placeholders filled in. */
  t: (key: string, vars?: Record<string, string | number>) => string;
  /** The label of an enum value from a { zh, en } table in common/. */
  label: (labels: { zh: string; en: string } | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Translates outside React (e.g. in table column factories that receive `t`). */
export function translate(locale: Locale, key: string, vars?: Record<string, string | number>): string {
  let text = dictionaries[locale][key] ?? dictionaries.zh[key] ?? key;
  if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const l = initialLocale();
    applyZodLocale(l);
    return l;
  });
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem(STORAGE_KEY, l);
    applyZodLocale(l);
    document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
    setLocaleState(l);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, vars) => translate(locale, key, vars),
      label: (labels) => (labels ? labels[locale] : ''),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
