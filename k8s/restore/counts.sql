-- Rows committed before the recovery target, table by table (k8s/README.md, drill step 7). Run the
-- same script, with the same target, in the production cluster and in the restored one, and diff
-- the two outputs:
--   kubectl -n yibao exec -i "$PRIMARY" -c postgres -- psql -d yibao -At -v target="'2026-11-25T09:30:00+08:00'" -f - < k8s/restore/counts.sql
-- Tables with created_at are counted up to the target; their child rows (lines, members) through
-- their parent. A transaction that was running AT the target can differ (its created_at is its
-- start, not its commit): choose a quiet moment as the target of a drill.
SELECT 'person', count(*) FROM person WHERE created_at < :target
UNION ALL SELECT 'enrollment', count(*) FROM enrollment WHERE created_at < :target
UNION ALL SELECT 'enrollment_line', count(*) FROM enrollment_line l
           JOIN enrollment e ON e.id = l.enrollment_id WHERE e.created_at < :target
UNION ALL SELECT 'claim', count(*) FROM claim WHERE created_at < :target
UNION ALL SELECT 'claim_line', count(*) FROM claim_line l
           JOIN claim c ON c.id = l.claim_id WHERE c.created_at < :target
UNION ALL SELECT 'family_pool_network', count(*) FROM family_pool_network WHERE created_at < :target
UNION ALL SELECT 'family_pool_member', count(*) FROM family_pool_member WHERE created_at < :target
UNION ALL SELECT 'family_pool_ledger_entry', count(*) FROM family_pool_ledger_entry WHERE created_at < :target
UNION ALL SELECT 'family_pool_ledger_entry amount', coalesce(sum(amount), 0)
           FROM family_pool_ledger_entry WHERE created_at < :target AND account <> 'FOUNDER_HISTORICAL'
UNION ALL SELECT 'idempotency_key', count(*) FROM idempotency_key WHERE created_at < :target;
