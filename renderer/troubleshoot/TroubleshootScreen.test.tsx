import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AllyDeskBridge } from '../../shared/bridge';
import type { Result } from '../../shared/result';
import { VAULT_MATCH_MESSAGE } from '../../shared/supportRequest';
import { setBridge } from '../bridge';
import { activate } from '../i18n/store';
import { EMPTY_DRAFT, useTroubleshoot } from '../state/troubleshoot';
import { TroubleshootScreen } from './TroubleshootScreen';

type Reply = (input: unknown) => Result<unknown>;

/** A fake bridge answering the given channels; every other channel is unknown, as in main. */
function fakeBridge(replies: Record<string, Reply>) {
  const invoke = vi.fn(async (channel: string, input: unknown) =>
    replies[channel] ? replies[channel](input) : { ok: false, error: { code: 'unknown_channel', message: 'AllyDesk does not know that request.' } },
  );
  setBridge({ invoke, on: () => () => undefined } as unknown as AllyDeskBridge);
  return invoke;
}

// The screen renders after react-intl has loaded (as the app's lazy screens do).
beforeAll(() => activate('en-US'));
beforeEach(() => {
  useTroubleshoot.setState({ symptomId: null, stepIndex: 0, fixed: false, portalId: '', draft: EMPTY_DRAFT });
});

describe('troubleshooter with the other features present', { timeout: 20_000 }, () => {
  it('starts the lockout timer for the chosen portal and minutes', async () => {
    const invoke = fakeBridge({ 'timers:startLockout': () => ({ ok: true, data: {} }) });
    const user = userEvent.setup({ delay: null });
    render(<TroubleshootScreen />);
    await user.selectOptions(screen.getByLabelText('Which portal were you logging into?'), 'practice-mate');
    await user.click(screen.getByRole('button', { name: 'I am locked out after too many tries' }));
    await user.click(screen.getByRole('radio', { name: '15 minutes' }));
    await user.click(screen.getByRole('button', { name: 'Start the lockout timer' }));
    expect(await screen.findByText('Lockout timer started. AllyDesk will tell you when to try again.')).toBeTruthy();
    expect(invoke).toHaveBeenCalledWith('timers:startLockout', { portalId: 'practice-mate', minutes: 15 });
  });

  it('starts the 2FA wait, and shows a timer error in the words main gave', async () => {
    const invoke = fakeBridge({
      'timers:startTwoFactorWait': () => ({ ok: false, error: { code: 'conflict', message: 'A 2FA wait is already running for EHR 24/7.' } }),
    });
    const user = userEvent.setup({ delay: null });
    useTroubleshoot.setState({ portalId: 'ehr' });
    render(<TroubleshootScreen />);
    await user.click(screen.getByRole('button', { name: 'My 2FA security code does not arrive' }));
    await user.click(screen.getByRole('button', { name: 'Start the 2FA code wait' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A 2FA wait is already running for EHR 24/7.');
    expect(invoke).toHaveBeenCalledWith('timers:startTwoFactorWait', { portalId: 'ehr' });
  });

  it('blocks a password of the unlocked vault profile without saying which, and never sends the checker value anywhere', async () => {
    const secret = 'Blue-Heron-77';
    const invoke = fakeBridge({
      'vault:scanText': (input) => ({ ok: true, data: { containsSecret: (input as { text: string }).text.includes(secret) } }),
      'vault:status': () => ({ ok: true, data: { unlocked: { profileId: 'p1', name: 'Maria' } } }),
    });
    const user = userEvent.setup({ delay: null });
    render(<TroubleshootScreen />);
    await user.type(screen.getByLabelText('Paste the username or password here'), `${secret} `);
    expect(screen.getByText(/a space at the end/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'I can log in at some hours but not at others' }));
    await user.click(screen.getByRole('button', { name: 'No, next step' }));
    await user.click(screen.getByRole('button', { name: 'No, next step' }));
    await user.type(screen.getByLabelText('Your Office Ally username'), 'jdoe');
    await user.type(screen.getByLabelText('What happened'), `I typed ${secret} and it failed after 6 PM`);
    await user.click(screen.getByRole('button', { name: 'Copy text' }));
    expect(await screen.findByText(VAULT_MATCH_MESSAGE)).toBeTruthy();
    expect(screen.getByLabelText('What happened').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(/vault check/i)).toBeNull();
    // The checker's value never went to main; only the composer fields were scanned.
    const sent = invoke.mock.calls.map(([channel, input]) => `${channel} ${JSON.stringify(input)}`);
    expect(sent.filter((call) => !call.startsWith('vault:') && !call.startsWith('reference:getOverrides'))).toEqual([]);
    expect(sent).toContain(`vault:scanText {"text":"I typed ${secret} and it failed after 6 PM"}`);
  });

  it('says the vault check is off when no profile is unlocked, and still sends when the patterns are clean', async () => {
    const invoke = fakeBridge({
      // As main answers while locked: nothing to compare, so "no secret", and no profile unlocked.
      'vault:scanText': () => ({ ok: true, data: { containsSecret: false } }),
      'vault:status': () => ({ ok: true, data: { unlocked: null } }),
      'app:openExternal': () => ({ ok: true, data: { opened: true } }),
    });
    const user = userEvent.setup({ delay: null });
    useTroubleshoot.setState({ symptomId: 'mobile', stepIndex: 3 });
    render(<TroubleshootScreen />);
    await user.type(screen.getByLabelText('Your Office Ally username'), 'jdoe');
    await user.type(screen.getByLabelText('What happened'), 'Buttons are missing on the tablet.');
    await user.click(screen.getByRole('button', { name: 'Open email to support' }));
    expect(await screen.findByText('No vault profile is unlocked, so your saved passwords were not checked; the password patterns were.')).toBeTruthy();
    expect(screen.getByText('Your email program should open now with a message to support@officeally.com.')).toBeTruthy();
    const mail = invoke.mock.calls.find(([channel]) => channel === 'app:openExternal')![1] as { url: string };
    expect(mail.url).toMatch(/^mailto:support@officeally\.com\?subject=/);
    expect(decodeURIComponent(mail.url)).toContain('Problem: The page is broken on a phone or tablet');
  });
});
