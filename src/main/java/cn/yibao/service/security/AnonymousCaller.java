package cn.yibao.service.security;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Until the JWT edge provides the caller (issue 5), every request is anonymous. */
@DefaultBean
@ApplicationScoped
public class AnonymousCaller implements CurrentCaller {

    @Override
    public Caller get() {
        return Caller.ANONYMOUS;
    }
}
