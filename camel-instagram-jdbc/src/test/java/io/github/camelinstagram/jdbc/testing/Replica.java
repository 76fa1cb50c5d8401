package io.github.camelinstagram.jdbc.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelinstagram.InstagramComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;

/**
 * One instance of an application, as a replica runs it: its own CamelContext, its own connection pool to the shared
 * database (bound as the bean {@code pg}), its own HTTP server on a free port, and the instagram component pointed at
 * the stub with {@code dataSource=#pg}.
 */
public final class Replica implements AutoCloseable {

    private final CamelContext context;
    private final HikariDataSource pool;
    private final int port;

    private Replica(CamelContext context, HikariDataSource pool, int port) {
        this.context = context;
        this.pool = pool;
        this.port = port;
    }

    /**
     * @param name    the CamelContext's name
     * @param graph   the base URL of the Graph API stub
     * @param routes  the routes of the instance, or null
     */
    public static Replica start(String name, Postgres postgres, String graph, RoutesBuilder routes) throws Exception {
        HikariDataSource pool = postgres.newPool(name);
        int port = AvailablePortFinder.getNextAvailable();
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        context.getRegistry().bind("pg", pool);
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        InstagramComponent instagram = new InstagramComponent();
        instagram.setDataSource(pool);
        instagram.getConfiguration().setBaseUrl(graph);
        instagram.getConfiguration().setMaxRetries(0);
        context.addComponent("instagram", instagram);
        if (routes != null) {
            context.addRoutes(routes);
        }
        try {
            context.start();
        } catch (Exception e) {
            context.stop();
            pool.close();
            throw e;
        }
        return new Replica(context, pool, port);
    }

    public CamelContext context() {
        return context;
    }

    public int port() {
        return port;
    }

    /** Stops the instance without letting its routes finish: what a crash leaves behind in the database. */
    public void crash() {
        context.getShutdownStrategy().setTimeout(1);
        context.getShutdownStrategy().setShutdownNowOnTimeout(true);
        context.stop();
        pool.close();
    }

    @Override
    public void close() {
        context.stop();
        pool.close();
    }
}
