-- Caseload order as in a Dutch phone book (surname without its tussenvoegsel: "de Vries" under V), stored
-- with each participant so a caseload of thousands sorts on an index instead of a pattern per row.
-- Forward-only: never edit this file once committed; add a new migration instead.

ALTER TABLE participants ADD COLUMN sort_name text GENERATED ALWAYS AS (
  regexp_replace(lower(family_name), '^((van|de|der|den|het|ten|ter|te|op|in|aan|uit|la|le|du|da|el|al|''t|d'')[[:space:]]+)+', '')
  || ' ' || lower(given_name)
) STORED;
CREATE INDEX participants_sort_name_idx ON participants(sort_name, id);
