package io.github.camelinstagram.examples;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.main.Main;

/**
 * One replica of the example routes, as a pod runs it: its own JVM and HTTP port, and every shared state (tokens,
 * limits, webhook event ids) in the PostgreSQL database of {@code JDBC_URL}, through a HikariCP pool declared in
 * properties. Started three times by {@link ReplicasDemo}; on Kubernetes, by {@code replicas/kubernetes.yaml}.
 * <p>
 * Arguments: the HTTP port, the JDBC URL, the sandbox base URL, the access token, the account id, the app secret.
 */
public final class ReplicaInstance {

    private ReplicaInstance() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            throw new IllegalArgumentException("Arguments: <port> <jdbc url> <sandbox url> <access token> <account id>"
                                               + " <app secret>");
        }
        Main main = new Main();
        Map<String, String> properties = new HashMap<>();
        properties.put("camel.server.port", args[0]);
        properties.put("camel.component.instagram.access-token", args[3]);
        properties.put("camel.component.instagram.account-id", args[4]);
        properties.put("camel.component.instagram.base-url", args[2]);
        properties.put("camel.component.instagram.oauth-base-url", args[2]);
        properties.put("camel.component.instagram.upload-base-url", args[2]);
        properties.put("instagram.app-secret", args[5]);
        properties.put("instagram.verify-token", InstagramDemo.VERIFY_TOKEN);
        properties.putAll(sharedState(args[1], System.getenv().getOrDefault("JDBC_USER", "postgres"),
                System.getenv("JDBC_PASSWORD")));
        InstagramDemo.configure(main, new DemoStats(), properties);
        main.addInitialProperty("camel.main.name", "instagram-replica-" + args[0]);
        main.run();
    }

    /** What makes a replica share its state: a pool bean and the dataSource option of both components. */
    static Map<String, String> sharedState(String jdbcUrl, String user, String password) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "camel.beans.pg", "#class:com.zaxxer.hikari.HikariDataSource",
                "camel.beans.pg.jdbcUrl", jdbcUrl,
                "camel.beans.pg.username", user,
                "camel.beans.pg.maximumPoolSize", "8",
                "camel.beans.pg.connectionTimeout", "1000",
                "camel.component.instagram.data-source", "#pg",
                "camel.component.instagram-webhook.data-source", "#pg"));
        if (password != null && !password.isEmpty()) {
            properties.put("camel.beans.pg.password", password);
        }
        return properties;
    }
}
