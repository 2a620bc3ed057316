import { defineMessages } from '../i18n/define';

/** The practice's shared profiles folder: its Settings card, the out-of-reach banner, moving a profile in or out. */
export const sharedFolderMessages = defineMessages('sharedFolder', {
  protection:
    'A profile in the shared folder is protected by its passphrase alone: one computer’s key store cannot seal a file that other front-desk PCs open, so choose a long passphrase.',
  title: 'Shared profiles folder',
  /** {example} is a Windows share path, shown as code. */
  lead: 'A folder every front-desk PC can reach — a Windows file share such as {example}, or a folder OneDrive or Dropbox keeps. Every staff profile is kept there, encrypted, so staff unlock the same profile at any desk. When the folder cannot be reached, each PC works from its own encrypted copy and merges the changes once it is back.',
  folder: 'Folder',
  folderHint: 'Leave empty to keep profiles on this computer only.',
  pcName: 'This computer’s name',
  pcNameHint: 'Shown in the activity log and beside profiles of the same name.',
  reachable: 'This computer can reach {folder}.',
  unreachable: 'This computer cannot reach {folder} right now.',
  save: 'Save shared folder settings',
  saved: 'Saved.',
  bannerPending:
    'The shared profiles folder {path} cannot be reached from this computer. You are working from this computer’s encrypted copy; your changes are kept here and merged into the shared folder as soon as it is back.',
  banner:
    'The shared profiles folder {path} cannot be reached from this computer. You are working from this computer’s encrypted copy; changes are merged once it is back.',
  whereTitle: 'Where this profile is kept',
  whereShared: 'In the practice’s shared folder ({path}): you can unlock it at every front-desk PC.',
  whereLocal: 'On this computer only. Move it into the practice’s shared folder to use it at every front-desk PC.',
  movedLocal: 'Your profile is now on this computer only.',
  movedShared: 'Your profile is now in the shared folder.',
  moveLocalTrigger: 'Move to this computer only…',
  moveSharedTrigger: 'Move into the shared folder…',
  moveLocalTitle: 'Keep this profile on this computer only?',
  moveSharedTitle: 'Move this profile into the shared folder?',
  moveLocalText: 'Every login goes with it. Other front-desk PCs will no longer list it, and this computer’s key store protects it again.',
  moveSharedText: 'Every login goes with it, and you can then unlock it at every front-desk PC.',
  leave: 'Leave it where it is',
  moveLocal: 'Move to this computer',
  moveShared: 'Move into the shared folder',
});
