import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { HelpSearch as Index, HelpSearchResult } from '../../shared/search/helpSearch';
import { screenById } from '../app/screens';
import { useNavigation } from '../state/navigation';
import type { LocalizedContent } from '../../shared/content/localized';
import { intlReady, useContent, useT } from '../i18n/store';
import { searchMessages as m } from './searchMessages';
import './help.css';

const indexes = new Map<LocalizedContent | undefined, Promise<Index>>();
/**
 * The index (and all help content) loads once per window and language, when the box is first used: it
 * stays out of the first paint. react-intl comes with it: the result count is a plural.
 */
const loadHelpIndex = (content: LocalizedContent | undefined) => {
  let index = indexes.get(content);
  if (!index) {
    index = Promise.all([import('../../shared/search/helpSearch'), import('../../shared/content/index'), intlReady()]).then(([search, help]) =>
      search.createHelpSearch(help.allHelpDocuments(content)),
    );
    indexes.set(content, index);
  }
  return index;
};

/**
 * Search over the whole help reference, in the header. Results are a list of buttons: arrow
 * keys move through them, Enter opens one (Enter in the box opens the best match), Escape closes.
 */
export function HelpSearch() {
  const go = useNavigation((s) => s.go);
  const t = useT();
  const content = useContent();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<{ content: LocalizedContent | undefined; index: Index } | null>(null);
  // An index of another language (the language just changed) counts as not loaded.
  const index = loaded && loaded.content === content ? loaded.index : null;
  const ensureIndex = () => {
    if (!index) void loadHelpIndex(content).then((next) => setLoaded({ content, index: next }));
  };
  const results = useMemo(() => (index && query.trim() ? index.search(query) : []), [index, query]);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const rootRef = useRef<HTMLFormElement>(null);
  const id = useId();

  const resultButtons = () => Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
  const choose = (result: HelpSearchResult) => {
    setOpen(false);
    go(result.screen, result.section);
  };
  const close = () => {
    // Focus first: focusing the box reopens the list, and closing must win.
    inputRef.current?.focus();
    setOpen(false);
  };

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      setOpen(true);
      requestAnimationFrame(() => resultButtons()[0]?.focus());
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };
  const onResultKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const buttons = resultButtons();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      buttons[Math.min(index + 1, buttons.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index === 0) inputRef.current?.focus();
      else buttons[index - 1]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  const showPanel = open && query.trim().length > 0;
  return (
    <form
      ref={rootRef}
      className="help-search"
      role="search"
      aria-label={t(m.label)}
      onSubmit={async (event) => {
        event.preventDefault();
        // Enter may come before the index has loaded: wait for it rather than do nothing.
        const best = (index ?? (await loadHelpIndex(content))).search(query)[0];
        if (best) choose(best);
      }}
      onBlur={(event) => {
        if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-input`} className="help-search-label">
        {t(m.label)}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="search"
        value={query}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        aria-controls={showPanel ? `${id}-results` : undefined}
        onChange={(event) => {
          ensureIndex();
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          ensureIndex();
          setOpen(true);
        }}
        onKeyDown={onInputKey}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t(m.hint)}
      </span>
      {showPanel && (
        <div className="help-search-panel">
          <p role="status" className="help-search-count">
            {!index ? t(m.loading) : results.length === 0 ? t(m.nothing, { query: query.trim() }) : t(m.count, { count: results.length })}
          </p>
          <ul ref={listRef} id={`${id}-results`} aria-label={t(m.results)} className="help-search-results">
            {results.map((result, index) => (
              <li key={result.id}>
                <button type="button" className="help-search-result" onClick={() => choose(result)} onKeyDown={(event) => onResultKey(event, index)}>
                  <span className="help-search-title">{result.title}</span>
                  <span className="help-search-where">{t(m.where, { screen: t(screenById(result.screen).label), excerpt: result.excerpt })}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
