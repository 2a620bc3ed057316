import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { DoneMessage, ProblemMessage } from './Message';

it('says a problem at once and a success politely, and renders nothing while there is nothing to say', () => {
  const { container, rerender } = render(
    <>
      <ProblemMessage>{null}</ProblemMessage>
      <DoneMessage>{''}</DoneMessage>
    </>,
  );
  expect(container.innerHTML).toBe('');
  rerender(
    <>
      <ProblemMessage>That passphrase is not right.</ProblemMessage>
      <DoneMessage>Settings saved.</DoneMessage>
    </>,
  );
  expect(screen.getByRole('alert').textContent).toBe('That passphrase is not right.');
  expect(screen.getByRole('status').textContent).toBe('Settings saved.');
});
