-- Knowledge search result cache (ADR 0012, "Result cache"): the public search keeps answers in memory per
-- process, keyed by the search and by the corpus generation below. Any change to knowledge_items (insert,
-- update, delete, in any status) takes a new generation from a sequence, so a cached answer is never served
-- for a corpus it was not computed on. A sequence, not a counter: nextval is not rolled back, so a
-- generation number is never used twice (a rolled-back change cannot leave a number that a later change
-- reuses with other content). corpus_id tells databases apart in one process (tests, benchmarks).
CREATE SEQUENCE knowledge_search_generation_seq;

CREATE TABLE knowledge_search_state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  corpus_id uuid NOT NULL DEFAULT gen_random_uuid(),
  generation bigint NOT NULL DEFAULT nextval('knowledge_search_generation_seq')
);
INSERT INTO knowledge_search_state DEFAULT VALUES;

CREATE FUNCTION knowledge_search_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE knowledge_search_state SET generation = nextval('knowledge_search_generation_seq');
  RETURN NULL;
END $$;

CREATE TRIGGER knowledge_items_search_generation
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON knowledge_items
  FOR EACH STATEMENT EXECUTE FUNCTION knowledge_search_bump();
