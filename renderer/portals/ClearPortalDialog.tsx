import { ConfirmDialog } from '../ui/ConfirmDialog';

/**
 * "Clear … cache and cookies?" — loaded on first use: the portal cards are on the first screen, and the
 * dialog machinery is not needed until someone asks to clear. Focus goes back to the button that opened it.
 */
export function ClearPortalDialog({ name, onClear, onClose }: { name: string; onClear: () => void; onClose: () => void }) {
  return (
    <ConfirmDialog
      defaultOpen
      onOpenChange={(open) => !open && onClose()}
      title={<>Clear {name}&rsquo;s cache and cookies?</>}
      description={`You will be logged out of ${name} in AllyDesk, and its login page opens again. Your other portals and your saved logins are not touched.`}
      keepLabel="Keep them"
      confirmLabel="Clear and reopen"
      onConfirm={onClear}
    />
  );
}
