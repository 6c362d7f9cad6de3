package cn.zhifa.bench;

/**
 * Benchmark parameters, all from system properties ({@code -Dbench.cases=200} on the Maven command line). {@code
 * -Dbench.quick=true} shrinks everything for a smoke run.
 */
record BenchConfig(String server, String user, String password, String database, String bareDatabase, int cases,
        int warmup, int threads, int openTasks, int closedCases, int units, int officersPerUnit, int latencyCalls,
        boolean engineTaskQuery, boolean countSql) {

    /** Connector/J settings of the application's mysql profile. */
    static final String URL_PARAMS = "useUnicode=true&characterEncoding=utf8&sendFractionalSeconds=false"
            + "&nullDatabaseMeansCurrent=true&allowPublicKeyRetrieval=true&useSSL=false&rewriteBatchedStatements=true"
            + "&useServerPrepStmts=true&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=4096"
            + "&useLocalSessionState=true&elideSetAutoCommits=true&cacheServerConfiguration=true";

    static BenchConfig fromSystemProperties() {
        boolean quick = Boolean.getBoolean("bench.quick");
        return new BenchConfig(
                prop("bench.server", "127.0.0.1:3306"),
                prop("bench.user", "root"),
                prop("bench.password", ""),
                prop("bench.db", "zhifa_bench"),
                prop("bench.bareDb", "zhifa_bench_bare"),
                intProp("bench.cases", quick ? 20 : 200),
                intProp("bench.warmup", quick ? 5 : 30),
                intProp("bench.threads", Runtime.getRuntime().availableProcessors()),
                intProp("bench.openTasks", quick ? 10_000 : 100_000),
                intProp("bench.closedCases", quick ? 100_000 : 1_000_000),
                intProp("bench.units", 10),
                intProp("bench.officersPerUnit", 20),
                intProp("bench.latencyCalls", quick ? 100 : 500),
                Boolean.parseBoolean(prop("bench.engineTaskQuery", "true")),
                Boolean.parseBoolean(prop("bench.countSql", "true")));
    }

    String url(String db) {
        return "jdbc:mysql://" + server + "/" + db + "?" + URL_PARAMS;
    }

    String serverUrl() {
        return "jdbc:mysql://" + server + "/?" + URL_PARAMS;
    }

    private static String prop(String name, String def) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? def : v.trim();
    }

    private static int intProp(String name, int def) {
        return Integer.parseInt(prop(name, String.valueOf(def)));
    }
}
