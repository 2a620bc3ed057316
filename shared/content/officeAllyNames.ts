/**
 * Office Ally's own words: the button, menu, tab and page names, the confirmation boxes and the word
 * to type, exactly as the portals show them (seed wording, capitalisation included). They stay in
 * English in every language of AllyDesk, because the portals are in English: the renderer shows
 * them through <OfficeAllyName> (lang="en"), messages take them as arguments (a translation cannot
 * change or drop an argument: the completeness test checks), and the portal-window page detector
 * matches the same values.
 */
export const OFFICE_ALLY_NAMES = {
  logIn: 'Log in',
  continue: 'Continue',
  practiceMateLogin: 'Practice Mate Login',
  // The Log in menu's other items, by the Practice Mate guide's pattern (shared/content/startPages.ts).
  serviceCenterLogin: 'Service Center Login',
  ehrLogin: 'EHR 24/7 Login',
  submit: 'Submit',
  accountManagement: 'Account Management',
  payOfficeAllyBill: 'Pay Office Ally Bill',
  payOaBill: 'Pay OA Bill',
  classicServiceCenter: 'Classic Service Center',
  payBill: 'Pay Bill',
  manageOffice: 'Manage Office',
  autopaySettings: 'Autopay Settings',
  enrollInAutopay: 'Enroll in Autopay',
  enrollInAutopayClassic: 'Enroll In Autopay',
  editCancelAutopay: 'Edit/Cancel Autopay',
  cancelAutopayTitle: 'Cancel Autopay?',
  yesCancelAutopay: 'Yes, Cancel Autopay',
  cancelAutopayment: 'Cancel Autopayment',
  congratulations: 'Congratulations!',
  enrolledNew: 'Congratulations! You are enrolled in autopay.',
  enrolledClassic: 'Congratulations! You Are Currently Enrolled in Autopay',
  notEnrolledNew: 'You are not currently enrolled in autopay. Click the switch below to avoid disruptions to your account.',
  notEnrolledClassic: 'You are not currently enrolled in autopay. Click the "Enroll in Autopay" button to enroll.',
  notEnrolledStart: 'You are not currently enrolled in autopay',
  savedNew: 'Your autopay settings were saved successfully.',
  savedClassic: 'Payment method added',
  cancelWord: 'cancel',
  retrieve: 'Retrieve',
  forgotPassword: 'Forgot Password',
  appointments: 'Appointments',
  requestDesktopSite: 'Request Desktop Site',
  incognito: 'Incognito',
  inPrivate: 'InPrivate',
  // The Service Center's tools and the main site's chat (seed 001), named on the Security and Support screens.
  onlineClaimEntry: 'Online Claim Entry',
  claimFix: 'Claim Fix',
  payerListLookup: 'Payer List Lookup',
  fileSummaryReport: 'File Summary Report',
  resourceCenter: 'Resource Center',
  liveChat: 'Live Chat',
  // The autopay pages' sections, tabs and field labels (seed 002), for the Autopay screen's form.
  setUpAutopay: 'Set Up Autopay',
  autopayEnrollment: 'Autopay Enrollment',
  billingInformation: 'Billing Information',
  contactInformation: 'Contact Information',
  billingAddress: 'Billing Address',
  paymentMethod: 'Payment Method',
  creditDebitCard: 'Credit/Debit Card',
  ach: 'ACH',
  enterPaymentDetails: 'Enter Payment Details',
  enterBankAccountDetails: 'Enter Bank Account Details',
  emailAddress: 'Email Address',
  phoneNumber: 'Phone Number',
  companyName: 'Company Name',
  firstName: 'First Name',
  lastName: 'Last Name',
  streetAddress: 'Street Address',
  streetAddressLine2: 'Street Address Line 2',
  city: 'City',
  state: 'State',
  zipCode: 'Zip Code',
  country: 'Country',
  accountHolderName: 'Account Holder Name',
  creditCardNumber: 'Credit Card Number',
  expirationDate: 'Expiration Date',
  cvv: 'CVV',
  routingNumber: 'Routing Number',
  accountNumber: 'Account Number',
  accountType: 'Account Type',
} as const;

export type OfficeAllyNameId = keyof typeof OFFICE_ALLY_NAMES;
/** One of Office Ally's words: only a value from the list type-checks. */
export type OfficeAllyLabel = (typeof OFFICE_ALLY_NAMES)[OfficeAllyNameId];

export const isOfficeAllyLabel = (text: string): text is OfficeAllyLabel => (Object.values(OFFICE_ALLY_NAMES) as string[]).includes(text);

/** The `{id}` of Office Ally's words in a translated help text ("Haga clic en {logIn}"). */
export function namesIn(text: string): OfficeAllyNameId[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).filter((id): id is OfficeAllyNameId => Object.hasOwn(OFFICE_ALLY_NAMES, id));
}

/** A translated help text with Office Ally's words filled in, as plain text (search, titles). */
export function fillNames(text: string): string {
  return text.replace(/\{(\w+)\}/g, (whole, id: string) => (Object.hasOwn(OFFICE_ALLY_NAMES, id) ? OFFICE_ALLY_NAMES[id as OfficeAllyNameId] : whole));
}
