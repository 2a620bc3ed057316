import type { z } from '../zod';
import type { AppErrorInfo } from '../result';

/** Field messages from zod issues, keyed by dotted path (`_` for the whole input), first message per field. */
function fieldMessages(error: z.core.$ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    // Inputs are strict: say which keys were refused, and that nothing was done with the request.
    const message =
      issue.code === 'unrecognized_keys'
        ? `AllyDesk does not accept ${issue.keys.map((k) => `"${k}"`).join(', ')} here, so nothing was changed.`
        : issue.message;
    fields[key] ??= message;
  }
  return fields;
}

/** The reply to a request its channel's input schema refused: the first problem in words, and every field's. */
export function invalidInput(error: z.core.$ZodError): AppErrorInfo {
  const fields = fieldMessages(error);
  const first = Object.entries(fields)[0];
  const message = first ? `Please check ${first[0] === '_' ? 'the request' : `"${first[0]}"`}: ${first[1]}` : 'The request was not valid.';
  return { code: 'invalid_input', message, fields };
}
