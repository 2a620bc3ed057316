import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeBridge } from '../testing/fakeBridge';
import { renderFirstScreen } from '../prerender';
import { useNavigation } from '../state/navigation';
import { App } from './App';

describe('the first screen', () => {
  it('is prerendered without a Suspense boundary, so it hydrates in the same pass as the shell around it', () => {
    const html = renderFirstScreen();
    expect(html).toContain('Which Office Ally portal do I need?');
    // React writes <!--$--> … <!--/$--> around a Suspense boundary; a dehydrated boundary hydrates in a second pass.
    expect(html).not.toContain('<!--$-->');
  });

  it('a screen that loads on first use says "Loading…" until its code arrives, then shows itself', async () => {
    installFakeBridge();
    useNavigation.setState({ screen: 'support', section: null });
    render(<App />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: /support/i }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });
});
