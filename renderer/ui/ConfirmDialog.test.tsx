import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog';

function Opener({ onConfirm, closesWhenDone = false }: { onConfirm(): void; closesWhenDone?: boolean }) {
  return (
    <ConfirmDialog
      trigger={<button type="button">Delete</button>}
      title="Delete the Practice Mate login?"
      description="The saved username and password are removed."
      keepLabel="Keep it"
      confirmLabel="Delete login"
      onConfirm={onConfirm}
      closesWhenDone={closesWhenDone}
    />
  );
}

describe('ConfirmDialog', () => {
  it('opens from its button with focus on the safe choice; Escape keeps everything and focus returns to the button', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Opener onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the Practice Mate login?' });
    expect(dialog.textContent).toContain('The saved username and password are removed.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep it' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' }));
  });

  it('confirms and closes', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Opener onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete login' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('with closesWhenDone stays open after the click until the caller closes it (a failed save is not hidden)', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [open, setOpen] = useState(true);
      return (
        <ConfirmDialog
          open={open}
          onOpenChange={setOpen}
          title="Cancel Autopay?"
          description="Autopay stops."
          keepLabel="Keep Autopay"
          confirmLabel="Yes, Cancel"
          closesWhenDone
          onConfirm={() => undefined}
        />
      );
    }
    render(<Controlled />);
    await user.click(screen.getByRole('button', { name: 'Yes, Cancel' }));
    expect(screen.getByRole('alertdialog', { name: 'Cancel Autopay?' })).toBeTruthy();
  });
});
