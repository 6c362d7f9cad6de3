package cn.zhifa.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, in the JVM (so other users of a shared database server do not
 * disturb it): wraps every {@link DataSource} bean; each execute and each batched statement counts once, by its
 * first keyword (select, insert, update, delete, other). Register it as a bean ({@code static} {@code @Bean}).
 */
public class SqlCounter implements BeanPostProcessor {

    private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();
    private static volatile java.util.List<String> trace;

    /** Starts keeping the text of every statement counted (until {@link #stopTrace()}). */
    public static void startTrace() {
        trace = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    }

    /** The statements counted since {@link #startTrace()}, first 100 characters each. */
    public static java.util.List<String> stopTrace() {
        java.util.List<String> t = trace;
        trace = null;
        return t == null ? java.util.List.of() : t;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, ds, (p, m, a) -> {
                Object r = invoke(ds, m, a);
                return r instanceof Connection c ? connection(c) : r;
            });
        }
        return bean;
    }

    /** Counts since start, by kind, plus {@code total}. */
    public static Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        long total = 0;
        for (var e : COUNTS.entrySet()) {
            out.put(e.getKey(), e.getValue().get());
            total += e.getValue().get();
        }
        out.put("total", total);
        return out;
    }

    public static long total() {
        return COUNTS.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private static Connection connection(Connection c) {
        return proxy(Connection.class, c, (p, m, a) -> {
            Object r = invoke(c, m, a);
            if (r instanceof PreparedStatement ps && m.getName().startsWith("prepare")) {
                return statement(PreparedStatement.class, ps, a == null ? null : (String) a[0]);
            }
            if (r instanceof Statement s && m.getName().equals("createStatement")) {
                return statement(Statement.class, s, null);
            }
            return r;
        });
    }

    private static <S extends Statement> S statement(Class<S> type, S s, String sql) {
        return proxy(type, s, (p, m, a) -> {
            String name = m.getName();
            if (name.equals("addBatch")) {
                count(a != null && a.length == 1 && a[0] instanceof String q ? q : sql);
            } else if (name.startsWith("execute") && !name.equals("executeBatch")) {
                count(a != null && a.length >= 1 && a[0] instanceof String q ? q : sql);
            }
            return invoke(s, m, a);
        });
    }

    private static void count(String sql) {
        java.util.List<String> traced = trace;
        if (traced != null) {
            String one = sql == null ? "?" : sql.replaceAll("\\s+", " ").strip();
            traced.add(one.length() > 100 ? one.substring(0, 100) : one);
        }
        String kind = "other";
        if (sql != null) {
            String t = sql.stripLeading().toLowerCase(Locale.ROOT);
            for (String k : new String[] {"select", "insert", "update", "delete"}) {
                if (t.startsWith(k)) {
                    kind = k;
                }
            }
        }
        COUNTS.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] a) throws Throwable {
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler h) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
    }
}
