-- The caseload hides participants whose trajectories are all closed, and counts the rest. For someone who
-- sees all of a participant's trajectories (through plan consent, say), that is one fact about the
-- participant: whether they have trajectories and all of them are closed. Counting it for a gemeente
-- consultant's 5,000 participants through consent took a look-up in the trajectories per participant;
-- kept here, with an index of only the participants it is true for, the count joins the candidates with
-- that index instead (participants.data.ts, findCaseload).
--
-- The triggers below keep the column right in the transaction that changes the trajectories, whatever
-- makes the change (the app, an import, the generator): for every participant whose trajectories a
-- statement touched, it is computed again from the trajectories themselves.
ALTER TABLE participants ADD COLUMN caseload_closed boolean NOT NULL DEFAULT false;

CREATE FUNCTION participant_caseload_closed(pid uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT t.phase = 'closed' FROM trajectories t WHERE t.participant_id = pid
                    ORDER BY (t.phase = 'closed') LIMIT 1), false)
$$;

UPDATE participants p SET caseload_closed = true WHERE participant_caseload_closed(p.id);

CREATE INDEX participants_caseload_closed_idx ON participants(id) WHERE caseload_closed;

-- One function for the three triggers: each hands over the participants its statement touched (an insert
-- has only new rows, a delete only old ones), and the value is computed once for each of them.
CREATE FUNCTION trajectories_caseload_closed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    touched := ARRAY(SELECT participant_id FROM new_rows);
  ELSIF TG_OP = 'UPDATE' THEN
    touched := ARRAY(SELECT participant_id FROM new_rows UNION SELECT participant_id FROM old_rows);
  ELSE
    touched := ARRAY(SELECT participant_id FROM old_rows);
  END IF;
  UPDATE participants p SET caseload_closed = x.closed
    FROM (SELECT id, participant_caseload_closed(id) AS closed FROM (SELECT DISTINCT unnest(touched) AS id) d) x
   WHERE p.id = x.id AND p.caseload_closed IS DISTINCT FROM x.closed;
  RETURN NULL;
END $$;

-- A trigger with transition tables has one event.
CREATE TRIGGER trajectories_caseload_closed_insert AFTER INSERT ON trajectories
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trajectories_caseload_closed();
CREATE TRIGGER trajectories_caseload_closed_update AFTER UPDATE ON trajectories
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION trajectories_caseload_closed();
CREATE TRIGGER trajectories_caseload_closed_delete AFTER DELETE ON trajectories
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION trajectories_caseload_closed();
