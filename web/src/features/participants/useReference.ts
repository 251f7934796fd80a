/**
 * Reference data for the participant screens: approaches and organisations. The gemeenten of a region
 * come from the admin feature's useMunicipalities, as for organisations.
 */
import { useEffect, useState } from 'react';
import { api } from '../../lib/api';
import type { Approach, Organisation } from '../../lib/types';
import { useI18n } from '../../i18n/i18n';

/** The approaches (IPS, …) in the UI language; inactive ones are kept for filters and old trajectories. */
export function useApproaches(): Approach[] {
  const { lang } = useI18n();
  const [items, setItems] = useState<Approach[]>([]);
  useEffect(() => {
    void api<{ items: Approach[] }>('GET', '/approaches')
      .then((r) => setItems(r.items))
      .catch(() => setItems([]));
  }, [lang]);
  return items;
}

/** The organisations of a region, by name: the ones a participant can give consent to. */
export function useRegionOrganisations(regionCode: string): Organisation[] {
  const [items, setItems] = useState<Organisation[]>([]);
  useEffect(() => {
    if (!regionCode) {
      setItems([]);
      return;
    }
    void api<{ items: Organisation[] }>('GET', `/organisations?regionCode=${encodeURIComponent(regionCode)}`)
      .then((r) => setItems([...r.items].sort((a, b) => a.name.localeCompare(b.name, 'nl'))))
      .catch(() => setItems([]));
  }, [regionCode]);
  return items;
}

/** One organisation (null while loading or when it cannot be read). */
export function useOrganisation(id: string): Organisation | null {
  const [org, setOrg] = useState<Organisation | null>(null);
  useEffect(() => {
    if (!id) {
      setOrg(null);
      return;
    }
    void api<Organisation>('GET', `/organisations/${id}`)
      .then(setOrg)
      .catch(() => setOrg(null));
  }, [id]);
  return org;
}
