import { describe, expect, it } from 'vitest';
import { checkExternalLink } from './links';

describe('checkExternalLink', () => {
  it('accepts Office Ally https links and the reset video', () => {
    expect(checkExternalLink('https://cms.officeally.com/practicemate').ok).toBe(true);
    expect(checkExternalLink('https://vimeopro.com/user67674610/troubleshooting-browsers/video/331275908').ok).toBe(true);
  });
  it('refuses http, other hosts, look-alike hosts and credentials in the URL', () => {
    expect(checkExternalLink('http://cms.officeally.com/').ok).toBe(false);
    expect(checkExternalLink('https://officeally.com.evil.example/').ok).toBe(false);
    expect(checkExternalLink('https://evil.example/?https://cms.officeally.com').ok).toBe(false);
    expect(checkExternalLink('https://user:pw@cms.officeally.com/').ok).toBe(false);
    expect(checkExternalLink('javascript:alert(1)').ok).toBe(false);
    expect(checkExternalLink('file:///etc/passwd').ok).toBe(false);
  });
  it('allows mailto only to Office Ally support addresses', () => {
    expect(checkExternalLink('mailto:support@officeally.com?subject=Login').ok).toBe(true);
    expect(checkExternalLink('mailto:someone@example.com').ok).toBe(false);
  });
  it('says why a link is refused', () => {
    const r = checkExternalLink('https://example.com/');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('example.com');
  });
});
