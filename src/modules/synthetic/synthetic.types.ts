/** The approach codes the generator uses (the start set of migration 0002's `approaches`). */
export type Approach = 'ips' | 'jobCoaching' | 'workExperience' | 'learningRoute' | 'other';
