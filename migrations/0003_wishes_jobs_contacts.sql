-- Trajectories, step 2: the participant's wishes (versions kept), job episodes (what indicators such as
-- competitive employment and sustainable placement are computed from) and contacts (appointments and
-- contact notes; notes are the most sensitive category).
-- Forward-only: never edit this file once committed; add a new migration instead.

-- Wishes (IPS: client preference first). Every save is a new version; the latest is current.
CREATE TABLE participant_wishes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES participants(id),
  kinds_of_work text CHECK (length(kinds_of_work) <= 1000),
  sectors text[] NOT NULL DEFAULT '{}' CHECK (cardinality(sectors) <= 20),
  hours_min smallint CHECK (hours_min BETWEEN 0 AND 60),
  hours_max smallint CHECK (hours_max BETWEEN 1 AND 60),
  days text[] NOT NULL DEFAULT '{}' CHECK (days <@ ARRAY['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']::text[]),
  day_parts text[] NOT NULL DEFAULT '{}' CHECK (day_parts <@ ARRAY['morning', 'afternoon', 'evening', 'night']::text[]),
  max_travel_minutes smallint CHECK (max_travel_minutes BETWEEN 0 AND 240),
  transport text[] NOT NULL DEFAULT '{}' CHECK (transport <@ ARRAY['onFoot', 'bicycle', 'moped', 'car', 'publicTransport']::text[]),
  strengths text CHECK (length(strengths) <= 2000),
  wants_to_learn text CHECK (length(wants_to_learn) <= 2000),
  disclosure text NOT NULL DEFAULT 'askMe' CHECK (disclosure IN ('open', 'askMe', 'notDisclosed')),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (hours_min IS NULL OR hours_max IS NULL OR hours_min <= hours_max)
);
CREATE INDEX participant_wishes_participant_idx ON participant_wishes(participant_id, recorded_at DESC);

-- Job episodes: one row per job (a new job is a new row; an ended job gets its end date and reason).
CREATE TABLE job_episodes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES participants(id),
  trajectory_id uuid REFERENCES trajectories(id),
  employer_name text NOT NULL CHECK (length(employer_name) BETWEEN 1 AND 200),
  employer_organisation_id uuid REFERENCES organisations(id),
  job_title text NOT NULL CHECK (length(job_title) BETWEEN 1 AND 200),
  occupation_code text CHECK (occupation_code ~ '^[0-9]{4}$'),
  start_date date NOT NULL,
  end_date date,
  end_reason text CHECK (end_reason IN ('contractEnded', 'dismissed', 'quit', 'betterJob', 'health', 'other')),
  hours_per_week numeric(4, 1) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
  contract_type text NOT NULL CHECK (contract_type IN ('permanent', 'temporary', 'onCall', 'selfEmployed', 'none')),
  wage_form text NOT NULL CHECK (wage_form IN ('marketWage', 'loonkostensubsidie', 'loondispensatie', 'unpaidWorkExperience',
    'beschutWerk', 'other')),
  open_to_anyone boolean NOT NULL,
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK ((end_date IS NULL) = (end_reason IS NULL)),
  CHECK (wage_form <> 'unpaidWorkExperience' OR contract_type = 'none')
);
CREATE INDEX job_episodes_participant_idx ON job_episodes(participant_id, start_date);

-- Contacts: an appointment (planned) or a contact that took place (held), with who was there and a note.
CREATE TABLE contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES participants(id),
  trajectory_id uuid REFERENCES trajectories(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  occurs_at timestamptz NOT NULL,
  duration_minutes smallint CHECK (duration_minutes BETWEEN 5 AND 600),
  kind text NOT NULL CHECK (kind IN ('faceToFace', 'phone', 'video', 'withEmployer', 'withTreatmentTeam')),
  status text NOT NULL CHECK (status IN ('planned', 'held', 'cancelled', 'noShow')),
  location text CHECK (length(location) <= 200),
  present text CHECK (length(present) <= 500),
  note text CHECK (length(note) <= 10000),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contacts_participant_idx ON contacts(participant_id, occurs_at DESC);
CREATE INDEX contacts_trajectory_held_idx ON contacts(trajectory_id, kind, occurs_at) WHERE status = 'held';
