import type { Catalog } from '../catalog';

/*
 * Spanish for the portal windows (renderer/portals/): the cards' buttons, the clear dialog, the
 * banners, the open windows' list and its card in Settings. {portal} is the Office Ally product's
 * name (in English); {item}, {logIn} and {continue} are Office Ally's menu and button words, shown
 * in English (lang="en") as the portal shows them. Words as in the portal-window bar (es/toolbar.ts):
 * cache and cookies → caché y cookies; private window → ventana privada; Settings → Configuración.
 */
export const portalActions: Catalog['portalActions'] = {
  open: 'Abrir {portal} en AllyDesk',
  openPrivate: 'Abrir una ventana privada de {portal}',
  clear: 'Borrar la caché y las cookies de {portal}',
  opened: '{portal} está abierto en su propia ventana de AllyDesk.',
  openedPrivate: '{portal} está abierto en una ventana privada: no se guarda nada de ella cuando la cierra.',
  cleared: 'Se borraron las cookies y la caché de {portal} en AllyDesk, y su página de inicio de sesión está abierta de nuevo.',
  goToSettings: 'Ir a Configuración',
  'start.it': '{portal} se abre en la dirección que fijó su departamento de TI.',
  'start.practice': '{portal} se abre en la dirección que su consultorio guardó en Configuración.',
  'start.help': '{portal} se abre en la página de inicio de sesión que dan los documentos de ayuda.',
  'start.office-ally-site': 'Los documentos de ayuda no dan una página de inicio de sesión de {portal}, así que se abre en el sitio de Office Ally.',
  startHint: 'Elija {item} en {logIn}, arriba a la derecha.',
  startHintPatientAlly:
    'Busque Patient Ally en {logIn}, arriba a la derecha. Si no está, pida a su consultorio la dirección de su Patient Ally y agréguela en Configuración.',
  startAddress: 'Dirección de inicio: {source}.',
  'source.it': 'fijada por su departamento de TI',
  'source.practice': 'fijada por su consultorio',
  'source.help': 'de los documentos de ayuda',
  'source.office-ally-site': 'el sitio de Office Ally',
  clearTitle: '¿Borrar la caché y las cookies de {portal}?',
  clearBody:
    'Se cerrará su sesión de {portal} en AllyDesk y se abrirá de nuevo su página de inicio de sesión. Sus otros portales y sus inicios de sesión guardados no cambian.',
  clearKeep: 'Conservarlas',
  clearConfirm: 'Borrar y volver a abrir',
  codeRequest:
    '{portal} le pide su código de seguridad de dos factores (2FA). Escríbalo en la ventana {portal} — {profile}. El código suele llegar a su correo electrónico registrado o por mensaje de texto a su celular. ¿Aún no llega? Revise su carpeta de correo no deseado.',
  codeRequestPrivate:
    '{portal} le pide su código de seguridad de dos factores (2FA). Escríbalo en la ventana privada de {portal}. El código suele llegar a su correo electrónico registrado o por mensaje de texto a su celular. ¿Aún no llega? Revise su carpeta de correo no deseado.',
  setIdle: 'Fijar el temporizador de inactividad de {portal} en {minutes} minutos',
  openInBrowser: 'Abrirlo en mi navegador',
  openInBrowserLabel: 'Abrir {url} en mi navegador',
  dismiss: 'Cerrar',
};

export const portalWindows: Catalog['portalWindows'] = {
  title: 'Ventanas de portal abiertas',
  windowName: '{portal} — {profile}',
  privateWindowName: '{portal} — ventana privada',
  toolbar: 'Ventana {window}',
  noPage: 'Todavía no hay página',
  notOfficeAlly: 'No es una página de Office Ally',
  noTimer: 'Sin temporizador de sesión',
  timeLeft: 'Cierra la sesión en unos {minutes, plural, one {# minuto} other {# minutos}} sin actividad',
  findIn: 'Buscar en {window}',
  findNext: 'Siguiente',
  findPrevious: 'Anterior',
  findClose: 'Cerrar la búsqueda',
  findCount: '{active} de {matches}',
  findNone: 'Sin coincidencias',
  bringToFront: 'Traer al frente',
  inFront: '{window} está al frente.',
  back: 'Atrás',
  wentBack: '{window} volvió a la página anterior.',
  noEarlier: 'No hay una página anterior.',
  forward: 'Adelante',
  wentForward: '{window} pasó a la página siguiente.',
  noLater: 'No hay una página siguiente.',
  reload: 'Volver a cargar',
  reloading: '{window} se está volviendo a cargar.',
  zoomOut: 'Alejar (ahora {percent} %)',
  zoomReset: 'Restablecer el zoom (ahora {percent} %)',
  zoomIn: 'Acercar (ahora {percent} %)',
  zoomValue: '{percent} %',
  zoomed: 'Zoom {percent} %.',
  find: 'Buscar',
  print: 'Imprimir',
  printing: 'El cuadro de impresión está abierto para {window}.',
  savePdf: 'Guardar como PDF',
  savedPdf: 'Se guardó {file} en su carpeta Descargas.',
  clear: 'Borrar',
  cleared: 'Se borraron las cookies y la caché de {portal}.',
  close: 'Cerrar',
  settingsTitle: 'Ventanas de portal',
  submitAfterFill: '«Entrar como» también pulsa el botón {continue} del portal (desactivado: AllyDesk solo escribe el usuario y la contraseña)',
};
