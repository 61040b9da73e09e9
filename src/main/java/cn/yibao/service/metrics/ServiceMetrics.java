package cn.yibao.service.metrics;

import cn.yibao.persistence.PoolAccount;
import cn.yibao.policy.claim.Adjudication;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Layer;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The business metrics of the services (Prometheus names in brackets), each a one-line call from
 * the service that does the work. Tags are closed sets (regions, schemes, layers, error codes): no
 * person, amount or id ever becomes a tag. What moves money is recorded once its transaction
 * commits, so a rolled-back claim or payment counts nothing; refusals are recorded when they happen.
 *
 * <p>Amounts are recorded as {@code double} yuan: Micrometer only takes doubles. This is the one
 * place where money is a double, and only for monitoring; every business amount stays {@link Money}.
 */
@ApplicationScoped
public class ServiceMetrics {

    static final String CLAIMS = "yibao.claims.adjudicated"; // yibao_claims_adjudicated_total
    static final String LAYER_PAID = "yibao.claim.layer.paid"; // yibao_claim_layer_paid_yuan_{count,sum,max}
    static final String POOL_PAYMENTS = "yibao.family_pool.payments"; // yibao_family_pool_payments_total
    static final String POOL_PAID = "yibao.family_pool.paid"; // yibao_family_pool_paid_yuan_{count,sum,max}
    static final String QUOTES = "yibao.contribution.quotes"; // yibao_contribution_quotes_total

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    ServiceMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /** A submitted (stored) claim: one count, and each layer that paid more than 0 with its amount. */
    public void claimSubmitted(Region region, Scheme scheme, Adjudication a) {
        afterCommit(() -> {
            String r = region.code();
            String s = code(scheme);
            counter(CLAIMS, "Claims submitted and stored", "region", r, "scheme", s)
                    .increment();
            for (Layer layer : Layer.values()) {
                Money paid = a.amount(layer);
                if (paid.isPositive()) {
                    yuan(LAYER_PAID, "Amount a claim layer paid", "layer", layer.id(), "region", r, "scheme", s)
                            .record(paid.yuan().doubleValue());
                }
            }
        });
    }

    /** A what-if contribution quote that was answered. */
    public void contributionQuoted(Region region, Scheme scheme) {
        counter(QUOTES, "Contribution quotes answered", "region", region.code(), "scheme", code(scheme))
                .increment();
    }

    /** Money left a founder's historical account for a relative's contribution or medical bill. */
    public void poolPaid(PoolAccount paidTo, Money amount) {
        String kind = paidTo == PoolAccount.MEDICAL_PAID ? "medical" : "contribution";
        afterCommit(() -> {
            poolPayment(kind, "paid");
            yuan(POOL_PAID, "Amount a family pool paid", "kind", kind)
                    .record(amount.yuan().doubleValue());
        });
    }

    /** The family pool did not pay a member's medical burden, for this reason (null: nothing to count). */
    public void poolMedicalRefused(ErrorCode refusal) {
        if (refusal != null) {
            poolPayment("medical", refusal.name());
        }
    }

    /** Runs a contribution payment from a family pool, counting its refusal (the payment itself: {@link #poolPaid}). */
    public <T> T poolContribution(Supplier<T> payment) {
        try {
            return payment.get();
        } catch (PolicyException refused) {
            poolPayment("contribution", refused.code().name());
            throw refused;
        }
    }

    private void poolPayment(String kind, String outcome) {
        counter(
                        POOL_PAYMENTS,
                        "Family pool payments: paid, or the refusal's error code",
                        "kind",
                        kind,
                        "outcome",
                        outcome)
                .increment();
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    private DistributionSummary yuan(String name, String description, String... tags) {
        return DistributionSummary.builder(name)
                .baseUnit("yuan")
                .description(description)
                .tags(tags)
                .register(registry);
    }

    /** Records when the current transaction commits, or now outside a transaction. */
    private void afterCommit(Runnable record) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            record.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    record.run();
                }
            }
        });
    }

    private static String code(Scheme scheme) {
        return scheme.name().toLowerCase(Locale.ROOT);
    }
}
