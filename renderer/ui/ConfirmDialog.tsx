import { AlertDialog } from 'radix-ui';
import type { ReactElement, ReactNode } from 'react';

interface ConfirmDialogProps {
  title: ReactNode;
  description: ReactNode;
  /** The safe way out, named for what is kept ("Keep it"); Escape does the same. */
  keepLabel: string;
  /** The destructive step, named for what happens ("Delete login"). */
  confirmLabel: ReactNode;
  onConfirm(): void;
  /** The button that opens the dialog. Without one, the caller opens it with `open` or `defaultOpen`. */
  trigger?: ReactElement;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?(open: boolean): void;
  /** Leaves the dialog open after the confirm click: the caller closes it once the work is saved, so a failure is not silent. */
  closesWhenDone?: boolean;
}

/**
 * "Are you sure?" before something that cannot be undone: a Radix AlertDialog (focus starts on the
 * safe button and returns to what opened it), the safe button first and the destructive one in red.
 */
export function ConfirmDialog({
  title,
  description,
  keepLabel,
  confirmLabel,
  onConfirm,
  trigger,
  open,
  defaultOpen,
  onOpenChange,
  closesWhenDone,
}: ConfirmDialogProps) {
  return (
    <AlertDialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger && <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog-content">
          <AlertDialog.Title>{title}</AlertDialog.Title>
          <AlertDialog.Description>{description}</AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button-quiet">
                {keepLabel}
              </button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button
                type="button"
                className="button-danger"
                onClick={(event) => {
                  if (closesWhenDone) event.preventDefault();
                  onConfirm();
                }}
              >
                {confirmLabel}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
