import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalog } from './es/index';
import { english } from './english';

/** Every argument and tag a message uses, with its kind ("count:plural", "query:argument", "<b>:tag"). */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) into.add(`${element.value}:argument`);
    else if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(`${element.value}:${TYPE[element.type]}`);
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(`${element.value}:${TYPE[element.type]}`);
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    } else if (element.type === TYPE.tag) {
      into.add(`<${element.value}>:tag`);
      placeholders(element.children, into);
    }
  }
  return into;
}

/** The plural categories each plural argument offers. */
function pluralCategories(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => (element.type === TYPE.plural ? [`${element.value}:${Object.keys(element.options).sort().join(',')}`] : []));
}

const namespaces = Object.keys(english) as (keyof typeof english)[];
const cases = namespaces.flatMap((namespace) => Object.keys(english[namespace]).map((key) => ({ namespace, key })));

describe('the Spanish catalog', () => {
  it('has every namespace and no key English lacks', () => {
    expect(Object.keys(catalog).sort()).toEqual([...namespaces].sort());
    for (const namespace of namespaces) expect(Object.keys(catalog[namespace]).sort()).toEqual(Object.keys(english[namespace]).sort());
  });

  it.each(cases)('$namespace.$key: translated, valid ICU, the same placeholders as English', ({ namespace, key }) => {
    const en = (english[namespace] as Record<string, { defaultMessage: string }>)[key]!.defaultMessage;
    const es = (catalog[namespace] as Record<string, string>)[key];
    expect(typeof es === 'string' && es.trim().length > 0, `${namespace}.${key} has no Spanish`).toBe(true);
    const enAst = parse(en);
    const esAst = parse(es!);
    expect([...placeholders(esAst)].sort()).toEqual([...placeholders(enAst)].sort());
    // Spanish plurals (CLDR): one and other (many only for large round numbers, which "other" covers).
    for (const categories of pluralCategories(esAst)) expect(categories).toMatch(/:(.*,)?one(,.*)?$/);
  });
});
