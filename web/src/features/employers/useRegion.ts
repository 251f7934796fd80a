/**
 * The region the caller works in for employer services: that of the first organisation in which they
 * are employer adviser, job coach or employer (the server narrows every list to these regions anyway).
 * Used for the gemeente choices of filters and address forms.
 */
import { useSession } from '../../app/session';
import { useOrganisation } from '../participants/useReference';
import { useMunicipalities, type Municipality } from '../admin/useReference';

const EMPLOYER_ROLES = ['employerAdviser', 'jobCoach', 'employer'];

export function useWorkMunicipalities(): Municipality[] {
  const { session } = useSession();
  const membership = session?.user.memberships.find((m) => EMPLOYER_ROLES.includes(m.role));
  const organisation = useOrganisation(membership?.organisationId ?? '');
  return useMunicipalities(organisation?.regionCode ?? '');
}

/** The organisation ids in which the caller is an employer adviser or job coach (for the team week). */
export function useTeamOrganisations(): { id: string; name: string }[] {
  const { session } = useSession();
  const seen = new Map<string, string>();
  for (const m of session?.user.memberships ?? []) {
    if (m.role === 'employerAdviser' || m.role === 'jobCoach') {
      seen.set(m.organisationId, m.organisationName);
    }
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}
