import type { z } from '../zod';
import type { AppErrorInfo } from '../result';

/** How the reply is worded: English by default; main passes the words of the language in force. */
export interface InvalidInputWords {
  keysRefused(keys: string): string;
  checkField(field: string, problem: string): string;
  checkRequest(problem: string): string;
  notValid(): string;
  /** A schema's own message, in the reply's language. */
  issue(message: string): string;
}

export const ENGLISH_INVALID_INPUT_WORDS: InvalidInputWords = {
  keysRefused: (keys) => `AllyDesk does not accept ${keys} here, so nothing was changed.`,
  checkField: (field, problem) => `Please check "${field}": ${problem}`,
  checkRequest: (problem) => `Please check the request: ${problem}`,
  notValid: () => 'The request was not valid.',
  issue: (message) => message,
};

/** Field messages from zod issues, keyed by dotted path (`_` for the whole input), first message per field. */
function fieldMessages(error: z.core.$ZodError, words: InvalidInputWords): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    // Inputs are strict: say which keys were refused, and that nothing was done with the request.
    const message = issue.code === 'unrecognized_keys' ? words.keysRefused(issue.keys.map((k) => `"${k}"`).join(', ')) : words.issue(issue.message);
    fields[key] ??= message;
  }
  return fields;
}

/** The reply to a request its channel's input schema refused: the first problem in words, and every field's. */
export function invalidInput(error: z.core.$ZodError, words: InvalidInputWords = ENGLISH_INVALID_INPUT_WORDS): AppErrorInfo {
  const fields = fieldMessages(error, words);
  const first = Object.entries(fields)[0];
  const message = first ? (first[0] === '_' ? words.checkRequest(first[1]) : words.checkField(first[0], first[1])) : words.notValid();
  return { code: 'invalid_input', message, fields };
}
