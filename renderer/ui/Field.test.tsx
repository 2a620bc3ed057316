import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Field, InlineField } from './Field';
import { RadioGroup } from './RadioGroup';

afterEach(cleanup);

describe('Field', () => {
  it('names the control by its label and describes it by its hint, then its error, and marks it invalid', () => {
    const { rerender } = render(
      <Field id="zip" label="Zip Code" hint="12345 or ZIP+4">
        <input />
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Zip Code', description: '12345 or ZIP+4' });
    expect(input.getAttribute('aria-invalid')).toBeNull();

    rerender(
      <Field id="zip" label="Zip Code" hint="12345 or ZIP+4" error="Enter 5 digits.">
        <input />
      </Field>,
    );
    expect(screen.getByRole('textbox', { name: 'Zip Code', description: '12345 or ZIP+4 Enter 5 digits.' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('reads a note (what IT fixed) before the hint, and keeps the asterisk of a required field out of its name', () => {
    render(
      <Field id="phone" label="Support phone" required hint="From the help documents." note={<p>Set by your practice's IT</p>}>
        <input readOnly />
      </Field>,
    );
    expect(screen.getByText('*')).toBeTruthy();
    screen.getByRole('textbox', { name: 'Support phone', description: "Set by your practice's IT From the help documents." });
  });

  it("keeps the control's own props and ref", () => {
    const ref = createRef<HTMLTextAreaElement>();
    render(
      <Field id="what" label="What happened">
        <textarea ref={ref} rows={3} defaultValue="Locked out" />
      </Field>,
    );
    expect(ref.current).toBe(screen.getByRole('textbox', { name: 'What happened' }));
    expect(ref.current?.rows).toBe(3);
  });

  it('announces the error of a field whose error arrives without focus moving to it', () => {
    const { rerender } = render(
      <Field id="word" label="Type cancel" announceError>
        <input />
      </Field>,
    );
    const region = document.querySelector('[aria-live="assertive"]');
    expect(region?.textContent).toBe('');
    rerender(
      <Field id="word" label="Type cancel" announceError error="You typed Cancel with a capital letter.">
        <input />
      </Field>,
    );
    expect(region?.textContent).toBe('You typed Cancel with a capital letter.');
  });

  it('an inline field puts the label beside its checkbox, and clicking the label ticks it', async () => {
    const user = userEvent.setup();
    render(
      <InlineField id="terms" label="I have read these terms" error="Tick the box to accept the terms.">
        <input type="checkbox" />
      </InlineField>,
    );
    const box = screen.getByRole('checkbox', { name: 'I have read these terms', description: 'Tick the box to accept the terms.' });
    await user.click(screen.getByText('I have read these terms'));
    expect((box as HTMLInputElement).checked).toBe(true);
  });
});

describe('RadioGroup.Option', () => {
  it('is a radio named by its label; clicking the label text checks it', async () => {
    const user = userEvent.setup();
    function Minutes() {
      const [value, setValue] = useState('30');
      return (
        <RadioGroup.Root aria-label="How long to wait" value={value} onValueChange={setValue}>
          <RadioGroup.Option value="15" label="15 minutes" />
          <RadioGroup.Option value="30" label="30 minutes" />
        </RadioGroup.Root>
      );
    }
    render(<Minutes />);
    expect(screen.getByRole('radio', { name: '30 minutes' }).getAttribute('aria-checked')).toBe('true');
    await user.click(screen.getByText('15 minutes'));
    expect(screen.getByRole('radio', { name: '15 minutes' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: '30 minutes' }).getAttribute('aria-checked')).toBe('false');
  });
});
