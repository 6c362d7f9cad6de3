package cn.zhifa.record;

/**
 * Where the current action comes from: the client address and User-Agent of the HTTP request (REST or Vaadin), set by
 * {@link OriginFilter} for the request's thread. Timers, the engine's job executor and anything without a request are
 * "system".
 */
public record RequestOrigin(String ip, String client) {

    public static final RequestOrigin SYSTEM = new RequestOrigin(null, "system");

    private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();

    public static RequestOrigin current() {
        RequestOrigin o = CURRENT.get();
        return o == null ? SYSTEM : o;
    }

    static void set(RequestOrigin origin) {
        CURRENT.set(origin);
    }

    static void clear() {
        CURRENT.remove();
    }
}
