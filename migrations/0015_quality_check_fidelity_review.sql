-- Quality checks (0011) linked to the IPS fidelity reviews of the monitoring module (0013): a check of kind
-- fidelityReview is recorded with the review it was, when that review is in Meedoen. The review belongs to
-- the same organisation as the check (the service checks that; ADR 0013).
ALTER TABLE learning_quality_checks
  ADD COLUMN fidelity_review_id uuid REFERENCES fidelity_reviews(id),
  ADD CONSTRAINT learning_quality_checks_fidelity_kind CHECK (fidelity_review_id IS NULL OR kind = 'fidelityReview');
CREATE INDEX learning_quality_checks_fidelity_idx ON learning_quality_checks(fidelity_review_id)
  WHERE fidelity_review_id IS NOT NULL;
