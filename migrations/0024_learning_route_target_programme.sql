-- A learning route's target can count towards a monitoring programme (issue 7: "monitoring of the targets
-- joins the monitoring issue's goals and dashboards"). The programme's goal progress then lists the target
-- with its progress, computed from the route's enrolments and published through small-cell suppression
-- with the programme's settings. Optional: a route may have targets of its own that no programme uses.
ALTER TABLE learning_route_targets ADD COLUMN programme_id uuid REFERENCES programmes(id);
CREATE INDEX learning_route_targets_programme_idx ON learning_route_targets(programme_id) WHERE programme_id IS NOT NULL;
