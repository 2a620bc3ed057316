import { channels, events, type Channel, type EventName, type EventPayload, type Output, type ParsedInput } from '../../shared/ipc';
import { invalidInput, type InvalidInputWords } from '../../shared/ipc/fieldMessages';
import { deskMessages } from '../../shared/i18n/main/desk';
import { validationMessages } from '../../shared/i18n/main/validation';
import type { Result } from '../../shared/result';
import type { Logger } from '../adapters/types';
import { UserFacingError } from '../services/errors';
import { sayerFor, spokenLocale } from '../services/say';

export type Handler<C extends Channel> = (input: ParsedInput<C>) => Promise<Output<C>> | Output<C>;

const say = sayerFor(deskMessages);
const sayValidation = sayerFor(validationMessages);
type ValidationKey = keyof (typeof validationMessages.texts)['en-US'];
const VALIDATION_KEY_OF = new Map(Object.entries(validationMessages.texts['en-US']).map(([key, english]) => [english as string, key as ValidationKey]));

/** A refused input's reply in the language in force; a schema message not in the catalog stays as written. */
const invalidInputWords: InvalidInputWords = {
  keysRefused: (keys) => say('keysRefused', { keys }),
  checkField: (field, problem) => say('checkField', { field, problem }),
  checkRequest: (problem) => say('checkRequest', { problem }),
  notValid: () => say('requestNotValid'),
  issue: (message) => {
    const key = spokenLocale() === 'en-US' ? undefined : VALIDATION_KEY_OF.get(message);
    return key ? sayValidation(key) : message;
  },
};

/**
 * The one place IPC requests are checked and answered. Both ipcMain (electron/adapters/ipcMain.ts) and the
 * browser host call `dispatch`, so the two runtimes cannot drift.
 */
export class IpcRegistry {
  private readonly handlers = new Map<string, (input: unknown) => Promise<unknown>>();
  private readonly listeners = new Set<(event: EventName, payload: unknown) => void>();

  constructor(private readonly logger: Logger) {}

  handle<C extends Channel>(channel: C, handler: Handler<C>): () => void {
    if (this.handlers.has(channel)) throw new Error(`IPC channel ${channel} is registered twice`);
    this.handlers.set(channel, async (input) => handler(input as ParsedInput<C>));
    return () => this.handlers.delete(channel);
  }

  registered(): string[] {
    return [...this.handlers.keys()];
  }

  async dispatch(channel: string, rawInput: unknown): Promise<Result<unknown>> {
    const handler = this.handlers.get(channel);
    const spec = Object.hasOwn(channels, channel) ? channels[channel as Channel] : undefined;
    if (!handler || !spec) {
      return { ok: false, error: { code: 'unknown_channel', message: say('unknownRequest') } };
    }
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error, invalidInputWords) };
    try {
      const data = await handler(parsed.data);
      return { ok: true, data: spec.output.parse(data) };
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: error.toInfo() };
      // Only the error's class name is logged: messages can carry user data.
      this.logger.error('IPC handler failed', { channel, error: error instanceof Error ? error.name : typeof error });
      return { ok: false, error: { code: 'internal', message: say('somethingWentWrong') } };
    }
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const checked = events[event].parse(payload);
    for (const listener of this.listeners) listener(event, checked);
  }

  onEvent(listener: (event: EventName, payload: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
