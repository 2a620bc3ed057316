import { useCallback } from 'react';
import type { ReactNode } from 'react';
import type { IntlShape } from 'react-intl';
import { create } from 'zustand';
import { DEFAULT_LOCALE, isLocale, localeFromPreferred, type LanguageChoice, type LanguageState, type Locale } from '../../shared/i18n/locales';
import { bridge } from '../bridge';
import type { Msg } from './define';
import type { LocaleBundle } from './bundle';
import { simpleFormat, type Values } from './simpleFormat';

interface I18nState {
  /** The language shown now. */
  locale: Locale;
  /** react-intl for `locale`; null until its chunk has loaded (startup screens then format English themselves). */
  intl: IntlShape | null;
  /** The translated messages and help content of `locale`; null for English, which lives beside the code. */
  bundle: LocaleBundle | null;
  /** What main said: where the language comes from (null until it answered). */
  language: LanguageState | null;
}

export const useI18n = create<I18nState>(() => ({ locale: DEFAULT_LOCALE, intl: null, bundle: null, language: null }));

/** The language last shown here: the next start paints in it straight away (main then confirms it). */
const REMEMBERED = 'allydesk:locale';

/** The language to paint the first screen in, before main has answered. */
export function initialLocale(): Locale {
  try {
    const remembered = localStorage.getItem(REMEMBERED);
    if (isLocale(remembered)) return remembered;
  } catch {
    // No storage (a locked-down profile): the browser's languages decide.
  }
  return typeof navigator === 'undefined' ? DEFAULT_LOCALE : localeFromPreferred(navigator.languages ?? [navigator.language]);
}

let loading: { locale: Locale; done: Promise<void> } | null = null;
/** The pseudo-locale is on (test hooks only: see startPseudoLocale): every language shows its text instead. */
let pseudo = false;

/**
 * Shows `locale`: loads react-intl and, for a language other than English, its bundle (messages and
 * help content, one chunk per language), then swaps them in at once, so the whole app changes
 * language together without a restart.
 */
export function activate(locale: Locale): Promise<void> {
  const current = useI18n.getState();
  if (current.locale === locale && current.intl && !pseudo) return Promise.resolve();
  if (loading?.locale === locale) return loading.done;
  const done = (async () => {
    const [{ makeIntl }, bundle] = await Promise.all([
      import('./intl'),
      pseudo
        ? import('./pseudo').then((module) => module.pseudoBundle())
        : locale === DEFAULT_LOCALE
          ? Promise.resolve(null)
          : import('./es/index').then((module) => module.bundle),
    ]);
    if (loading?.locale !== locale) return; // a later choice won
    useI18n.setState({ locale, bundle, intl: makeIntl(locale, bundle?.messages ?? {}) });
    document.documentElement.lang = locale;
    try {
      localStorage.setItem(REMEMBERED, locale);
    } catch {
      // Not remembered: the next start paints in the browser's language first.
    }
  })();
  loading = { locale, done };
  return done.finally(() => {
    if (loading?.done === done) loading = null;
  });
}

/** Resolves once react-intl is there for the language shown (lazy screens wait for it before rendering). */
export function intlReady(): Promise<void> {
  const { intl, locale } = useI18n.getState();
  if (intl) return Promise.resolve();
  return loading?.done ?? activate(locale);
}

function apply(state: LanguageState) {
  useI18n.setState({ language: state });
  return activate(state.locale);
}

let started = false;
/** Asks main which language is in force (policy → Settings → system) and follows its changes. */
export async function startLanguage(): Promise<void> {
  if (started) return;
  started = true;
  bridge().on('language:changed', (state) => void apply(state));
  const reply = await bridge().invoke('language:get', { browserLanguages: [...(navigator.languages ?? [])].slice(0, 20) });
  // No answer: keep what is shown, but load react-intl for it.
  await (reply.ok ? apply(reply.data) : activate(useI18n.getState().locale));
  await startPseudoLocale();
}

/**
 * The pseudo-locale (longer, accented, bracketed text) for the layout checks of the end-to-end
 * tests: asked for with `?pseudo` in the address, shown only when main has test hooks on (its
 * `test:pseudoLocale` channel exists only then); otherwise nothing changes.
 */
export async function startPseudoLocale(): Promise<boolean> {
  if (typeof location === 'undefined' || !new URLSearchParams(location.search).has('pseudo')) return false;
  const reply = await bridge().invoke('test:pseudoLocale', undefined);
  if (!reply.ok) return false;
  pseudo = true;
  loading = null;
  await activate(useI18n.getState().locale);
  return true;
}

/** The choice in Settings: saved by main, applied here at once. */
export async function chooseLanguage(choice: LanguageChoice): Promise<{ ok: true } | { ok: false; message: string }> {
  const reply = await bridge().invoke('language:set', { choice });
  if (!reply.ok) return { ok: false, message: reply.error.message };
  await apply(reply.data);
  return { ok: true };
}

export interface Translate {
  (message: Msg, values?: Record<string, string | number | Date>): string;
  (message: Msg, values: Values): ReactNode;
}

/** The formatter for the language shown: `t(messages.key, values)`. Re-renders the caller when the language changes. */
export function useT(): Translate {
  const intl = useI18n((s) => s.intl);
  return useCallback(
    ((message: Msg, values?: Values) =>
      intl ? intl.formatMessage(message, values as Record<string, string>) : simpleFormat(message.defaultMessage, values)) as Translate,
    [intl],
  );
}

export const useLocale = () => useI18n((s) => s.locale);

/** Tests start each case in English with no language loaded. */
export function resetI18n() {
  started = false;
  loading = null;
  useI18n.setState({ locale: DEFAULT_LOCALE, intl: null, bundle: null, language: null });
}

/** The help content of the language shown (undefined: English, the records in shared/content/). */
export const useContent = () => useI18n((s) => s.bundle?.content);
