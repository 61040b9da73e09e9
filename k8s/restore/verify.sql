-- Checks of a restored yibao database (k8s/README.md, drill step 7). Read-only; prints one
-- PASS/FAIL line per check and ends with an error (psql exit status 3 with ON_ERROR_STOP) if any
-- fails. Run it in the restored cluster's primary:
--   kubectl -n yibao exec -i "$PRIMARY" -c postgres -- psql -d yibao -v ON_ERROR_STOP=1 -f - < k8s/restore/verify.sql
-- The family pool's ledger is the money that moved: the checks are those of the crash test
-- (load/pool-crash), over every network.
CREATE TEMPORARY TABLE drill_check (name TEXT, failures BIGINT);

INSERT INTO drill_check
-- V3: at commit, every entry group is two entries summing to zero (a deferred trigger).
SELECT 'ledger entry groups that are not two entries summing to 0', count(*)
  FROM (SELECT entry_group FROM family_pool_ledger_entry
         GROUP BY entry_group HAVING count(*) <> 2 OR sum(amount) <> 0) g
UNION ALL
SELECT 'ledger total (must be 0.00)', CASE WHEN coalesce(sum(amount), 0) = 0 THEN 0 ELSE 1 END
  FROM family_pool_ledger_entry
UNION ALL
-- An idempotency key moves money once.
SELECT 'idempotency keys that moved money more than once', count(*)
  FROM (SELECT idempotency_key FROM family_pool_ledger_entry
         GROUP BY idempotency_key HAVING count(DISTINCT entry_group) > 1) k
UNION ALL
-- What the pool paid for contributions is what the pool-paid enrolments owe, network by network.
SELECT 'networks whose pool-paid enrolments differ from their CONTRIBUTIONS_PAID', count(*)
  FROM family_pool_network n
 WHERE (SELECT coalesce(sum(amount_due), 0) FROM enrollment
         WHERE family_pool_network_id = n.id AND payer = 'FAMILY_POOL')
    <> (SELECT coalesce(sum(amount), 0) FROM family_pool_ledger_entry
         WHERE network_id = n.id AND account = 'CONTRIBUTIONS_PAID')
UNION ALL
-- What the pool paid for claims is the claims' family-pool layer, person by person.
SELECT 'persons whose claims'' family-pool layer differs from their MEDICAL_PAID', count(*)
  FROM (SELECT person_id AS id, sum(family_pool) AS paid FROM claim
         GROUP BY person_id HAVING sum(family_pool) <> 0) c
  FULL JOIN (SELECT beneficiary_id AS id, sum(amount) AS paid FROM family_pool_ledger_entry
              WHERE account = 'MEDICAL_PAID' GROUP BY beneficiary_id) l USING (id)
 WHERE c.paid IS DISTINCT FROM l.paid
UNION ALL
SELECT 'founders with a negative historical balance', count(*)
  FROM person WHERE historical_account_balance < 0
UNION ALL
-- Every claim adds up (a CHECK of V2, verified again on the restored rows).
SELECT 'claims whose layers do not add up to the total cost', count(*)
  FROM claim
 WHERE personal_account + basic_fund + critical_illness + supplementary + family_pool + personal <> total_cost
UNION ALL
SELECT 'Flyway migrations that failed', count(*)
  FROM flyway_schema_history WHERE NOT success;

SELECT CASE WHEN failures = 0 THEN 'PASS' ELSE 'FAIL' END AS result, name, failures
  FROM drill_check ORDER BY name;

SELECT version AS schema_version FROM flyway_schema_history
 WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM drill_check WHERE failures <> 0) THEN
        RAISE EXCEPTION 'restored database fails % check(s)', (SELECT count(*) FROM drill_check WHERE failures <> 0);
    END IF;
END $$;
