/** Status messages announced to screen readers (WCAG 4.1.3 Status Messages). */
import type { ReactNode } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';

export function Notice({ type, children }: { type: 'ok' | 'error' | 'info' | 'warning'; children: ReactNode }) {
  return (
    <div role={type === 'error' ? 'alert' : 'status'}>
      <Alert type={type}>
        <Paragraph>{children}</Paragraph>
      </Alert>
    </div>
  );
}
