-- Matching keeps, per process, which participants an organisation may match by consent (ADR 0018 §9,
-- "Consent facts"): an employer adviser whose organisation holds the matching consents of a whole region
-- would otherwise read and group thousands of consent rows on every request. The kept facts are keyed by
-- the generation below and by today's date (a consent starts and ends on a date). Any change to consents
-- (a new consent, a withdrawal, a changed end date, in any transaction) takes a new generation from a
-- sequence when it commits, so a withdrawal counts on the very next request, also with several server
-- processes on one database. The same design as the knowledge search generation (0020).
CREATE SEQUENCE consent_generation_seq;

CREATE TABLE consent_state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  generation bigint NOT NULL DEFAULT nextval('consent_generation_seq')
);
INSERT INTO consent_state DEFAULT VALUES;

CREATE FUNCTION consent_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE consent_state SET generation = nextval('consent_generation_seq');
  RETURN NULL;
END $$;

CREATE TRIGGER consents_generation
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON consents
  FOR EACH STATEMENT EXECUTE FUNCTION consent_generation_bump();
