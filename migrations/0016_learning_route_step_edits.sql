-- Learning routes: a route's steps can now be edited while people are enrolled (src/modules/learning-routes,
-- checkStepEdit): a step that step events refer to stays, and an unused step may be deleted. Deleting a
-- step checks the foreign key from learning_step_events.step_id, and "which steps are in use" reads the
-- events by step; both want an index on step_id (the existing index is by enrolment).
-- Forward-only: never edit this file once committed; add a new migration instead.

CREATE INDEX learning_step_events_step_idx ON learning_step_events(step_id) WHERE step_id IS NOT NULL;
