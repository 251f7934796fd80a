-- Learning network (issue 6): networks with members and coordinators, events (webinar, kennisatelier,
-- intervisie, inspiratiebijeenkomst, training) with capacity, registration, a waiting list, reminders the
-- day before and attendance. Times are instants (timestamptz); the API takes and shows them as wall-clock
-- time in Europe/Amsterdam (see src/modules/learning-network/time.ts and ADR 0013).
-- Forward-only: never edit this file once committed; add a new migration instead.

CREATE TABLE learning_networks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The organisation that runs the network: its knowledge editors and programme managers may coordinate it.
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX learning_networks_name_idx ON learning_networks(lower(name));

CREATE TABLE learning_network_members (
  network_id uuid NOT NULL REFERENCES learning_networks(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  -- Who they are in the network (seed 004: professionals, residents and policy makers).
  member_kind text NOT NULL CHECK (member_kind IN ('professional', 'resident', 'policyMaker')),
  is_coordinator boolean NOT NULL DEFAULT false,
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (network_id, user_id)
);
CREATE INDEX learning_network_members_user_idx ON learning_network_members(user_id);

-- Intervision groups (seed 001: knowledge spread through training, intervision and quality assurance): a
-- fixed group of professionals who meet in sessions. A session is an event of type 'intervisie' of the
-- group, seen and joined only by the group's members (and the network's coordinators).
CREATE TABLE learning_intervision_groups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES learning_networks(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  method text NOT NULL DEFAULT '' CHECK (length(method) <= 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX learning_intervision_groups_network_idx ON learning_intervision_groups(network_id);

CREATE TABLE learning_intervision_members (
  group_id uuid NOT NULL REFERENCES learning_intervision_groups(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX learning_intervision_members_user_idx ON learning_intervision_members(user_id);

CREATE TABLE learning_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES learning_networks(id),
  type text NOT NULL CHECK (type IN ('webinar', 'kennisatelier', 'intervisie', 'inspiratiebijeenkomst', 'training')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  location text CHECK (length(location) <= 300),
  online_url text CHECK (length(online_url) <= 500 AND online_url ~ '^https?://'),
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled')),
  intervision_group_id uuid REFERENCES learning_intervision_groups(id),
  -- iCalendar SEQUENCE: raised on every change a calendar should pick up (time, place, cancellation).
  sequence integer NOT NULL DEFAULT 0,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at),
  CHECK (ends_at - starts_at <= interval '14 days'),
  CHECK (location IS NOT NULL OR online_url IS NOT NULL),
  CHECK (intervision_group_id IS NULL OR type = 'intervisie')
);
CREATE INDEX learning_events_network_idx ON learning_events(network_id, starts_at);
CREATE INDEX learning_events_published_idx ON learning_events(starts_at) WHERE status = 'published';
CREATE INDEX learning_events_group_idx ON learning_events(intervision_group_id) WHERE intervision_group_id IS NOT NULL;

-- One row per person and event. A cancelled registration is kept (with when); registering again reuses
-- the row and joins the end of the waiting list when the event is full.
CREATE TABLE learning_event_registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES learning_events(id),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('registered', 'waitlisted', 'cancelled')),
  -- Order of the waiting list: when the person (last) asked for a place.
  requested_at timestamptz NOT NULL DEFAULT now(),
  -- When the person got their place (at once, or later from the waiting list).
  placed_at timestamptz,
  promoted_at timestamptz,
  cancelled_at timestamptz,
  -- Set when the reminder of the day before was queued: each registration is reminded once.
  reminded_at timestamptz,
  attended boolean,
  attendance_recorded_by uuid REFERENCES users(id),
  attendance_recorded_at timestamptz,
  UNIQUE (event_id, user_id),
  CHECK ((status = 'registered') = (placed_at IS NOT NULL) OR status = 'cancelled')
);
CREATE INDEX learning_event_registrations_queue_idx
  ON learning_event_registrations(event_id, requested_at, id) WHERE status = 'waitlisted';
CREATE INDEX learning_event_registrations_user_idx ON learning_event_registrations(user_id);
CREATE INDEX learning_event_registrations_remind_idx
  ON learning_event_registrations(event_id) WHERE status = 'registered' AND reminded_at IS NULL;

-- Materials afterwards: knowledge items (migration 0010) linked to an event, e.g. the slides or the guide
-- that was discussed. Only published items are shown to others than the coordinators.
CREATE TABLE learning_event_materials (
  event_id uuid NOT NULL REFERENCES learning_events(id) ON DELETE CASCADE,
  knowledge_item_id uuid NOT NULL REFERENCES knowledge_items(id),
  position integer NOT NULL DEFAULT 0,
  added_by uuid REFERENCES users(id),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_id, knowledge_item_id)
);
CREATE INDEX learning_event_materials_item_idx ON learning_event_materials(knowledge_item_id);

-- Learning tracks (leergang, seed 004: an innovation track for five gemeenten): a cohort of gemeenten
-- (organisations of type gemeente) goes through modules with dates; each module has assignments whose
-- progress is kept per gemeente; the cohort shares materials (knowledge items).
CREATE TABLE learning_tracks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES learning_networks(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX learning_tracks_network_idx ON learning_tracks(network_id);

CREATE TABLE learning_track_participants (
  track_id uuid NOT NULL REFERENCES learning_tracks(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (track_id, organisation_id)
);
CREATE INDEX learning_track_participants_org_idx ON learning_track_participants(organisation_id);

CREATE TABLE learning_track_modules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  track_id uuid NOT NULL REFERENCES learning_tracks(id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position BETWEEN 1 AND 100),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  CHECK (ends_on >= starts_on),
  UNIQUE (track_id, position)
);

CREATE TABLE learning_track_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  module_id uuid NOT NULL REFERENCES learning_track_modules(id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  due_on date NOT NULL
);
CREATE INDEX learning_track_assignments_module_idx ON learning_track_assignments(module_id);

CREATE TABLE learning_track_progress (
  assignment_id uuid NOT NULL REFERENCES learning_track_assignments(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  status text NOT NULL CHECK (status IN ('notStarted', 'inProgress', 'done')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assignment_id, organisation_id)
);

CREATE TABLE learning_track_materials (
  track_id uuid NOT NULL REFERENCES learning_tracks(id) ON DELETE CASCADE,
  knowledge_item_id uuid NOT NULL REFERENCES knowledge_items(id),
  position integer NOT NULL DEFAULT 0,
  added_by uuid REFERENCES users(id),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (track_id, knowledge_item_id)
);

-- Quality assurance (seed 001): periodic checks per team — a fidelity review (e.g. the IPS fidelity scale),
-- a practice check, a case review — planned, and recorded when done, with outcome and follow-up.
CREATE TABLE learning_quality_checks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  team_name text NOT NULL CHECK (length(team_name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('fidelityReview', 'practiceCheck', 'caseReview', 'other')),
  approach_code text REFERENCES approaches(code),
  planned_on date NOT NULL,
  performed_on date,
  reviewer text NOT NULL DEFAULT '' CHECK (length(reviewer) <= 200),
  outcome text CHECK (outcome IN ('sufficient', 'partlySufficient', 'insufficient')),
  score numeric(6, 1) CHECK (score >= 0),
  max_score numeric(6, 1) CHECK (max_score > 0),
  findings text NOT NULL DEFAULT '' CHECK (length(findings) <= 10000),
  follow_up text NOT NULL DEFAULT '' CHECK (length(follow_up) <= 5000),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((performed_on IS NULL) = (outcome IS NULL)),
  CHECK (score IS NULL OR (max_score IS NOT NULL AND score <= max_score))
);
CREATE INDEX learning_quality_checks_org_idx ON learning_quality_checks(organisation_id, planned_on);
