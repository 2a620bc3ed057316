/** Card brands, kept apart from card-validator so main can check a record without loading the library. */

/** Every brand card-validator can name; the record accepts only these (checked against the library in a test). */
export const CARD_BRANDS = [
  'visa',
  'mastercard',
  'american-express',
  'diners-club',
  'discover',
  'troy',
  'jcb',
  'unionpay',
  'maestro',
  'mir',
  'elo',
  'hiper',
  'hipercard',
  'verve',
  'naranja',
] as const;
export type CardBrand = (typeof CARD_BRANDS)[number];

const BRAND_NAMES: Record<CardBrand, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  'american-express': 'American Express',
  'diners-club': 'Diners Club',
  discover: 'Discover',
  troy: 'Troy',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  maestro: 'Maestro',
  mir: 'Mir',
  elo: 'Elo',
  hiper: 'Hiper',
  hipercard: 'Hipercard',
  verve: 'Verve',
  naranja: 'Naranja',
};
export const brandName = (brand: CardBrand) => BRAND_NAMES[brand];
