import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { RadioGroup } from './RadioGroup';

afterEach(cleanup);

const radio = (name: string) => screen.getByRole('radio', { name });
const focused = () => document.activeElement;
const checked = () =>
  screen
    .getAllByRole('radio')
    .filter((r) => r.getAttribute('aria-checked') === 'true')
    .map((r) => r.getAttribute('aria-label'));

const FRUITS = ['Apple', 'Banana', 'Cherry'];

function Fruits({ changes }: { changes: string[] }) {
  const [value, setValue] = useState('');
  return (
    <>
      <button type="button">Before</button>
      <RadioGroup.Root aria-label="Fruit" value={value} onValueChange={(next) => (changes.push(next), setValue(next))}>
        {FRUITS.map((fruit) => (
          <RadioGroup.Item key={fruit} value={fruit} aria-label={fruit}>
            <RadioGroup.Indicator />
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
      <button type="button">After</button>
    </>
  );
}

describe('RadioGroup', () => {
  // user-event lets go of each key at once, before Radix's focus timeout runs: the slow-PC order of events.
  it('checks each radio an arrow key moves to, even when the key is up before focus moves', async () => {
    const user = userEvent.setup();
    const changes: string[] = [];
    render(<Fruits changes={changes} />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(focused()).toBe(radio('Apple'));
    expect(checked()).toEqual([]);

    for (const [key, fruit] of [
      ['{ArrowRight}', 'Banana'],
      ['{ArrowDown}', 'Cherry'],
      ['{ArrowRight}', 'Apple'],
      ['{ArrowLeft}', 'Cherry'],
    ] as const) {
      await user.keyboard(key);
      await waitFor(() => expect(focused()).toBe(radio(fruit)));
      await waitFor(() => expect(checked(), `${key} → ${fruit}`).toEqual([fruit]));
    }
    expect(changes).toEqual(['Banana', 'Cherry', 'Apple', 'Cherry']);
  });

  it('does not check a radio that only receives focus from Tab or Shift+Tab', async () => {
    const user = userEvent.setup();
    const changes: string[] = [];
    render(<Fruits changes={changes} />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    await user.tab();
    expect(focused()).toBe(screen.getByRole('button', { name: 'After' }));
    await user.tab({ shift: true });
    expect(focused()).toBe(radio('Apple'));
    expect(changes).toEqual([]);
    expect(checked()).toEqual([]);
  });
});
