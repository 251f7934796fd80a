-- Anonymised candidate search and consent-based introductions (issue 4; ADR 0019).
-- 1. Consent category 'employerProfile': the participant lets the employers of one labour-market region
--    find an anonymised profile of them. Its receiving party is not one organisation but "the employers
--    of region X", so such a consent names a region and no organisation (ADR 0019). Every other category
--    keeps naming exactly one organisation.
-- 2. Introductions: an employer asks to meet the person behind a profile; the participant decides. The
--    status history is kept as events, never overwritten.
-- Forward-only: never edit this file once committed; add a new migration instead.

ALTER TABLE consents DROP CONSTRAINT consents_category_check;
ALTER TABLE consents ADD CONSTRAINT consents_category_check
  CHECK (category IN ('identity', 'wishes', 'capacityHealth', 'plan', 'contactNotes', 'jobs', 'employerProfile'));
ALTER TABLE consents ADD COLUMN region_code text REFERENCES regions(code);
ALTER TABLE consents ALTER COLUMN organisation_id DROP NOT NULL;
ALTER TABLE consents ADD CONSTRAINT consents_receiver_check CHECK (
  (category = 'employerProfile' AND organisation_id IS NULL AND region_code IS NOT NULL AND purpose = 'matching')
  OR (category <> 'employerProfile' AND organisation_id IS NOT NULL AND region_code IS NULL)
);
CREATE INDEX consents_employer_profile_idx ON consents(region_code, participant_id)
  WHERE category = 'employerProfile' AND withdrawn_at IS NULL;

-- A request of an employer (an organisation of type 'employer', and the employer record linked to it when
-- there is one) to meet the participant behind an anonymised profile, optionally for one vacancy.
-- contact_route is filled only when the participant says yes: how the employer may get in touch.
CREATE TABLE introductions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES participants(id),
  employer_organisation_id uuid NOT NULL REFERENCES organisations(id),
  employer_id uuid REFERENCES employers(id),
  vacancy_id uuid REFERENCES vacancies(id),
  region_code text NOT NULL REFERENCES regions(code),
  message text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
  requested_by uuid NOT NULL REFERENCES users(id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'accepted', 'declined')),
  contact_route text CHECK (length(contact_route) BETWEEN 1 AND 500),
  CHECK ((status = 'accepted') = (contact_route IS NOT NULL)),
  CHECK (expires_at > requested_at)
);
CREATE INDEX introductions_participant_idx ON introductions(participant_id, requested_at DESC);
CREATE INDEX introductions_employer_idx ON introductions(employer_organisation_id, requested_at DESC);
-- One open (unanswered, unexpired) request per employer and person at a time: checked by the service, as
-- "unexpired" depends on the clock and cannot be part of an index.

-- Every step of an introduction, in order: requested, accepted, declined. Expiry is not a row: an
-- unanswered request is expired from expires_at on (ADR 0019). on_behalf: a job coach recorded the
-- participant's decision (saying so).
CREATE TABLE introduction_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  introduction_id uuid NOT NULL REFERENCES introductions(id),
  status text NOT NULL CHECK (status IN ('requested', 'accepted', 'declined')),
  on_behalf boolean NOT NULL DEFAULT false,
  note text CHECK (length(note) <= 1000),
  recorded_by uuid NOT NULL REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX introduction_events_introduction_idx ON introduction_events(introduction_id, recorded_at);

CREATE FUNCTION introduction_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'introduction_events are append-only';
END $$;
CREATE TRIGGER introduction_events_no_change BEFORE UPDATE OR DELETE ON introduction_events
  FOR EACH ROW EXECUTE FUNCTION introduction_events_immutable();
