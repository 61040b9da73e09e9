package cn.yibao.service.security;

/** A monotonic clock in nanoseconds for rate limits; tests provide a fixed one. */
public interface Ticker {

    long nanos();
}
