-- Employer support requests (issue 4, employer portal): an employer user asks the region's employer
-- services for help — a job coach, a question about an instrument, or something else. The request is
-- addressed to the organisation that holds the employer's account (employers.account_holder_organisation_id
-- when asked); its employer advisers take it, answer it and close it. Every status change is an event, so
-- both sides see the history. Rules live in src/modules/employer-support-requests.
-- Forward-only: never edit this file once committed; add a new migration instead.

-- organisation_id: the organisation the request is addressed to (the account holder when it was asked; it
-- stays with that organisation when the account holder changes later). employer_organisation_id: the
-- employer's own organisation (type 'employer') whose users asked and follow it.
-- question: free text, not meant for personal data (the form says not to write medical details); optional
-- only for kind 'jobCoach'. instrument_code: one of the instruments rule table (src/modules/instruments).
CREATE TABLE employer_support_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  employer_id uuid NOT NULL REFERENCES employers(id),
  employer_organisation_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('jobCoach', 'instrument', 'other')),
  instrument_code text CHECK (instrument_code IN ('loonkostensubsidie', 'loondispensatie', 'noRiskPolis',
    'jobcoach', 'proefplaatsing', 'werkplekaanpassing', 'banenafspraak', 'praktijkroute', 'bbl',
    'praktijkverklaring', 'werkervaringsplaats', 'participatieplaats', 'beschutWerk')),
  vacancy_id uuid REFERENCES vacancies(id),
  question text CHECK (length(question) BETWEEN 1 AND 2000),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'inProgress', 'answered', 'resolved', 'declined')),
  assigned_to uuid REFERENCES users(id),
  requested_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  CHECK ((kind = 'instrument') = (instrument_code IS NOT NULL)),
  CHECK (kind = 'jobCoach' OR question IS NOT NULL),
  CHECK ((status IN ('resolved', 'declined')) = (closed_at IS NOT NULL)),
  CHECK (status = 'open' OR assigned_to IS NOT NULL)
);
-- The advisers' inbox (open / closed of their organisation, newest first), "mine", and the employer's list.
CREATE INDEX employer_support_requests_inbox_idx
  ON employer_support_requests(organisation_id, (closed_at IS NULL), created_at DESC);
CREATE INDEX employer_support_requests_assigned_idx
  ON employer_support_requests(assigned_to, created_at DESC) WHERE closed_at IS NULL;
CREATE INDEX employer_support_requests_employer_idx
  ON employer_support_requests(employer_organisation_id, created_at DESC);
CREATE INDEX employer_support_requests_closed_idx ON employer_support_requests(closed_at) WHERE closed_at IS NOT NULL;

-- Every step of a request, in order: who (user and the organisation acted for), when, what. message: the
-- answer, the reason for declining, or an optional closing word. Events are never changed; they go only
-- with their request (retention, docs/operations/retention.md).
CREATE TABLE employer_support_request_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES employer_support_requests(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('submitted', 'taken', 'answered', 'resolved', 'declined')),
  message text CHECK (length(message) BETWEEN 1 AND 4000),
  recorded_by uuid NOT NULL REFERENCES users(id),
  -- clock_timestamp: events of one transaction keep their order.
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (kind NOT IN ('answered', 'declined') OR message IS NOT NULL)
);
CREATE INDEX employer_support_request_events_request_idx ON employer_support_request_events(request_id, created_at);

CREATE FUNCTION employer_support_request_events_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'employer_support_request_events are never changed';
END $$;
CREATE TRIGGER employer_support_request_events_no_update BEFORE UPDATE ON employer_support_request_events
  FOR EACH ROW EXECUTE FUNCTION employer_support_request_events_unchanged();
