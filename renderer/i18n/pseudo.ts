import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { CONTENT_ES } from '../../shared/content/es/index';
import type { LocaleBundle } from './bundle';
import { english } from './english';

/**
 * The pseudo-locale, for layout checks only (test hooks; see store.ts): every English message with
 * its letters accented, about 40 % longer, and in brackets, so clipped or overlapping text shows up
 * on every screen before a real translation runs into it. Placeholders, plurals, selects and tags stay
 * as they are (only the literal text changes). The help records are the Spanish ones, the real longer language.
 */
const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ö',
  U: 'Ü',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Z: 'Ž',
};
const accent = (text: string) => text.replace(/[A-Za-z]/g, (ch) => ACCENTED[ch] ?? ch);

function literalLength(elements: MessageFormatElement[]): number {
  let length = 0;
  for (const element of elements) {
    if (element.type === TYPE.literal) length += element.value.length;
    else if (element.type === TYPE.tag) length += literalLength(element.children);
    else if (element.type === TYPE.plural || element.type === TYPE.select) length += literalLength(element.options.other?.value ?? []);
  }
  return length;
}

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.tag) return { ...element, children: transform(element.children) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: transform(option.value) }]));
      return { ...element, options };
    }
    return element;
  });
}

/** One message in the pseudo-locale: "Log in" → "⟦Löĝ íñ ~~⟧" (the tildes are the ~40 % more). */
export function pseudoMessage(message: string): string {
  const ast = parse(message);
  const pad = '~'.repeat(Math.ceil(literalLength(ast) * 0.4));
  const literal = (value: string) => ({ type: TYPE.literal, value }) as MessageFormatElement;
  return printAST([literal('⟦'), ...transform(ast), literal(pad ? ` ${pad}⟧` : '⟧')]);
}

export function pseudoBundle(): LocaleBundle {
  const messages: Record<string, string> = {};
  for (const namespace of Object.values(english)) {
    for (const message of Object.values(namespace as Record<string, { id: string; defaultMessage: string }>)) {
      messages[message.id] = pseudoMessage(message.defaultMessage);
    }
  }
  return { messages, content: CONTENT_ES };
}
