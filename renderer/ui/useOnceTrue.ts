import { useState } from 'react';

/**
 * True from the first render where `condition` holds, and ever after. For a part that loads on first
 * need and then stays mounted, so it can finish what it started after the condition passes.
 */
export function useOnceTrue(condition: boolean): boolean {
  const [seen, setSeen] = useState(condition);
  if (condition && !seen) setSeen(true);
  return seen || condition;
}
