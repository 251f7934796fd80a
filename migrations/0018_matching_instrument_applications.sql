-- Matching in the region and instrument applications per placement (issue 4, ADR 0018).
--
-- 1. The candidate pre-filter finds participants by the gemeenten of a region (ADR 0015: region first).
CREATE INDEX participants_municipality_idx ON participants(municipality_code);

-- 2. Applications for an instrument (loonkostensubsidie, no-riskpolis, jobcoach, …) for one placement (a
-- job episode). Codes are those of src/modules/instruments (the rule table); the granting body is one of the
-- rule's grantors. Amounts in euro cents. The current state is on the row; every status change is an event.
CREATE TABLE instrument_applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES participants(id),
  job_episode_id uuid NOT NULL REFERENCES job_episodes(id),
  instrument_code text NOT NULL CHECK (instrument_code IN ('loonkostensubsidie', 'loondispensatie', 'noRiskPolis',
    'jobcoach', 'proefplaatsing', 'werkplekaanpassing', 'banenafspraak', 'praktijkroute', 'bbl', 'praktijkverklaring',
    'werkervaringsplaats', 'participatieplaats', 'beschutWerk')),
  grantor text NOT NULL CHECK (grantor IN ('gemeente', 'uwv', 'mbo')),
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'granted', 'refused')),
  requested_on date NOT NULL,
  decided_on date,
  amount_requested_cents integer CHECK (amount_requested_cents BETWEEN 0 AND 100000000),
  amount_granted_cents integer CHECK (amount_granted_cents BETWEEN 0 AND 100000000),
  granted_from date,
  granted_until date,
  notes text CHECK (length(notes) <= 2000),
  recorded_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'requested') = (decided_on IS NULL)),
  CHECK (decided_on IS NULL OR decided_on >= requested_on),
  CHECK (status = 'granted' OR (amount_granted_cents IS NULL AND granted_from IS NULL AND granted_until IS NULL)),
  CHECK (granted_until IS NULL OR granted_from IS NULL OR granted_until >= granted_from)
);
CREATE INDEX instrument_applications_job_idx ON instrument_applications(job_episode_id, requested_on);
CREATE INDEX instrument_applications_participant_idx ON instrument_applications(participant_id);

CREATE TABLE instrument_application_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES instrument_applications(id),
  from_status text CHECK (from_status IN ('requested', 'granted', 'refused')),
  to_status text NOT NULL CHECK (to_status IN ('requested', 'granted', 'refused')),
  occurred_on date NOT NULL,
  amount_cents integer CHECK (amount_cents BETWEEN 0 AND 100000000),
  note text CHECK (length(note) <= 2000),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX instrument_application_events_application_idx ON instrument_application_events(application_id, recorded_at);
