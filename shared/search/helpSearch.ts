import MiniSearch from 'minisearch';
import { allHelpDocuments } from '../content/index';
import type { HelpDocument, HelpScreenId, SeedFile } from '../content/sources';
import { foldTerm } from './fold';

export interface HelpSearchResult {
  id: string;
  screen: HelpScreenId;
  section: string;
  title: string;
  /** The start of the section's text, for the result list. */
  excerpt: string;
  source: SeedFile;
  score: number;
}

export interface HelpSearch {
  search(query: string, limit?: number): HelpSearchResult[];
}

const EXCERPT_LENGTH = 140;

function excerptOf(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= EXCERPT_LENGTH) return clean;
  return `${clean.slice(0, clean.lastIndexOf(' ', EXCERPT_LENGTH))}…`;
}

/**
 * Builds the full-text index over the whole help reference once; `search` is then fast enough
 * to run on every keystroke. Fuzzy (typos) and prefix (half-typed words) matching.
 */
export function createHelpSearch(documents: HelpDocument[] = allHelpDocuments()): HelpSearch {
  const index = new MiniSearch<HelpDocument>({
    fields: ['title', 'text', 'keywords'],
    storeFields: ['screen', 'section', 'title', 'text', 'source'],
    processTerm: foldTerm,
    searchOptions: {
      boost: { title: 3, keywords: 2 },
      fuzzy: 0.2,
      prefix: true,
      combineWith: 'AND',
    },
  });
  index.addAll(documents);
  return {
    search(query, limit = 8) {
      const trimmed = query.trim();
      if (!trimmed) return [];
      let hits = index.search(trimmed);
      // All words first; if nothing has every word, fall back to any word so a stray typo does not empty the list.
      if (hits.length === 0) hits = index.search(trimmed, { combineWith: 'OR' });
      return hits.slice(0, limit).map((hit) => ({
        id: String(hit.id),
        screen: hit.screen as HelpScreenId,
        section: hit.section as string,
        title: hit.title as string,
        excerpt: excerptOf(hit.text as string),
        source: hit.source as SeedFile,
        score: hit.score,
      }));
    },
  };
}
