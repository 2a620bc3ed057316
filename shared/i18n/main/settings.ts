import { defineMainMessages } from './catalog';

/** What Settings' savers in main (help facts, session lengths) say when the practice policy fixes a value. */
export const settingsMessages = defineMainMessages(
  {
    checkLoginAddress: 'Please check the login address: {reason}',
    notSavedDetails: "Not saved: your practice's IT sets some of these details, and they cannot be changed here.",
    notSavedSessions: "Not saved: your practice's IT sets some session lengths, and they cannot be changed here.",
    loginPageFixed: "The {portal} login page is set by your practice's IT: {url}",
    supportPhoneFixed: "The support phone number is set by your practice's IT: {value}",
    supportPhoneOptionFixed: "The phone menu option is set by your practice's IT: {value}",
    supportEmailFixed: "The support email address is set by your practice's IT: {value}",
    sessionLengthFixed: "The {portal} session length is set by your practice's IT: {minutes}.",
    minutes: { one: '# minute', other: '# minutes' },
  },
  {
    checkLoginAddress: 'Revise la dirección de inicio de sesión: {reason}',
    notSavedDetails: 'No se guardó: el departamento de TI de su consultorio fija algunos de estos datos, y no se pueden cambiar aquí.',
    notSavedSessions: 'No se guardó: el departamento de TI de su consultorio fija algunas duraciones de sesión, y no se pueden cambiar aquí.',
    loginPageFixed: 'La página de inicio de sesión de {portal} la fija el departamento de TI de su consultorio: {url}',
    supportPhoneFixed: 'El teléfono de soporte lo fija el departamento de TI de su consultorio: {value}',
    supportPhoneOptionFixed: 'La opción del menú telefónico la fija el departamento de TI de su consultorio: {value}',
    supportEmailFixed: 'El correo electrónico de soporte lo fija el departamento de TI de su consultorio: {value}',
    sessionLengthFixed: 'La duración de la sesión de {portal} la fija el departamento de TI de su consultorio: {minutes}.',
    minutes: { one: '# minuto', many: '# de minutos', other: '# minutos' },
  },
);
