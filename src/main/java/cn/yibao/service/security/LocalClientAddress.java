package cn.yibao.service.security;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Without an HTTP edge (jobs, tests of services): every anonymous call shares one key. */
@DefaultBean
@ApplicationScoped
public class LocalClientAddress implements ClientAddress {

    @Override
    public String get() {
        return "local";
    }
}
