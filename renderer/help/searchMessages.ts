import { defineMessages } from '../i18n/define';

/** Search help, in the header. `count` and `nothing` show only once react-intl has loaded with the index. */
export const searchMessages = defineMessages('search', {
  label: 'Search help',
  hint: 'Type a few words, then press the down arrow to go through the results or Enter to open the best one.',
  loading: 'Loading search…',
  nothing: 'Nothing found for “{query}”. Try fewer or other words.',
  count: '{count, plural, one {# result} other {# results}}',
  results: 'Search results',
  where: '{screen} — {excerpt}',
});
