import type { ReactNode } from 'react';

/**
 * What went wrong, announced at once (role=alert); renders nothing while there is nothing to say,
 * so a form writes `<ProblemMessage>{errors.form}</ProblemMessage>`.
 */
export function ProblemMessage({ children }: { children: ReactNode }) {
  return children ? (
    <p className="status-bad" role="alert">
      {children}
    </p>
  ) : null;
}

/** That it worked, announced politely (role=status); nothing while there is nothing to say. */
export function DoneMessage({ children }: { children: ReactNode }) {
  return children ? (
    <p className="status-ok" role="status">
      {children}
    </p>
  ) : null;
}
