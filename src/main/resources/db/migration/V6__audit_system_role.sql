-- Work done outside any request (a job or a test calling services directly) is recorded with the
-- role SYSTEM (cn.yibao.service.security.Caller.SYSTEM). The chain is unaffected: only the check
-- on new rows widens; no existing row changes.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_role_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_role_check
    CHECK (role IN ('CITIZEN', 'OFFICER', 'AUDITOR', 'ANONYMOUS', 'SYSTEM'));
