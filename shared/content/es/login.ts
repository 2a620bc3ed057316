import type { TranslatedProcedure, TranslatedTip, TranslatedTopic, TranslatedArticle } from '../localized';
import { SEED_FILES } from '../sources';

const guide = SEED_FILES.practiceMateLogin;
const article = SEED_FILES.loginArticle;

/** Seed 000's ten steps in Spanish; {id} = Office Ally's word, shown in English. */
export const PROCEDURES_ES: Record<'login-practice-mate' | 'login-desktop', TranslatedProcedure> = {
  'login-practice-mate': {
    title: 'Iniciar sesión en Practice Mate (10 pasos)',
    intro: 'Cómo iniciar sesión en Office Ally – Practice Mate, y qué hacer si perdió su usuario o contraseña.',
    steps: [
      'Vaya a la página de inicio de sesión de Office Ally para Practice Mate.',
      'Haga clic en el botón {logIn} en la esquina superior derecha.',
      'Elija {practiceMateLogin} en el menú desplegable.',
      'Escriba su usuario y contraseña y haga clic en el botón azul {continue}.',
      'La primera vez que inicie sesión puede ver un mensaje del Service Center. Si pasa, cierre el navegador, ábralo de nuevo e inicie sesión otra vez para resolverlo.',
      'Su cuenta se abre en la pestaña “{appointments}” (citas). (Nota: registrar y guardar sus citas en Office Ally es opcional.)',
      '¿Olvidó la contraseña (“{forgotPassword}”)? Si pierde su usuario o su contraseña, puede usar los enlaces “{retrieve}” de la página de inicio de sesión (vea el paso 4).',
      'Restablecer la contraseña. El video de 2 minutos le muestra cómo restablecer su contraseña.',
      'Otros problemas: ¿cookies? Restablecer el navegador y borrar la caché y las cookies resuelve la mayoría de las fallas. Abra el enlace para ver cómo restablecer su navegador y borrar la caché según el navegador que use.',
      'También puede comunicarse con Office Ally para restablecer la contraseña o hacer otras preguntas: teléfono (360)975-7000, correo: support@officeally.com.',
    ],
    source: guide,
  },
  'login-desktop': {
    title: 'Iniciar sesión en una computadora de escritorio',
    intro: 'Entrar a las plataformas desde una computadora de escritorio sigue siendo lo más confiable para manejar mucho volumen de datos.',
    steps: [
      'Navegador: para el mejor funcionamiento use la versión más reciente de Google Chrome o Microsoft Edge. Otros navegadores pueden funcionar, pero a veces no muestran bien las herramientas para corregir reclamaciones ni los resúmenes de informes.',
      'Credenciales: escriba el usuario y la contraseña asignados. Recuerde que las contraseñas distinguen mayúsculas y minúsculas. No use el autocompletado del navegador en portales de salud, salvo que la computadora esté en una oficina privada y segura con perfiles de usuario individuales.',
      'Autenticación de dos factores (2FA): al escribir las credenciales, el sistema puede pedir un código de seguridad. Suele llegar al correo registrado o por SMS a un celular. La 2FA muchas veces es obligatoria para proteger la información de salud protegida (PHI).',
      'Elegir el rol: en consultorios grandes con varios proveedores, el sistema puede pedir que elija un rol o una ubicación después de iniciar sesión. Elegir el rol correcto asegura que la sesión se audite bien y que usted tenga los permisos necesarios.',
    ],
    source: article,
  },
};

export const MOBILE_INTRO_ES = 'No hay una aplicación móvil para los proveedores, pero los portales web se adaptan a la pantalla.';
export const MOBILE_TIPS_ES: Record<'mobile-desktop-view' | 'mobile-connection' | 'mobile-cookies', TranslatedTip> = {
  'mobile-desktop-view': {
    title: 'Vista de escritorio',
    text: 'Si el tablero se ve amontonado o faltan botones en la pantalla del celular, use la función “{requestDesktopSite}” (ver versión de escritorio) en la configuración del navegador móvil. Esto suele arreglar la presentación en pantallas pequeñas.',
    source: article,
  },
  'mobile-connection': {
    title: 'Conexión segura',
    text: 'No inicie sesión en redes Wi-Fi públicas. Se recomienda una conexión celular segura y cifrada o la VPN privada de la oficina para ver datos de pacientes fuera de la oficina.',
    source: article,
  },
  'mobile-cookies': {
    title: 'Cookies',
    text: 'Asegúrese de que el navegador permita las cookies y las ventanas emergentes de los dominios de Office Ally. Muchas herramientas de informes y de corrección de reclamaciones se abren en ventanas emergentes, que la configuración móvil puede bloquear.',
    source: article,
  },
};

export const TROUBLE_ARTICLES_ES: Record<string, TranslatedArticle> = {
  'trouble-credentials': {
    title: 'Credenciales no válidas y cuentas bloqueadas',
    paragraphs: [
      'Si el sistema rechaza un usuario o una contraseña, revise si hay espacios escondidos al final del texto; pasa mucho al copiar y pegar.',
      'Después de varios intentos fallidos, la cuenta puede bloquearse por un tiempo por seguridad. En ese caso, lo habitual es esperar de 15 a 30 minutos antes de intentar de nuevo o usar la herramienta para restablecer la contraseña.',
      'El enlace “{forgotPassword}” requiere acceso al correo registrado o conocer las preguntas de seguridad definidas.',
    ],
    source: article,
  },
  'trouble-blank-page': {
    title: 'La página no carga o queda en blanco',
    paragraphs: [
      'Cuando una página de inicio de sesión no carga o queda en blanco, casi siempre es un problema del navegador de esta computadora y no del servidor. Borrar la caché y las cookies de ese sitio es un primer paso muy eficaz: quita scripts viejos que chocan con las actualizaciones del sitio.',
      'Si el problema sigue, abrir una ventana “{incognito}” o “{inPrivate}” (navegación privada) evita conflictos con las extensiones.',
    ],
    source: article,
  },
  'trouble-two-factor': {
    title: 'El código 2FA tarda en llegar',
    paragraphs: [
      'Es común que el código de autenticación de dos factores tarde. Puede deberse a la red o a los filtros del correo. Revise enseguida las carpetas de spam o correo no deseado.',
      'Si el código sigue sin llegar, confirme que los datos de contacto registrados estén al día. Si cambió hace poco el número de celular, puede hacer falta llamar a soporte técnico para actualizar la seguridad de la cuenta.',
    ],
    source: article,
  },
  'trouble-timeout': {
    title: 'La sesión se cierra por inactividad',
    paragraphs: [
      'Por seguridad, las sesiones se cierran solas después de un tiempo sin actividad. Es un requisito para cumplir con HIPAA.',
      'Si la sesión se le cierra seguido, guarde su trabajo, como notas clínicas o cambios en reclamaciones, cada pocos minutos. Algunos navegadores tienen modos de ahorro de energía que “duermen” las pestañas, y el portal puede tomarlo como fin de la sesión.',
    ],
    source: article,
  },
  'trouble-sftp': {
    title: 'El software integrado no se sincroniza (SFTP)',
    paragraphs: [
      'Cuando una cuenta está integrada, el sistema genera credenciales SFTP específicas, distintas del inicio de sesión web. Con ellas el software de administración del consultorio envía archivos de reclamaciones (ANSI 837) y recibe informes (ERA 835) de forma automática.',
      'Si su sistema integrado no se sincroniza, el problema suele estar en estas credenciales SFTP y no en su inicio de sesión web habitual. Para cambiar estas contraseñas normalmente hay que entrar primero al portal web y generar un token o una clave segura nueva para la integración.',
    ],
    source: article,
  },
};

export const PASSWORD_TOPICS_ES: Record<string, TranslatedTopic> = {
  'password-forgot': {
    title: '¿Olvidó su usuario o su contraseña?',
    paragraphs: [
      'Si pierde su usuario o su contraseña, puede usar los enlaces “{retrieve}” de la página de inicio de sesión de Practice Mate (junto a donde escribe el usuario y la contraseña).',
    ],
    source: guide,
  },
  'password-video': {
    title: 'Restablecer la contraseña: el video de 2 minutos',
    paragraphs: ['El video de 2 minutos le muestra cómo restablecer su contraseña (en inglés). Escanee el código con su celular para verlo allí.'],
    urlLabel: 'Ver el video para restablecer la contraseña',
    source: guide,
  },
  'password-cookies': {
    title: 'Otros problemas: ¿cookies?',
    paragraphs: [
      'Restablecer el navegador y borrar la caché y las cookies resuelve la mayoría de las fallas. La guía de Office Ally muestra cómo restablecer su navegador y borrar la caché según el navegador que use.',
    ],
    urlLabel: 'Guía de Office Ally para borrar la caché y las cookies (en inglés)',
    source: guide,
  },
  'password-locked': {
    title: '¿Quedó bloqueado después de varios intentos?',
    paragraphs: [
      'Después de varios intentos fallidos, la cuenta puede bloquearse por un tiempo por seguridad. Lo habitual es esperar de 15 a 30 minutos antes de intentar de nuevo o usar la herramienta para restablecer la contraseña.',
      'Revise si hay espacios escondidos al final del usuario o de la contraseña; pasa mucho al copiar y pegar.',
      'El enlace “{forgotPassword}” requiere acceso al correo registrado o conocer las preguntas de seguridad definidas.',
    ],
    source: article,
  },
  'password-contact': {
    title: 'Pedir a Office Ally que la restablezca',
    paragraphs: [
      'También puede comunicarse con Office Ally para restablecer la contraseña o hacer otras preguntas: teléfono (360)975-7000, correo: support@officeally.com. Nunca incluya su contraseña cuando escriba o llame.',
    ],
    source: guide,
  },
};
