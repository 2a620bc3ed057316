import type { Catalog } from '../catalog';

export const portals: Catalog['portals'] = {
  title: '¿Qué portal de Office Ally necesito?',
  lead: 'Una de las causas más frecuentes de no poder entrar es intentar usar el portal equivocado. Cada servicio tiene su propio inicio de sesión.',
  typicalTasks: 'Tareas habituales',
  credentials: 'Usuario y contraseña',
  noAddress: 'Los documentos de ayuda no dan una dirección para esto. Su consultorio puede agregarla en Configuración.',
  openInBrowser: 'Abrir la {page} de {portal} en su propio navegador',
  addressSource: 'Fuente de la dirección: {source}',
};

export const help: Catalog['help'] = {
  source: 'Fuente: {source}',
  needsInternet: '(necesita internet)',
  offline:
    'Esta computadora no tiene conexión. Los enlaces marcados “necesita internet” no se abrirán hasta que vuelva la conexión; todo lo que está escrito aquí sigue sirviendo.',
  setByPractice: 'Definido por su consultorio',
  documentsSay: 'Los documentos de ayuda dicen: {value}',
  documentsNoValue: 'Los documentos de ayuda no dan un valor para esto.',
};

export const taskFinder: Catalog['taskFinder'] = {
  title: '¿Qué necesita hacer?',
  formLabel: 'Encontrar el portal correcto',
  inputLabel: 'Escriba la tarea con sus propias palabras',
  submit: 'Buscar el portal',
  hint: 'Por ejemplo “estado de reclamación”, “actualizar el seguro del paciente” o “receta electrónica”.',
  try: 'Pruebe:',
  nothing:
    'Ningún portal coincide con “{query}”. Pruebe una palabra como reclamación, ERA, cita, seguro, nota SOAP, receta o pago, o use Buscar en la ayuda arriba.',
  answer: 'Para “{query}” use {portal}',
  show: 'Ver {portal}',
  alsoClose: 'También se parecen: {tasks}.',
  alsoCloseItem: '{task} ({portal})',
};

export const login: Catalog['login'] = {
  title: 'Iniciar sesión en Office Ally',
  mobile: 'Celulares y tabletas',
  commonErrors: 'Cómo resolver los errores de inicio de sesión más comunes',
  passwordTitle: '¿Olvidó su contraseña?',
  qrAlt: 'Código QR: escanéelo con su celular para abrir el video de 2 minutos para restablecer la contraseña',
  tipLine: '{title}: {text}',
};
