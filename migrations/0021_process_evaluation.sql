-- Process evaluation per initiative (issue 5, seed 000: "procesevaluatie"): the initiative's own questions
-- and checklist items, answered in rounds over time (a kick-off, a mid-term review, a closing session).
-- Documentation, not a survey engine: no branching, no scoring, no respondents; one round records what
-- the people who evaluated together agreed, with who took part. Questions are never deleted once answered
-- (the history keeps them); they are archived.
CREATE TABLE process_questions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  position integer NOT NULL,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  help text CHECK (length(help) <= 1000),
  kind text NOT NULL CHECK (kind IN ('checklist', 'open')),
  building_block text CHECK (building_block IN ('resilience', 'workplaces', 'sustainableJobs', 'stakeholderCooperation', 'monitoringEvaluation')),
  archived_at timestamptz,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX process_questions_initiative_idx ON process_questions (initiative_id, position);

CREATE TABLE process_rounds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  held_on date NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  participants text CHECK (length(participants) <= 1000),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX process_rounds_initiative_idx ON process_rounds (initiative_id, held_on DESC);

CREATE TABLE process_answers (
  round_id uuid NOT NULL REFERENCES process_rounds(id) ON DELETE CASCADE,
  question_id uuid NOT NULL REFERENCES process_questions(id),
  status text CHECK (status IN ('yes', 'partly', 'no', 'notApplicable')),
  note text CHECK (length(note) <= 4000),
  PRIMARY KEY (round_id, question_id),
  CHECK (status IS NOT NULL OR note IS NOT NULL)
);
CREATE INDEX process_answers_question_idx ON process_answers (question_id);
