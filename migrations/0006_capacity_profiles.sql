-- Trajectories, step 4: the capacity profile modelled on UWV's Functionele Mogelijkhedenlijst (FML):
-- assessments (the participant's own, and professional ones — including an FML copied from UWV) with an
-- answer per FML item; notes are health data (category capacityHealth). Assessments are never changed:
-- a new assessment is a new row, so self-assessment and professional assessment stay side by side.
-- Forward-only: never edit this file once committed; add a new migration instead.

CREATE TABLE capacity_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES participants(id),
  kind text NOT NULL CHECK (kind IN ('self', 'professional')),
  organisation_id uuid REFERENCES organisations(id),
  source text NOT NULL CHECK (source IN ('meedoen', 'uwvFml', 'otherReport')),
  assessor text CHECK (length(assessor) <= 200),
  assessed_on date NOT NULL,
  notes text CHECK (length(notes) <= 10000),
  recorded_by uuid NOT NULL REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'self') = (organisation_id IS NULL))
);
CREATE INDEX capacity_assessments_participant_idx ON capacity_assessments(participant_id, assessed_on DESC, recorded_at DESC);

CREATE TABLE capacity_answers (
  assessment_id uuid NOT NULL REFERENCES capacity_assessments(id),
  item_id text NOT NULL CHECK (item_id ~ '^(I|II|III|IV|V|VI)\.[0-9]{1,2}$'),
  levels smallint[] NOT NULL CHECK (cardinality(levels) BETWEEN 1 AND 12),
  qualifier text CHECK (length(qualifier) <= 500),
  PRIMARY KEY (assessment_id, item_id)
);
