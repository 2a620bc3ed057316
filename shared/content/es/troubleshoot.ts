import type { TranslatedStep, TranslatedSymptom } from '../localized';
import { ISSUE_6 } from '../symptomPaths';
import { SEED_FILES } from '../sources';

const guide = SEED_FILES.practiceMateLogin;
const article = SEED_FILES.loginArticle;

/*
 * The troubleshooter in Spanish: one record per English step (same id, same seed). {id} = Office
 * Ally's word, shown in English (lang="en"). `quote` is the seed's sentence in Spanish; the English
 * record keeps the seed's exact words. `actionLabels` are the English step's labelled actions, in order.
 */

const checkHiddenSpaces: TranslatedStep = {
  title: 'Revise si hay espacios escondidos en lo que pegó',
  detail:
    'Un espacio o un carácter invisible copiado junto con el usuario o la contraseña hace que el portal los rechace. Péguelo en el revisor de abajo para verlo.',
  quote: 'revise si hay espacios escondidos al final del texto; pasa mucho al copiar y pegar',
  source: article,
};

const checkCase: TranslatedStep = {
  title: 'Revise las mayúsculas y minúsculas (Bloq Mayús)',
  detail: 'Escriba la contraseña otra vez, despacio, con Bloq Mayús apagado. El revisor de abajo también avisa si Bloq Mayús está encendido.',
  quote: 'Recuerde que las contraseñas distinguen mayúsculas y minúsculas.',
  source: article,
};

const checkPortal: TranslatedStep = {
  title: 'Asegúrese de estar en el portal correcto',
  detail:
    'Service Center, Practice Mate, EHR 24/7 y Patient Ally tienen cada uno su propia página de inicio de sesión, y los accesos clínicos y los de la oficina van por separado.',
  quote: 'Una de las causas más frecuentes de que falle el inicio de sesión es intentar entrar al portal equivocado.',
  actionLabels: ['Buscar el portal correcto'],
  source: article,
};

const resetActions = ['Abrir la ayuda para la contraseña olvidada', 'Ver el video para restablecer la contraseña (en inglés)'];

const resetPassword: TranslatedStep = {
  title: 'Use los enlaces “{retrieve}” o restablezca su contraseña',
  detail:
    'En la página de inicio de sesión, los enlaces {retrieve} recuperan un usuario o una contraseña perdidos. Un video de 2 minutos muestra cómo restablecer la contraseña.',
  quote: 'Si pierde su usuario o su contraseña, puede usar los enlaces “{retrieve}” de la página de inicio de sesión',
  actionLabels: resetActions,
  source: guide,
};

const waitLockout: TranslatedStep = {
  title: 'Deje de intentar y espere de 15 a 30 minutos',
  detail:
    'Después de varios intentos fallidos, la cuenta queda bloqueada por un tiempo. Intentar más ahora no ayuda. Inicie un temporizador para saber cuándo volver a intentar.',
  quote: 'lo habitual es esperar de 15 a 30 minutos antes de intentar de nuevo o usar la herramienta para restablecer la contraseña',
  source: article,
};

const clearCacheSteps = {
  title: 'Borre la caché y las cookies del navegador para Office Ally',
  detail:
    'Los archivos viejos guardados en el navegador pueden chocar con el sitio actual de Office Ally. La página de Office Ally muestra cómo hacerlo en cada navegador.',
  actionLabels: ['Cómo borrar la caché y las cookies (Office Ally, en inglés)'],
};

export const SYMPTOMS_ES: Record<string, TranslatedSymptom> = {
  'password-rejected': {
    label: 'Me rechaza el usuario o la contraseña',
    steps: {
      'hidden-spaces': checkHiddenSpaces,
      'case-sensitive': checkCase,
      'right-portal': checkPortal,
      'retrieve-or-reset': resetPassword,
      'maybe-locked': {
        ...waitLockout,
        title: 'Si ya intentó varias veces, espere antes del próximo intento',
        quote: 'Después de varios intentos fallidos, la cuenta puede bloquearse por un tiempo por seguridad.',
      },
    },
  },
  'locked-out': {
    label: 'Quedé bloqueado después de demasiados intentos',
    steps: {
      'wait-lockout': waitLockout,
      'reset-after-lockout': {
        title: 'O restablezca la contraseña con “{forgotPassword}”',
        detail: 'Para restablecerla necesita acceso al correo registrado en la cuenta o las respuestas a sus preguntas de seguridad.',
        quote: 'El enlace “{forgotPassword}” requiere acceso al correo registrado o conocer las preguntas de seguridad definidas.',
        actionLabels: resetActions,
        source: article,
      },
    },
  },
  'blank-page': {
    label: 'La página queda en blanco o carga a medias',
    steps: {
      'clear-cache': {
        ...clearCacheSteps,
        quote: 'Borrar la caché y las cookies de ese sitio es un primer paso muy eficaz.',
        source: article,
      },
      'private-window': {
        title: 'Pruebe una ventana {incognito} o {inPrivate}',
        detail: 'Una ventana privada se abre sin las extensiones del navegador, que pueden bloquear partes de la página.',
        quote: 'abrir una ventana “{incognito}” o “{inPrivate}” (navegación privada) evita conflictos con las extensiones',
        source: article,
      },
      'chrome-or-edge': {
        title: 'Use la versión más reciente de Google Chrome o Microsoft Edge',
        detail: 'Otros navegadores a veces no muestran bien las herramientas de reclamaciones ni los informes.',
        quote: 'use la versión más reciente de Google Chrome o Microsoft Edge',
        source: article,
      },
    },
  },
  'two-factor-late': {
    label: 'No me llega el código de seguridad 2FA',
    steps: {
      'spam-folder': {
        title: 'Revise ahora la carpeta de spam o correo no deseado',
        detail: 'Los códigos muchas veces se atrasan o quedan filtrados. Inicie una espera de 2FA para que AllyDesk le diga qué probar mientras espera.',
        quote: 'Revise enseguida las carpetas de spam o correo no deseado.',
        source: article,
      },
      'contact-details': {
        title: 'Confirme que el correo y el número de celular registrados estén al día',
        detail: 'El código va al correo o al número de celular registrado en la cuenta.',
        quote: 'Si el código sigue sin llegar, confirme que los datos de contacto registrados estén al día.',
        source: article,
      },
      'number-changed': {
        title: '¿Cambió hace poco el número de celular? Llame a soporte',
        detail: 'Solo Office Ally puede cambiar el número al que llegan los códigos.',
        quote: 'Si cambió hace poco el número de celular, puede hacer falta llamar a soporte técnico para actualizar la seguridad de la cuenta.',
        source: article,
      },
    },
  },
  'logged-out': {
    label: 'La sesión se me cierra muy seguido',
    steps: {
      'save-often': {
        title: 'Guarde su trabajo cada pocos minutos',
        detail:
          'El portal cierra la sesión después de un tiempo sin actividad; lo exige HIPAA. Guardar cuenta como actividad y protege sus notas y los cambios en reclamaciones.',
        quote: 'guarde su trabajo, como notas clínicas o cambios en reclamaciones, cada pocos minutos',
        actionLabels: ['Iniciar un temporizador de sesión'],
        source: article,
      },
      'sleeping-tabs': {
        title: 'Apague el ahorro de energía del navegador para las pestañas de Office Ally',
        detail:
          'Algunos navegadores “duermen” las pestañas para ahorrar energía (por ejemplo, “pestañas en reposo” o “ahorro de memoria”). Agregue los sitios de Office Ally a las excepciones.',
        quote: 'Algunos navegadores tienen modos de ahorro de energía que “duermen” las pestañas, y el portal puede tomarlo como fin de la sesión.',
        source: article,
      },
    },
  },
  'service-center-message': {
    label: 'Veo un mensaje del Service Center la primera vez que inicio sesión',
    steps: {
      'reopen-browser': {
        title: 'Cierre el navegador por completo, ábralo de nuevo e inicie sesión otra vez',
        detail: 'Cierre todas las ventanas del navegador, no solo la pestaña.',
        quote:
          'La primera vez que inicie sesión puede ver un mensaje del Service Center. Si pasa, cierre el navegador, ábralo de nuevo e inicie sesión otra vez para resolverlo.',
        source: guide,
      },
      'clear-cache': {
        ...clearCacheSteps,
        quote: 'Restablecer el navegador y borrar la caché y las cookies resuelve la mayoría de las fallas.',
        source: guide,
      },
    },
  },
  'sftp-sync': {
    label: 'Mi software del consultorio no se sincroniza (SFTP)',
    steps: {
      'sftp-credentials': {
        title: 'Revise las credenciales SFTP, no su inicio de sesión web',
        detail:
          'El software del consultorio que envía reclamaciones a Office Ally usa su propio usuario y contraseña SFTP, distintos de los que usted escribe en el sitio web.',
        quote: 'Si su sistema integrado no se sincroniza, el problema suele estar en estas credenciales SFTP y no en su inicio de sesión web habitual.',
        source: article,
      },
      'sftp-new-key': {
        title: 'Entre al portal web y cree una contraseña o clave SFTP nueva',
        detail: 'Después escriba la nueva en el software del consultorio.',
        quote:
          'Para cambiar estas contraseñas normalmente hay que entrar primero al portal web y generar un token o una clave segura nueva para la integración.',
        source: article,
      },
    },
  },
  'which-portal': {
    label: 'No sé qué portal usar',
    steps: {
      'choose-portal': {
        ...checkPortal,
        title: 'Elija el portal según la tarea',
        detail:
          'Reclamaciones y estado de reclamaciones: Service Center. Agenda y datos de pacientes: Practice Mate. Notas SOAP y recetas: EHR 24/7. Pacientes que ven su expediente y pagan: Patient Ally.',
      },
      'practice-mate-login': {
        title: 'Para Practice Mate: use {logIn} y luego {practiceMateLogin}',
        detail: 'Vaya a cms.officeally.com/practicemate, haga clic en {logIn} en la esquina superior derecha y elija {practiceMateLogin} en el menú.',
        quote: 'Vaya a la página de inicio de sesión de Office Ally para Practice Mate:',
        actionLabels: ['Abrir la página de inicio de sesión de Practice Mate'],
        source: guide,
      },
    },
  },
  mobile: {
    label: 'La página se ve mal en un celular o una tableta',
    steps: {
      'desktop-site': {
        title: 'Active “{requestDesktopSite}” en el navegador del celular',
        detail: 'En el menú del navegador, elija {requestDesktopSite} (o “Sitio de escritorio”).',
        quote: 'use la función “{requestDesktopSite}” (ver versión de escritorio) en la configuración del navegador móvil',
        source: article,
      },
      'allow-popups': {
        title: 'Permita las cookies y las ventanas emergentes de Office Ally',
        detail: 'Los informes y {claimFix} se abren en ventanas emergentes, que los celulares muchas veces bloquean.',
        quote: 'Asegúrese de que el navegador permita las cookies y las ventanas emergentes de los dominios de Office Ally.',
        source: article,
      },
      'use-desktop': {
        title: 'Use una computadora de escritorio para esta tarea',
        detail: 'No hay una aplicación de Office Ally para los proveedores; un navegador de escritorio es lo más confiable.',
        quote: 'Entrar a las plataformas desde una computadora de escritorio sigue siendo lo más confiable para manejar mucho volumen de datos.',
        source: article,
      },
    },
  },
  'access-hours': {
    label: 'Puedo iniciar sesión a algunas horas pero no a otras',
    steps: {
      'ask-security-admin': {
        title: 'Pregunte al Security Administrator de su consultorio por el horario de acceso',
        detail:
          'Office Ally permite que un Security Administrator (administrador de seguridad) limite las horas en que un usuario puede iniciar sesión. Pregúntele si su cuenta tiene un horario de acceso y cuál es.',
        quote: 'Office Ally permite que un Security Administrator limite el horario de acceso de los usuarios',
        source: ISSUE_6,
      },
      'note-times': {
        title: 'Anote cuándo funciona y cuándo falla, con su zona horaria',
        detail:
          'Soporte puede comparar las horas con la configuración de su cuenta. La solicitud de soporte del final agrega la hora y la zona horaria por usted.',
        source: ISSUE_6,
      },
    },
  },
};

export const SUPPORT_STEP_ES: TranslatedStep = {
  title: 'Comuníquese con el soporte de Office Ally',
  detail: 'Dé su usuario, el portal y el mensaje de error exacto. Nunca su contraseña.',
  quote: 'Cuando escriba, incluya su usuario y una descripción detallada del mensaje de error, pero nunca incluya su contraseña en el mensaje.',
  source: article,
};
