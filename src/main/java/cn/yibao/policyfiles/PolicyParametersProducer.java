package cn.yibao.policyfiles;

import cn.yibao.policy.parameters.PolicyCatalog;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Loads the dated policy files once; invalid data fails start-up with a message naming file and key. */
@ApplicationScoped
public class PolicyParametersProducer {

    @Produces
    @Startup
    @ApplicationScoped
    PolicyCatalog policyCatalog() {
        return PolicyFileLoader.loadDefault();
    }
}
