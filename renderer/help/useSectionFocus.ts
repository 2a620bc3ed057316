import { useEffect } from 'react';
import { useNavigation } from '../state/navigation';

const MAX_FRAMES = 30;

function focusSection(id: string, framesLeft = MAX_FRAMES) {
  // The target screen mounts on the render after navigation, so wait for the element to exist.
  const element = document.getElementById(id);
  if (!element) {
    if (framesLeft > 0) requestAnimationFrame(() => focusSection(id, framesLeft - 1));
    return;
  }
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.scrollIntoView?.({ block: 'start' });
  element.focus({ preventScroll: true });
}

/**
 * A button on the old screen that navigated away is gone with it, which drops keyboard focus to
 * the page itself; put it on the new screen instead so Tab continues from there.
 */
function keepFocusInApp() {
  const focused = document.activeElement;
  if (!focused || focused === document.body || !focused.isConnected) document.getElementById('main')?.focus({ preventScroll: true });
}

/**
 * Whenever something navigates with a section (`go(screen, section)`), scrolls that section
 * into view and moves keyboard focus to it, so screen-reader and keyboard users land there too.
 */
export function useSectionFocus() {
  useEffect(() => {
    const { section } = useNavigation.getState();
    if (section) focusSection(section);
    return useNavigation.subscribe((state, previous) => {
      if (state.section) focusSection(state.section);
      else if (state.screen !== previous.screen) requestAnimationFrame(keepFocusInApp);
    });
  }, []);
}
