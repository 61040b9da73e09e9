-- The audit trail (issue 5, Security): one append-only, hash-chained record of every mutation,
-- every money movement and every read of another person's data: who (subject, role), what
-- (action, target), when (recorded_at), outcome ('OK' or an error code), and details (ids, amounts,
-- at most a masked national ID: never a name or a national ID, see the CHECK below).
--
-- The chain is made here, in the database, so the application cannot forge it: whatever an INSERT
-- supplies, the BEFORE INSERT trigger assigns seq, recorded_at, prev_hash and hash. With
--     genesis        = 64 × '0'
--     canonical(r)   = jsonb_build_array(seq, recorded_at as UTC 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"',
--                                        subject, role, action, target, outcome, details)::text
--     r.hash         = hex(sha256(utf8(r.prev_hash || '|' || canonical(r))))
--     r.prev_hash    = hash of record seq - 1 (genesis for seq 1)
-- canonical(r) is unambiguous (JSON strings are quoted and escaped) and deterministic: jsonb prints
-- equal values identically (keys sorted, one spacing), and recorded_at is printed in UTC, whatever
-- the session's TimeZone or DateStyle.
--
-- Ordering and gaps. The trigger takes a transaction-scoped advisory lock (the two-key form, whose
-- key space never meets the one-key locks of idempotency keys), then reads the newest record and
-- assigns seq = its seq + 1. The lock is held until the inserting transaction ends, so records are
-- chained in commit order and seq has no gaps (a rolled-back record frees its seq for the next):
-- a gap therefore means a deleted record. Under READ COMMITTED (the service's isolation) the
-- trigger's read sees every record committed before the lock was granted; a REPEATABLE READ or
-- SERIALIZABLE writer could miss one and then fails on the primary key: never a forked chain.
--
-- The price of the lock: audited transactions serialise from their audit INSERT to their commit.
-- The service therefore writes a transaction's records at its very end (Hibernate's
-- before-completion callbacks, after the flush: AuditLogRepository.appendAtCommit), so the lock
-- covers the INSERTs and the commit only, and no business statement waits while holding it; and
-- records of reads go in a short transaction of their own.
--
-- What the chain does and does not prove. audit_verify() recomputes it and reports the first
-- broken link: a changed record (its hash no longer matches), a deleted or re-ordered one (a gap,
-- or a prev_hash that is not the previous hash). It cannot see the newest records cut off, nor a
-- chain recomputed from a tampered record onwards by someone who can write to the table: keep an
-- anchor outside the database (audit_verify() returns the head: head_seq, head_hash; the command
-- bin/audit-verify prints it and checks an earlier one with --expect SEQ:HASH).
--
-- Privileges (production). The table's owner can disable the triggers (ALTER TABLE ... DISABLE
-- TRIGGER) and grant itself anything, so the service should not connect as the owner: migrate as
-- the owner, run the service as a role holding only
--     GRANT SELECT, INSERT ON audit_log TO yibao_app;
-- (EXECUTE on audit_verify() is PUBLIC's by default). Here the owner's own UPDATE, DELETE and
-- TRUNCATE privileges are revoked below as well: an accidental statement of the service (which
-- still runs as the owner in development and test) is refused before the triggers even fire.

CREATE TABLE audit_log (
    seq          BIGINT      PRIMARY KEY,
    recorded_at  TIMESTAMPTZ NOT NULL,
    -- The token's sub: a person id (citizen), a staff id, or 'anonymous'.
    subject      TEXT        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    -- Caller.roleName(): extend together with cn.yibao.service.security.Role.
    role         TEXT        NOT NULL CHECK (role IN ('CITIZEN', 'OFFICER', 'AUDITOR', 'ANONYMOUS')),
    -- mutation:<field>, money:<movement>, read:<what>
    action       TEXT        NOT NULL CHECK (action ~ '^[a-z]+:[A-Za-z0-9._-]{1,100}$'),
    -- kind:id, e.g. person:123, claim:9; null when the request names nothing valid
    target       TEXT        CHECK (length(target) <= 200),
    -- OK or an error code (extensions.code)
    outcome      TEXT        NOT NULL CHECK (outcome ~ '^[A-Z_]{2,40}$'),
    details      JSONB       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
    prev_hash    TEXT        NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash         TEXT        NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    -- No national ID, whole: no 15 consecutive digits anywhere (18-digit numbers and the old
    -- 15-digit ones; a masked ID has 8 digits at most, ids and amounts fewer than 15). The chain
    -- trigger refuses such a record first, without echoing it; this CHECK states the rule.
    CONSTRAINT audit_log_no_national_id CHECK (
        subject !~ '[0-9]{15}' AND coalesce(target, '') !~ '[0-9]{15}' AND details::text !~ '[0-9]{15}')
);
-- "What happened to person 123", "what did staff 42 do": newest first.
CREATE INDEX audit_log_target ON audit_log (target, seq DESC);
CREATE INDEX audit_log_subject ON audit_log (subject, seq DESC);

CREATE FUNCTION audit_canonical(r audit_log) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_array(
               r.seq,
               to_char(r.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
               r.subject, r.role, r.action, r.target, r.outcome, r.details)::text
$$;

CREATE FUNCTION audit_hash(r audit_log) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(r.prev_hash || '|' || audit_canonical(r), 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_seq  BIGINT;
    last_hash TEXT;
BEGIN
    -- Refused here with a message that does not repeat the value (a CHECK violation's DETAIL
    -- prints the whole row, into the server's log and the client's exception).
    IF NEW.subject ~ '[0-9]{15}' OR NEW.target ~ '[0-9]{15}' OR NEW.details::text ~ '[0-9]{15}' THEN
        RAISE EXCEPTION 'audit record refused: 15 or more consecutive digits (a national ID?)'
            USING ERRCODE = 'check_violation';
    END IF;
    -- 0x41554454 = 'AUDT': one lock for the whole chain, held until this transaction ends.
    PERFORM pg_advisory_xact_lock(1096107092, 1);
    SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
    NEW.seq := coalesce(last_seq, 0) + 1;
    NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
    NEW.recorded_at := clock_timestamp();
    NEW.details := coalesce(NEW.details, '{}'::jsonb);
    NEW.hash := audit_hash(NEW);
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_chain
    BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

-- Append-only: no UPDATE, DELETE or TRUNCATE, whoever asks (a superuser too, unless it disables
-- the triggers, which audit_verify() then shows).
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER audit_log_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM CURRENT_USER;

-- Recomputes the chain from seq 1, in one snapshot (records commit in seq order, so a snapshot
-- always holds a gap-free prefix). checked: records examined (up to the first broken one);
-- first_broken_seq and reason: null when intact; head_seq, head_hash: the newest record, to keep
-- as an anchor outside the database.
CREATE FUNCTION audit_verify()
    RETURNS TABLE (checked BIGINT, first_broken_seq BIGINT, reason TEXT, head_seq BIGINT, head_hash TEXT)
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    r        audit_log;
    expected BIGINT := 1;
    prev     TEXT := repeat('0', 64);
BEGIN
    checked := 0;
    SELECT a.seq, a.hash INTO head_seq, head_hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
    FOR r IN SELECT * FROM audit_log ORDER BY seq LOOP
        checked := checked + 1;
        IF r.seq <> expected THEN
            reason := CASE WHEN expected = 1
                THEN format('the chain starts at seq %s: records 1 to %s are missing', r.seq, r.seq - 1)
                ELSE format('seq %s follows seq %s: records %s to %s are missing',
                            r.seq, expected - 1, expected, r.seq - 1) END;
        ELSIF r.prev_hash <> prev THEN
            reason := CASE WHEN r.seq = 1 THEN 'prev_hash of seq 1 is not the genesis hash'
                ELSE format('prev_hash is not the hash of seq %s', r.seq - 1) END;
        ELSIF r.hash <> audit_hash(r) THEN
            reason := 'hash does not match the record''s contents (changed after it was written)';
        END IF;
        IF reason IS NOT NULL THEN
            first_broken_seq := r.seq;
            RETURN NEXT;
            RETURN;
        END IF;
        expected := r.seq + 1;
        prev := r.hash;
    END LOOP;
    RETURN NEXT;
END;
$$;
