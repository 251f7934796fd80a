import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { ErrorSummary } from './ErrorSummary';

afterEach(cleanup);

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

  it('names the field when the message does not, in the order of the form', () => {
    render(
      <I18nProvider>
        <label htmlFor="name">Naam</label>
        <input id="name" />
        <label htmlFor="email">E-mailadres</label>
        <input id="email" />
        <ErrorSummary
          errors={[
            { field: 'email', message: 'Dit veld is verplicht.' },
            { field: 'name', message: 'Dit veld is verplicht.' },
          ]}
          focusKey={1}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'Naam: Dit veld is verplicht.' }).getAttribute('href')).toBe('#name');
    expect(screen.getByRole('link', { name: 'E-mailadres: Dit veld is verplicht.' }).getAttribute('href')).toBe(
      '#email',
    );
    // in the order of the form, not the order the server sent
    expect(screen.getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(['#name', '#email']);
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
