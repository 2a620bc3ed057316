import { beforeEach, describe, expect, it } from 'vitest';
import { useNavigation } from './navigation';

beforeEach(() => useNavigation.setState({ screen: 'portals', section: null }));

describe('navigation store', () => {
  it('starts on the portal chooser', () => {
    expect(useNavigation.getState()).toMatchObject({ screen: 'portals', section: null });
  });

  it('moves to a screen and the section to bring into view', () => {
    useNavigation.getState().go('login', 'login-practice-mate');
    expect(useNavigation.getState()).toMatchObject({ screen: 'login', section: 'login-practice-mate' });
  });

  it('moving to a screen without a section forgets the previous section', () => {
    useNavigation.getState().go('login', 'login-practice-mate');
    useNavigation.getState().go('support');
    expect(useNavigation.getState()).toMatchObject({ screen: 'support', section: null });
  });
});
