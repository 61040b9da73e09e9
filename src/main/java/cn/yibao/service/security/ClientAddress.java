package cn.yibao.service.security;

/**
 * The network address the current request comes from: the rate-limit key of an anonymous caller.
 * The API edge provides it from the HTTP request; outside a request it is "local".
 */
public interface ClientAddress {

    String get();
}
