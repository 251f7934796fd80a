/** Sets the document title (WCAG 2.4.2 Page Titled). */
import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Meedoen`;
  }, [title]);
}
