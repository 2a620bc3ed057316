import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AllyDeskBridge } from '../../shared/bridge';
import type { AutopayState } from '../../shared/ipc/autopay';
import { setBridge } from '../bridge';
import { activate, intlReady } from '../i18n/store';
import { useAutopayStore } from '../state/autopay';
import { AutopayScreen } from './AutopayScreen';

const notEnrolled = (): AutopayState => ({
  products: {
    'service-center-new': { enrolled: false },
    'service-center-classic': { enrolled: false },
    'practice-mate': { enrolled: false },
    ehr: { enrolled: false },
  },
  history: [],
});

/** A fake main process: keeps a record and logs every call exactly as it crossed the bridge. */
function fakeMain(initial = notEnrolled(), fail?: { code: 'internal'; message: string }) {
  let state = initial;
  const calls: { channel: string; input: unknown }[] = [];
  const bridge: AllyDeskBridge = {
    async invoke(channel, input) {
      // Only autopay's channels: the screen also asks for portal windows' autopay sightings, which this main has none of.
      if (!channel.startsWith('autopay:')) return { ok: false, error: { code: 'unknown_channel', message: 'Not in this fake.' } } as never;
      calls.push({ channel, input: structuredClone(input) });
      if (fail && channel !== 'autopay:state') return { ok: false, error: fail } as never;
      if (channel === 'autopay:enroll') {
        const rec = input as { product: keyof AutopayState['products']; method: 'card'; brand: 'visa'; last4: string };
        state = {
          ...state,
          products: { ...state.products, [rec.product]: { enrolled: true, method: rec.method, brand: rec.brand, last4: rec.last4, since: 0, profile: null } },
        };
      }
      if (channel === 'autopay:cancel') {
        const { product } = input as { product: keyof AutopayState['products'] };
        state = { ...state, products: { ...state.products, [product]: { enrolled: false } } };
      }
      return { ok: true, data: state } as never;
    },
    on: () => () => {},
  };
  setBridge(bridge);
  return { calls };
}

beforeEach(async () => {
  useAutopayStore.setState({ record: null, loadError: null, product: null, view: 'bill', notice: null });
  await intlReady(); // the screen renders after react-intl loaded (renderer/app/screens.tsx)
});

async function chooseProduct(name: RegExp) {
  const user = userEvent.setup({ delay: null });
  render(<AutopayScreen />);
  await user.click(await screen.findByRole('radio', { name }));
  return user;
}

const box = (name: RegExp) => screen.getByRole('textbox', { name });
/** What a screen reader reads after the name: the texts aria-describedby points to. */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
const focused = () => document.activeElement;
/** Click into a field and paste: what user.type does, without a render per keystroke. */
async function fill(user: ReturnType<typeof userEvent.setup>, el: HTMLElement, text: string) {
  await user.click(el);
  await user.paste(text);
}

describe('AutopayScreen', { timeout: 30_000 }, () => {
  it('offers the four products and shows each one’s own route and status wording', async () => {
    fakeMain();
    const user = await chooseProduct(/^Service Center \(Classic\)/);
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(screen.getByRole('region', { name: 'Where to find it in Service Center (Classic)' }).textContent).toMatch(
      /Select Classic Service Center from the drop down in the upper left corner of the screen then click on Pay Bill/,
    );
    expect(screen.getByText(/Click the "Enroll in Autopay" button to enroll\./).closest('p, div')!.className).toContain('status-warn');
    await user.click(screen.getByRole('radio', { name: /^Service Center \(New\)/ }));
    expect(screen.getByRole('region', { name: 'Where to find it in Service Center (New)' }).textContent).toMatch(
      /Click on Account Management then click on Pay Office Ally Bill/,
    );
    expect(screen.getByText(/Click the switch below to avoid disruptions to your account\./).closest('p, div')!.className).toContain('status-bad');
  });

  it('an empty submit announces every field, focuses the first and sends nothing', async () => {
    const { calls } = fakeMain();
    const user = await chooseProduct(/^Practice Mate/);
    await user.click(screen.getByRole('button', { name: 'Enroll In Autopay' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByRole('alert').textContent).toMatch(/13 fields need attention: Autopay terms, Email Address, Phone Number/);
    expect(focused()).toBe(screen.getByRole('checkbox', { name: /I have read these terms/ }));
    expect(description(box(/^Zip Code/))).toMatch(/12345 or ZIP\+4.*Enter the ZIP code\./);
    expect(calls.filter((c) => c.channel !== 'autopay:state')).toEqual([]);
  });

  it('shows a field message as soon as the user leaves a bad field, and clears it when fixed', async () => {
    fakeMain();
    const user = await chooseProduct(/^EHR 24\/7/);
    await user.click(screen.getByRole('button', { name: 'Enroll In Autopay' }));
    await fill(user, box(/^Credit Card Number/), '4111111111111112');
    expect(description(box(/^Credit Card Number/))).toMatch('Visa card');
    await user.tab();
    expect(description(box(/^Credit Card Number/))).toMatch(/Visa card.*check digit is wrong/);
    await user.clear(box(/^Credit Card Number/));
    await fill(user, box(/^Credit Card Number/), '4111111111111111');
    expect(box(/^Credit Card Number/).getAttribute('aria-invalid')).toBeNull();
  });

  it('sends main only brand and last four, never the number, CVV or expiry — and keeps them out of the store', async () => {
    const { calls } = fakeMain();
    const user = await chooseProduct(/^Practice Mate/);
    await user.click(screen.getByRole('button', { name: 'Enroll In Autopay' }));
    await user.click(screen.getByRole('checkbox', { name: /I have read these terms/ }));
    await fill(user, box(/^Email Address/), 'billing@clinic.example');
    await fill(user, box(/^Phone Number/), '(206) 555-0100');
    await fill(user, box(/^First Name/), 'Dana');
    await fill(user, box(/^Last Name/), 'Reyes');
    await fill(user, screen.getByRole('textbox', { name: 'Street Address' }), '100 Main St');
    await fill(user, box(/^City/), 'Seattle');
    await user.selectOptions(screen.getByRole('combobox', { name: /^State/ }), 'WA');
    await fill(user, box(/^Zip Code/), '98101');
    await fill(user, box(/^Account Holder Name/), 'Dana Reyes');
    await fill(user, box(/^Credit Card Number/), '6011 1111 1111 1117');
    await fill(user, box(/^Expiration Date/), '09/31');
    await fill(user, box(/^CVV/), '472');
    expect(JSON.stringify(useAutopayStore.getState())).not.toContain('6011');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const enroll = calls.find((c) => c.channel === 'autopay:enroll');
    expect(enroll?.input).toEqual({ product: 'practice-mate', method: 'card', brand: 'discover', last4: '1117' });
    expect(await screen.findByText('Payment method added')).toBeTruthy();
    expect(screen.getByText('Congratulations! You Are Currently Enrolled in Autopay').closest('p, div')!.className).toContain('status-ok');
    // Office Ally's box is quoted in English, marked so, whatever language AllyDesk is in.
    expect(screen.getByText('Congratulations! You Are Currently Enrolled in Autopay').getAttribute('lang')).toBe('en');
    expect(screen.getByText('Discover ending 1117', { selector: 'strong' })).toBeTruthy();
    const everything = JSON.stringify(useAutopayStore.getState()) + JSON.stringify(calls);
    for (const secret of ['6011111111111117', '6011 1111', '09/31', '472']) expect(everything).not.toContain(secret);
  });

  it('keeps everything typed when main refuses, and shows main’s message', async () => {
    fakeMain(notEnrolled(), { code: 'internal', message: 'Something went wrong inside AllyDesk and nothing was changed.' });
    const user = await chooseProduct(/^Service Center \(New\)/);
    await user.click(screen.getByRole('button', { name: 'Enroll in Autopay' }));
    await user.click(screen.getByRole('switch', { name: 'I agree to the Autopay Enrollment terms' }));
    await fill(user, box(/^Email Address/), 'billing@clinic.example');
    await fill(user, box(/^Phone Number/), '2065550100');
    await fill(user, box(/^First Name/), 'Dana');
    await fill(user, box(/^Last Name/), 'Reyes');
    await fill(user, screen.getByRole('textbox', { name: 'Street Address' }), '1 Main St');
    await fill(user, box(/^City/), 'Seattle');
    await user.selectOptions(screen.getByRole('combobox', { name: /^State/ }), 'WA');
    await fill(user, box(/^Zip Code/), '98101');
    await user.click(screen.getByRole('tab', { name: 'ACH' }));
    await fill(user, box(/^Account Holder Name/), 'Clinic');
    await fill(user, box(/^Routing Number/), '011000015');
    await fill(user, box(/^Account Number/), '123456789');
    await user.click(screen.getByRole('radio', { name: 'Savings' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect((await screen.findByRole('alert')).textContent).toMatch('Something went wrong inside AllyDesk and nothing was changed.');
    expect((box(/^Account Number/) as HTMLInputElement).value).toBe('123456789');
    expect((box(/^Email Address/) as HTMLInputElement).value).toBe('billing@clinic.example');
  });

  it('Classic cancel refuses anything but lowercase cancel before asking main', async () => {
    const state = notEnrolled();
    state.products['practice-mate'] = { enrolled: true, method: 'card', brand: 'visa', last4: '1111', since: 0, profile: null };
    const { calls } = fakeMain(state);
    const user = await chooseProduct(/^Practice Mate/);
    await user.click(screen.getByRole('button', { name: 'Edit/Cancel Autopay' }));
    const word = screen.getByRole('textbox', { name: 'Type cancel to stop autopay' });
    for (const wrong of ['Cancel', ' cancel', 'CANCEL']) {
      await user.clear(word);
      await user.type(word, wrong);
      await user.click(screen.getByRole('button', { name: 'Submit' }));
      expect(description(word)).toMatch(/all lowercase letters, with no spaces: the box is case-sensitive/);
      expect(focused()).toBe(word);
    }
    expect(calls.some((c) => c.channel === 'autopay:cancel')).toBe(false);
    await user.clear(word);
    await fill(user, word, 'cancel');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(calls.find((c) => c.channel === 'autopay:cancel')?.input).toEqual({ product: 'practice-mate', classicCancelWord: 'cancel' });
    expect((await screen.findByText(/Click the "Enroll in Autopay" button to enroll\./)).closest('p, div')!.className).toContain('status-warn');
  });

  it('New cancel: toggle off, "Cancel Autopay?" pop-up, "Yes, Cancel Autopay"', async () => {
    const state = notEnrolled();
    state.products['service-center-new'] = {
      enrolled: true,
      method: 'ach',
      accountType: 'checking',
      last4: '6789',
      since: 0,
      profile: { id: 'p', name: 'Dana' },
    };
    const { calls } = fakeMain(state);
    const user = await chooseProduct(/^Service Center \(New\)/);
    expect(screen.getByText('Congratulations! You are enrolled in autopay.').closest('p, div')!.className).toContain('status-ok');
    expect(screen.getByText(/by Dana/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Edit/Cancel Autopay' }));
    await user.click(screen.getByRole('switch', { name: /Autopay Enrollment terms/ }));
    const dialog = screen.getByRole('alertdialog', { name: 'Cancel Autopay?' });
    await user.click(within(dialog).getByRole('button', { name: 'Yes, Cancel Autopay' }));
    expect(calls.find((c) => c.channel === 'autopay:cancel')?.input).toEqual({ product: 'service-center-new' });
    expect((await screen.findByText(/Click the switch below to avoid disruptions to your account\./)).closest('p, div')!.className).toContain('status-bad');
  });

  it('in Spanish: the screen in Spanish, Office Ally’s buttons, boxes and the word cancel in English with lang="en"', async () => {
    await activate('es-US');
    try {
      const { calls } = fakeMain();
      const user = await chooseProduct(/^Practice Mate/);
      expect(screen.getByRole('heading', { level: 2, name: 'Pago automático' })).toBeTruthy();
      expect(screen.getByRole('region', { name: 'Dónde encontrarlo en Practice Mate' }).textContent).toMatch(
        /Elija Manage Office y luego haga clic en Pay Bill/,
      );
      expect(screen.getByText('Manage Office').getAttribute('lang')).toBe('en');
      await user.click(screen.getByRole('button', { name: 'Enroll In Autopay' }));
      expect(box(/^Correo electrónico \(Email Address\)/)).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Submit' }));
      expect(screen.getByRole('alert').textContent).toMatch(/^13 campos necesitan atención: Términos del pago automático, Correo electrónico, Teléfono/);
      expect(calls.some((c) => c.channel === 'autopay:enroll')).toBe(false);
      await user.click(screen.getByRole('button', { name: 'Cancelar' }));
      expect(screen.getByText(/Click the "Enroll in Autopay" button to enroll\./).getAttribute('lang')).toBe('en');
    } finally {
      await activate('en-US');
    }
  });
});
