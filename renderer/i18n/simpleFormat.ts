import { Fragment, createElement, isValidElement, type ReactNode } from 'react';

export type Values = Record<string, ReactNode | Date>;

/**
 * English before react-intl has loaded (the build-time first screen, its first paint): messages of
 * the startup screens use plain `{name}` arguments only, which this fills in. Anything richer waits
 * for react-intl (lazy screens load it before they render).
 */
export function simpleFormat(message: string, values: Values = {}): ReactNode {
  if (!message.includes('{')) return message;
  const parts = message.split(/\{(\w+)\}/);
  if (parts.some((part) => part.includes('{') || part.includes('}'))) {
    throw new Error(`"${message}" needs react-intl: a startup message may use plain {name} arguments only.`);
  }
  const out = parts.map((part, i) => (i % 2 === 0 ? part : (values[part] ?? `{${part}}`)));
  if (out.every((part) => !isValidElement(part))) return out.map((part) => (part instanceof Date ? part.toISOString() : String(part))).join('');
  return out.map((part, i) => createElement(Fragment, { key: i }, part as ReactNode));
}
