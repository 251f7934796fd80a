-- Employer services (issue 4): one employer record shared by the organisations of a labour-market region
-- ("one face to the employer"), its locations and contact persons, the history of who did what, the
-- employer contacts log of IPS systematic job development, vacancies made of tasks with demands on the
-- FML items of the capacity profile, and job carving (an existing job split into tasks; a new job carved
-- from tasks). Rules live in src/modules/employers; ADR 0017.
-- Forward-only: never edit this file once committed; add a new migration instead.

-- The employer. KvK number: 8 digits, format only (the KvK publishes no check digit); unique within a
-- region, where one record serves every organisation. The account holder is the organisation (and its
-- employer adviser) that keeps the relationship; organisation_id links the employer's own organisation
-- (type 'employer') whose users see and edit this record in the employer portal.
CREATE TABLE employers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_code text NOT NULL REFERENCES regions(code),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kvk_number text CHECK (kvk_number ~ '^[0-9]{8}$'),
  sbi_code text CHECK (sbi_code ~ '^[0-9]{2,5}$'),
  size_class text CHECK (size_class IN ('micro', 'small', 'medium', 'large')),
  website text CHECK (length(website) <= 300),
  description text CHECK (length(description) <= 4000),
  banenafspraak_jobs integer CHECK (banenafspraak_jobs BETWEEN 0 AND 100000),
  accommodations text[] NOT NULL DEFAULT '{}' CHECK (cardinality(accommodations) <= 20),
  account_holder_organisation_id uuid NOT NULL REFERENCES organisations(id),
  account_holder_user_id uuid REFERENCES users(id),
  organisation_id uuid UNIQUE REFERENCES organisations(id),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX employers_kvk_idx ON employers(region_code, kvk_number) WHERE kvk_number IS NOT NULL;
CREATE INDEX employers_region_name_idx ON employers(region_code, lower(name));
CREATE INDEX employers_account_holder_idx ON employers(account_holder_organisation_id);

CREATE TABLE employer_locations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES employers(id),
  name text CHECK (length(name) BETWEEN 1 AND 200),
  street text CHECK (length(street) BETWEEN 1 AND 200),
  house_number text CHECK (length(house_number) BETWEEN 1 AND 20),
  postcode text CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  city text CHECK (length(city) BETWEEN 1 AND 100),
  municipality_code text NOT NULL REFERENCES municipalities(code),
  is_main boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employer_locations_employer_idx ON employer_locations(employer_id);
CREATE INDEX employer_locations_municipality_idx ON employer_locations(municipality_code);

-- Contact persons at the employer: personal data of the contact (reads are audited). Removing a contact
-- deletes the row (right to erasure); log entries keep their date and purpose without the person.
CREATE TABLE employer_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES employers(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  job_role text CHECK (length(job_role) BETWEEN 1 AND 200),
  phone text CHECK (phone ~ '^\+?[0-9][0-9 ()-]{6,19}$'),
  email text CHECK (length(email) BETWEEN 3 AND 254),
  is_primary boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employer_contacts_employer_idx ON employer_contacts(employer_id);

-- The history of who did what to an employer record (kind and the names of the fields changed, never the
-- values of personal data).
CREATE TABLE employer_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES employers(id),
  -- clock_timestamp: events of one transaction keep their order.
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  user_id uuid REFERENCES users(id),
  organisation_id uuid REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('created', 'updated', 'accountHolderChanged', 'organisationLinked',
    'locationAdded', 'locationUpdated', 'contactAdded', 'contactUpdated', 'contactRemoved', 'contactLogged',
    'vacancyCreated', 'vacancyUpdated', 'vacancyStatusChanged', 'jobCreated', 'jobUpdated', 'carvedJobCreated',
    'carvedJobToVacancy')),
  subject_id uuid,
  fields text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX employer_events_employer_idx ON employer_events(employer_id, occurred_at DESC);

-- Employer contacts log (IPS systematic job development): one row per contact a professional had with
-- the employer. Belongs to the professional's organisation; the week signal counts these per person.
CREATE TABLE employer_contact_log (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES employers(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  professional_user_id uuid NOT NULL REFERENCES users(id),
  contact_date date NOT NULL CHECK (contact_date >= DATE '2000-01-01'),
  kind text NOT NULL CHECK (kind IN ('visit', 'phone', 'video', 'email', 'event', 'other')),
  purpose text NOT NULL CHECK (purpose IN ('learnBusiness', 'discussCandidate', 'followUp', 'jobSupport', 'other')),
  contact_id uuid REFERENCES employer_contacts(id) ON DELETE SET NULL,
  outcome text CHECK (length(outcome) <= 2000),
  next_step text CHECK (length(next_step) <= 500),
  next_step_on date,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (next_step_on IS NULL OR next_step_on >= contact_date)
);
CREATE INDEX employer_contact_log_employer_idx ON employer_contact_log(employer_id, contact_date DESC);
CREATE INDEX employer_contact_log_professional_idx ON employer_contact_log(professional_user_id, contact_date);
CREATE INDEX employer_contact_log_organisation_idx ON employer_contact_log(organisation_id, contact_date);

-- Existing jobs at an employer, split into tasks (job carving, inclusief herontwerp werk).
CREATE TABLE employer_jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES employers(id),
  location_id uuid REFERENCES employer_locations(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  occupation_code text CHECK (occupation_code ~ '^[0-9]{4}$'),
  hours_per_week numeric(5, 2) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
  description text CHECK (length(description) <= 4000),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employer_jobs_employer_idx ON employer_jobs(employer_id);

-- Tasks of a job or a vacancy: share of the hours and demands on FML items ([{ "itemId", "levels" }],
-- checked by the matching module's rules before they are stored). Positions are unique at commit, so a
-- reordering can update the rows one by one.
CREATE TABLE employer_job_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_id uuid NOT NULL REFERENCES employer_jobs(id),
  position smallint NOT NULL CHECK (position BETWEEN 1 AND 30),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  share_percent numeric(5, 2) NOT NULL CHECK (share_percent > 0 AND share_percent <= 100),
  carvable boolean NOT NULL DEFAULT false,
  demands jsonb NOT NULL DEFAULT '[]',
  UNIQUE (job_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE vacancies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES employers(id),
  location_id uuid REFERENCES employer_locations(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  occupation_code text CHECK (occupation_code ~ '^[0-9]{4}$'),
  description text CHECK (length(description) <= 4000),
  hours_min numeric(5, 2) NOT NULL CHECK (hours_min > 0),
  hours_max numeric(5, 2) NOT NULL CHECK (hours_max <= 60),
  hours_per_day numeric(4, 2) CHECK (hours_per_day > 0 AND hours_per_day <= 24),
  days text[] NOT NULL DEFAULT '{}' CHECK (days <@ ARRAY['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']::text[]),
  evenings boolean NOT NULL DEFAULT false,
  nights boolean NOT NULL DEFAULT false,
  contract_type text NOT NULL CHECK (contract_type IN ('permanent', 'temporary', 'onCall', 'selfEmployed', 'none')),
  wage_form text NOT NULL CHECK (wage_form IN ('marketWage', 'loonkostensubsidie', 'loondispensatie', 'unpaidWorkExperience',
    'beschutWerk', 'other')),
  start_date date,
  diploma text CHECK (length(diploma) BETWEEN 1 AND 200),
  certificates text[] NOT NULL DEFAULT '{}' CHECK (cardinality(certificates) <= 20),
  driving_licence text CHECK (driving_licence ~ '^[A-Z]{1,2}[0-9]?E?$'),
  language_level text CHECK (language_level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
  accommodations text[] NOT NULL DEFAULT '{}' CHECK (cardinality(accommodations) <= 20),
  for_banenafspraak boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'withdrawn')),
  opened_on date NOT NULL,
  filled_on date,
  withdrawn_on date,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (hours_min <= hours_max),
  CHECK (wage_form <> 'unpaidWorkExperience' OR contract_type = 'none'),
  CHECK ((status = 'filled') = (filled_on IS NOT NULL)),
  CHECK ((status = 'withdrawn') = (withdrawn_on IS NOT NULL)),
  CHECK (filled_on IS NULL OR filled_on >= opened_on),
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= opened_on)
);
CREATE INDEX vacancies_employer_idx ON vacancies(employer_id, status);
CREATE INDEX vacancies_open_idx ON vacancies(opened_on DESC) WHERE status = 'open';

CREATE TABLE vacancy_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  vacancy_id uuid NOT NULL REFERENCES vacancies(id),
  position smallint NOT NULL CHECK (position BETWEEN 1 AND 30),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  share_percent numeric(5, 2) NOT NULL CHECK (share_percent > 0 AND share_percent <= 100),
  carvable boolean NOT NULL DEFAULT false,
  demands jsonb NOT NULL DEFAULT '[]',
  UNIQUE (vacancy_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- A carved job: tasks taken from existing jobs of the employer (hours add up, demands combine per item as
-- the heaviest). The tasks are copied as they were when carved; source_task_id keeps the link while the
-- source task exists. vacancy_id is set once it was turned into a vacancy.
CREATE TABLE carved_jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES employers(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  hours_per_week numeric(5, 2) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
  combined_demands jsonb NOT NULL DEFAULT '[]',
  vacancy_id uuid UNIQUE REFERENCES vacancies(id),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX carved_jobs_employer_idx ON carved_jobs(employer_id);

CREATE TABLE carved_job_tasks (
  carved_job_id uuid NOT NULL REFERENCES carved_jobs(id),
  position smallint NOT NULL CHECK (position BETWEEN 1 AND 30),
  source_job_id uuid REFERENCES employer_jobs(id),
  source_task_id uuid REFERENCES employer_job_tasks(id) ON DELETE SET NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  hours_per_week numeric(5, 2) NOT NULL CHECK (hours_per_week > 0),
  share_percent numeric(5, 2) NOT NULL CHECK (share_percent > 0 AND share_percent <= 100),
  demands jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (carved_job_id, position)
);

-- A participant's job at a known employer: previous placements are counted from these links (and from
-- job_episodes.employer_organisation_id where the employer has its own organisation).
ALTER TABLE job_episodes ADD COLUMN employer_id uuid REFERENCES employers(id);
CREATE INDEX job_episodes_employer_idx ON job_episodes(employer_id) WHERE employer_id IS NOT NULL;
