package cn.yibao.api.http;

import cn.yibao.service.security.ClientAddress;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The remote address of the HTTP request being served; "local" outside one. Behind a reverse
 * proxy, Quarkus must be told to trust its X-Forwarded-For (quarkus.http.proxy.*), or every caller
 * has the proxy's address.
 */
@ApplicationScoped
public class HttpClientAddress implements ClientAddress {

    private final Instance<CurrentVertxRequest> current;

    HttpClientAddress(Instance<CurrentVertxRequest> current) {
        this.current = current;
    }

    @Override
    public String get() {
        if (!Arc.container().requestContext().isActive()) {
            return "local";
        }
        RoutingContext rc = current.get().getCurrent();
        if (rc == null) {
            return "local";
        }
        SocketAddress remote = rc.request().remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }
}
