import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { ConfirmButton } from './ConfirmButton';

describe('ConfirmButton', () => {
  it('asks first, moves focus to the confirming button, and acts only after confirmation', () => {
    const onConfirm = vi.fn();
    render(
      <I18nProvider>
        <ConfirmButton
          question="Weet u het zeker? Sanne kan dan niet meer inloggen."
          confirmLabel="Ja, blokkeren"
          onConfirm={onConfirm}
        >
          Blokkeren
        </ConfirmButton>
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Blokkeren' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByText('Weet u het zeker? Sanne kan dan niet meer inloggen.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ja, blokkeren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Blokkeren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, blokkeren' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
