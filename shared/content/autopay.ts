/**
 * Office Ally autopay, as seed 002 gives it: the two flavors, each product's route to the bill,
 * the steps, and the exact wording the portals show (quoted, including their capitalisation).
 */
import { OFFICE_ALLY_NAMES as OA, type OfficeAllyLabel } from './officeAllyNames';

export const AUTOPAY_SOURCE = '002_cc72eba7b3a1f912.txt';

export const AUTOPAY_PRODUCT_IDS = ['service-center-new', 'service-center-classic', 'practice-mate', 'ehr'] as const;
export type AutopayProductId = (typeof AUTOPAY_PRODUCT_IDS)[number];
export type AutopayFlavor = 'new' | 'classic';

export interface RouteStep {
  verb: 'Click on' | 'Select' | 'then click on';
  /** Office Ally's name for it (stays English in every language). */
  target: OfficeAllyLabel;
  /** Where on the screen, when the seed says. */
  where?: string;
}

export interface AutopayProduct {
  id: AutopayProductId;
  name: string;
  flavor: AutopayFlavor;
  /** Clicks from the logged-in portal to the bill, in order (seed wording). */
  route: readonly RouteStep[];
  /** The name of the screen the route ends on. */
  billScreen: OfficeAllyLabel;
  source: typeof AUTOPAY_SOURCE;
}

export const AUTOPAY_PRODUCTS: readonly AutopayProduct[] = [
  {
    id: 'service-center-new',
    name: 'Service Center (New)',
    flavor: 'new',
    route: [
      { verb: 'Click on', target: OA.accountManagement },
      { verb: 'then click on', target: OA.payOfficeAllyBill },
    ],
    billScreen: OA.payOaBill,
    source: AUTOPAY_SOURCE,
  },
  {
    id: 'service-center-classic',
    name: 'Service Center (Classic)',
    flavor: 'classic',
    route: [
      { verb: 'Select', target: OA.classicServiceCenter, where: 'from the drop down in the upper left corner of the screen' },
      { verb: 'then click on', target: OA.payBill },
    ],
    billScreen: OA.payBill,
    source: AUTOPAY_SOURCE,
  },
  {
    id: 'practice-mate',
    name: 'Practice Mate',
    flavor: 'classic',
    route: [
      { verb: 'Select', target: OA.manageOffice },
      { verb: 'then click on', target: OA.payBill },
    ],
    billScreen: OA.payBill,
    source: AUTOPAY_SOURCE,
  },
  {
    id: 'ehr',
    name: 'EHR 24/7',
    flavor: 'classic',
    route: [
      { verb: 'Select', target: OA.manageOffice },
      { verb: 'then click on', target: OA.payBill },
    ],
    billScreen: OA.payBill,
    source: AUTOPAY_SOURCE,
  },
];

export const autopayProduct = (id: AutopayProductId): AutopayProduct => AUTOPAY_PRODUCTS.find((p) => p.id === id)!;

export interface AutopayFlavorGuide {
  /** The portal page the form and the cancel control are on. */
  settingsPage: OfficeAllyLabel;
  enrollButton: OfficeAllyLabel;
  editCancelButton: OfficeAllyLabel;
  /** The green box that proves enrollment (exact wording). */
  enrolledBox: OfficeAllyLabel;
  /** The box shown when not enrolled (exact wording); red on New, a warning on Classic. */
  notEnrolledBox: OfficeAllyLabel;
  notEnrolledTone: 'bad' | 'warn';
  /** The message right after a successful enroll submit (exact wording). */
  enrollConfirmation: OfficeAllyLabel;
  /** How to check that the enrollment really happened. */
  enrollVerify: string;
  /** How to check that the cancellation really happened. */
  cancelVerify: string;
  source: typeof AUTOPAY_SOURCE;
}

export const AUTOPAY_FLAVORS: Record<AutopayFlavor, AutopayFlavorGuide> = {
  new: {
    settingsPage: OA.autopaySettings,
    enrollButton: OA.enrollInAutopay,
    editCancelButton: OA.editCancelAutopay,
    enrolledBox: OA.enrolledNew,
    notEnrolledBox: OA.notEnrolledNew,
    notEnrolledTone: 'bad',
    enrollConfirmation: OA.savedNew,
    enrollVerify:
      'To confirm you were successfully enrolled in Autopay, verify you see the confirmation in a green box stating Congratulations! You are enrolled in autopay. If you do not see this green message, you are not enrolled in Autopay.',
    cancelVerify:
      'To confirm you successfully cancelled Autopay, verify you see the red box stating You are not currently enrolled in autopay. If you still see the green box stating, Congratulations! You are enrolled in autopay, then you have not successfully cancelled Autopay.',
    source: AUTOPAY_SOURCE,
  },
  classic: {
    settingsPage: OA.autopaySettings,
    enrollButton: OA.enrollInAutopayClassic,
    editCancelButton: OA.editCancelAutopay,
    enrolledBox: OA.enrolledClassic,
    notEnrolledBox: OA.notEnrolledClassic,
    notEnrolledTone: 'warn',
    enrollConfirmation: OA.savedClassic,
    enrollVerify:
      'To confirm you were successfully enrolled in Autopay, navigate to the Pay Bill screen, and verify you see the confirmation in a green box stating Congratulations! You Are Currently Enrolled in Autopay. If you do not see this green message, you are not enrolled in Autopay.',
    cancelVerify:
      'The Autopay Settings screen will display a message that you are not currently enrolled in Autopay. If you still see the green box stating, Congratulations! You Are Currently Enrolled in Autopay, then you have not successfully cancelled Autopay.',
    source: AUTOPAY_SOURCE,
  },
};

/** Shown beside the amount due on every product's bill screen. */
export const AUTOPAY_NOTES = {
  amountDue: 'Amount due is updated nightly.',
  paymentDelay: 'Online payments take 2-3 business days to be reflected in Account Balance.',
  source: AUTOPAY_SOURCE,
} as const;

/** The Classic flavor's "Autopay Enrollment" terms, verbatim (including the authorization hold). */
export const CLASSIC_TERMS =
  'Use this card to enroll in autopay. By clicking "Submit" I acknowledge and agree that my card will be automatically charged on a monthly basis for the products and services I\'ve selected at the prices outlined on the Data Sheet(s), MSA or SOW (as applicable), unless and until I cancel. I can cancel this autopay feature at any time by selecting Edit/Cancel Autopay, type "cancel" and click submit. By clicking "Submit," I also authorize the placement of a temporary authorization hold on my card to verify that the card is valid and may be used for auto-pay. This is not a charge, but it may temporarily reduce my available credit or available account balance. The hold will be released by my card issuer or financial institution, typically within a few business days, depending on its policies.';

/** The human check that only the real portal can run. */
export const HUMAN_CHECK = {
  step: "Check the I'm not a robot box and/or complete any image challenge required to verify you are a human.",
  where: 'This happens on the real Office Ally portal, after you press Submit there. AllyDesk cannot and does not do it for you.',
  source: AUTOPAY_SOURCE,
} as const;

/** New flavor's cancel pop-up (exact wording). */
export const NEW_CANCEL_DIALOG = { title: OA.cancelAutopayTitle, confirm: OA.yesCancelAutopay, source: AUTOPAY_SOURCE } as const;

/** Classic flavor's cancel section (exact wording). */
export const CLASSIC_CANCEL = {
  section: OA.cancelAutopayment,
  instruction:
    'In the Cancel Autopayment section at the bottom, type the word cancel in the text box and click the blue Submit button. (Note, this field is case sensitive, so make sure to type it in all lowercase).',
  source: AUTOPAY_SOURCE,
} as const;

export const SAVED_TO_WALLET = 'Payment method will be saved to wallet.';

/**
 * The guide's sentences the Autopay screen shows, as one record per language (Spanish:
 * shared/content/es/autopay.ts, where Office Ally's words are `{id}`s shown in English).
 */
export interface AutopayTexts {
  enrollVerify: Record<AutopayFlavor, string>;
  cancelVerify: Record<AutopayFlavor, string>;
  amountDue: string;
  paymentDelay: string;
  classicTerms: string;
  humanStep: string;
  humanWhere: string;
  classicCancelInstruction: string;
  savedToWallet: string;
  /** Where the Classic Service Center's drop-down is. */
  classicMenuWhere: string;
  source: typeof AUTOPAY_SOURCE;
}

export const AUTOPAY_TEXTS: AutopayTexts = {
  enrollVerify: { new: AUTOPAY_FLAVORS.new.enrollVerify, classic: AUTOPAY_FLAVORS.classic.enrollVerify },
  cancelVerify: { new: AUTOPAY_FLAVORS.new.cancelVerify, classic: AUTOPAY_FLAVORS.classic.cancelVerify },
  amountDue: AUTOPAY_NOTES.amountDue,
  paymentDelay: AUTOPAY_NOTES.paymentDelay,
  classicTerms: CLASSIC_TERMS,
  humanStep: HUMAN_CHECK.step,
  humanWhere: HUMAN_CHECK.where,
  classicCancelInstruction: CLASSIC_CANCEL.instruction,
  savedToWallet: SAVED_TO_WALLET,
  classicMenuWhere: AUTOPAY_PRODUCTS[1]!.route[0]!.where!,
  source: AUTOPAY_SOURCE,
};

/** The autopay texts in the language shown (English when it has none). */
/** A language's autopay sentences; `content` is said by shape (a LocalizedContent fits), so this module and localized.ts do not import each other. */
export const localizedAutopay = (content: { autopay?: AutopayTexts } | undefined): AutopayTexts => content?.autopay ?? AUTOPAY_TEXTS;
