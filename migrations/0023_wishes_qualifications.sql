-- What a participant brings to a vacancy's requirements (issue 4, matching): certificates and diplomas
-- (codes as the vacancies name them: vca, bhv, hygiënecode, …), driving licence categories and the level of
-- Dutch (ERK/CEFR). Recorded with the wishes, by the participant or with their job coach, and versioned the
-- same way; a vacancy that requires a certificate or licence no longer excludes everyone (ADR 0018).
ALTER TABLE participant_wishes
  ADD COLUMN certificates text[] NOT NULL DEFAULT '{}'
    CHECK (cardinality(certificates) <= 20),
  ADD COLUMN driving_licences text[] NOT NULL DEFAULT '{}'
    CHECK (driving_licences <@ ARRAY['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE', 'T']::text[]),
  ADD COLUMN language_level text
    CHECK (language_level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2'));
