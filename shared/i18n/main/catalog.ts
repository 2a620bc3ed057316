import { DEFAULT_LOCALE, type Locale } from '../locales';
import type { PluralForms } from '../notifications';

/**
 * How main-process messages (errors, field errors, refusals) are written: one catalog per area, its
 * English and es-US tables side by side. A text names the values main fills in as `{name}`; a count
 * that needs a plural is its own entry of CLDR plural forms, `#` standing for the number. The types
 * make the Spanish table have every English key, a text where English has a text (with the same
 * `{name}`s) and plural forms where English has them; main.test.ts checks the same at run time.
 */
export type { PluralForms };
export type EnglishTable = Readonly<Record<string, string | PluralForms>>;

/** The `{name}`s of a text, as a union of names ("portal" | "time"). */
export type Placeholders<Text> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** What a translation of `En` must look like: same keys, and each text with exactly English's `{name}`s. */
export type TranslationOf<En extends EnglishTable, Tr> = {
  readonly [K in keyof En]: En[K] extends string
    ? K extends keyof Tr
      ? Same<Placeholders<En[K]>, Placeholders<Tr[K]>> extends true
        ? Tr[K]
        : `needs exactly the placeholders of: ${En[K]}`
      : string
    : PluralForms;
};

export interface MainCatalog<En extends EnglishTable> {
  readonly texts: { readonly 'en-US': En } & Readonly<Record<Locale, { readonly [K in keyof En]: En[K] extends string ? string : PluralForms }>>;
}

/** One area's catalog. `const` keeps each text's literal type, so its placeholders are checked. */
export function defineMainMessages<const En extends EnglishTable, const Es extends TranslationOf<En, Es>>(en: En, es: Es): MainCatalog<En> {
  return { texts: { 'en-US': en, 'es-US': es as never } } as MainCatalog<En>;
}

export type TextKey<En extends EnglishTable> = { [K in keyof En]: En[K] extends string ? K : never }[keyof En] & string;
export type PluralKey<En extends EnglishTable> = Exclude<keyof En & string, TextKey<En>>;
export type MessageValues<Text> = Readonly<Record<Placeholders<Text>, string | number>>;
/** No argument for a text without placeholders, the values object otherwise. */
export type ValuesArg<Text> = [Placeholders<Text>] extends [never] ? [] : [values: MessageValues<Text>];

const tableOf = <En extends EnglishTable>(catalog: MainCatalog<En>, locale: Locale) => catalog.texts[locale] ?? catalog.texts[DEFAULT_LOCALE];

/** A text in `locale` with its `{name}`s filled in (numbers in that language's digits; an unknown name stays visible). */
export function fillText(locale: Locale, text: string, values: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name];
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value);
  });
}

export function catalogText<En extends EnglishTable, K extends TextKey<En>>(
  catalog: MainCatalog<En>,
  locale: Locale,
  key: K,
  ...values: ValuesArg<En[K]>
): string {
  return fillText(locale, tableOf(catalog, locale)[key] as string, values[0] as Record<string, string | number> | undefined);
}

/** A count in `locale`'s words by its CLDR plural category ("1 intento", "3 intentos"). */
export function catalogCount<En extends EnglishTable>(catalog: MainCatalog<En>, locale: Locale, key: PluralKey<En>, count: number): string {
  const forms = tableOf(catalog, locale)[key] as PluralForms;
  const category = new Intl.PluralRules(locale).select(count);
  const form = category === 'one' ? forms.one : category === 'many' ? (forms.many ?? forms.other) : forms.other;
  return form.replace('#', new Intl.NumberFormat(locale).format(count));
}
