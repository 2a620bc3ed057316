/**
 * Typed messages. Each feature declares its English messages (ICU MessageFormat, react-intl's
 * syntax) under a namespace; the id of each is `<namespace>.<key>`, so a misspelt key is a type
 * error, and the Spanish catalog (renderer/i18n/es/) must give every one of them (also a type error
 * when it does not; the completeness test checks placeholders and Office Ally's names).
 */
export interface Msg<Id extends string = string> {
  readonly id: Id;
  readonly defaultMessage: string;
}

export type Messages<NS extends string, M extends Record<string, string>> = { readonly [K in keyof M & string]: Msg<`${NS}.${K}`> };

export function defineMessages<const NS extends string, const M extends Record<string, string>>(namespace: NS, messages: M): Messages<NS, M> {
  return Object.fromEntries(Object.entries(messages).map(([key, defaultMessage]) => [key, { id: `${namespace}.${key}`, defaultMessage }])) as Messages<NS, M>;
}

/** What a translation of one namespace must give: a string for every key. */
export type Translation<T> = { readonly [K in keyof T]: string };
