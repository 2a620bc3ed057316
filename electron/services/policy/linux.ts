import { constants } from 'node:fs';
import { lstat, open, stat as stat_ } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PolicyRead } from '../../../shared/policy/validate';

/**
 * Linux: one machine-wide JSON file, /etc/allydesk/policy.json (there is no per-user policy).
 * It is used only when a user cannot have written it: owned by root, not a symbolic link, and not
 * writable by group or others — and the same for its folder, since whoever may write the folder
 * may move the file away or put another in its place. Otherwise it is ignored whole, with a notice.
 */
export const LINUX_POLICY_FILE = '/etc/allydesk/policy.json';
const MAX_BYTES = 256 * 1024;

export interface LinuxPolicyOptions {
  path?: string;
  /** The owner the file must have: root (0). Tests may name another uid. */
  expectedUid?: number;
}

export async function readLinuxPolicy({ path = LINUX_POLICY_FILE, expectedUid = 0 }: LinuxPolicyOptions = {}): Promise<PolicyRead> {
  const result: PolicyRead = { layers: [], notices: [], looked: [path] };
  const ignored = (why: string) => result.notices.push(`The practice policy file ${path} was ignored: ${why}`);
  const folderProblem = await folderRefusal(dirname(path), expectedUid);
  if (folderProblem === 'missing') return result;
  if (folderProblem) return (ignored(folderProblem), result);
  let handle;
  try {
    // O_NOFOLLOW: a symbolic link fails to open (ELOOP) instead of being followed — the check and the
    // read are the same open file, so nothing can be swapped in between. O_NONBLOCK: a FIFO cannot hang us.
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return result;
    if (code === 'ELOOP') ignored('it is a symbolic link. Put the policy in a real file owned by root.');
    else ignored(`it could not be opened (${code ?? 'unknown error'}).`);
    return result;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return (ignored('it is not a regular file.'), result);
    if (stat.uid !== expectedUid) {
      return (
        ignored(`it is owned by user id ${stat.uid}, not ${expectedUid === 0 ? 'root' : `user id ${expectedUid}`}. Run: sudo chown root:root ${path}`),
        result
      );
    }
    if ((stat.mode & 0o022) !== 0) {
      const mode = (stat.mode & 0o777).toString(8).padStart(3, '0');
      return (ignored(`other users could change it (permissions ${mode}). Run: sudo chmod 644 ${path}`), result);
    }
    if (stat.size > MAX_BYTES) return (ignored(`it is larger than ${MAX_BYTES / 1024} KB.`), result);
    const text = await handle.readFile('utf8');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return (ignored(`it is not valid JSON (${(error as Error).message}).`), result);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return (ignored('it must hold one JSON object of policy names and values.'), result);
    result.layers.push({ scope: 'machine', location: path, raw: raw as Record<string, unknown> });
    return result;
  } finally {
    await handle.close();
  }
}

/** Why the policy's folder could have been changed by a user, 'missing' when there is none, or null when it is sound. */
async function folderRefusal(folder: string, expectedUid: number): Promise<string | null> {
  let stat;
  try {
    stat = await lstat(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : `its folder ${folder} could not be checked (${code ?? 'unknown error'}).`;
  }
  if (stat.isSymbolicLink()) return `its folder ${folder} is a symbolic link. Put the policy in a real folder owned by root.`;
  if (!stat.isDirectory()) return `${folder} is not a folder.`;
  if (stat.uid !== expectedUid) {
    const owner = expectedUid === 0 ? 'root' : `user id ${expectedUid}`;
    return `its folder ${folder} is owned by user id ${stat.uid}, not ${owner}, so that user could move the file away. Run: sudo chown root:root ${folder}`;
  }
  if ((stat.mode & 0o022) !== 0) {
    const mode = (stat.mode & 0o777).toString(8).padStart(3, '0');
    return `other users could move it away or replace it: its folder ${folder} has permissions ${mode}. Run: sudo chmod 755 ${folder}`;
  }
  return ancestorRefusal(folder, expectedUid);
}

/**
 * The folders above it too: whoever may write one of them may rename the policy's folder away.
 * Each must belong to root (or the expected owner) and be writable by no one else — unless it has
 * the sticky bit (like /tmp), where only the owner of an entry, checked one level down, may rename it.
 */
async function ancestorRefusal(folder: string, expectedUid: number): Promise<string | null> {
  for (let above = dirname(folder); ; above = dirname(above)) {
    let stat;
    try {
      stat = await stat_(above);
    } catch (error) {
      return `the folder ${above} above it could not be checked (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`;
    }
    if (stat.uid !== 0 && stat.uid !== expectedUid) {
      return `the folder ${above} above it is owned by user id ${stat.uid}, so that user could move the policy's folder away. Run: sudo chown root:root ${above}`;
    }
    if ((stat.mode & 0o022) !== 0 && (stat.mode & 0o1000) === 0) {
      const mode = (stat.mode & 0o777).toString(8).padStart(3, '0');
      return `other users could move the policy's folder away: the folder ${above} above it has permissions ${mode}. Run: sudo chmod 755 ${above}`;
    }
    if (dirname(above) === above) return null;
  }
}
