import type { PortalsContext } from './context';
import type { createCommands } from './commands';
import { commandForInput, type PortalCommand, type ShortcutInput } from './keys';

/**
 * The windows' keys and mouse buttons to the toolbar's own commands (issue 21, item 3). `handle`
 * answers at once whether the key is the window's (Electron must decide inside `before-input-event`),
 * then runs the command; a command that fails is logged by name only, as a button's would show.
 */
export function createShortcuts(ctx: PortalsContext, commands: ReturnType<typeof createCommands>) {
  const mac = (ctx.deps.platform ?? process.platform) === 'darwin';

  function run(windowId: string, command: PortalCommand): Promise<unknown> {
    switch (command.type) {
      case 'navigate':
        return commands.navigate(windowId, command.move);
      case 'zoom':
        return commands.zoom(windowId, command.change);
      case 'print':
        return commands.print(windowId);
      case 'find-open':
        return Promise.resolve(commands.findOpen(windowId));
      case 'find-close':
        return commands.findClose(windowId);
      case 'find-step': {
        const text = ctx.states.get(windowId)?.find;
        // Find is open but nothing was searched yet: Enter has nothing to move to (the field is where to type).
        return text ? commands.find(windowId, text, command.backwards) : Promise.resolve(commands.findOpen(windowId));
      }
    }
  }

  /** True when `input` is one of window `windowId`'s commands (it then runs); false leaves it to the page. */
  function handle(windowId: string, input: ShortcutInput, source: 'portal' | 'toolbar'): boolean {
    const state = ctx.states.get(windowId);
    if (!state || !ctx.windows.isOpen(windowId)) return false;
    const command = commandForInput(input, { mac, findOpen: state.findBar !== null, source });
    if (!command) return false;
    run(windowId, command).catch((error: unknown) =>
      ctx.deps.logger?.warn('A portal window key failed', { command: command.type, error: error instanceof Error ? error.name : typeof error }),
    );
    return true;
  }

  return { handle };
}
