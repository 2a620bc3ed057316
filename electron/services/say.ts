import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales';
import { catalogCount, catalogText, type EnglishTable, type MainCatalog, type PluralKey, type TextKey, type ValuesArg } from '../../shared/i18n/main/catalog';

/*
 * Main's messages are written in the language in force at the moment they are raised. compose.ts
 * registers the language service's `locale` here once; services only ask `say(id, values)`, so they
 * need neither the language service nor (never) the renderer's store. Without a registration (unit
 * tests of one service) main speaks English.
 */
let localeNow: () => Locale = () => DEFAULT_LOCALE;

/** Makes `getter` the source of main's language; returns a function that puts the previous one back. */
export function speakIn(getter: () => Locale): () => void {
  const before = localeNow;
  localeNow = getter;
  return () => void (localeNow = before);
}

/** The language main speaks right now (for times and dates written into a message). */
export const spokenLocale = (): Locale => localeNow();

export interface Sayer<En extends EnglishTable> {
  /** The text of `key` in the language in force, its `{name}`s filled in. */
  <K extends TextKey<En>>(key: K, ...values: ValuesArg<En[K]>): string;
  /** A count by its CLDR plural form, in the language in force ("3 intentos"). */
  count(key: PluralKey<En>, count: number): string;
}

/** An area's `say`, reading the language in force each time it speaks. */
export function sayerFor<En extends EnglishTable>(catalog: MainCatalog<En>): Sayer<En> {
  const say = (<K extends TextKey<En>>(key: K, ...values: ValuesArg<En[K]>) => catalogText(catalog, localeNow(), key, ...values)) as Sayer<En>;
  say.count = (key, count) => catalogCount(catalog, localeNow(), key, count);
  return say;
}
