import type { StartPageTexts } from '../startTexts';

/** Where a portal window starts, in Spanish ({logIn}, {menuItem}: Office Ally's menu words, shown in English). */
export const SPANISH_START_PAGES: StartPageTexts = {
  chooseItem: 'Elija {menuItem} en el menú {logIn}, arriba a la derecha.',
  patientAlly:
    'Busque Patient Ally en el menú {logIn}, arriba a la derecha. Si no está, pida a su consultorio la dirección de su Patient Ally y agréguela en Configuración.',
  opens: {
    it: '{name} se abre en la dirección que fijó su departamento de TI.',
    practice: '{name} se abre en la dirección que su consultorio guardó en Configuración.',
    help: '{name} se abre en la página de inicio de sesión que da la ayuda. {hint}',
    'office-ally-site': 'La ayuda no da una página de inicio de sesión de {name}, así que se abre en el sitio de Office Ally. {hint}',
  },
  sourceLabels: {
    it: 'la fijó su departamento de TI',
    practice: 'la fijó su consultorio',
    help: 'de los documentos de ayuda',
    'office-ally-site': 'el sitio de Office Ally',
  },
};
