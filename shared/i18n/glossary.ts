/**
 * Health-insurance words in Spanish, as the public glossaries write them: the CMS / HHS "Glosario
 * uniforme de términos médicos y de cobertura" (Summary of Benefits and Coverage uniform glossary,
 * Spanish edition) and HealthCare.gov's Spanish glossary (CuidadoDeSalud.gov). The Spanish
 * translation follows this list; renderer/i18n/glossary.test.ts checks that every Spanish message
 * whose English uses a term says it this way, and never the avoided variants.
 */
export interface GlossaryTerm {
  en: string;
  es: string;
  /** Matches the English term in a message (plurals included). */
  enPattern: RegExp;
  /** Matches the Spanish term (plurals included). */
  esPattern: RegExp;
  /** Variants heard at front desks that the glossary does not use. */
  avoid?: RegExp;
  source: 'CMS Glosario uniforme' | 'CuidadoDeSalud.gov glosario';
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    en: 'claim',
    es: 'reclamación',
    enPattern: /\bclaims?\b/i,
    esPattern: /reclamaci[oó]n(es)?/i,
    avoid: /\breclamos?\b/i,
    source: 'CMS Glosario uniforme',
  },
  { en: 'copayment', es: 'copago', enPattern: /\bco-?pay(ment)?s?\b/i, esPattern: /\bcopagos?\b/i, avoid: /\bco-pagos?\b/i, source: 'CMS Glosario uniforme' },
  {
    en: 'prior authorization',
    es: 'autorización previa',
    enPattern: /\bprior authori[sz]ation\b|\bpre-?authori[sz]ation\b/i,
    esPattern: /autorizaci[oó]n previa/i,
    avoid: /preautorizaci[oó]n/i,
    source: 'CMS Glosario uniforme',
  },
  {
    en: 'explanation of benefits',
    es: 'explicación de beneficios',
    enPattern: /\bexplanation of benefits\b|\bEOB\b/,
    esPattern: /explicaci[oó]n de beneficios/i,
    source: 'CMS Glosario uniforme',
  },
  { en: 'deductible', es: 'deducible', enPattern: /\bdeductibles?\b/i, esPattern: /\bdeducibles?\b/i, source: 'CMS Glosario uniforme' },
  { en: 'coinsurance', es: 'coseguro', enPattern: /\bco-?insurance\b/i, esPattern: /\bcoseguro\b/i, source: 'CMS Glosario uniforme' },
  { en: 'premium', es: 'prima', enPattern: /\bpremiums?\b/i, esPattern: /\bprimas?\b/i, source: 'CMS Glosario uniforme' },
  { en: 'provider', es: 'proveedor', enPattern: /\bproviders?\b/i, esPattern: /\bproveedor(es|a)?\b/i, source: 'CMS Glosario uniforme' },
  { en: 'payer', es: 'aseguradora', enPattern: /\bpayers?\b/i, esPattern: /\baseguradoras?\b/i, source: 'CuidadoDeSalud.gov glosario' },
  {
    en: 'health insurance',
    es: 'seguro médico',
    enPattern: /\b(health |patient )?insurance\b/i,
    esPattern: /\bseguro( m[eé]dico)?s?\b/i,
    source: 'CuidadoDeSalud.gov glosario',
  },
  {
    en: 'remittance advice',
    es: 'aviso de remesa',
    enPattern: /\bremittance advice\b/i,
    esPattern: /aviso (electr[oó]nico )?de remesa/i,
    source: 'CuidadoDeSalud.gov glosario',
  },
];
