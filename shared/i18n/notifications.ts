import { DEFAULT_LOCALE, type Locale } from './locales';

/**
 * What the main process says in system notifications and timer notices, in every language. Main
 * picks the table of the language in force when it speaks (the language service), so a change in
 * Settings applies to the next notification without a restart. `{name}` is a value main fills in
 * (a portal, a time, a day, a file); a count that needs a plural is its own entry of CLDR plural
 * forms (`Intl.PluralRules`), `#` standing for the number. Office Ally's own words ("Forgot
 * Password") stay English in every language: the completeness test checks them, and the
 * placeholders, key by key. No text puts a period right after a time: es-US writes "10:50 a.m.".
 */
export interface PluralForms {
  one: string;
  other: string;
  /** CLDR's "many" (Spanish uses it for 1,000,000 and up); "other" when absent. */
  many?: string;
}

const en = {
  lockoutOverTitle: 'You can try {portal} again',
  lockoutOverBody: 'The {minutes}-minute wait is over. Type the password carefully (no extra spaces). If it fails again, use "Forgot Password?" instead.',
  sessionWarningTitle: '{portal} session ends soon',
  sessionWarningBody: 'Save your work in {portal} — the session may end at {time}. In AllyDesk, choose "Still working" if you are still working.',
  sessionEndedTitle: '{portal} session may have ended',
  sessionEndedBody: '{portal} may have logged you out at {time} after no activity. Log in again; work that was not saved may be lost.',
  twoFactorSpamTitle: 'No {portal} code yet',
  twoFactorSpamBody: 'Check your spam or junk folder for the code email.',
  twoFactorSupportTitle: 'Still no {portal} code after 10 minutes',
  twoFactorSupportBody:
    'Check that the email and mobile number on file are current. If your number changed, call Office Ally support at (360) 975-7000, option 2.',
  rotationSoonTitle: '{label} password due for a change',
  rotationSoonBody: "Your practice's schedule says to change it by {day} (in {days}).",
  rotationDueTitle: '{label} password change is due',
  rotationDueBody: "Your practice's schedule said to change it by {day}.",
  whileAway: 'While you were away: {body}',
  downloadSavedTitle: 'Download saved',
  downloadSavedBody: '{file} is in your Downloads folder.',
  downloadFailedTitle: 'Download not saved',
  downloadFailedBody: 'AllyDesk could not save {file} to your Downloads folder. Check that the folder exists and has free space, then download it again.',
  pdfSavedTitle: 'PDF saved',
  pdfSavedBody: '{file} is in your Downloads folder.',
  days: { one: '# day', other: '# days' } as PluralForms,
} as const;

export type NotificationKey = keyof typeof en;
type TextKey = { [K in NotificationKey]: (typeof en)[K] extends string ? K : never }[NotificationKey];
type PluralKey = Exclude<NotificationKey, TextKey>;
/** A language's table: every key, a text where English has a text, plural forms where it has them. */
export type NotificationTable = { readonly [K in NotificationKey]: (typeof en)[K] extends string ? string : PluralForms };

const es: NotificationTable = {
  lockoutOverTitle: 'Ya puede volver a intentar en {portal}',
  lockoutOverBody:
    'Terminó la espera de {minutes} minutos. Escriba la contraseña con cuidado (sin espacios de más). Si vuelve a fallar, use "Forgot Password?" (olvidé la contraseña).',
  sessionWarningTitle: 'La sesión de {portal} termina pronto',
  sessionWarningBody: 'Guarde su trabajo en {portal}: la sesión puede terminar a las {time}; si todavía está trabajando, elija "Sigo trabajando" en AllyDesk.',
  sessionEndedTitle: 'Es posible que la sesión de {portal} haya terminado',
  sessionEndedBody:
    'Es posible que {portal} haya cerrado su sesión a las {time} por inactividad. Inicie sesión de nuevo; el trabajo que no se guardó puede haberse perdido.',
  twoFactorSpamTitle: 'Todavía no llega el código de {portal}',
  twoFactorSpamBody: 'Busque el correo con el código en la carpeta de spam o de correo no deseado.',
  twoFactorSupportTitle: 'Después de 10 minutos, todavía no llega el código de {portal}',
  twoFactorSupportBody:
    'Revise que el correo electrónico y el número de celular registrados estén al día. Si su número cambió, llame a soporte de Office Ally al (360) 975-7000, opción 2.',
  rotationSoonTitle: 'Pronto hay que cambiar la contraseña de {label}',
  rotationSoonBody: 'Según el calendario de su consultorio, debe cambiarla a más tardar el {day} (en {days}).',
  rotationDueTitle: 'Ya hay que cambiar la contraseña de {label}',
  rotationDueBody: 'Según el calendario de su consultorio, debía cambiarla a más tardar el {day}.',
  whileAway: 'Mientras no estaba: {body}',
  downloadSavedTitle: 'Descarga guardada',
  downloadSavedBody: '{file} está en su carpeta de Descargas.',
  downloadFailedTitle: 'No se guardó la descarga',
  downloadFailedBody: 'AllyDesk no pudo guardar {file} en su carpeta de Descargas. Revise que la carpeta exista y tenga espacio libre, y vuelva a descargarlo.',
  pdfSavedTitle: 'PDF guardado',
  pdfSavedBody: '{file} está en su carpeta de Descargas.',
  days: { one: '# día', many: '# de días', other: '# días' },
};

export const NOTIFICATION_TEXTS: Record<Locale, NotificationTable> = { 'en-US': en, 'es-US': es };

export type NotificationValues = Record<string, string | number>;

/** The text of `key` in `locale` with its `{name}`s filled in (an unknown name stays visible, never dropped). */
export function notificationText(locale: Locale, key: TextKey, values: NotificationValues = {}): string {
  const text = (NOTIFICATION_TEXTS[locale] ?? NOTIFICATION_TEXTS[DEFAULT_LOCALE])[key] as string;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** A count in `locale`'s words by its CLDR plural category ("1 día", "3 días"). */
export function notificationCount(locale: Locale, key: PluralKey, count: number): string {
  const forms = (NOTIFICATION_TEXTS[locale] ?? NOTIFICATION_TEXTS[DEFAULT_LOCALE])[key] as PluralForms;
  const category = new Intl.PluralRules(locale).select(count);
  const form = category === 'one' ? forms.one : category === 'many' ? (forms.many ?? forms.other) : forms.other;
  return form.replace('#', new Intl.NumberFormat(locale).format(count));
}

/** The `{name}`s a text uses (the completeness test compares them across languages). */
export const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
