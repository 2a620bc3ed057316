import { defineMessages } from '../i18n/define';

export const timersMessages = defineMessages('timers', {});
