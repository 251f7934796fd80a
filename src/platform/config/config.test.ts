import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('configuration', () => {
  it('defaults to the embedded database in demo mode on port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      databaseUrl: null,
      demo: true,
      publicUrl: 'http://localhost:3000',
      cookieSecure: false,
    });
    expect(c.mfaRequiredRoles).toContain('jobCoach');
    expect(c.mfaRequiredRoles).not.toContain('participant');
  });

  it('turns demo mode off with DATABASE_URL unless DEMO=1, and secure cookies on behind https', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', FIELD_ENCRYPTION_KEY: KEY }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', FIELD_ENCRYPTION_KEY: KEY, DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'https://meedoen.example/' })).toMatchObject({
      cookieSecure: true,
      publicUrl: 'https://meedoen.example',
    });
  });

  it('names every bad value at once', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        MFA_REQUIRED_ROLES: 'jobCoach,wizard',
        DEMO: 'maybe',
        LOG_LEVEL: 'loud',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(5); // the bad DATABASE_URL is not set, so no key is demanded
      expect(problems.join('\n')).toMatch(/PORT must be a whole number/);
      expect(problems.join('\n')).toMatch(/DATABASE_URL must start with postgres:/);
      expect(problems.join('\n')).toMatch(/unknown role\(s\) wizard/);
    }
  });

  it('needs FIELD_ENCRYPTION_KEY with DATABASE_URL, and refuses a key that is not 32 bytes', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/db' })).toThrow(/FIELD_ENCRYPTION_KEY is required/);
    expect(() => loadConfig({ FIELD_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
    expect(loadConfig({ FIELD_ENCRYPTION_KEY: KEY }).fieldEncryptionKey).toHaveLength(32);
    expect(loadConfig({}).fieldEncryptionKey).toBeNull();
  });

  it('lets the heap grow 20 % past what is live by default; 0 leaves V8 its own rule; a negative value is refused', () => {
    expect(loadConfig({}).heapGrowthPercent).toBe(20);
    expect(loadConfig({ HEAP_GROWTH_PERCENT: '0' }).heapGrowthPercent).toBe(0);
    expect(() => loadConfig({ HEAP_GROWTH_PERCENT: '-5' })).toThrow(/HEAP_GROWTH_PERCENT/);
  });

  it('MFA_REQUIRED_ROLES=none turns the second-factor requirement off', () => {
    expect(loadConfig({ MFA_REQUIRED_ROLES: 'none' }).mfaRequiredRoles).toEqual([]);
  });
});

describe('README configuration table', () => {
  it('lists every configuration variable', async () => {
    const fs = await import('node:fs');
    const { CONFIG_VARIABLES } = await import('./config.js');
    const readme = fs.readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const missing = CONFIG_VARIABLES.filter((v) => !readme.includes(`\`${v.name}\``)).map((v) => v.name);
    expect(missing).toEqual([]);
  });
});
