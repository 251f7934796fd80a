/** The API shapes of the anonymised candidate search and the employer's introductions (ADR 0019). */
export type AgeBand = 'to24' | '25to34' | '35to44' | '45to54' | '55plus' | 'to34' | '35to54' | 'any';

export interface CandidateProfile {
  id: string;
  regionCode: string;
  regionName: string;
  municipalityCode: string | null;
  municipalityName: string | null;
  ageBand: AgeBand;
  hours: { min: number; max: number } | null;
  availability: 'now' | 'soon';
  kindsOfWork: string[];
  sectors: string[];
  skills: string[];
  certificates: { kind: string; sector: string; level: string }[];
  capacities: { basis: 'professional' | 'self' | 'none'; attentionPoints: { itemId: string; label: string }[] };
}

export interface CandidatePage {
  items: CandidateProfile[];
  total: number;
  page: number;
  pageSize: number;
}

export type IntroductionStatus = 'requested' | 'accepted' | 'declined' | 'expired';

export interface EmployerIntroduction {
  id: string;
  profileId: string | null;
  employerOrganisationName: string;
  vacancyId: string | null;
  vacancyTitle: string | null;
  message: string;
  requestedByName: string;
  requestedAt: string;
  expiresAt: string;
  decidedAt: string | null;
  status: IntroductionStatus;
  candidate: { name: string; contactRoute: string } | null;
}
