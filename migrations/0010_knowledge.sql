-- Knowledge portal ("Kennisbank: wat werkt"): items with an editorial workflow, versions, PDF files with
-- their text, links to approaches, and Dutch full-text search. Published items are public; nothing in
-- these tables is personal data of participants (authors are named as published).
-- Forward-only: never edit this file once committed; add a new migration instead.

CREATE TABLE knowledge_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
  type text NOT NULL CHECK (type IN ('publication', 'instrument', 'guide', 'intervention', 'factsheet', 'practiceExample', 'video')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'inReview', 'published', 'archived')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 1000),
  body text NOT NULL DEFAULT '' CHECK (length(body) <= 100000),
  -- The body as plain text (Markdown rendered and stripped), for snippets and the search vector.
  body_plain text NOT NULL DEFAULT '',
  authors text[] NOT NULL DEFAULT '{}',
  organisations text[] NOT NULL DEFAULT '{}',
  published_on date,
  pub_year integer GENERATED ALWAYS AS (EXTRACT(year FROM published_on)::integer) STORED,
  themes text[] NOT NULL DEFAULT '{}',
  domains text[] NOT NULL DEFAULT '{}',
  target_groups text[] NOT NULL DEFAULT '{}',
  evidence_level text NOT NULL DEFAULT 'notAssessed' CHECK (evidence_level IN ('notAssessed', 'wellDescribed', 'wellFounded', 'effectiveFirstIndications', 'effectiveGoodIndications', 'effectiveStrongIndications')),
  evidence_assessed_on date,
  evidence_assessed_by text CHECK (length(evidence_assessed_by) <= 200),
  language_level text CHECK (language_level IN ('B1', 'B2', 'C1')),
  video_url text CHECK (length(video_url) <= 500),
  -- The organisation of the contributor who created it (contributors edit their organisation's items).
  organisation_id uuid REFERENCES organisations(id),
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  status_changed_at timestamptz NOT NULL DEFAULT now(),
  first_published_at timestamptz,
  -- Maintained by the data layer on every save: title A, summary/authors/organisations B, body C, files D.
  search tsvector NOT NULL DEFAULT ''::tsvector,
  -- Title (A) and summary (B) only: small enough to stay in the row, so ranking thousands of matches does
  -- not read every body's vector from TOAST (ADR 0012). Matches only in the body or files rank below.
  search_head tsvector NOT NULL DEFAULT ''::tsvector,
  CHECK (evidence_level = 'notAssessed' OR evidence_assessed_on IS NOT NULL)
);
-- Keep rows narrow: the long texts and the full vector move out of line (TOAST), so a search that matches
-- thousands of items reads few pages; the small ranking vector stays in the row where it can (ADR 0012).
ALTER TABLE knowledge_items SET (toast_tuple_target = 256);
ALTER TABLE knowledge_items ALTER COLUMN search_head SET STORAGE MAIN;
CREATE INDEX knowledge_items_search_idx ON knowledge_items USING gin (search) WHERE status = 'published';
CREATE INDEX knowledge_items_published_idx ON knowledge_items (published_on DESC NULLS LAST, id) WHERE status = 'published';
CREATE INDEX knowledge_items_status_idx ON knowledge_items (status, updated_at DESC);
CREATE INDEX knowledge_items_title_trgm_idx ON knowledge_items USING gin (title gin_trgm_ops);

-- Every saved state of an item (content as JSON), so an editor can see what changed and by whom.
CREATE TABLE knowledge_item_versions (
  item_id uuid NOT NULL REFERENCES knowledge_items(id) ON DELETE CASCADE,
  version integer NOT NULL,
  content jsonb NOT NULL,
  saved_by uuid REFERENCES users(id),
  saved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (item_id, version)
);

-- The editorial workflow: every status change with who and when.
CREATE TABLE knowledge_item_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id uuid NOT NULL REFERENCES knowledge_items(id) ON DELETE CASCADE,
  from_status text,
  to_status text NOT NULL,
  note text CHECK (length(note) <= 1000),
  version integer NOT NULL,
  by_user uuid REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX knowledge_item_events_item_idx ON knowledge_item_events (item_id, id);

-- Files (PDF) with the text extracted for search. Content in the database (storage 'db') or in a
-- directory (storage 'dir', KNOWLEDGE_FILES_DIR; `path` relative to it).
CREATE TABLE knowledge_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL REFERENCES knowledge_items(id) ON DELETE CASCADE,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type text NOT NULL CHECK (content_type = 'application/pdf'),
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  page_count integer NOT NULL CHECK (page_count >= 0),
  storage text NOT NULL CHECK (storage IN ('db', 'dir')),
  content bytea,
  path text,
  extracted_text text NOT NULL DEFAULT '',
  uploaded_by uuid REFERENCES users(id),
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((storage = 'db') = (content IS NOT NULL)),
  CHECK ((storage = 'dir') = (path IS NOT NULL))
);
CREATE INDEX knowledge_files_item_idx ON knowledge_files (item_id, uploaded_at);

-- Which approaches (aanpakken) an item describes or supports: an approach shows its evidence, an item
-- the approaches that use it.
CREATE TABLE knowledge_item_approaches (
  item_id uuid NOT NULL REFERENCES knowledge_items(id) ON DELETE CASCADE,
  approach_code text NOT NULL REFERENCES approaches(code),
  PRIMARY KEY (item_id, approach_code)
);
CREATE INDEX knowledge_item_approaches_code_idx ON knowledge_item_approaches (approach_code);

-- Words of published items, for typo tolerance: a query word that matches nothing is replaced by the
-- most similar known word (trigram similarity).
CREATE TABLE knowledge_words (
  word text PRIMARY KEY CHECK (length(word) BETWEEN 3 AND 60)
);
CREATE INDEX knowledge_words_trgm_idx ON knowledge_words USING gin (word gin_trgm_ops);
