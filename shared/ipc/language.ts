import { z } from '../zod';
import { LANGUAGE_CHOICES, LOCALES } from '../i18n/locales';
import { defineChannels, defineEvents } from './define';

const locale = () => z.enum(LOCALES);
const languageState = () =>
  z.object({
    locale: locale(),
    from: z.enum(['policy', 'setting', 'system']),
    choice: z.enum(LANGUAGE_CHOICES),
    system: locale(),
    policy: z.nullable(locale()),
  });

export const languageChannels = defineChannels(() => ({
  /**
   * The language in force. The page sends its browser's preferred languages: the browser host has no
   * operating system languages of its own and uses them; the desktop app uses the OS's.
   */
  'language:get': {
    input: z.strictObject({ browserLanguages: z.array(z.string().check(z.maxLength(35))).check(z.maxLength(20)) }),
    output: languageState(),
  },
  /** Saves the choice in Settings ("system" follows the operating system). */
  'language:set': {
    input: z.strictObject({ choice: z.enum(LANGUAGE_CHOICES, { error: 'Choose "system", "en-US" or "es-US".' }) }),
    output: languageState(),
  },
}));

export const languageEvents = defineEvents(() => ({
  /** The language in force changed outside the page (IT's policy): the new state. */
  'language:changed': languageState(),
}));
