import { render, screen, fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { ErrorSummary } from './ErrorSummary';

describe('ErrorSummary', () => {
  it('takes focus and each link moves focus to its field', () => {
    render(
      <I18nProvider>
        <label htmlFor="email">E-mailadres</label>
        <input id="email" />
        <ErrorSummary errors={[{ field: 'email', message: 'Vul een geldig e-mailadres in.' }]} focusKey={1} />
      </I18nProvider>,
    );
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole('heading', { name: 'Er is een probleem' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Vul een geldig e-mailadres in.' }));
    expect(document.activeElement?.id).toBe('email');
  });

  it('renders nothing without errors', () => {
    const { container } = render(
      <I18nProvider>
        <ErrorSummary errors={[]} focusKey={0} />
      </I18nProvider>,
    );
    expect(container.innerHTML).toBe('');
  });
});
