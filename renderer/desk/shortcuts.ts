/** The front desk's keyboard shortcuts, shown next to their buttons (aria-keyshortcuts uses the same words). */
export const END_SHIFT_SHORTCUT = { keys: 'Control+Shift+E', label: 'Ctrl+Shift+E', key: 'e' } as const;
export const LOCK_NOW_SHORTCUT = { keys: 'Control+Shift+L', label: 'Ctrl+Shift+L', key: 'l' } as const;

/** Ctrl (or ⌘ on a Mac) + Shift + the letter. */
export const matches = (event: KeyboardEvent, shortcut: { key: string }) =>
  (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === shortcut.key;
