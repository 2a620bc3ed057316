import { defineMessages } from '../i18n/define';

/** The support screen's own words; the channels' names, texts and hours are help content (shared/content/support.ts). */
export const supportMessages = defineMessages('support', {
  title: 'Contact Office Ally support',
  never: 'Never give your password — by phone, chat or email. Give your username and the exact error message.',
  postal: 'Postal address',
  pressOption: 'For technical issues press {option}.',
  option: 'option {option}',
  supportAddress: 'Support:',
  infoAddress: 'Information:',
});
