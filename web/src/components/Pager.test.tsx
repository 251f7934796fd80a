import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { Pager } from './Pager';

afterEach(cleanup);

describe('Pager', () => {
  it('says "1 resultaat" for one, "3 resultaten" for more', () => {
    const { rerender } = render(
      <I18nProvider>
        <Pager page={1} pageSize={25} total={1} onPage={() => undefined} />
      </I18nProvider>,
    );
    expect(screen.getByText('1 resultaat')).toBeTruthy();
    rerender(
      <I18nProvider>
        <Pager page={1} pageSize={25} total={3} onPage={() => undefined} />
      </I18nProvider>,
    );
    expect(screen.getByText('3 resultaten')).toBeTruthy();
  });
});
