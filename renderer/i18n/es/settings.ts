import type { Catalog } from '../catalog';

/*
 * Spanish for Settings (renderer/settings/): the practice's corrections and the updates card.
 * "Set by your practice" is the help screens' mark, "Definido por su consultorio" (es/help.ts);
 * Settings → Configuración; help documents → documentos de ayuda. Times are ICU {at, date/time}
 * arguments, formatted by Intl in es-US; the download share is an ICU percent (es-US: "40 %").
 */
export const settings: Catalog['settings'] = {
  title: 'Configuración: los datos de Office Ally de su consultorio',
  lead: 'Office Ally cambia a veces sus direcciones web y los menús de su teléfono. Si los suyos no coinciden con los documentos de ayuda, escríbalos aquí; las pantallas de ayuda mostrarán entonces sus valores, marcados «Definido por su consultorio». Solo se aceptan direcciones seguras https:// de los sitios de Office Ally o de Patient Ally.',
  loginPages: 'Páginas de inicio de sesión de los portales',
  portalField: '{portal}: {page}',
  support: 'Soporte de Office Ally',
  supportPhone: 'Número de teléfono de soporte',
  supportPhoneOption: 'Opción del menú telefónico para problemas técnicos',
  supportEmail: 'Correo electrónico de soporte',
  fixed: 'No se puede cambiar aquí.',
  fixedDocumented: 'No se puede cambiar aquí. Los documentos de ayuda dicen: {value}',
  documented: 'Déjelo vacío para usar el valor de los documentos de ayuda: {value}',
  undocumented: 'Los documentos de ayuda no dan un valor; déjelo vacío si no lo sabe.',
  save: 'Guardar',
  saving: 'Guardando…',
  saved: 'Guardado. Las pantallas de ayuda ahora muestran estos valores, marcados «Definido por su consultorio».',
  fieldsToFix:
    'No se guardó: {count, plural, one {hay que corregir un campo} other {hay que corregir # campos}} (marcados abajo). Lo que escribió se conserva.',
  notSaved: 'No se guardó: {reason}',
};

export const updates: Catalog['updates'] = {
  title: 'Actualizaciones',
  version: 'AllyDesk versión {version}',
  whatsNewLabel: 'Qué cambió en la versión {version}',
  updated: 'AllyDesk se actualizó a la versión {version}.',
  updatedNotes: 'AllyDesk se actualizó a la versión {version}. Qué cambió:',
  dismiss: 'Cerrar',
  'mode.default': 'AllyDesk busca actualizaciones al iniciarse y cada día.',
  'mode.start': 'AllyDesk busca actualizaciones al iniciarse.',
  'mode.manual': 'AllyDesk busca actualizaciones solo cuando usted pulsa «Buscar actualizaciones».',
  'mode.none': 'AllyDesk no busca actualizaciones.',
  practiceFeed: 'Las actualizaciones llegan del propio servidor de actualizaciones de su consultorio.',
  idle: 'Todavía no se ha buscado.',
  checking: 'Buscando actualizaciones…',
  upToDate: 'AllyDesk está al día.',
  downloading: 'Descargando la versión {version} en segundo plano ({percent, number, ::percent}). Puede seguir trabajando.',
  ready: 'La versión {version} está descargada y verificada. Se instala cuando cierre AllyDesk, o ahora si lo reinicia.',
  lastChecked: 'Última búsqueda: {at, date, medium}, {at, time, short}',
  whatChanges: 'Qué cambia: {notes}',
  check: 'Buscar actualizaciones',
  restart: 'Reiniciar y actualizar',
};
