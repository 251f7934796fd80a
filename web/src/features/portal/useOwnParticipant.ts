/** The logged-in participant's own record for the portal pages: loading, found, none yet, or an error. */
import { useEffect, useState } from 'react';
import { api, ApiProblem } from '../../lib/api';
import type { ParticipantWithPermissions } from '../../lib/types';
import { useI18n } from '../../i18n/i18n';

export function useOwnParticipant(): {
  participant: ParticipantWithPermissions | null;
  missing: boolean;
  loadError: string | null;
} {
  const { t, lang } = useI18n();
  const [participant, setParticipant] = useState<ParticipantWithPermissions | null>(null);
  const [missing, setMissing] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    setLoadError(null);
    api<ParticipantWithPermissions>('GET', '/me/participant')
      .then(setParticipant)
      .catch((error: unknown) => {
        if (error instanceof ApiProblem && error.status === 404) {
          setMissing(true);
        } else {
          setLoadError(t('portal.loadError'));
        }
      });
  }, [lang]);
  return { participant, missing, loadError };
}
