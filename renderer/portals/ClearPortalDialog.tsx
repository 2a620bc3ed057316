import { AlertDialog } from 'radix-ui';

/**
 * "Clear … cache and cookies?" — loaded on first use: the portal cards are on the first screen, and the
 * dialog machinery is not needed until someone asks to clear. Focus goes back to the button that opened it.
 */
export function ClearPortalDialog({ name, onClear, onClose }: { name: string; onClear: () => void; onClose: () => void }) {
  return (
    <AlertDialog.Root defaultOpen onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog-content">
          <AlertDialog.Title>Clear {name}&rsquo;s cache and cookies?</AlertDialog.Title>
          <AlertDialog.Description>
            You will be logged out of {name} in AllyDesk, and its login page opens again. Your other portals and your saved logins are not touched.
          </AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button-quiet">
                Keep them
              </button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button type="button" className="button-danger" onClick={onClear}>
                Clear and reopen
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
