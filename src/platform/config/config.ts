/**
 * Configuration from the environment, validated once at boot.
 *
 * Every variable is listed in {@link CONFIG_VARIABLES}; the README's configuration table lists the
 * same (config.test.ts checks that the README mentions every one). A bad value stops the process with one clear
 * line per problem instead of failing later in a request.
 */
import path from 'node:path';
import { parseFieldKey } from '../crypto/field-encryption.js';

export const ROLE_NAMES = [
  'participant',
  'jobCoach',
  'employerAdviser',
  'consultant',
  'employer',
  'programmeManager',
  'evaluator',
  'knowledgeEditor',
  'administrator',
] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** Roles that can see personal data of participants and therefore need a second factor by default. */
export const DEFAULT_MFA_ROLES: RoleName[] = [
  'jobCoach',
  'employerAdviser',
  'consultant',
  'programmeManager',
  'evaluator',
  'administrator',
];

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | null;
  demo: boolean;
  /** Roles for which a second factor (TOTP) is required at login. */
  mfaRequiredRoles: RoleName[];
  /** In demo mode: whether the demo users must also use a second factor. */
  demoMfa: boolean;
  sessionTtlMinutes: number;
  sessionIdleMinutes: number;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
  metricsToken: string | null;
  cookieSecure: boolean;
  /** Maximum request body in bytes. */
  bodyLimit: number;
  /** Maximum size in bytes of a spreadsheet to import (CSV or XLSX). */
  importMaxBytes: number;
  /** Maximum size in bytes of a file (PDF) of a knowledge item. */
  knowledgeFileMaxBytes: number;
  /** Directory for files of knowledge items; null → stored in the database. */
  knowledgeFilesDir: string | null;
  /** Serve the built web app (off in API-only tests). */
  serveWeb: boolean;
  pgPoolSize: number;
  /** How far the JavaScript heap may grow past what is live before a full collection, in percent (0 = V8's rule). */
  heapGrowthPercent: number;
  /** Login attempts per client address per minute (also for the second factor and reset links). */
  loginRateLimit: number;
  /** How long a session look-up may be reused within one process (0 = off). */
  sessionCacheMs: number;
  /** How long the job seekers of a region are kept in process for matching (0 = off). */
  matchingCacheSeconds: number;
  monitoringCacheSeconds: number;
  /** Master key for fields encrypted at rest (BSN); null → a key file in dataDir (embedded database only). */
  fieldEncryptionKey: Buffer | null;
}

export interface ConfigVariable {
  name: string;
  default: string;
  description: string;
}

export const CONFIG_VARIABLES: ConfigVariable[] = [
  { name: 'PORT', default: '3000', description: 'TCP port for UI and API.' },
  { name: 'HOST', default: '127.0.0.1', description: 'Address to listen on; `0.0.0.0` in a container.' },
  {
    name: 'PUBLIC_URL',
    default: 'http://localhost:$PORT',
    description:
      'External base URL, used in mails and OpenID Connect redirects. `https://…` turns on Secure cookies and HSTS.',
  },
  {
    name: 'DATA_DIR',
    default: './data',
    description: 'Directory for the embedded database (`pglite/`), development mail (`mail/`) and the process lock.',
  },
  {
    name: 'DATABASE_URL',
    default: '(unset)',
    description:
      '`postgres://user:pass@host:5432/db` runs on a PostgreSQL 15+ server instead of the embedded database. Use this in production.',
  },
  {
    name: 'DEMO',
    default: '1 on the embedded database, 0 with DATABASE_URL',
    description: 'Seed the demo region on an empty database and print the demo logins.',
  },
  {
    name: 'MFA_REQUIRED_ROLES',
    default: DEFAULT_MFA_ROLES.join(','),
    description: 'Comma-separated roles that must use a second factor (TOTP). `none` turns the requirement off.',
  },
  { name: 'DEMO_MFA', default: '0', description: 'With `1`, demo users also need a second factor.' },
  { name: 'SESSION_TTL_MINUTES', default: '720', description: 'Absolute lifetime of a login session.' },
  {
    name: 'SESSION_CACHE_MS',
    default: '2000',
    description:
      'How long one app instance may reuse a session look-up. Changes through the same instance clear it at once; with several instances, a session ended elsewhere can work here this long. `0` turns it off.',
  },
  {
    name: 'MATCHING_CACHE_SECONDS',
    default: '30',
    description:
      'How long one app instance keeps the job seekers of a region (wishes, capacity) for matching. Access and consent are read fresh on every request; a changed wish or assessment shows within this time. `0` turns it off.',
  },
  {
    name: 'MONITORING_CACHE_SECONDS',
    default: '300',
    description:
      'How long one app instance keeps the computed counts of a dashboard (per population, breakdown and period). Older counts are still shown, with the time they were computed, while they are recomputed in the background (up to ten times this long). `0` turns it off.',
  },
  { name: 'SESSION_IDLE_MINUTES', default: '60', description: 'A session without requests for this long ends.' },
  { name: 'LOGIN_MAX_FAILURES', default: '5', description: 'Failed logins on one account before a temporary lockout.' },
  { name: 'LOGIN_LOCKOUT_MINUTES', default: '15', description: 'Length of the temporary lockout.' },
  {
    name: 'SMTP_URL',
    default: '(unset)',
    description:
      '`smtp://user:pass@host:587` sends mail through SMTP. Unset: mail is written to `DATA_DIR/mail/` and listed for administrators.',
  },
  { name: 'MAIL_FROM', default: 'Meedoen <noreply@meedoen.local>', description: 'Sender address of outgoing mail.' },
  { name: 'LOG_LEVEL', default: 'info', description: 'pino log level (`fatal` … `trace`, `silent`).' },
  {
    name: 'TRUST_PROXY',
    default: '0',
    description: 'With `1`, client addresses and protocol come from `X-Forwarded-*` (behind a reverse proxy).',
  },
  {
    name: 'METRICS_TOKEN',
    default: '(unset)',
    description: 'Bearer token for `/metrics`. Unset: metrics only for administrators who are logged in.',
  },
  { name: 'BODY_LIMIT', default: '1048576', description: 'Maximum request body in bytes.' },
  {
    name: 'KNOWLEDGE_FILE_MAX_BYTES',
    default: '20971520',
    description: 'Maximum size of a PDF attached to a knowledge item, in bytes.',
  },
  {
    name: 'KNOWLEDGE_FILES_DIR',
    default: '(unset: in the database)',
    description:
      'Directory for the PDF files of knowledge items instead of the database (back it up with the database).',
  },
  {
    name: 'LOGIN_RATE_LIMIT',
    default: '20',
    description: 'Login, second-factor and password-link attempts per client address per minute.',
  },
  {
    name: 'SERVE_WEB',
    default: '1',
    description: 'Serve the web app (and build it on start when needed). `0` for an API-only instance.',
  },
  { name: 'PG_POOL_SIZE', default: '10', description: 'Connections per app instance when DATABASE_URL is set.' },
  {
    name: 'HEAP_GROWTH_PERCENT',
    default: '20',
    description:
      "How far the JavaScript heap may grow past what is live before a full garbage collection, in percent. Keeps a 100,000-row import under 300 MB; `0` leaves Node.js's own rule. Not a limit.",
  },
  {
    name: 'FIELD_ENCRYPTION_KEY',
    default: '(unset)',
    description:
      'Key (32 bytes, base64: `openssl rand -base64 32`) that encrypts fields such as the BSN at rest. Required with DATABASE_URL; unset on the embedded database, a key is created in `DATA_DIR/field-encryption.key`. Back it up: without it those fields cannot be read.',
  },
];

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads and validates the configuration.
 * @param env - the environment (normally `process.env`)
 * @returns the validated configuration
 * @throws ConfigError listing every bad value at once
 */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      return fallback;
    }
    if (!/^\d+$/.test(raw.trim())) {
      problems.push(`${name} must be a whole number between ${min} and ${max}, got "${raw}".`);
      return fallback;
    }
    const value = Number(raw);
    if (value < min || value > max) {
      problems.push(`${name} must be between ${min} and ${max}, got ${value}.`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === '') {
      return fallback;
    }
    if (['1', 'true', 'yes', 'on'].includes(raw)) {
      return true;
    }
    if (['0', 'false', 'no', 'off'].includes(raw)) {
      return false;
    }
    problems.push(`${name} must be 1 or 0 (true/false), got "${env[name]}".`);
    return fallback;
  };
  const url = (name: string, protocols: string[]): string | null => {
    const raw = env[name]?.trim();
    if (!raw) {
      return null;
    }
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}.`);
        return null;
      }
      return raw;
    } catch {
      problems.push(`${name} is not a valid URL.`);
      return null;
    }
  };

  const port = int('PORT', 3000, 0, 65535);
  const host = env.HOST?.trim() || '127.0.0.1';
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const publicUrl = (url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const dataDir = path.resolve(env.DATA_DIR?.trim() || './data');
  const demo = bool('DEMO', databaseUrl === null);

  let mfaRequiredRoles: RoleName[] = DEFAULT_MFA_ROLES;
  const rawRoles = env.MFA_REQUIRED_ROLES?.trim();
  if (rawRoles !== undefined && rawRoles !== '') {
    if (rawRoles.toLowerCase() === 'none') {
      mfaRequiredRoles = [];
    } else {
      const names = rawRoles
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean);
      const unknown = names.filter((r) => !(ROLE_NAMES as readonly string[]).includes(r));
      if (unknown.length > 0) {
        problems.push(`MFA_REQUIRED_ROLES has unknown role(s) ${unknown.join(', ')}; known: ${ROLE_NAMES.join(', ')}.`);
      } else {
        mfaRequiredRoles = names as RoleName[];
      }
    }
  }

  const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
  const rawLevel = env.LOG_LEVEL?.trim() || 'info';
  let logLevel: Config['logLevel'] = 'info';
  if ((logLevels as readonly string[]).includes(rawLevel)) {
    logLevel = rawLevel as Config['logLevel'];
  } else {
    problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${rawLevel}".`);
  }

  const mailFrom = env.MAIL_FROM?.trim() || 'Meedoen <noreply@meedoen.local>';
  if (!/@/.test(mailFrom)) {
    problems.push('MAIL_FROM must contain an e-mail address.');
  }
  const metricsToken = env.METRICS_TOKEN?.trim() || null;
  if (metricsToken !== null && metricsToken.length < 16) {
    problems.push('METRICS_TOKEN must be at least 16 characters.');
  }

  let fieldEncryptionKey: Buffer | null = null;
  const rawKey = env.FIELD_ENCRYPTION_KEY?.trim();
  if (rawKey) {
    fieldEncryptionKey = parseFieldKey(rawKey);
    if (!fieldEncryptionKey) {
      problems.push('FIELD_ENCRYPTION_KEY must be 32 bytes in base64 (openssl rand -base64 32).');
    }
  } else if (databaseUrl !== null) {
    problems.push(
      'FIELD_ENCRYPTION_KEY is required with DATABASE_URL (every instance must use the same key): openssl rand -base64 32.',
    );
  }

  const config: Config = {
    port,
    host,
    publicUrl,
    dataDir,
    databaseUrl,
    demo,
    mfaRequiredRoles,
    demoMfa: bool('DEMO_MFA', false),
    sessionTtlMinutes: int('SESSION_TTL_MINUTES', 720, 5, 60 * 24 * 30),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 60, 1, 60 * 24),
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockoutMinutes: int('LOGIN_LOCKOUT_MINUTES', 15, 1, 24 * 60),
    smtpUrl: url('SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom,
    logLevel,
    trustProxy: bool('TRUST_PROXY', false),
    metricsToken,
    cookieSecure: publicUrl.startsWith('https://'),
    bodyLimit: int('BODY_LIMIT', 1024 * 1024, 1024, 100 * 1024 * 1024),
    importMaxBytes: int('IMPORT_MAX_BYTES', 50 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    knowledgeFileMaxBytes: int('KNOWLEDGE_FILE_MAX_BYTES', 20 * 1024 * 1024, 1024, 200 * 1024 * 1024),
    knowledgeFilesDir: env.KNOWLEDGE_FILES_DIR?.trim() ? path.resolve(env.KNOWLEDGE_FILES_DIR.trim()) : null,
    serveWeb: bool('SERVE_WEB', true),
    pgPoolSize: int('PG_POOL_SIZE', 10, 1, 200),
    heapGrowthPercent: int('HEAP_GROWTH_PERCENT', 20, 0, 1000),
    loginRateLimit: int('LOGIN_RATE_LIMIT', 20, 1, 1_000_000),
    sessionCacheMs: int('SESSION_CACHE_MS', 2000, 0, 60_000),
    matchingCacheSeconds: int('MATCHING_CACHE_SECONDS', 30, 0, 3600),
    monitoringCacheSeconds: int('MONITORING_CACHE_SECONDS', 300, 0, 86400),
    fieldEncryptionKey,
  };
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}
