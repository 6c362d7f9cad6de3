package cn.zhifa.casefile.internal;

import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;

/**
 * A MyBatis interceptor of the writes through {@link CaseFileMapper} (a subclass declares {@code @Intercepts} on
 * {@code Executor.update}): every other statement proceeds untouched; a case-file write is handed over with the
 * statement's name ({@code insertCase}, {@code updateChanged}, …) and its parameter; a subclass that also intercepts
 * {@code Executor.query} sees the mapper's reads through {@link #read}.
 */
abstract class CaseFileWrites implements Interceptor {

    private static final String NS = CaseFileMapper.class.getName() + ".";

    /**
     * Wraps executors only, the one type the signatures name: MyBatis's default reflects on the signatures again for
     * every statement's three handlers, to find it need not wrap them.
     */
    @Override
    public Object plugin(Object target) {
        return target instanceof org.apache.ibatis.executor.Executor ? Interceptor.super.plugin(target) : target;
    }

    @Override
    public final Object intercept(Invocation invocation) throws Throwable {
        String id = ((MappedStatement) invocation.getArgs()[0]).getId();
        if (!id.startsWith(NS)) {
            return invocation.proceed();
        }
        String statement = id.substring(NS.length());
        if ("query".equals(invocation.getMethod().getName())) {
            return read(statement, invocation.getArgs()[1], invocation);
        }
        return write(statement, invocation.getArgs()[1], invocation);
    }

    /**
     * A read of case_file, for a subclass that also declares {@code Executor.query} (both forms: a session calls the
     * four-argument one, a wrapping plugin such as the read cache the six-argument one): must proceed with the
     * invocation (once) and return its result.
     */
    protected Object read(String statement, Object param, Invocation invocation) throws Throwable {
        return invocation.proceed();
    }

    /** A write of case_file: must proceed with the invocation (once) and return its result. */
    protected abstract Object write(String statement, Object param, Invocation invocation) throws Throwable;
}
