import type { Catalog } from '../catalog';

export const shell: Catalog['shell'] = {
  skip: 'Ir a la pantalla',
  unofficial: 'Ayudante no oficial para usuarios de Office Ally: no lo hizo ni lo respalda Office Ally.',
  browserMode: 'Modo navegador: solo para esta computadora.',
  navLabel: 'Principal',
  messagesLabel: 'Mensajes',
  dismiss: 'Cerrar',
  loading: 'Cargando…',
  notification: '{title}: {body}',
  'screen.portals': '¿Qué portal?',
  'screen.login': 'Iniciar sesión',
  'screen.password': 'Olvidé la contraseña',
  'screen.troubleshoot': 'Resolver un problema de acceso',
  'screen.timers': 'Temporizadores',
  'screen.vault': 'Contraseñas',
  'screen.autopay': 'Pago automático',
  'screen.security': 'Seguridad y herramientas',
  'screen.support': 'Contactar a soporte',
  'screen.settings': 'Configuración',
};

export const language: Catalog['language'] = {
  title: 'Idioma',
  label: 'Idioma de AllyDesk',
  system: 'El mismo de esta computadora ({language})',
  hintSystem: 'AllyDesk sigue los idiomas preferidos de esta computadora, y el inglés para todo lo demás.',
  hintPolicy: 'El departamento de TI de su consultorio eligió este idioma para todas las computadoras.',
  officeAllyStays:
    'Las pantallas de Office Ally están en inglés: AllyDesk escribe cada botón y menú tal como Office Ally lo muestra, para que usted lo encuentre allí.',
  saved: 'Guardado: AllyDesk ahora se muestra en {language}.',
  notSaved: 'No se guardó: {reason}',
};

export const search: Catalog['search'] = {
  label: 'Buscar en la ayuda',
  hint: 'Escriba unas palabras y luego pulse la flecha hacia abajo para recorrer los resultados, o Intro para abrir el mejor.',
  loading: 'Cargando la búsqueda…',
  nothing: 'No se encontró nada para «{query}». Pruebe con menos palabras o con otras.',
  count: '{count, plural, one {# resultado} other {# resultados}}',
  results: 'Resultados de la búsqueda',
  where: '{screen} — {excerpt}',
};
