import type { Catalog } from '../catalog';

/*
 * Spanish for the troubleshooter (renderer/troubleshoot/) and the support screen (renderer/support/).
 * As the help content says it: two-factor → dos factores (2FA); lockout → bloqueo; Caps Lock → Bloq
 * Mayús; hidden characters → caracteres ocultos; Live Chat → chat en vivo. The email to Office
 * Ally's support stays in English (its support works in English); only what is on screen is Spanish.
 */
export const troubleshoot: Catalog['troubleshoot'] = {
  title: 'Resolver un problema de acceso',
  lead: 'Un paso a la vez, según los consejos de la propia Office Ally. Cada paso dice de dónde viene.',
  whatDoYouSee: '¿Qué ve en la pantalla?',
  quote: '«{quote}»',
  source: 'Fuente: {source}',
  position: 'Paso {step} de {total}',
  lastStep: 'Último paso',
  problem: 'Problema:',
  alreadyTried: 'Ya probado',
  didNotFix: '— no lo resolvió',
  solved: 'Resuelto',
  fixedTitle: 'Bien, eso lo resolvió',
  fixedBy: 'Lo resolvió: {step}.',
  didThatFix: '¿Eso lo resolvió?',
  yes: 'Sí, ya funciona',
  no: 'No, siguiente paso',
  back: 'Atrás',
  startOver: 'Empezar de nuevo',
  whichPortal: '¿En qué portal intentaba iniciar sesión?',
  portal: 'Portal',
  notSure: 'No estoy seguro',
  choosePortalForTimer: 'Elija el portal para que el temporizador sepa a qué inicio de sesión corresponde.',
  howLong: 'Cuánto esperar',
  minutes: '{minutes, plural, one {# minuto} other {# minutos}}',
  startLockout: 'Iniciar el temporizador de bloqueo',
  startTwoFactorWait: 'Iniciar la espera del código 2FA',
  lockoutStarted: 'Temporizador de bloqueo iniciado. AllyDesk le avisará cuándo volver a intentarlo.',
  twoFactorStarted: 'Espera del código 2FA iniciada. AllyDesk le dirá qué probar después.',
  sftpNoPage: 'SFTP no tiene una página web que borrar.',
  choosePortalToClear: 'Elija el portal para borrar su caché y sus cookies en AllyDesk.',
  choosePortalToOpenPrivate: 'Elija el portal para abrirlo en una ventana privada de AllyDesk.',
  checkerTitle: 'Revisar un usuario o una contraseña pegados',
  checkerLabel: 'Pegue aquí el usuario o la contraseña',
  checkerHint: 'No se guarda, no se envía a ninguna parte y no se registra. Se borra cuando sale de esta pantalla.',
  showCharacters: 'Mostrar los caracteres en la pantalla',
  clear: 'Borrar',
  nothingHidden: 'No hay espacios ocultos ni caracteres invisibles.',
  capsLockOn: 'Bloq Mayús está activado. Las contraseñas distinguen mayúsculas de minúsculas: desactívelo y vuelva a escribir.',
  allUpper: 'Todas las letras están en mayúsculas. ¿Está activado Bloq Mayús? Las contraseñas distinguen mayúsculas de minúsculas.',
  characterCount:
    '{count, plural, one {# carácter} other {# caracteres}}{hidden, plural, =0 {} one {, de ellos # oculto o en blanco} other {, de ellos # ocultos o en blanco}}.',
  'mark.space': 'espacio',
  'mark.tab': 'tab',
  'mark.line-break': 'salto de línea',
  'mark.non-breaking-space': 'NBSP',
  'mark.zero-width': 'ancho cero',
  'mark.other-invisible': 'invisible',
  'mark.control': 'control',
  fastestOpen: 'Lo más rápido ahora: {channel}.',
  allClosed: 'El teléfono y el chat están cerrados ahora. Escriba un correo a soporte y le responderán cuando abran.',
};

export const supportComposer: Catalog['supportComposer'] = {
  title: 'Escribir al soporte de Office Ally',
  never: 'Nunca incluya su contraseña. Office Ally pide, en cambio, su usuario y el mensaje de error exacto.',
  inEnglish: 'El correo lleva sus propias palabras en inglés, para el soporte de Office Ally; lo que usted escriba va tal como lo escribe.',
  username: 'Su usuario de Office Ally',
  whatHappened: 'Qué pasó',
  errorText: 'Mensaje de error exacto (cópielo palabra por palabra)',
  otherSteps: 'Cualquier otra cosa que ya probó (una por línea)',
  stepsTried: 'Pasos ya probados (en este asistente)',
  browser: 'Navegador que usa para Office Ally',
  otherBrowser: 'Otro',
  notSure: 'No estoy seguro',
  time: 'Cuándo pasó (con zona horaria)',
  timeNow: 'Usar la hora actual',
  preview: 'Vista previa del mensaje',
  hiddenInPreview: '[oculto aquí: parece una contraseña; quítela arriba]',
  enterUsername: 'Escriba su usuario: soporte lo necesita para encontrar su cuenta.',
  describe: 'Describa qué pasó, o pegue abajo el mensaje de error exacto.',
  looksLikePassword:
    'Parece que esto contiene una contraseña ("{keyword} …"). Quítela: Office Ally pide incluir su usuario y una descripción detallada del mensaje de error, pero nunca incluir su contraseña en la comunicación.',
  vaultMatch:
    'Esto contiene una contraseña guardada en sus contraseñas de AllyDesk. Quítela: Office Ally pide incluir su usuario y una descripción detallada del mensaje de error, pero nunca incluir su contraseña en la comunicación.',
  vaultLocked:
    'No hay ningún perfil de contraseñas desbloqueado, así que no se revisaron sus contraseñas guardadas; sí se revisaron los patrones de contraseña.',
  vaultFailed: 'No se pudo revisar con sus contraseñas guardadas ({reason}); sí se revisaron los patrones de contraseña.',
  fixFields: 'No se envió ni se copió nada. Corrija los campos marcados abajo.',
  emailShortened:
    'Su programa de correo debería abrirse ahora. El texto era demasiado largo para un enlace de correo y quedó cortado: use Copiar el texto y péguelo en el correo.',
  emailOpening: 'Su programa de correo debería abrirse ahora con un mensaje para {email}.',
  copied: 'Copiado. Péguelo en su correo o en la ventana del chat.',
  notCopied: 'AllyDesk no pudo copiar. Seleccione el texto de la vista previa y pulse Ctrl+C.',
  openEmail: 'Abrir un correo a soporte',
  copyText: 'Copiar el texto',
};

export const support: Catalog['support'] = {
  title: 'Contactar al soporte de Office Ally',
  never: 'Nunca dé su contraseña, ni por teléfono, ni por chat, ni por correo. Dé su usuario y el mensaje de error exacto.',
  postal: 'Dirección postal',
  pressOption: 'Para problemas técnicos, marque la {option}.',
  option: 'opción {option}',
  supportAddress: 'Soporte:',
  infoAddress: 'Información:',
};
