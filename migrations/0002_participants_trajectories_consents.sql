-- Trajectories, step 1: participants (minimal identity and situation), their trajectories with phase
-- events and assigned professionals, the approaches a programme manages, and consent per receiving
-- organisation × data category × purpose. The access policy reads assignments and consents on every
-- request (src/modules/trajectories, src/modules/consents).
-- Forward-only: never edit this file once committed; add a new migration instead.

-- Approaches (aanpakken) a trajectory can follow. A list the programme manages; these are the start set.
CREATE TABLE approaches (
  code text PRIMARY KEY CHECK (code ~ '^[a-z][a-zA-Z0-9]{1,39}$'),
  name_nl text NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 120),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 120),
  active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 100
);
INSERT INTO approaches (code, name_nl, name_en, sort_order) VALUES
  ('ips', 'IPS (Individuele Plaatsing en Steun)', 'IPS (Individual Placement and Support)', 10),
  ('jobCoaching', 'Jobcoaching', 'Job coaching', 20),
  ('workExperience', 'Werkervaringsplaats', 'Work-experience place', 30),
  ('learningRoute', 'Leerroute', 'Learning route', 40),
  ('other', 'Andere aanpak', 'Other approach', 90);

-- A participant (deelnemer). Registered by an organisation; the portal account is optional.
-- BSN: stored encrypted (AES-256-GCM, key from the environment) with a keyed hash to find duplicates;
-- only actions that need it decrypt it (participant.readBsn).
CREATE TABLE participants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid UNIQUE REFERENCES users(id),
  given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 150),
  date_of_birth date NOT NULL CHECK (date_of_birth >= DATE '1900-01-01'),
  email text CHECK (length(email) BETWEEN 3 AND 254),
  phone text CHECK (length(phone) BETWEEN 6 AND 30),
  municipality_code text NOT NULL REFERENCES municipalities(code),
  bsn_encrypted text,
  bsn_hash text,
  target_groups text[] NOT NULL DEFAULT '{}' CHECK (target_groups <@ ARRAY['workDisability', 'psychologicalVulnerability',
    'statusHolder', 'benefitRecipient', 'nugger', 'careerSwitcher', 'praktijkVsoPupil']::text[]),
  benefit_situation text NOT NULL DEFAULT 'none' CHECK (benefit_situation IN ('participatiewet', 'ww', 'wiaWga', 'wiaIva',
    'wajong', 'ziektewet', 'other', 'none')),
  doelgroepregister boolean NOT NULL DEFAULT false,
  external_id text CHECK (length(external_id) BETWEEN 1 AND 100),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((bsn_encrypted IS NULL) = (bsn_hash IS NULL))
);
CREATE INDEX participants_organisation_idx ON participants(organisation_id);
CREATE UNIQUE INDEX participants_bsn_idx ON participants(organisation_id, bsn_hash) WHERE bsn_hash IS NOT NULL;
CREATE UNIQUE INDEX participants_external_idx ON participants(organisation_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX participants_name_trgm_idx ON participants USING gin ((given_name || ' ' || family_name) gin_trgm_ops);

-- A trajectory: one participant can have several over time, each with one organisation.
CREATE TABLE trajectories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES participants(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  approach_code text NOT NULL REFERENCES approaches(code),
  phase text NOT NULL DEFAULT 'referral' CHECK (phase IN ('referral', 'intake', 'jobSearch', 'workingWithSupport',
    'followUp', 'closed')),
  referral_date date NOT NULL,
  closed_on date,
  closed_reason text CHECK (closed_reason IN ('sustainableWork', 'workWithoutSupport', 'education', 'movedAway',
    'noLongerWantsSupport', 'noContact', 'healthReasons', 'referredElsewhere', 'other')),
  external_id text CHECK (length(external_id) BETWEEN 1 AND 100),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((phase = 'closed') = (closed_on IS NOT NULL AND closed_reason IS NOT NULL)),
  CHECK (closed_on IS NULL OR closed_on >= referral_date)
);
CREATE INDEX trajectories_participant_idx ON trajectories(participant_id);
CREATE INDEX trajectories_organisation_phase_idx ON trajectories(organisation_id, phase);
CREATE UNIQUE INDEX trajectories_external_idx ON trajectories(organisation_id, external_id) WHERE external_id IS NOT NULL;

-- Phase changes are events, never overwritten: the first is the referral itself.
CREATE TABLE trajectory_phase_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trajectory_id uuid NOT NULL REFERENCES trajectories(id),
  from_phase text,
  to_phase text NOT NULL,
  occurred_on date NOT NULL,
  reason text CHECK (length(reason) <= 2000),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trajectory_phase_events_trajectory_idx ON trajectory_phase_events(trajectory_id, occurred_on, recorded_at);

-- Professionals assigned to a trajectory. An assignment within the trajectory's organisation is what
-- lets a professional see the participant (relationship `assignedParticipant`). Ended, never deleted.
CREATE TABLE trajectory_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trajectory_id uuid NOT NULL REFERENCES trajectories(id),
  user_id uuid NOT NULL REFERENCES users(id),
  is_lead boolean NOT NULL DEFAULT false,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  assigned_by uuid REFERENCES users(id),
  ended_at timestamptz,
  ended_by uuid REFERENCES users(id)
);
CREATE UNIQUE INDEX trajectory_assignments_active_idx ON trajectory_assignments(trajectory_id, user_id) WHERE ended_at IS NULL;
CREATE INDEX trajectory_assignments_user_idx ON trajectory_assignments(user_id) WHERE ended_at IS NULL;

-- Consent of a participant for a receiving organisation, per data category and purpose. Withdrawal is
-- recorded (who, when), never deleted: the history stays.
CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES participants(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  category text NOT NULL CHECK (category IN ('identity', 'wishes', 'capacityHealth', 'plan', 'contactNotes', 'jobs')),
  purpose text NOT NULL CHECK (purpose IN ('workGuidance', 'integratedPlan', 'incomeSupport', 'care', 'matching')),
  starts_on date NOT NULL,
  ends_on date,
  method text NOT NULL CHECK (method IN ('paper', 'portal', 'verbal')),
  note text CHECK (length(note) <= 1000),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  withdrawn_by uuid REFERENCES users(id),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX consents_lookup_idx ON consents(participant_id, organisation_id, category) WHERE withdrawn_at IS NULL;
CREATE INDEX consents_organisation_idx ON consents(organisation_id, category) WHERE withdrawn_at IS NULL;
