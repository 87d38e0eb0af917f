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
 * <p>Usage: {@code Neo4jLauncher [--data DIR] [--port N] [--http-port N]}.
 * Env fallbacks: NEO4J_HOME_DIR, NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_PASSWORD,
 * NEO4J_PAGECACHE (e.g. "256m"). Prints one line starting with
 * {@value #READY} once Bolt accepts connections.
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
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--http-port" -> httpPort = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        String password = env("NEO4J_PASSWORD", "cablegraph-test");
        long pageCache = parseBytes(env("NEO4J_PAGECACHE", "256m"));

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
