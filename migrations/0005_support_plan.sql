-- Trajectories, step 3: the support plan — goals (in any domain: work, income, debts, care, housing,
-- youth, Wmo; owned by the organisation that works on them) with actions (owner, due date, done),
-- comments, the participant's agreement to the plan, and every change as an event.
-- Forward-only: never edit this file once committed; add a new migration instead.

CREATE TABLE plan_goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES participants(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  domain text NOT NULL CHECK (domain IN ('work', 'income', 'debts', 'care', 'housing', 'youth', 'wmo')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text CHECK (length(description) <= 2000),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'stopped')),
  target_date date,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_goals_participant_idx ON plan_goals(participant_id, created_at);

CREATE TABLE plan_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  goal_id uuid NOT NULL REFERENCES plan_goals(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  owner text NOT NULL CHECK (owner IN ('participant', 'professional', 'together')),
  due_date date,
  done_at timestamptz,
  done_by uuid REFERENCES users(id),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((done_at IS NULL) = (done_by IS NULL))
);
CREATE INDEX plan_actions_goal_idx ON plan_actions(goal_id, created_at);

CREATE TABLE plan_comments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  action_id uuid NOT NULL REFERENCES plan_actions(id),
  author_id uuid NOT NULL REFERENCES users(id),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_comments_action_idx ON plan_comments(action_id, created_at);

-- "Agreed with the participant (recorded)": the plan as it was agreed, how and when.
CREATE TABLE plan_agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES participants(id),
  method text NOT NULL CHECK (method IN ('portal', 'paper', 'verbal')),
  snapshot jsonb NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users(id),
  agreed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_agreements_participant_idx ON plan_agreements(participant_id, agreed_at DESC);

-- Every change to the plan, never overwritten: the plan's history.
CREATE TABLE plan_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES participants(id),
  goal_id uuid REFERENCES plan_goals(id),
  action_id uuid REFERENCES plan_actions(id),
  kind text NOT NULL CHECK (kind IN ('goalAdded', 'goalChanged', 'actionAdded', 'actionChanged', 'actionDone',
    'actionReopened', 'commentAdded', 'agreed')),
  detail jsonb NOT NULL DEFAULT '{}',
  by_user uuid REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_events_participant_idx ON plan_events(participant_id, at DESC);
