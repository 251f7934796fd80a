export type Role =
  | 'participant'
  | 'jobCoach'
  | 'employerAdviser'
  | 'consultant'
  | 'employer'
  | 'programmeManager'
  | 'evaluator'
  | 'knowledgeEditor'
  | 'administrator';
export const ROLES: Role[] = [
  'participant',
  'jobCoach',
  'employerAdviser',
  'consultant',
  'employer',
  'programmeManager',
  'evaluator',
  'knowledgeEditor',
  'administrator',
];
export const ORG_TYPES = [
  'gemeente',
  'uwv',
  'ggz',
  'shelteredWork',
  'school',
  'employer',
  'knowledgeInstitute',
  'funder',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export interface Membership {
  id: string;
  organisationId: string;
  organisationName: string;
  role: Role;
}
export interface Session {
  state: 'secondFactor' | 'secondFactorSetup' | 'active';
  csrfToken: string;
  user: {
    id: string;
    name: string;
    email: string;
    language: 'nl' | 'en';
    secondFactorEnabled: boolean;
    memberships: Membership[];
  };
}
export interface Organisation {
  id: string;
  name: string;
  type: OrgType;
  regionCode: string;
  regionName: string;
  municipalityCode: string | null;
  municipalityName: string | null;
  slug: string;
  hasOidcProvider: boolean;
  createdAt: string;
}
export interface User {
  id: string;
  name: string;
  email: string;
  status: 'invited' | 'active' | 'disabled';
  secondFactorEnabled: boolean;
  memberships: Membership[];
  createdAt: string;
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
