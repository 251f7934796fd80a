-- Monitoring, step 1: the registry of programmes, their initiatives (parties with the perspective each
-- brings, status, the five building blocks of seed 000) and typed goals; descriptions of approaches; IPS
-- fidelity reviews (25 item scores with notes, reviewers, action points). Indicators and goal "actuals"
-- are computed from trajectories and job episodes, never stored here (docs/domain/indicators.md).
-- Forward-only: never edit this file once committed; add a new migration instead.

-- Approaches get a description; their scope (regional / national) is computed from where they run.
ALTER TABLE approaches ADD COLUMN description_nl text CHECK (length(description_nl) <= 4000);
ALTER TABLE approaches ADD COLUMN description_en text CHECK (length(description_en) <= 4000);
UPDATE approaches SET
  description_nl = 'Begeleiding naar betaald werk in een gewone baan, samen met de behandeling in de ggz. Snel zoeken naar werk, op basis van wat de deelnemer zelf wil, en steun zo lang als nodig.',
  description_en = 'Support into paid work in a regular job, together with mental-health treatment. Rapid job search based on what the person wants, and support for as long as needed.'
  WHERE code = 'ips';
UPDATE approaches SET
  description_nl = 'Een jobcoach helpt de deelnemer en de werkgever op de werkplek, zodat het werk goed gaat en blijft gaan.',
  description_en = 'A job coach supports the participant and the employer at the workplace, so the job goes well and lasts.'
  WHERE code = 'jobCoaching';
UPDATE approaches SET
  description_nl = 'Onbetaald werk voor een beperkte tijd om werkervaring op te doen, met begeleiding.',
  description_en = 'Unpaid work for a limited time to gain work experience, with support.'
  WHERE code = 'workExperience';
UPDATE approaches SET
  description_nl = 'Leren en werken tegelijk, op weg naar een certificaat of diploma in een sector.',
  description_en = 'Learning and working at the same time, towards a certificate or diploma in a sector.'
  WHERE code = 'learningRoute';

-- A programme (e.g. Sterk door Werk, Platform Werk Inclusief Beperking), run by one organisation.
-- It sets how its figures are computed: the sustainable-placement definition and the suppression rule.
CREATE TABLE programmes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text CHECK (length(description) <= 4000),
  ambition text CHECK (length(ambition) <= 4000),
  starts_on date NOT NULL,
  ends_on date,
  sustainable_min_hours numeric(4, 1) NOT NULL DEFAULT 12 CHECK (sustainable_min_hours BETWEEN 1 AND 40),
  sustainable_max_gap_days smallint NOT NULL DEFAULT 31 CHECK (sustainable_max_gap_days BETWEEN 0 AND 92),
  sustainable_competitive_only boolean NOT NULL DEFAULT false,
  -- Never below the platform's 10: a programme can only be stricter.
  suppression_threshold smallint NOT NULL DEFAULT 10 CHECK (suppression_threshold BETWEEN 10 AND 100),
  suppress_zeros boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE UNIQUE INDEX programmes_name_idx ON programmes(lower(name));
CREATE INDEX programmes_organisation_idx ON programmes(organisation_id);

-- An initiative within a programme: a project or approach that parties put into practice.
CREATE TABLE initiatives (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text CHECK (length(description) <= 4000),
  status text NOT NULL CHECK (status IN ('preparing', 'running', 'followUp', 'ended')),
  starts_on date NOT NULL,
  ends_on date,
  building_blocks text[] NOT NULL DEFAULT '{}' CHECK (building_blocks <@ ARRAY['resilience', 'workplaces',
    'sustainableJobs', 'stakeholderCooperation', 'monitoringEvaluation']::text[]),
  follow_up_of uuid REFERENCES initiatives(id),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE UNIQUE INDEX initiatives_name_idx ON initiatives(programme_id, lower(name));

-- The parties of an initiative: an organisation on the platform, or a company or network that is not,
-- each with the perspective it brings. Trajectories of party organisations count for the initiative.
CREATE TABLE initiative_parties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  position smallint NOT NULL,
  kind text NOT NULL CHECK (kind IN ('organisation', 'company', 'network')),
  organisation_id uuid REFERENCES organisations(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  perspective text NOT NULL CHECK (length(perspective) BETWEEN 1 AND 500),
  UNIQUE (initiative_id, position)
);
CREATE INDEX initiative_parties_organisation_idx ON initiative_parties(organisation_id) WHERE organisation_id IS NOT NULL;

-- The approaches an initiative works with; none listed = every approach of its party organisations.
CREATE TABLE initiative_approaches (
  initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  approach_code text NOT NULL REFERENCES approaches(code),
  PRIMARY KEY (initiative_id, approach_code)
);

-- A typed goal of a programme. The actual value is computed, never typed.
CREATE TABLE programme_goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 300),
  metric text NOT NULL CHECK (metric IN ('reach', 'jobStarts', 'sustainable6', 'sustainable12', 'ipsEmploymentRate',
    'nationalApproaches')),
  scope text NOT NULL CHECK (scope IN ('programme', 'region', 'approach')),
  -- scope region: this region, or NULL for every region (each region has the target);
  -- scope approach: this approach, or NULL for every approach.
  region_code text REFERENCES regions(code),
  approach_code text REFERENCES approaches(code),
  target_group text CHECK (target_group IN ('workDisability', 'psychologicalVulnerability', 'statusHolder',
    'benefitRecipient', 'nugger', 'careerSwitcher', 'praktijkVsoPupil')),
  -- programme: only trajectories of the programme's initiatives; everyone: all trajectories in the scope.
  population text NOT NULL DEFAULT 'programme' CHECK (population IN ('programme', 'everyone')),
  period_start date NOT NULL,
  period_end date NOT NULL,
  baseline numeric(10, 2) CHECK (baseline >= 0),
  baseline_note text CHECK (length(baseline_note) <= 500),
  target numeric(10, 2) NOT NULL CHECK (target > 0),
  -- nationalApproaches: the reach each approach needs in the period.
  approach_min_reach integer CHECK (approach_min_reach > 0),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_end >= period_start),
  CHECK (scope = 'region' OR region_code IS NULL),
  CHECK (scope = 'approach' OR approach_code IS NULL),
  CHECK ((metric = 'nationalApproaches') = (approach_min_reach IS NOT NULL)),
  CHECK (metric <> 'ipsEmploymentRate' OR target <= 100)
);
CREATE INDEX programme_goals_programme_idx ON programme_goals(programme_id, period_start);

-- IPS fidelity review of a team (an organisation, optionally a named team within it).
CREATE TABLE fidelity_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  team_name text CHECK (length(team_name) BETWEEN 1 AND 200),
  reviewed_on date NOT NULL,
  reviewers text[] NOT NULL CHECK (cardinality(reviewers) BETWEEN 1 AND 6),
  summary text CHECK (length(summary) <= 4000),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fidelity_reviews_organisation_idx ON fidelity_reviews(organisation_id, reviewed_on);

-- One row per item of the 25-item scale (src/modules/monitoring/fidelity/fidelity-scale.ts).
CREATE TABLE fidelity_review_scores (
  review_id uuid NOT NULL REFERENCES fidelity_reviews(id) ON DELETE CASCADE,
  item_key text NOT NULL CHECK (item_key ~ '^[a-z][a-zA-Z]{1,59}$'),
  score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  note text CHECK (length(note) <= 2000),
  PRIMARY KEY (review_id, item_key)
);

-- What the team agreed to improve after a review.
CREATE TABLE fidelity_action_points (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  review_id uuid NOT NULL REFERENCES fidelity_reviews(id) ON DELETE CASCADE,
  item_key text CHECK (item_key ~ '^[a-z][a-zA-Z]{1,59}$'),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  owner text CHECK (length(owner) <= 200),
  due_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  done_on date,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'done') = (done_on IS NOT NULL))
);
CREATE INDEX fidelity_action_points_review_idx ON fidelity_action_points(review_id, created_at);
