-- Learning routes (leerroutes): low-threshold routes to an mbo 1/2 qualification and a job in a sector
-- (seed 003: Voortraject, Taakbrigades, WEP-trein, Brugbanen). A route is a kind of approach: a
-- participant in a route has a trajectory with approach `learningRoute`, and each enrolment links to it.
-- Routes, their steps, cohorts and targets belong to the coordinating organisation; enrolments belong to
-- the trajectory's organisation. Step changes are events, never overwritten (src/modules/learning-routes).
-- Forward-only: never edit this file once committed; add a new migration instead.

CREATE TABLE learning_routes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text CHECK (length(description) <= 4000),
  sector text NOT NULL CHECK (sector IN ('careWelfare', 'technology', 'logistics', 'hospitality', 'retail', 'greenSpace',
    'other')),
  level text NOT NULL CHECK (level IN ('entree', 'mbo1', 'mbo2', 'mbo3', 'mbo4')),
  form text NOT NULL CHECK (form IN ('bbl', 'wep', 'brugbaan', 'voortraject')),
  target_groups text[] NOT NULL CHECK (cardinality(target_groups) >= 1 AND target_groups <@ ARRAY['workDisability',
    'psychologicalVulnerability', 'statusHolder', 'benefitRecipient', 'nugger', 'careerSwitcher', 'praktijkVsoPupil']::text[]),
  active boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX learning_routes_name_idx ON learning_routes(organisation_id, lower(name));

-- Partners of a route: employers, the mbo school, gemeente, UWV. Linked to an organisation when it has one.
CREATE TABLE learning_route_partners (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  route_id uuid NOT NULL REFERENCES learning_routes(id),
  kind text NOT NULL CHECK (kind IN ('employer', 'school', 'gemeente', 'uwv', 'other')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  organisation_id uuid REFERENCES organisations(id),
  position integer NOT NULL
);
CREATE INDEX learning_route_partners_route_idx ON learning_route_partners(route_id, position);

-- The ordered steps of a route, each with an expected duration; a work-experience step may have a maximum.
CREATE TABLE learning_route_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  route_id uuid NOT NULL REFERENCES learning_routes(id),
  position integer NOT NULL CHECK (position >= 1),
  kind text NOT NULL CHECK (kind IN ('orientation', 'preparation', 'workExperience', 'bblContract', 'qualification',
    'job', 'other')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  expected_weeks integer NOT NULL CHECK (expected_weeks BETWEEN 1 AND 260),
  max_weeks integer CHECK (max_weeks BETWEEN 1 AND 260),
  UNIQUE (route_id, position),
  CHECK (max_weeks IS NULL OR (kind = 'workExperience' AND max_weeks >= expected_weeks))
);

-- A cohort (group) of a route: the seed's Taakbrigades and the WEP-trein run as groups.
CREATE TABLE learning_cohorts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  route_id uuid NOT NULL REFERENCES learning_routes(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  start_date date NOT NULL CHECK (start_date >= DATE '2000-01-01'),
  places integer NOT NULL CHECK (places BETWEEN 1 AND 500),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX learning_cohorts_route_idx ON learning_cohorts(route_id, start_date);
CREATE UNIQUE INDEX learning_cohorts_name_idx ON learning_cohorts(route_id, lower(name));

CREATE TABLE learning_cohort_coaches (
  cohort_id uuid NOT NULL REFERENCES learning_cohorts(id),
  user_id uuid NOT NULL REFERENCES users(id),
  PRIMARY KEY (cohort_id, user_id)
);

CREATE TABLE learning_cohort_employers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cohort_id uuid NOT NULL REFERENCES learning_cohorts(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  organisation_id uuid REFERENCES organisations(id)
);
CREATE INDEX learning_cohort_employers_cohort_idx ON learning_cohort_employers(cohort_id);

-- A participant's enrolment in a route, linked to their learning-route trajectory.
CREATE TABLE learning_enrolments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  route_id uuid NOT NULL REFERENCES learning_routes(id),
  cohort_id uuid REFERENCES learning_cohorts(id),
  trajectory_id uuid NOT NULL REFERENCES trajectories(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  enrolled_on date NOT NULL CHECK (enrolled_on >= DATE '2000-01-01'),
  -- Target groups of the participant at enrolment: the breakdown of inflow and retention uses these.
  target_groups text[] NOT NULL,
  employer_organisation_id uuid REFERENCES organisations(id),
  employer_name text CHECK (length(employer_name) BETWEEN 1 AND 200),
  workplace text CHECK (length(workplace) BETWEEN 1 AND 200),
  school_name text CHECK (length(school_name) BETWEEN 1 AND 200),
  programme_name text CHECK (length(programme_name) BETWEEN 1 AND 200),
  crebo_code text CHECK (crebo_code ~ '^[0-9]{5}$'),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX learning_enrolments_route_idx ON learning_enrolments(route_id);
CREATE INDEX learning_enrolments_cohort_idx ON learning_enrolments(cohort_id) WHERE cohort_id IS NOT NULL;
CREATE INDEX learning_enrolments_participant_idx ON learning_enrolments(participant_id);
CREATE INDEX learning_enrolments_employer_idx ON learning_enrolments(employer_organisation_id)
  WHERE employer_organisation_id IS NOT NULL;

-- Step changes: into a step (forward only), a stop with reason, or completion after the last step.
-- Never changed afterwards (the trigger below); a correction is a new enrolment.
CREATE TABLE learning_step_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enrolment_id uuid NOT NULL REFERENCES learning_enrolments(id),
  kind text NOT NULL CHECK (kind IN ('step', 'stop', 'complete')),
  step_id uuid REFERENCES learning_route_steps(id),
  occurred_on date NOT NULL,
  stop_reason text CHECK (stop_reason IN ('health', 'personalCircumstances', 'motivation', 'notSuitable', 'otherWork',
    'movedAway', 'other')),
  note text CHECK (length(note) <= 2000),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'step') = (step_id IS NOT NULL)),
  CHECK ((kind = 'stop') = (stop_reason IS NOT NULL))
);
CREATE INDEX learning_step_events_enrolment_idx ON learning_step_events(enrolment_id, occurred_on, recorded_at);

CREATE FUNCTION learning_step_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'learning_step_events are never changed: record a new event instead';
END;
$$;
CREATE TRIGGER learning_step_events_no_update BEFORE UPDATE ON learning_step_events
  FOR EACH ROW EXECUTE FUNCTION learning_step_events_immutable();

-- Attendance and progress notes.
CREATE TABLE learning_progress_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enrolment_id uuid NOT NULL REFERENCES learning_enrolments(id),
  noted_on date NOT NULL,
  attendance text CHECK (attendance IN ('present', 'absent', 'excused')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX learning_progress_notes_enrolment_idx ON learning_progress_notes(enrolment_id, noted_on);

-- Outcomes: certificates and diplomas, and a job start (the job episode it refers to).
CREATE TABLE learning_outcomes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enrolment_id uuid NOT NULL REFERENCES learning_enrolments(id),
  kind text NOT NULL CHECK (kind IN ('praktijkverklaring', 'mboCertificate', 'entreeDiploma', 'mbo2Diploma', 'jobStart')),
  achieved_on date NOT NULL,
  job_episode_id uuid REFERENCES job_episodes(id),
  note text CHECK (length(note) <= 2000),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'jobStart') = (job_episode_id IS NOT NULL))
);
CREATE INDEX learning_outcomes_enrolment_idx ON learning_outcomes(enrolment_id);

-- Targets per route and period ("30 people in a BBL route"), with the measure their progress counts.
CREATE TABLE learning_route_targets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  route_id uuid NOT NULL REFERENCES learning_routes(id),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 300),
  measure text NOT NULL CHECK (measure IN ('enrolled', 'stepReached', 'completed', 'qualification', 'inflow',
    'retained6')),
  step_kind text CHECK (step_kind IN ('orientation', 'preparation', 'workExperience', 'bblContract', 'qualification',
    'job', 'other')),
  target_count integer NOT NULL CHECK (target_count BETWEEN 1 AND 100000),
  period_start date NOT NULL,
  period_end date NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_end >= period_start),
  CHECK ((measure = 'stepReached') = (step_kind IS NOT NULL))
);
CREATE INDEX learning_route_targets_route_idx ON learning_route_targets(route_id, period_start);
