import type { LocalizedContent } from '../localized';
import { AUTOPAY_ES } from './autopay';
import { MOBILE_INTRO_ES, MOBILE_TIPS_ES, PASSWORD_TOPICS_ES, PROCEDURES_ES, TROUBLE_ARTICLES_ES } from './login';
import { PORTAL_TASKS_ES, PORTALS_ES, TASK_EXAMPLES_ES } from './portals';

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
  keywords: {
    'password-forgot': 'olvidé contraseña usuario recuperar restablecer bloqueado video',
    'password-locked': 'contraseña bloqueado bloqueada intentos espacios',
    'login-desktop': 'iniciar sesión entrar chrome edge dos factores rol autocompletar',
    'login-practice-mate': 'iniciar sesión entrar practice mate recuperar',
    'trouble-credentials': 'error contraseña incorrecta bloqueado espacios',
  },
};
