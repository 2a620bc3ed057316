import type { MouseEvent } from 'react';
import type { ScreenId } from '../../shared/content/ids';
import { useNavigation } from '../state/navigation';
import { useT } from '../i18n/store';
import { shellMessages as m } from './messages';
import { screens } from './screens';

/**
 * The list of screens. Each screen is a page of its own, so this is a navigation landmark of links
 * with `aria-current="page"` (the pattern WAI-ARIA recommends for moving between pages), not a tab
 * list: native links need no ARIA of ours, and the shell renders far fewer components at startup.
 */
export function MainNav() {
  const screen = useNavigation((s) => s.screen);
  const go = useNavigation((s) => s.go);
  const t = useT();
  const open = (event: MouseEvent<HTMLAnchorElement>, id: ScreenId) => {
    // Modified clicks would ask for a new window, which AllyDesk does not open for its own screens.
    event.preventDefault();
    go(id);
  };
  return (
    <nav className="nav" aria-label={t(m.navLabel)}>
      <ul className="nav-list">
        {screens.map(({ id, label }) => (
          <li key={id}>
            <a href={`#${id}`} className="nav-item" aria-current={id === screen ? 'page' : undefined} onClick={(event) => open(event, id)}>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
