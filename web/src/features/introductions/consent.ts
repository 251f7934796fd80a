import type { MessageKey } from '../../i18n/i18n';
import type { Consent } from '../../lib/types';

/** Who receives a consent, in words: the organisation, or for employerProfile "Werkgevers in <region>". */
export function receiverOf(
  c: Consent,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): string {
  return c.organisationName ?? t('introductions.employersOfRegion', { region: c.regionName ?? c.regionCode ?? '' });
}
