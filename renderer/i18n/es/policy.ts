import type { Catalog } from '../catalog';

/*
 * Spanish for the practice policy (renderer/policy/) and the shared profiles folder
 * (renderer/vault/SharedFolder.tsx). IT → el departamento de TI; practice → consultorio; shared
 * folder → carpeta compartida; front-desk PC → computadora del mostrador; key store → almacén de claves.
 * Group Policy, Intune, OneDrive and Dropbox are product names and stay as they are.
 */
export const setByIt: Catalog['setByIt'] = {
  label: 'Definido por el departamento de TI de su consultorio',
};

export const policy: Catalog['policy'] = {
  title: 'Política del consultorio',
  lead: 'El departamento de TI de su consultorio puede fijar algunas opciones de AllyDesk para todas las computadoras (Group Policy o Intune en Windows, un perfil de configuración en una Mac, un archivo propiedad de root en Linux). Lo que fije aquí vale para todos y no se puede cambiar en AllyDesk.',
  none: 'No hay ninguna política del consultorio en vigor en esta computadora. Usted elige todas las opciones.',
  caption: 'Opciones que fijó el departamento de TI de su consultorio',
  setting: 'Opción',
  value: 'Valor',
  appliesTo: 'Se aplica a',
  setIn: 'Fijado en',
  pending: 'Esta versión de AllyDesk todavía no tiene esa función; seguirá esta opción cuando la tenga.',
  notApplied: 'No aplicado',
  readsFrom: 'AllyDesk lee la política del consultorio de: {places}.',
  yes: 'Sí',
  no: 'No',
  atMost: 'Como máximo {value}',
  allowed: 'Permitido',
  turnedOff: 'Desactivado',
  portalValue: '{portal}: {value}',
  machine: 'Todos en esta computadora',
  user: 'Solo su cuenta de usuario',
  'title.PortalLoginPages': 'Páginas de inicio de sesión de los portales',
  'title.SupportPhone': 'Número de teléfono de soporte',
  'title.SupportPhoneOption': 'Opción del menú telefónico de soporte',
  'title.SupportEmail': 'Correo electrónico de soporte',
  'title.PortalInactivityMinutes': 'Minutos de inactividad de los portales',
  'title.VaultIdleLockMinutesMax': 'Bloqueo por inactividad más largo de sus contraseñas (minutos)',
  'title.ClipboardClearSecondsMax': 'Tiempo máximo que una contraseña copiada queda en el portapapeles (segundos)',
  'title.PassphraseMinLength': 'Largo mínimo de la frase de contraseña',
  'title.PinUnlock': 'Desbloqueo con PIN',
  'title.PinMaxHours': 'Período más largo del desbloqueo con PIN (horas)',
  'title.PlaintextExport': 'Exportar los inicios de sesión sin cifrar',
  'title.ProfilesFolder': 'Carpeta compartida de perfiles',
  'title.PortalWindows': 'Ventanas de portal',
  'title.PortalAutoSubmit': 'Enviar el formulario de inicio de sesión después de llenarlo',
  'title.Language': 'Idioma',
  'title.BrowserMode': 'Modo navegador',
  'title.UpdateMode': 'Actualizaciones',
  'title.UpdateFeedUrl': 'Dirección del servidor de actualizaciones',
};

export const sharedFolder: Catalog['sharedFolder'] = {
  protection:
    'Un perfil en la carpeta compartida está protegido solo por su frase de contraseña: el almacén de claves de una computadora no puede sellar un archivo que abren otras computadoras del mostrador, así que elija una frase de contraseña larga.',
  title: 'Carpeta compartida de perfiles',
  lead: 'Una carpeta a la que llegan todas las computadoras del mostrador: un recurso compartido de Windows como {example}, o una carpeta que mantiene OneDrive o Dropbox. Cada perfil del personal se guarda allí, cifrado, para que cada persona desbloquee el mismo perfil en cualquier mostrador. Cuando no se puede llegar a la carpeta, cada computadora trabaja con su propia copia cifrada y une los cambios cuando la carpeta vuelve.',
  folder: 'Carpeta',
  folderHint: 'Déjelo vacío para guardar los perfiles solo en esta computadora.',
  pcName: 'Nombre de esta computadora',
  pcNameHint: 'Se muestra en el registro de actividad y junto a los perfiles con el mismo nombre.',
  reachable: 'Esta computadora llega a {folder}.',
  unreachable: 'Esta computadora no llega a {folder} en este momento.',
  save: 'Guardar la carpeta compartida',
  saved: 'Guardado.',
  bannerPending:
    'Esta computadora no llega a la carpeta compartida de perfiles {path}. Está trabajando con la copia cifrada de esta computadora; sus cambios se guardan aquí y se unen a la carpeta compartida en cuanto vuelva.',
  banner:
    'Esta computadora no llega a la carpeta compartida de perfiles {path}. Está trabajando con la copia cifrada de esta computadora; los cambios se unen cuando la carpeta vuelva.',
  whereTitle: 'Dónde se guarda este perfil',
  whereShared: 'En la carpeta compartida del consultorio ({path}): puede desbloquearlo en todas las computadoras del mostrador.',
  whereLocal: 'Solo en esta computadora. Muévalo a la carpeta compartida del consultorio para usarlo en todas las computadoras del mostrador.',
  movedLocal: 'Su perfil ahora está solo en esta computadora.',
  movedShared: 'Su perfil ahora está en la carpeta compartida.',
  moveLocalTrigger: 'Mover solo a esta computadora…',
  moveSharedTrigger: 'Mover a la carpeta compartida…',
  moveLocalTitle: '¿Guardar este perfil solo en esta computadora?',
  moveSharedTitle: '¿Mover este perfil a la carpeta compartida?',
  moveLocalText:
    'Todos sus inicios de sesión van con él. Las demás computadoras del mostrador ya no lo mostrarán, y el almacén de claves de esta computadora vuelve a protegerlo.',
  moveSharedText: 'Todos sus inicios de sesión van con él, y luego podrá desbloquearlo en todas las computadoras del mostrador.',
  leave: 'Dejarlo donde está',
  moveLocal: 'Mover a esta computadora',
  moveShared: 'Mover a la carpeta compartida',
};
