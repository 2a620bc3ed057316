// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { findInDocument } from './pageScript';

/** Browser mode's find runs as its own source text in an isolated world: test that form. */
const find = new Function('text', 'index', `return (${String(findInDocument)})(text, index);`) as typeof findInDocument;
afterEach(() => (document.body.innerHTML = ''));

describe('find in page (browser mode)', () => {
  it("counts case-insensitive matches in the visible text, wraps the active one both ways, skips scripts and AllyDesk's own bar", () => {
    Element.prototype.scrollIntoView = () => undefined; // jsdom has no layout
    document.body.innerHTML =
      '<table><tr><td>Jane Example</td></tr><tr><td>JANE example</td></tr><tr><td>Bob</td></tr></table><p>jane and jane</p><script>"Jane"</script><div id="allydesk-session-bar">Jane</div>';
    expect(find('jane', 0)).toEqual({ matches: 4, active: 1 });
    expect(find('jane', 5)).toEqual({ matches: 4, active: 2 });
    expect(find('jane', -1)).toEqual({ matches: 4, active: 4 });
    expect(find('nobody', 0)).toEqual({ matches: 0, active: 0 });
    expect(find('', 0)).toEqual({ matches: 0, active: 0 });
    // The page's text is untouched (highlights are not markup).
    expect(document.body.textContent).toContain('Jane ExampleJANE example');
  });
});
