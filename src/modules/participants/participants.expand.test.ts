import { describe, expect, it } from 'vitest';
import { expansionsOf } from './participants.expand.service.js';

describe('the parts named in expand', () => {
  it('are each taken once, in a fixed order, whatever order or repeats the query has', () => {
    expect(expansionsOf('consents,jobs,consents')).toEqual(['jobs', 'consents']);
    expect(expansionsOf('jobs,trajectories,contacts,consents')).toEqual([
      'trajectories',
      'contacts',
      'jobs',
      'consents',
    ]);
    expect(expansionsOf('capacity,wishes,jobs,plan,capacity')).toEqual(['jobs', 'plan', 'wishes', 'capacity']);
  });

  it('are all seven parts of the participant page, each once', () => {
    expect(expansionsOf('capacity,wishes,plan,consents,jobs,contacts,trajectories')).toEqual([
      'trajectories',
      'contacts',
      'jobs',
      'consents',
      'plan',
      'wishes',
      'capacity',
    ]);
  });

  it('are none without expand', () => {
    expect(expansionsOf(undefined)).toEqual([]);
  });
});
