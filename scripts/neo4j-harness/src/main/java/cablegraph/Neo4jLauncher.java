package cablegraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs a real Neo4j 5.26 (community) in this JVM for cablegraph's tests and CI,
 * because there is no Docker engine on the dev/CI machines.
 *
 * <p>Why DatabaseManagementServiceBuilder and not the harness's
 * {@code Neo4jBuilders.newInProcessBuilder(dir)}: the harness always works in a
 * fresh random sub-directory of {@code dir} and deletes it on close, so a
 * kill -9 followed by a restart would come back to an empty database. The
 * fault-recovery tests need the opposite: restart on the SAME store and let
 * Neo4j's normal transaction-log recovery run. The builder below takes a plain
 * home directory and reuses whatever is already in it.
 *
 * <p>Usage: {@code Neo4jLauncher [--data DIR] [--port N] [--http-port N]
 * [--watch-pid PID] [--conf FILE]}. Env fallbacks: NEO4J_HOME_DIR, NEO4J_BOLT_PORT,
 * NEO4J_HTTP_PORT, NEO4J_PASSWORD, NEO4J_PAGECACHE (e.g. "256m"),
 * NEO4J_TX_MEMORY (dbms.memory.transaction.total.max, e.g. "256m"; "0" for
 * Neo4j's default). Prints one line starting with {@value #READY} once Bolt
 * accepts connections.
 *
 * <p>{@code --watch-pid PID}: shut down (cleanly, as on SIGTERM) as soon as
 * process PID is gone, so that a server started for a test process does not
 * outlive it when that process is killed. {@code --conf FILE}: a neo4j.conf
 * of settings (key=value lines) applied after the launcher's own, so it can
 * override any of them.
 */
public final class Neo4jLauncher {
    static final String READY = "CABLEGRAPH_NEO4J_READY";

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            // Exit for sure: a half-started DBMS can leave non-daemon threads
            // behind, and the wrapper script treats "process gone" as failure.
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String data = env("NEO4J_HOME_DIR", null);
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        int httpPort = Integer.parseInt(env("NEO4J_HTTP_PORT", "0")); // 0 = no HTTP
        long watchPid = 0;
        String conf = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--http-port" -> httpPort = Integer.parseInt(args[++i]);
                case "--watch-pid" -> watchPid = Long.parseLong(args[++i]);
                case "--conf" -> conf = args[++i];
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        String password = env("NEO4J_PASSWORD", "cablegraph-test");
        long pageCache = parseBytes(env("NEO4J_PAGECACHE", "256m"));
        long txMemory = parseBytes(env("NEO4J_TX_MEMORY", "0"));
        // Taken now, so that the handle is of the process that started us
        // even if its pid is reused later.
        ProcessHandle watched = null;
        if (watchPid > 0) {
            final long p = watchPid;
            watched = ProcessHandle.of(p).orElseThrow(
                    () -> new IllegalArgumentException("--watch-pid " + p + ": no such process"));
        }

        Path home = data != null
                ? Path.of(data).toAbsolutePath()
                : Files.createTempDirectory("cablegraph-neo4j-");
        Files.createDirectories(home);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                // Send Neo4j's user-facing log (start-up, recovery, errors) to
                // stdout so it lands in the launcher's log file; debug.log stays
                // under <home>/logs.
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(Map.of(
                        // Loopback only: this is a test server with a known password.
                        GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"),
                        BoltConnector.enabled, true,
                        BoltConnector.listen_address, new SocketAddress("127.0.0.1", port),
                        BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port),
                        BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                        HttpConnector.enabled, httpPort > 0,
                        HttpConnector.listen_address, new SocketAddress("127.0.0.1", httpPort > 0 ? httpPort : 7474),
                        HttpsConnector.enabled, false))
                // Nothing may leave the machine: no usage-report ("UDC") pings.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                // Same behaviour as the docker-compose server: clients must log in.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                // The default page cache is sized from total RAM (GBs here);
                // tests need little and CI shares 2 cores / 24 GiB.
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                // Bolt otherwise waits 2 x 5 s on stop even with no clients left
                // (the databases are already checkpointed and closed by then).
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
        // All transactions together may hold at most this much memory (the
        // default is 70% of the heap); one that would pass it fails with a
        // MemoryLimitExceeded error instead of running the JVM out of heap.
        if (txMemory > 0) {
            builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemory);
        }
        if (conf != null) {
            builder.loadPropertiesFromFile(Path.of(conf));
        }

        DatabaseManagementService dbms = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM/SIGINT -> orderly shutdown (checkpoint, clean store). kill -9
        // skips this on purpose; the next start then runs recovery from the
        // transaction logs in the same home directory.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("cablegraph-neo4j: shutting down");
            try {
                dbms.shutdown();
            } finally {
                System.out.println("cablegraph-neo4j: stopped");
                System.out.flush();
                stopped.countDown();
            }
        }, "cablegraph-neo4j-shutdown"));
        if (watched != null) {
            watch(watched);
        }

        setPassword(dbms, password);

        // build() returns once every lifecycle component, Bolt included, has
        // started; waiting for the default database makes "ready" mean
        // "queries will work", not only "port is open".
        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000)) {
            System.err.println("cablegraph-neo4j: database 'neo4j' did not become available");
            System.exit(1);
        }
        System.out.printf("%s bolt://127.0.0.1:%d home=%s%n", READY, port, home);
        System.out.flush();
        stopped.await();
    }

    /**
     * Exits (running the shutdown hook: a clean stop) once the watched
     * process is gone. ProcessHandle remembers the process's start time, so a pid
     * reused by another process later counts as gone too.
     */
    private static void watch(ProcessHandle parent) {
        long pid = parent.pid();
        Thread t = new Thread(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println("cablegraph-neo4j: watched process " + pid + " is gone; shutting down");
            System.out.flush();
            System.exit(0);
        }, "cablegraph-neo4j-watch-" + pid);
        t.setDaemon(true);
        t.start();
    }

    /**
     * A new store has user neo4j/neo4j with "change required", which drivers
     * cannot use. Set the wanted password through the embedded API (it runs with
     * full rights, no login) on every start, so the env var always wins, also on
     * a reused home directory.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to its current value; on a
            // reused home directory that simply means it is already right.
            if (!causeChainMessages(e).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static String causeChainMessages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append(" | ");
        }
        return sb.toString();
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? dflt : v;
    }

    private static long parseBytes(String s) {
        String t = s.trim().toLowerCase();
        long mult = switch (t.charAt(t.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1L;
        };
        return Long.parseLong(mult == 1 ? t : t.substring(0, t.length() - 1)) * mult;
    }

    private Neo4jLauncher() {}
}
