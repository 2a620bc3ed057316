import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One secret scanner for every end-to-end check that "nothing secret reached the disk".
 *
 * A plain `text.includes('0731')` over a data folder full of audit hashes, nonces and base64
 * ciphertext finds the digits by chance about once in a hundred runs (`…fc2a07319c7…`). This
 * scanner looks for each secret in every form it could have been written in — as is, JSON-escaped,
 * URL-encoded (percent and form encoding), UTF-16 — and counts a hit unless it lies inside a run
 * that is an encoding of something else:
 *  - a hex or base64/base64url run of at least 16 characters (a hash, nonce, key or ciphertext);
 *  - for an all-digit secret (card, account, routing number, expiry, CVV), a longer run of digits
 *    (a timestamp, a counter, a different number): the secret's digits are not the secret there.
 * Everything else counts, including a secret glued to a label (`exp0731`), in a JSON field, in a
 * query string or in free text.
 */

export type SecretForm = 'plain' | 'json' | 'url' | 'form' | 'utf16';

export interface SecretHit {
  secret: string;
  form: SecretForm;
  /** Character offset in the text (for a file: in its latin1 or UTF-16 reading). */
  index: number;
  file?: string;
}

/** Characters of hex, base64 and base64url (the '=' padding is allowed at a run's end). */
const RUN_CHAR = /[A-Za-z0-9+/_=-]/;
const MIN_ENCODED_RUN = 16;

/** The forms a secret may take on disk, each as the exact text to look for. */
export function secretForms(secret: string): { form: SecretForm; text: string }[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const candidates: { form: SecretForm; text: string }[] = [
    { form: 'plain', text: secret },
    { form: 'json', text: json },
    // JSON may also escape '/' (PHP, some serialisers): "07\/31".
    { form: 'json', text: json.replaceAll('/', '\\/') },
    { form: 'url', text: encodeURIComponent(secret) },
    // Lowercase percent escapes are as valid as uppercase ones.
    { form: 'url', text: encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()) },
    { form: 'form', text: encodeURIComponent(secret).replaceAll('%20', '+') },
  ];
  const seen = new Set<string>();
  return candidates.filter(({ text }) => text.length > 0 && !seen.has(text) && (seen.add(text), true));
}

/** Whether `run` is the text of an encoding (hash, nonce, key, ciphertext), not of words or fields. */
function isEncodedRun(run: string): boolean {
  if (run.length < MIN_ENCODED_RUN) return false;
  if (/^[0-9a-f]+$/.test(run) || /^[0-9A-F]+$/.test(run)) return true;
  const body = run.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]+$/.test(body) && !/^[A-Za-z0-9_-]+$/.test(body)) return false;
  // Random base64 of 16+ characters has upper case, lower case and digits; a label glued to a
  // number ("account4455667788990") or a word does not.
  return /[A-Z]/.test(body) && /[a-z]/.test(body) && /[0-9]/.test(body);
}

/** The hit at `index` counts unless the secret sits inside a longer number or an encoded run. */
function counts(text: string, index: number, found: string, secret: string): boolean {
  const end = index + found.length;
  if (/^\d+$/.test(secret) && (/\d/.test(text[index - 1] ?? '') || /\d/.test(text[end] ?? ''))) return false;
  // A secret with a character no encoding uses ('!', ' ', '%', '\\') cannot be a piece of one.
  if (![...found].every((c) => RUN_CHAR.test(c))) return true;
  let start = index;
  while (start > 0 && RUN_CHAR.test(text[start - 1]!)) start -= 1;
  let stop = end;
  while (stop < text.length && RUN_CHAR.test(text[stop]!)) stop += 1;
  // Standing alone, it is the secret itself, however random it looks (a token, a key).
  if (start === index && stop === end) return true;
  return !isEncodedRun(text.slice(start, stop));
}

/** Every place a secret appears in `text` as a secret (see the module comment). */
export function findSecrets(text: string, secrets: readonly string[], readAs?: SecretForm): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const secret of secrets) {
    if (!secret) throw new Error('findSecrets: an empty secret would match everything');
    for (const { form, text: needle } of secretForms(secret)) {
      for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
        if (counts(text, i, needle, secret)) hits.push({ secret, form: readAs ?? form, index: i });
      }
    }
  }
  return hits;
}

/** A file's bytes read as latin1 (UTF-8 ASCII included) and as UTF-16LE at both alignments. */
export function findSecretsInBytes(bytes: Buffer, secrets: readonly string[]): SecretHit[] {
  const hits = findSecrets(bytes.toString('latin1'), secrets);
  for (const offset of [0, 1]) {
    const slice = bytes.subarray(offset, offset + ((bytes.length - offset) & ~1));
    hits.push(...findSecrets(slice.toString('utf16le'), secrets, 'utf16'));
  }
  return hits;
}

/** Every file under `dir` (recursively); files removed meanwhile (a running browser) are skipped. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Every hit of any secret in the files under `dir` (or in the one file `dir` names). */
export function scanForSecrets(dirOrFiles: string | string[], secrets: readonly string[]): SecretHit[] {
  const files = Array.isArray(dirOrFiles) ? dirOrFiles : filesUnder(dirOrFiles);
  return files.flatMap((file) => {
    const bytes = readIfThere(file);
    return bytes ? findSecretsInBytes(bytes, secrets).map((hit) => ({ ...hit, file })) : [];
  });
}

/** "secret in file (form at offset)" lines for an assertion message. */
export function describeHits(hits: SecretHit[]): string[] {
  return hits.map((h) => `${JSON.stringify(h.secret)} in ${h.file ?? 'text'} (${h.form}, at ${h.index})`);
}
