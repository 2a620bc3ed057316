import type { LocalizedContent } from '../../shared/content/localized';

/** One language's chunk (renderer/i18n/<language>/index.ts): its messages, flat by id, and its help content. */
export interface LocaleBundle {
  messages: Record<string, string>;
  content: LocalizedContent;
}

/** `{ shell: { skip: '…' } }` → `{ 'shell.skip': '…' }`: the ids react-intl looks up. */
export function flatten(catalog: Record<string, Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalog).flatMap(([namespace, messages]) => Object.entries(messages).map(([key, text]) => [`${namespace}.${key}`, text])),
  );
}
