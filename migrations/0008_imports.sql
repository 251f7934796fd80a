-- Imports from spreadsheets (CSV, XLSX): the uploaded file (encrypted, in chunks), the column mapping,
-- the rows checked in the dry run (staging) and what was wrong with them, per row and column. The
-- commit moves the staged rows into participants, trajectories or job episodes in one transaction;
-- afterwards the file, the staged rows and the errors are deleted (they hold personal data), the
-- import's counts stay. Job episodes get an external id so that a re-import finds them again.
-- Forward-only: never edit this file once committed; add a new migration instead.

CREATE TABLE imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('participants', 'trajectories', 'jobEpisodes')),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  file_format text NOT NULL CHECK (file_format IN ('csv', 'xlsx')),
  file_bytes bigint NOT NULL DEFAULT 0,
  status text NOT NULL CHECK (status IN ('uploaded', 'validating', 'validated', 'committing', 'committed', 'failed',
    'discarded')),
  -- The header row of the file: [{ "index": 0, "header": "Voornaam" }, …]
  columns jsonb NOT NULL DEFAULT '[]',
  -- Field → column index, as the user confirmed it.
  mapping jsonb,
  rows_total integer NOT NULL DEFAULT 0,
  rows_processed integer NOT NULL DEFAULT 0,
  -- How far the dry run has read the file, against file_bytes: the progress bar.
  bytes_processed bigint NOT NULL DEFAULT 0,
  error_count integer NOT NULL DEFAULT 0,
  rows_new integer NOT NULL DEFAULT 0,
  rows_changed integer NOT NULL DEFAULT 0,
  rows_unchanged integer NOT NULL DEFAULT 0,
  -- Message key of a failure of the file as a whole (unreadable, no header row, changed since the dry run…).
  failure text,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  validated_at timestamptz,
  committed_at timestamptz,
  committed_by uuid REFERENCES users(id)
);
CREATE INDEX imports_organisation_idx ON imports(organisation_id, created_at DESC);

-- The file, AES-256-GCM encrypted per chunk (FieldCipher; the chunk's place is authenticated with it).
CREATE TABLE import_file_chunks (
  import_id uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  seq integer NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (import_id, seq)
);

-- Rows that passed the checks of a single row, normalised (what the commit does with each is decided in
-- the commit's own transaction).
CREATE TABLE import_rows (
  import_id uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  external_id text NOT NULL,
  -- For trajectories and job episodes: the participant's external id.
  parent_external_id text,
  data jsonb NOT NULL,
  valid boolean NOT NULL DEFAULT true,
  PRIMARY KEY (import_id, row_number)
);
CREATE INDEX import_rows_external_idx ON import_rows(import_id, external_id);

CREATE TABLE import_errors (
  import_id uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  seq smallint NOT NULL,
  field text,
  column_name text,
  value text,
  code text NOT NULL,
  params jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (import_id, row_number, seq)
);

ALTER TABLE job_episodes ADD COLUMN external_id text CHECK (length(external_id) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX job_episodes_external_idx ON job_episodes(participant_id, external_id) WHERE external_id IS NOT NULL;
