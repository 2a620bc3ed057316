import { expect, test } from 'vitest';
import { transferActivityText } from './activityText';

test('the Activity view tells a login import and a plaintext export from a backup', () => {
  expect(transferActivityText({ event: 'import', detail: { format: 'firefox', entries: '3' } })).toBe('Logins imported from Firefox (CSV) (3 logins)');
  expect(transferActivityText({ event: 'export', detail: { format: 'bitwarden-json', encrypted: 'false', entries: '1' } })).toBe(
    'Logins exported without encryption (1 login)',
  );
  // A backup's records keep their own words.
  expect(transferActivityText({ event: 'import', detail: { entries: '4' } })).toBeNull();
  expect(transferActivityText({ event: 'export', detail: { entries: '4' } })).toBeNull();
  expect(transferActivityText({ event: 'import', detail: { format: 'made-up' } })).toBeNull();
});
