-- Requests of participants to correct or erase their data (AVG art. 16 and 17), handled by an
-- administrator. The request and its handling are kept (who, when, what was answered).
-- Forward-only: never edit this file once committed; add a new migration instead.

CREATE TABLE data_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES participants(id),
  requested_by uuid NOT NULL REFERENCES users(id),
  kind text NOT NULL CHECK (kind IN ('correction', 'erasure')),
  message text NOT NULL CHECK (length(message) BETWEEN 1 AND 4000),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'rejected')),
  response text CHECK (length(response) <= 4000),
  handled_by uuid REFERENCES users(id),
  handled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'open') = (handled_at IS NULL)),
  CHECK (status <> 'rejected' OR response IS NOT NULL)
);
CREATE INDEX data_requests_open_idx ON data_requests(created_at) WHERE status = 'open';
CREATE INDEX data_requests_participant_idx ON data_requests(participant_id, created_at DESC);
