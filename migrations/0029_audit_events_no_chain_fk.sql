-- audit_events.chain_id referred to audit_chain_heads with a foreign key. Every appended record paid for
-- it with a check per row (a look-up and a KEY SHARE lock on the head that the append already holds
-- FOR UPDATE): about a tenth of the database work of a read's audit record. The key protected nothing
-- the append does not already ensure: a record only ever gets the chain_id of the head row it has
-- locked and moves in the same statement, the 16 heads are never deleted (no code does, and `audit
-- verify` reports a chain whose head does not match its last record).
-- Forward-only: never edit this file once committed; add a new migration instead.
ALTER TABLE audit_events DROP CONSTRAINT audit_events_chain_id_fkey;
