import { describe, expect, it } from 'vitest';
import { referenceOverrides } from './reference';
import { invalidInput } from './fieldMessages';

const refusal = (input: unknown) => {
  const parsed = referenceOverrides.safeParse(input);
  if (parsed.success) throw new Error('expected the input to be refused');
  return invalidInput(parsed.error);
};

describe('invalidInput', () => {
  it('names the first field in its message and keeps one message per field path', () => {
    const error = refusal({ portalUrls: { ehr: 'http://example.com' }, supportPhone: 'call us' });
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['portalUrls.ehr', 'supportPhone']);
    expect(error.fields?.supportPhone).toBe('Enter a phone number using digits, spaces, ( ) and -.');
    expect(error.message).toBe(`Please check "portalUrls.ehr": ${error.fields?.['portalUrls.ehr']}`);
  });

  it('says which keys a strict input refused, and that nothing was changed', () => {
    const error = refusal({ portalUrls: {}, wipe: true });
    expect(error.message).toBe('Please check the request: AllyDesk does not accept "wipe" here, so nothing was changed.');
    expect(error.fields).toEqual({ _: 'AllyDesk does not accept "wipe" here, so nothing was changed.' });
  });
});
