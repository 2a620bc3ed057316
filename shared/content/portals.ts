import { portalSectionId, type PortalId } from './ids';
import { localizeRecords } from './localizeRecords';
import { SEED_FILES, type HelpDocument, type SeedFile } from './sources';

export interface Portal {
  id: PortalId;
  name: string;
  /** Who it is for and what it does, in the seed's words. */
  purpose: string;
  typicalTasks: string[];
  /** What to know about the username and password for this portal. */
  credentialNote: string;
  /** Only where a seed gives one; a practice can set or change it in Settings. */
  loginUrl?: string;
  /** The seed the login URL comes from, where it differs from `source`. */
  loginUrlSource?: SeedFile;
  /** What the portal's web address is for, where "login page" would mislead (SFTP has no web login of its own). */
  webPageName: string;
  source: SeedFile;
}

const article = SEED_FILES.loginArticle;

export const PORTALS: readonly Portal[] = [
  {
    id: 'service-center',
    webPageName: 'login page',
    name: 'Service Center / Clearinghouse',
    purpose:
      'The Clearinghouse is the primary engine for electronic claims submission. Most billing staff use this portal to upload professional (CMS-1500) and institutional (UB-04) claims. It remains the central hub for EDI (Electronic Data Interchange) operations.',
    typicalTasks: [
      'Upload professional (CMS-1500) and institutional (UB-04) claims',
      'Check claim status',
      'Download Electronic Remittance Advice (ERA 835)',
      'Manage payer enrollments',
    ],
    credentialNote: 'Accessing this requires a specific Provider ID or Username linked to the clearinghouse account.',
    source: article,
  },
  {
    id: 'practice-mate',
    webPageName: 'login page',
    name: 'Practice Mate',
    purpose:
      'Practice Mate serves as the practice management component. It includes scheduling tools, patient demographics, and integrated billing workflows. While it shares some data with the clearinghouse, it has a dedicated login page.',
    typicalTasks: [
      'Manage a daily calendar (appointments)',
      'Update patient insurance information',
      'Patient demographics',
      'Integrated billing workflows, from appointment booking to final payment',
    ],
    credentialNote: 'Practice Mate has a dedicated login page (see Logging in for its steps). Remember that passwords are case-sensitive.',
    loginUrl: 'https://cms.officeally.com/practicemate',
    loginUrlSource: SEED_FILES.practiceMateLogin,
    source: article,
  },
  {
    id: 'ehr',
    webPageName: 'login page',
    name: 'EHR 24/7',
    purpose:
      'Electronic Health Records (EHR 24/7) is designed for clinical providers. This portal focuses on SOAP notes, e-prescribing, treatment plans, and patient charts.',
    typicalTasks: ['Write SOAP notes', 'E-prescribing', 'Treatment plans', 'Patient charts'],
    credentialNote:
      'Roles are often strictly partitioned for HIPAA compliance: do not use administrative credentials on the clinical login page. The EHR login may require additional layers of authentication compared to the administrative portals.',
    source: article,
  },
  {
    id: 'patient-ally',
    webPageName: 'login page',
    name: 'Patient Ally',
    purpose:
      'Patient Ally is the patient-facing side of the ecosystem. Patients use this to view their health records, communicate with providers, and pay balances.',
    typicalTasks: [
      'Patients view their health records',
      'Patients communicate with providers',
      'Patients pay balances',
      'Staff: view the portal from a patient’s perspective or manage communication settings',
    ],
    credentialNote:
      'Providers rarely use this login themselves. Direct patients to the specific Patient Ally URL to avoid confusion with the provider-facing tools.',
    source: article,
  },
  {
    id: 'sftp',
    webPageName: 'web page where SFTP credentials are renewed',
    name: 'Integrated practice-management software (SFTP)',
    purpose:
      'For practices using third-party software like TherapyAppointment or other practice management systems, direct web login is not the only way to interact with Office Ally. Integration often happens via SFTP (Secure File Transfer Protocol): SFTP credentials allow the practice management software to send claim files (ANSI 837) and receive reports (ERA 835) automatically.',
    typicalTasks: [
      'Your practice management software sends claim files (ANSI 837)',
      'Your practice management software receives reports (ERA 835)',
      'Fix an integrated system that is failing to sync',
    ],
    credentialNote:
      'The system generates specific SFTP credentials that are different from the web login. Updating these passwords usually requires logging into the web portal first to generate a new token or secure key for the integration.',
    source: article,
  },
];

export function portalById(id: PortalId): Portal {
  const portal = PORTALS.find((p) => p.id === id);
  if (!portal) throw new Error(`Unknown portal ${id}`);
  return portal;
}

/** Everyday tasks mapped to the portal that does them, with the reason from the seed. */
export interface PortalTask {
  id: string;
  task: string;
  /** Other ways people say it; the task finder searches these too. */
  alsoCalled: string;
  portal: PortalId;
  reason: string;
  source: SeedFile;
}

export const PORTAL_TASKS: readonly PortalTask[] = [
  {
    id: 'era',
    task: 'Download ERA 835',
    alsoCalled: 'electronic remittance advice remit payment report',
    portal: 'service-center',
    reason: 'The Service Center is where you download Electronic Remittance Advice (ERA 835).',
    source: article,
  },
  {
    id: 'claim-status',
    task: 'Check claim status',
    alsoCalled: 'claim paid denied pending where is my claim',
    portal: 'service-center',
    reason: 'The Service Center lets users check claim status.',
    source: article,
  },
  {
    id: 'payer-enrollment',
    task: 'Payer enrollment',
    alsoCalled: 'enroll payer pre-enrollment payer id payer list lookup',
    portal: 'service-center',
    reason: 'The Service Center is where you manage payer enrollments; Payer List Lookup (under the Resource Center) shows pre-enrollment requirements.',
    source: article,
  },
  {
    id: 'upload-claims',
    task: 'Upload or submit claims',
    alsoCalled: 'send claims CMS-1500 UB-04 batch file EDI claim fix rejected',
    portal: 'service-center',
    reason: 'The Clearinghouse is the primary engine for electronic claims submission (CMS-1500 and UB-04).',
    source: article,
  },
  {
    id: 'reschedule',
    task: 'Reschedule an appointment',
    alsoCalled: 'book appointment schedule calendar cancel appointment move appointment',
    portal: 'practice-mate',
    reason: 'To manage a daily calendar, Practice Mate is the correct destination: it includes the scheduling tools.',
    source: article,
  },
  {
    id: 'patient-insurance',
    task: 'Update patient insurance',
    alsoCalled: 'change insurance patient demographics address new patient',
    portal: 'practice-mate',
    reason: 'To update patient insurance information, the Practice Mate portal is the correct destination.',
    source: article,
  },
  {
    id: 'soap-note',
    task: 'Write a SOAP note',
    alsoCalled: 'clinical note documentation chart treatment plan',
    portal: 'ehr',
    reason: 'EHR 24/7 is for clinical providers: SOAP notes, treatment plans and patient charts.',
    source: article,
  },
  {
    id: 'eprescribe',
    task: 'E-prescribe',
    alsoCalled: 'prescription eprescribing erx medication refill',
    portal: 'ehr',
    reason: 'EHR 24/7 focuses on e-prescribing, among other clinical work.',
    source: article,
  },
  {
    id: 'patient-pay',
    task: 'Patient wants to pay a balance',
    alsoCalled: 'patient payment pay bill online patient portal patient records message provider',
    portal: 'patient-ally',
    reason: 'Patients use Patient Ally to pay balances; direct them to the Patient Ally URL, not the provider tools.',
    source: article,
  },
  {
    id: 'pm-sync',
    task: 'Claims stopped syncing from our PM software',
    alsoCalled: 'practice management software sync integration TherapyAppointment sftp 837 not sending failing',
    portal: 'sftp',
    reason: 'If your integrated system is failing to sync, the issue is often related to the SFTP credentials rather than your standard web login.',
    source: article,
  },
];

/**
 * A language's portal texts (shared/content/localized.ts's LocalizedContent fits it), said by shape
 * so this module does not import the one that describes translations of it.
 */
type PortalTranslations = {
  portals?: Partial<Record<string, Partial<Portal>>>;
  portalTasks?: Partial<Record<string, Partial<PortalTask>>>;
};

/** The portals in a language (English without one): the text translated, ids and addresses the same. */
export const localizedPortals = (content?: PortalTranslations): Portal[] => localizeRecords(PORTALS, content?.portals);
export const localizedPortalTasks = (content?: PortalTranslations): PortalTask[] => localizeRecords(PORTAL_TASKS, content?.portalTasks);

export function portalDocuments(content?: PortalTranslations): HelpDocument[] {
  const portals = localizedPortals(content);
  const name = (id: PortalId) => portals.find((portal) => portal.id === id)!.name;
  return [
    ...portals.map((portal) => ({
      id: `portal:${portal.id}`,
      screen: 'portals' as const,
      section: portalSectionId(portal.id),
      title: portal.name,
      text: `${portal.purpose} ${portal.typicalTasks.join('. ')}. ${portal.credentialNote}`,
      keywords: portal.id === 'service-center' ? 'ERA 835 claims clearinghouse' : undefined,
      source: portal.source,
    })),
    ...localizedPortalTasks(content).map((task) => ({
      id: `task:${task.id}`,
      screen: 'portals' as const,
      section: portalSectionId(task.portal),
      title: `${task.task} → ${name(task.portal)}`,
      text: task.reason,
      keywords: task.alsoCalled,
      source: task.source,
    })),
  ];
}
