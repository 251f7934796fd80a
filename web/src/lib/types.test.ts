/**
 * The web app's lists of codes (phases, categories, wage forms, …) are written out by hand for the screens.
 * Each must hold exactly the values the API declares for that field in the committed OpenAPI document
 * (docs/api/openapi.json, generated from the server's schemas): a value added on the server and not here
 * would have no option, label or filter on screen; one removed there would be refused by the API.
 */
import { describe, expect, it } from 'vitest';
import openapi from '../../../docs/api/openapi.json?raw';
import * as lib from './types';
import * as support from '../features/employer-support-requests/types';
import * as employers from '../features/employers/types';

type Node = Record<string, unknown>;

/** Every enumeration in the document, as its sorted values, with the names of the fields that declare it. */
function enumerations(spec: unknown): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (values: unknown[], field: string) => {
    const key = JSON.stringify(values.map(String).sort());
    found.set(key, (found.get(key) ?? new Set()).add(field));
  };
  const walk = (node: unknown, field: string | null): void => {
    if (Array.isArray(node)) {
      node.forEach((n) => walk(n, field));
      return;
    }
    if (!node || typeof node !== 'object') {
      return;
    }
    const o = node as Node;
    if (field && Array.isArray(o.enum)) {
      add(o.enum, field);
    }
    // A union of literals (TypeBox writes each as its own one-value enum).
    const union = (o.anyOf ?? o.oneOf) as Node[] | undefined;
    if (field && Array.isArray(union) && union.every((u) => Array.isArray(u.enum) && u.enum.length === 1)) {
      add(
        union.map((u) => (u.enum as unknown[])[0]),
        field,
      );
    }
    for (const [key, value] of Object.entries(o)) {
      if (key === 'properties') {
        for (const [name, schema] of Object.entries(value as Node)) {
          walk(schema, name);
        }
      } else if (key === 'items' || key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
        walk(value, field);
      } else if (key === 'parameters' && Array.isArray(value)) {
        for (const p of value as Node[]) {
          walk(p.schema, String(p.name));
        }
      } else {
        walk(value, null);
      }
    }
  };
  walk(spec, null);
  return found;
}

const API = enumerations(JSON.parse(openapi));
const fieldsWith = (values: readonly string[]) => API.get(JSON.stringify([...values].sort())) ?? new Set<string>();

/** Web list → a field of the API that must have exactly these values. */
const LISTS: [string, readonly string[], string][] = [
  ['ROLES', lib.ROLES, 'role'],
  ['ORG_TYPES', lib.ORG_TYPES, 'type'],
  ['PHASES', lib.PHASES, 'phase'],
  ['CLOSED_REASONS', lib.CLOSED_REASONS, 'closedReason'],
  ['TARGET_GROUPS', lib.TARGET_GROUPS, 'targetGroups'],
  ['BENEFIT_SITUATIONS', lib.BENEFIT_SITUATIONS, 'benefitSituation'],
  ['PURPOSES', lib.PURPOSES, 'purpose'],
  ['CASELOAD_SORTS', lib.CASELOAD_SORTS, 'sort'],
  ['CASELOAD_SIGNALS', lib.CASELOAD_SIGNALS, 'signal'],
  ['DOMAINS', lib.DOMAINS, 'domain'],
  ['GOAL_STATUSES', lib.GOAL_STATUSES, 'status'],
  ['ACTION_OWNERS', lib.ACTION_OWNERS, 'owner'],
  ['DAYS', lib.DAYS, 'days'],
  ['DAY_PARTS', lib.DAY_PARTS, 'dayParts'],
  ['TRANSPORT', lib.TRANSPORT, 'transport'],
  ['DISCLOSURE', lib.DISCLOSURE, 'disclosure'],
  ['DRIVING_LICENCES', lib.DRIVING_LICENCES, 'drivingLicences'],
  ['DRIVING_LICENCES_ON_SCREEN', lib.DRIVING_LICENCES_ON_SCREEN, 'drivingLicences'],
  ['DUTCH_LEVELS', lib.DUTCH_LEVELS, 'languageLevel'],
  ['WAGE_FORMS', lib.WAGE_FORMS, 'wageForm'],
  ['CONTRACT_TYPES', lib.CONTRACT_TYPES, 'contractType'],
  ['END_REASONS', lib.END_REASONS, 'endReason'],
  ['CONTACT_KINDS', lib.CONTACT_KINDS, 'kind'],
  ['CONTACT_STATUSES', lib.CONTACT_STATUSES, 'status'],
  ['CAPACITY_SOURCES', lib.CAPACITY_SOURCES, 'source'],
  ['IMPORT_KINDS', lib.IMPORT_KINDS, 'kind'],
  ['IMPORT_STATUSES', lib.IMPORT_STATUSES, 'status'],
  ['SUPPORT_KINDS', support.SUPPORT_KINDS, 'kind'],
  ['INSTRUMENT_CODES', support.INSTRUMENT_CODES, 'instrumentCode'],
  ['SUPPORT_FILTERS', support.SUPPORT_FILTERS, 'filter'],
  ['SIZE_CLASSES', employers.SIZE_CLASSES, 'sizeClass'],
  ['ACCOMMODATION_CODES', employers.ACCOMMODATION_CODES, 'accommodations'],
  ['EXCLUSION_CODES', employers.EXCLUSION_CODES, 'otherReasons'],
  ['FACTOR_CODES', employers.FACTOR_CODES, 'code'],
  ['LOG_KINDS', employers.LOG_KINDS, 'kind'],
  ['LOG_PURPOSES', employers.LOG_PURPOSES, 'purpose'],
  ['VACANCY_STATUSES', employers.VACANCY_STATUSES, 'status'],
];

describe('the web app’s code lists match the API', () => {
  it.each(LISTS)('%s holds exactly the values the API declares for "%s"', (_name, values, field) => {
    expect(new Set(values).size, 'no value twice').toBe(values.length);
    expect([...fieldsWith(values)]).toContain(field);
  });

  it('the consent categories are the API’s, except the employer profile, which has its own screen', () => {
    expect([...fieldsWith([...lib.DATA_CATEGORIES, 'employerProfile'])]).toContain('category');
  });

  it('asks for exactly the parts of a participant that the API can embed', () => {
    const spec = JSON.parse(openapi) as { paths: Record<string, Record<string, Node>> };
    const parameters = spec.paths['/participants/{id}']?.get?.parameters as Node[];
    const expand = parameters.find((p) => p.name === 'expand')?.schema as { pattern: string };
    const alternatives = /^\^\(([a-z|]+)\)/.exec(expand.pattern)?.[1]?.split('|');
    expect(alternatives).toEqual([...lib.PARTICIPANT_EXPANSIONS]);
  });

  it('finds a list that does not match (the check itself works)', () => {
    expect([...fieldsWith([...lib.PHASES, 'onHold'])]).not.toContain('phase');
    expect([...fieldsWith(lib.PHASES.slice(1))]).not.toContain('phase');
  });
});
