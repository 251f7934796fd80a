-- Research studies and their pseudonymised exports (issue 5, module monitoring, ADR 0016 "Research export").
-- A study is the legal and methodological frame of an export: its purpose and basis (e.g. AVG art. 89 with
-- a DPIA), its period and who is responsible. Pseudonyms are derived per study from the installation's key,
-- so two studies cannot link their rows; nothing of the pseudonym key is stored here.
CREATE TABLE research_studies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 2000),
  legal_basis text NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 1000),
  starts_on date NOT NULL,
  ends_on date NOT NULL CHECK (ends_on >= starts_on),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX research_studies_name_idx ON research_studies(organisation_id, lower(name));

-- Every export made, with what it held: the accountability record next to the per-participant audit rows.
CREATE TABLE research_exports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  study_id uuid NOT NULL REFERENCES research_studies(id),
  requested_by uuid REFERENCES users(id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  population jsonb NOT NULL,
  format text NOT NULL CHECK (format IN ('xlsx', 'csv')),
  participants integer NOT NULL CHECK (participants >= 0),
  trajectories integer NOT NULL CHECK (trajectories >= 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX research_exports_study_idx ON research_exports(study_id, requested_at);
