import type { TranslatedPractices } from '../localized';
import { SEED_FILES } from '../sources';

const article = SEED_FILES.loginArticle;

/** Seed 001, "Security best practices for 2026", in Spanish. */
export const SECURITY_ES: TranslatedPractices = {
  intro: 'Proteger el acceso a los portales de Office Ally no es solo cuestión de comodidad: es una obligación legal.',
  items: {
    'security-complexity': {
      title: 'Contraseñas difíciles de adivinar',
      text: 'Use contraseñas que no contengan datos fáciles de adivinar, como el nombre del consultorio o los números NPI. Para 2026, lo mínimo es combinar mayúsculas, minúsculas, símbolos y números.',
      source: article,
    },
    'security-individual': {
      title: 'Cuentas individuales',
      text: 'Cada empleado debe tener su propio usuario. Compartir credenciales crea un riesgo de seguridad importante y hace imposible llevar registros de auditoría precisos si hay una filtración de datos.',
      source: article,
    },
    'security-rotation': {
      title: 'Cambio periódico de credenciales',
      text: 'Cambie las contraseñas cada 90 días, aunque el sistema no lo exija. Así se acorta el tiempo que tendría alguien no autorizado que haya conseguido acceso por phishing (suplantación de identidad) u otros medios.',
      source: article,
    },
    'security-devices': {
      title: 'Solo dispositivos autorizados',
      text: 'Inicie sesión solo desde dispositivos que administre el consultorio y que tengan el antivirus y el firewall al día. No use computadoras personales para tareas clínicas o de facturación, salvo que cumplan las mismas normas de seguridad que los equipos de la oficina.',
      source: article,
    },
  },
};

/** Seed 001, "Navigating the internal dashboard after login": Office Ally's tool names stay English ({id}). */
export const DASHBOARD_ES: TranslatedPractices = {
  intro:
    'Después de iniciar sesión, la interfaz ofrece varias herramientas para agilizar el trabajo. Conocer cómo están organizados el Service Center o Practice Mate puede ahorrarle mucho tiempo.',
  items: {
    'dashboard-claim-entry': {
      title: '{onlineClaimEntry} (ingresar reclamaciones en línea)',
      text: 'Permite ingresar reclamaciones a mano para las aseguradoras que no aceptan archivos electrónicos por lotes, o para consultorios pequeños que no usan un software de facturación aparte.',
      source: article,
    },
    'dashboard-claim-fix': {
      title: '{claimFix} (corregir reclamaciones)',
      text: 'Si una aseguradora o las validaciones iniciales de Office Ally rechazan una reclamación, esta aparece en la sección “{claimFix}”. Puede corregir los errores directamente en el portal y volver a enviarla sin subir de nuevo todo el archivo.',
      source: article,
    },
    'dashboard-payer-list': {
      title: '{payerListLookup} (lista de aseguradoras)',
      text: 'Esta herramienta sirve para verificar el Payer ID (el identificador de la aseguradora) y los requisitos de inscripción previa. Algunas compañías de seguros piden llenar formularios específicos antes de aceptar reclamaciones electrónicas a través de un clearinghouse (cámara de compensación). Esta información está en el “{resourceCenter}” después de iniciar sesión.',
      source: article,
    },
    'dashboard-file-summary': {
      title: 'Informes {fileSummaryReport} (resumen de archivos)',
      text: 'Después de subir un lote de reclamaciones, el {fileSummaryReport} dice enseguida si el archivo fue aceptado para procesarlo. Revisar este informe todos los días es una buena práctica para evitar atrasos en el ciclo de ingresos.',
      source: article,
    },
  },
};
