import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import type { ImportView } from '../../lib/types';
import { ImportProgress } from './ImportProgress';

const base = {
  id: '00000000-0000-4000-8000-000000000001',
  progress: { rowsProcessed: 25000, bytesProcessed: 1_300_000, percent: 42 },
} as ImportView;

afterEach(cleanup);

describe('import progress', () => {
  it('is a labelled progress bar with the rows done, and a status line that says what happens', () => {
    render(
      <I18nProvider>
        <ImportProgress view={{ ...base, status: 'validating' }} />
      </I18nProvider>,
    );
    const bar = screen.getByRole('progressbar', { name: 'Gecontroleerd: 42%' });
    expect(bar.getAttribute('value')).toBe('42');
    expect(screen.getByRole('status').textContent).toBe(
      'Meedoen controleert het bestand. Er wordt nog niets opgeslagen.',
    );
    expect(screen.getByText('25.000 rijen gecontroleerd.')).toBeTruthy();
  });

  it('has no number while saving, because the server reports none', () => {
    render(
      <I18nProvider>
        <ImportProgress view={{ ...base, status: 'committing' }} />
      </I18nProvider>,
    );
    expect(screen.getByRole('progressbar', { name: 'Bezig met opslaan' }).hasAttribute('value')).toBe(false);
  });
});
