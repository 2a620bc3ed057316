import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICE_ALLY_NAMES } from '../../shared/content/officeAllyNames';
import { OfficeAllyName } from './OfficeAllyName';

describe('OfficeAllyName', () => {
  it('shows the portal’s word in English, marked lang="en"', () => {
    const { container } = render(
      <p lang="es-US">
        Haga clic en <OfficeAllyName name="payBill" /> y luego en <OfficeAllyName label={OFFICE_ALLY_NAMES.yesCancelAutopay} />.
      </p>,
    );
    const names = [...container.querySelectorAll('[lang="en"]')].map((node) => node.textContent);
    expect(names).toEqual(['Pay Bill', 'Yes, Cancel Autopay']);
  });
});
