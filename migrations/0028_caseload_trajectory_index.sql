-- The caseload shows each participant's latest trajectory (open ones first, then by referral date and
-- creation). With this index that row is the first entry under the participant: read from the index alone,
-- with no sort and no visit to the table, which matters when a gemeente consultant's caseload holds
-- thousands of participants through consent. It replaces the plain index on participant_id, which it
-- covers (it starts with that column).
CREATE INDEX trajectories_participant_latest_idx ON trajectories
  (participant_id, (phase = 'closed'), referral_date DESC, created_at DESC)
  INCLUDE (id, phase, approach_code, organisation_id);
DROP INDEX trajectories_participant_idx;
