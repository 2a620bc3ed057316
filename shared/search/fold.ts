/**
 * One search term as indexed and as typed: lowercase, accents and tildes dropped ("Contraseña" →
 * "contrasena", "reclamación" → "reclamacion"), so a keyboard without Spanish keys finds Spanish words.
 * Applied to both sides, a typed accent still matches too.
 */
export function foldTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
