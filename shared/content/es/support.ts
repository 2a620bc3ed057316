import type { SupportTexts } from '../support';
import type { HoursTexts } from '../supportHours';
import { SEED_FILES } from '../sources';

/** Seed 001, "Contacting technical support for login assistance", in Spanish ({liveChat}: Office Ally's word). */
export const SUPPORT_ES: SupportTexts = {
  text: {
    intro:
      'Si ninguno de los pasos para resolver el problema funciona, el último recurso es comunicarse con el equipo de soporte. Los tiempos de respuesta pueden variar según la hora del día.',
    phone: 'El soporte técnico atiende por teléfono; para problemas técnicos normalmente se marca la opción 2.',
    chat: 'Para preguntas rápidas sobre errores al iniciar sesión o sobre cómo moverse en el sitio, la función {liveChat} (chat en vivo) del sitio principal de Office Ally suele ser más rápida que una llamada.',
    email: 'Los problemas de inicio de sesión que no son urgentes y las preguntas sobre inscripciones se pueden enviar por correo electrónico.',
    whatToInclude: 'Cuando escriba, incluya su usuario y una descripción detallada del mensaje de error, pero nunca incluya su contraseña en el mensaje.',
    postal:
      'La guía de inicio de sesión de Practice Mate da esta dirección postal en su pie de página, junto a los datos de quien publica la guía (Professional Practice). Confírmela con Office Ally antes de enviar por correo algo importante.',
  },
  titles: {
    'support-phone': 'Llamar al soporte de Office Ally',
    'support-chat': '{liveChat} (chat en vivo)',
    'support-email': 'Soporte por correo electrónico',
    'support-mail': 'Dirección postal',
  },
  phoneHours: 'De lunes a viernes, de 5:00 a.m. a 9:00 p.m., hora del Pacífico; fines de semana, de 6:00 a.m. a 5:00 p.m.',
  chatHours: 'Suele estar disponible de 6:00 a.m. a 5:00 p.m., hora del Pacífico.',
  channels: {
    chatName: '{liveChat} (chat en vivo)',
    chatContact: 'en el sitio principal de Office Ally',
    phoneName: 'Teléfono',
    phoneContact: '{phone}, opción {option} para problemas técnicos',
    emailName: 'Correo electrónico',
    emailHours: 'para preguntas de inicio de sesión que no son urgentes',
  },
  source: SEED_FILES.loginArticle,
};

/**
 * The hours in es-US: Intl writes the times ("5:00 a.m.") and names the zone (PST in winter, PDT in
 * summer), so the sentences only say the rest. Support never opens or closes at 1 o'clock, so "a las" fits.
 */
export const SUPPORT_HOURS_ES: HoursTexts = {
  locale: 'es-US',
  zoneNames: true,
  summary: {
    phone: ['De lunes a viernes: {weekdayOpen} – {weekdayClose}', 'Sábado y domingo (soporte limitado): {weekendOpen} – {weekendClose}'],
    chat: ['Todos los días: {weekendOpen} – {weekendClose}'],
  },
  caveat: {
    phone: 'Office Ally da este como su horario general; los fines de semana el soporte es limitado.',
    chat: 'Office Ally dice que el chat suele estar disponible en este horario.',
  },
  pacific: '{time}',
  sameZone: '{pacific} (también es su zona horaria)',
  otherZone: '{pacific} ({local} en su zona horaria)',
  otherZoneDay: '{pacific} ({weekday}, {local} en su zona horaria)',
  openNow: 'Abierto ahora: cierra a las {when}',
  closedNow: 'Cerrado ahora: abre {day} a las {when}',
  today: 'hoy',
  tomorrow: 'mañana',
  weekday: 'el {weekday}',
};
