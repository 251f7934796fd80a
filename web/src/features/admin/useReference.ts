import { useEffect, useState } from 'react';
import { api } from '../../lib/api';
import type { Organisation } from '../../lib/types';

export interface Region {
  code: string;
  name: string;
}
export interface Municipality {
  code: string;
  name: string;
  regionCode: string;
}

export function useRegions(): Region[] {
  const [regions, setRegions] = useState<Region[]>([]);
  useEffect(() => {
    void api<{ items: Region[] }>('GET', '/regions').then((r) => setRegions(r.items));
  }, []);
  return regions;
}

export function useMunicipalities(regionCode: string): Municipality[] {
  const [items, setItems] = useState<Municipality[]>([]);
  useEffect(() => {
    if (!regionCode) {
      setItems([]);
      return;
    }
    void api<{ items: Municipality[] }>('GET', `/municipalities?regionCode=${encodeURIComponent(regionCode)}`).then(
      (r) => setItems(r.items),
    );
  }, [regionCode]);
  return items;
}

export function useOrganisations(): [Organisation[], () => void] {
  const [items, setItems] = useState<Organisation[]>([]);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void api<{ items: Organisation[] }>('GET', '/organisations').then((r) => setItems(r.items));
  }, [version]);
  return [items, () => setVersion((v) => v + 1)];
}
