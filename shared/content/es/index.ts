import type { LocalizedContent } from '../localized';
import { AUTOPAY_ES } from './autopay';
import { MOBILE_INTRO_ES, MOBILE_TIPS_ES, PASSWORD_TOPICS_ES, PROCEDURES_ES, TROUBLE_ARTICLES_ES } from './login';
import { PORTAL_TASKS_ES, PORTALS_ES, TASK_EXAMPLES_ES } from './portals';
import { DASHBOARD_ES, SECURITY_ES } from './security';
import { SPANISH_START_PAGES } from './startPages';
import { SUPPORT_ES, SUPPORT_HOURS_ES } from './support';
import { SUPPORT_STEP_ES, SYMPTOMS_ES } from './troubleshoot';

/** The Spanish help reference (loaded with the Spanish bundle only). */
export const CONTENT_ES: LocalizedContent = {
  portals: PORTALS_ES,
  portalTasks: PORTAL_TASKS_ES,
  taskExamples: TASK_EXAMPLES_ES,
  procedures: PROCEDURES_ES,
  mobileTitle: 'Celulares y tabletas',
  mobileIntro: MOBILE_INTRO_ES,
  mobileTips: MOBILE_TIPS_ES,
  troubleArticles: TROUBLE_ARTICLES_ES,
  passwordTopics: PASSWORD_TOPICS_ES,
  autopay: AUTOPAY_ES,
  symptoms: SYMPTOMS_ES,
  supportStep: SUPPORT_STEP_ES,
  security: SECURITY_ES,
  dashboard: DASHBOARD_ES,
  support: SUPPORT_ES,
  supportHours: SUPPORT_HOURS_ES,
  startPages: SPANISH_START_PAGES,
  keywords: {
    'password-forgot': 'olvidé contraseña usuario recuperar restablecer bloqueado video',
    'password-locked': 'contraseña bloqueado bloqueada intentos espacios',
    'login-desktop': 'iniciar sesión entrar chrome edge dos factores rol autocompletar',
    'login-practice-mate': 'iniciar sesión entrar practice mate recuperar',
    'trouble-credentials': 'error contraseña incorrecta bloqueado espacios',
    'security-complexity': 'seguridad contraseña segura fuerte',
    'security-individual': 'seguridad compartir contraseña usuario propio',
    'security-rotation': 'seguridad cambiar contraseña 90 días',
    'security-devices': 'seguridad computadora personal antivirus',
    'dashboard-claim-fix': 'reclamación rechazada corregir tablero',
    'dashboard-claim-entry': 'ingresar reclamación a mano tablero',
    'support-phone': 'teléfono llamar horario abierto soporte técnico opción 2',
    'support-chat': 'chat en vivo horario abierto',
    'support-email': 'correo electrónico escribir contacto',
    'support-mail': 'correo postal dirección carta',
  },
};
