// eslint-disable-next-line no-restricted-imports -- the one place the renderer uses Radix's radio group directly.
import { RadioGroup as Radix } from 'radix-ui';
import { createContext, useContext, useRef, type ComponentProps, type ReactNode, type RefObject } from 'react';
import './forms.css';

/**
 * Radix's radio group, with selection that follows keyboard focus however slow the computer is.
 * Radix moves focus on an arrow key from a timeout and checks the newly focused radio only if the
 * key is still down then; on a slow front-desk PC the key is often up already, leaving focus on a
 * radio that is not checked. Here an arrow key pressed inside the group marks the next focus in it
 * as arrow navigation, and that focus checks its radio (as WAI-ARIA's radio group pattern asks).
 * Every radio group in the renderer uses this one; `Option` is the one look of a radio (a large
 * target: the whole label row is at least 44 px high, the circle 28 px; WCAG 2.2 target size).
 */
const ARROW_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
const ArrowNavigation = createContext<RefObject<boolean> | null>(null);

function Root({ onKeyDown, onPointerDown, onBlur, ...props }: ComponentProps<typeof Radix.Root>) {
  const arrowPending = useRef(false);
  return (
    <ArrowNavigation.Provider value={arrowPending}>
      <Radix.Root
        {...props}
        onKeyDown={(event) => {
          // Any other key (Tab, Space, a letter) ends keyboard navigation between the radios.
          arrowPending.current = ARROW_KEYS.has(event.key);
          onKeyDown?.(event);
        }}
        onPointerDown={(event) => {
          arrowPending.current = false;
          onPointerDown?.(event);
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) arrowPending.current = false;
          onBlur?.(event);
        }}
      />
    </ArrowNavigation.Provider>
  );
}

function Item({ onFocus, ...props }: ComponentProps<typeof Radix.Item>) {
  const arrowPending = useContext(ArrowNavigation);
  return (
    <Radix.Item
      {...props}
      onFocus={(event) => {
        onFocus?.(event);
        if (!arrowPending?.current) return;
        arrowPending.current = false;
        // A click, like Radix's own, so the form's change event fires too.
        if (event.currentTarget.getAttribute('aria-checked') !== 'true') event.currentTarget.click();
      }}
    />
  );
}

/** One radio with its label beside it; clicking the label checks it. */
function Option({ label, ...props }: Omit<ComponentProps<typeof Radix.Item>, 'className' | 'children'> & { label: ReactNode }) {
  return (
    <label className="radio">
      <Item {...props} className="radio-item">
        <Radix.Indicator className="radio-dot" />
      </Item>
      {label}
    </label>
  );
}

export const RadioGroup = { Root, Item, Indicator: Radix.Indicator, Option };
