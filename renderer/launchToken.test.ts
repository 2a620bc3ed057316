import { afterEach, describe, expect, it } from 'vitest';
import { adoptLaunchToken, launchToken } from './launchToken';

afterEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

describe('the launch token in the address', () => {
  it('moves into sessionStorage and out of the address and the current History entry', () => {
    history.replaceState(null, '', '/#token=abc-123_XYZ');
    const entries = history.length;
    adoptLaunchToken();
    expect(launchToken()).toBe('abc-123_XYZ');
    expect(location.href).toBe(`${location.origin}/`);
    expect(history.length).toBe(entries); // replaced, not pushed: Back does not lead to the token
  });

  it('keeps anything else in the fragment', () => {
    history.replaceState(null, '', '/?q=1#token=abc&section=help');
    adoptLaunchToken();
    expect(launchToken()).toBe('abc');
    expect(location.search).toBe('?q=1');
    expect(location.hash).toBe('#section=help');
  });

  it('leaves a page opened without a token alone, and keeps the one a reload needs', () => {
    history.replaceState(null, '', '/#token=first');
    adoptLaunchToken();
    adoptLaunchToken(); // the reload: no fragment any more
    expect(launchToken()).toBe('first');
    expect(location.href).toBe(`${location.origin}/`);
  });

  it('is empty in a tab that never saw the address', () => {
    expect(launchToken()).toBe('');
  });
});
