package cn.yibao.service.audit;

import cn.yibao.persistence.AuditChainCheck;
import cn.yibao.persistence.AuditLogRepository;
import cn.yibao.persistence.AuditRecordEntity;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.service.security.Access;
import cn.yibao.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The auditor's side of the trail: pages of records, newest first, and the chain's verification. */
@ApplicationScoped
public class AuditLogQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final AuditLogRepository log;

    AuditLogQueries(AuditLogRepository log) {
        this.log = log;
    }

    /**
     * Up to {@code first + 1} records before {@code beforeSeq} (null = from the newest), newest
     * first: the extra one says whether there is a next page. {@code target}, {@code subject}: null
     * = any.
     */
    public List<AuditRecordEntity> page(Caller caller, int first, Long beforeSeq, String target, String subject) {
        Access.auditor(caller);
        if (first < 1 || first > MAX_PAGE_SIZE) {
            throw PolicyException.badInput("input.page", "first must be between 1 and " + MAX_PAGE_SIZE);
        }
        return log.page(beforeSeq, blankToNull(target), blankToNull(subject), first + 1);
    }

    /** Recomputes the whole chain: the records checked, the first broken one and why, the head. */
    public AuditChainCheck verify(Caller caller) {
        Access.auditor(caller);
        return log.verify();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
