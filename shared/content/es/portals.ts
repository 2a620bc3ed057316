import type { TranslatedPortal, TranslatedPortalTask } from '../localized';
import type { PortalId } from '../ids';
import { SEED_FILES } from '../sources';

const article = SEED_FILES.loginArticle;

/** "Which portal?" in Spanish (seed 001). Office Ally's product names stay as the portals write them. */
export const PORTALS_ES: Record<PortalId, TranslatedPortal> = {
  'service-center': {
    name: 'Service Center / Clearinghouse (cámara de compensación)',
    webPageName: 'página de inicio de sesión',
    purpose:
      'El Clearinghouse es el motor principal para enviar reclamaciones electrónicas. La mayoría del personal de facturación usa este portal para subir reclamaciones profesionales (CMS-1500) e institucionales (UB-04). Sigue siendo el centro de las operaciones EDI (intercambio electrónico de datos).',
    typicalTasks: [
      'Subir reclamaciones profesionales (CMS-1500) e institucionales (UB-04)',
      'Consultar el estado de una reclamación',
      'Descargar el aviso electrónico de remesa (ERA 835)',
      'Administrar las inscripciones con las aseguradoras',
    ],
    credentialNote: 'Para entrar se necesita un Provider ID (identificador del proveedor) o un nombre de usuario vinculado a la cuenta del clearinghouse.',
    source: article,
  },
  'practice-mate': {
    name: 'Practice Mate',
    webPageName: 'página de inicio de sesión',
    purpose:
      'Practice Mate es la parte de administración del consultorio. Incluye herramientas de citas, datos demográficos de los pacientes y flujos de facturación integrados. Aunque comparte algunos datos con el clearinghouse, tiene su propia página de inicio de sesión.',
    typicalTasks: [
      'Administrar el calendario diario (citas)',
      'Actualizar la información del seguro médico del paciente',
      'Datos demográficos de los pacientes',
      'Flujos de facturación integrados, desde la cita hasta el pago final',
    ],
    credentialNote:
      'Practice Mate tiene su propia página de inicio de sesión (vea Iniciar sesión para los pasos). Recuerde que las contraseñas distinguen mayúsculas y minúsculas.',
    source: article,
  },
  ehr: {
    name: 'EHR 24/7',
    webPageName: 'página de inicio de sesión',
    purpose:
      'El expediente médico electrónico (EHR 24/7) está pensado para los proveedores clínicos. Este portal se centra en notas SOAP, recetas electrónicas, planes de tratamiento y expedientes de pacientes.',
    typicalTasks: ['Escribir notas SOAP', 'Recetas electrónicas', 'Planes de tratamiento', 'Expedientes de pacientes'],
    credentialNote:
      'Los roles suelen estar separados estrictamente para cumplir con HIPAA: no use credenciales administrativas en la página de inicio de sesión clínica. El inicio de sesión de EHR puede pedir más pasos de autenticación que los portales administrativos.',
    source: article,
  },
  'patient-ally': {
    name: 'Patient Ally',
    webPageName: 'página de inicio de sesión',
    purpose:
      'Patient Ally es la parte del sistema para los pacientes. Los pacientes lo usan para ver sus expedientes médicos, comunicarse con sus proveedores y pagar saldos.',
    typicalTasks: [
      'Los pacientes ven sus expedientes médicos',
      'Los pacientes se comunican con sus proveedores',
      'Los pacientes pagan saldos',
      'Personal: ver el portal como lo ve un paciente o administrar las opciones de comunicación',
    ],
    credentialNote:
      'Los proveedores casi nunca usan este inicio de sesión. Dé a los pacientes la dirección específica de Patient Ally para que no se confundan con las herramientas de los proveedores.',
    source: article,
  },
  sftp: {
    name: 'Software integrado de administración del consultorio (SFTP)',
    webPageName: 'página web donde se renuevan las credenciales SFTP',
    purpose:
      'En los consultorios que usan software de terceros, como TherapyAppointment u otros sistemas de administración, el inicio de sesión web no es la única forma de trabajar con Office Ally. La integración suele hacerse por SFTP (protocolo seguro de transferencia de archivos): las credenciales SFTP permiten que el software del consultorio envíe archivos de reclamaciones (ANSI 837) y reciba informes (ERA 835) de forma automática.',
    typicalTasks: [
      'Su software de administración envía archivos de reclamaciones (ANSI 837)',
      'Su software de administración recibe informes (ERA 835)',
      'Arreglar un sistema integrado que no se sincroniza',
    ],
    credentialNote:
      'El sistema genera credenciales SFTP específicas, distintas del inicio de sesión web. Para cambiar estas contraseñas normalmente hay que entrar primero al portal web y generar un token o una clave segura nueva para la integración.',
    source: article,
  },
};

/** The task finder's tasks in Spanish, with the words people say at a Spanish-speaking front desk. */
export const PORTAL_TASKS_ES: Record<string, TranslatedPortalTask> = {
  era: {
    task: 'Descargar el ERA 835',
    alsoCalled: 'aviso electrónico de remesa remesa pago informe de pagos explicación de beneficios',
    reason: 'En el Service Center se descarga el aviso electrónico de remesa (ERA 835).',
    source: article,
  },
  'claim-status': {
    task: 'Consultar el estado de una reclamación',
    alsoCalled: 'estado de reclamación reclamación pagada negada denegada pendiente dónde está mi reclamación',
    reason: 'El Service Center permite consultar el estado de las reclamaciones.',
    source: article,
  },
  'payer-enrollment': {
    task: 'Inscripción con una aseguradora',
    alsoCalled: 'inscribir aseguradora preinscripción payer id lista de aseguradoras Payer List Lookup',
    reason:
      'En el Service Center se administran las inscripciones con las aseguradoras; Payer List Lookup (en el Resource Center) muestra los requisitos de preinscripción.',
    source: article,
  },
  'upload-claims': {
    task: 'Subir o enviar reclamaciones',
    alsoCalled: 'enviar reclamaciones CMS-1500 UB-04 archivo por lotes EDI corregir reclamación rechazada',
    reason: 'El Clearinghouse es el motor principal para enviar reclamaciones electrónicas (CMS-1500 y UB-04).',
    source: article,
  },
  reschedule: {
    task: 'Cambiar una cita',
    alsoCalled: 'reprogramar cita agendar calendario cancelar cita mover cita',
    reason: 'Para administrar el calendario diario, Practice Mate es el lugar correcto: incluye las herramientas de citas.',
    source: article,
  },
  'patient-insurance': {
    task: 'Actualizar el seguro médico del paciente',
    alsoCalled: 'cambiar seguro datos demográficos dirección paciente nuevo aseguranza',
    reason: 'Para actualizar la información del seguro médico del paciente, el portal correcto es Practice Mate.',
    source: article,
  },
  'soap-note': {
    task: 'Escribir una nota SOAP',
    alsoCalled: 'nota clínica documentación expediente plan de tratamiento',
    reason: 'EHR 24/7 es para los proveedores clínicos: notas SOAP, planes de tratamiento y expedientes de pacientes.',
    source: article,
  },
  eprescribe: {
    task: 'Receta electrónica',
    alsoCalled: 'recetar receta medicamento resurtido erx e-prescribing',
    reason: 'EHR 24/7 se centra en las recetas electrónicas, entre otras tareas clínicas.',
    source: article,
  },
  'patient-pay': {
    task: 'El paciente quiere pagar un saldo',
    alsoCalled: 'pago del paciente pagar factura en línea portal del paciente expediente mensaje al proveedor',
    reason: 'Los pacientes pagan sus saldos en Patient Ally; deles la dirección de Patient Ally, no las herramientas de los proveedores.',
    source: article,
  },
  'pm-sync': {
    task: 'Las reclamaciones ya no se sincronizan desde nuestro software',
    alsoCalled: 'software de administración sincronizar integración TherapyAppointment sftp 837 no envía falla',
    reason: 'Si su sistema integrado no se sincroniza, el problema suele estar en las credenciales SFTP y no en su inicio de sesión web habitual.',
    source: article,
  },
};

export const TASK_EXAMPLES_ES = [
  'descargar el ERA 835',
  'cambiar una cita',
  'escribir una nota SOAP',
  'el paciente quiere pagar un saldo',
  'las reclamaciones no se sincronizan',
] as const;
