package cn.yibao.service.security;

/**
 * The caller of the request being served. The API edge provides the implementation (from the
 * JWT); background jobs and tests may provide their own.
 */
public interface CurrentCaller {

    Caller get();
}
