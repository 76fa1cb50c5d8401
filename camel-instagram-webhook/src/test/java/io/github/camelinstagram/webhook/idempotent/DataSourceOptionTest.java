package io.github.camelinstagram.webhook.idempotent;

import java.lang.reflect.Proxy;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dataSource option, where camel-instagram-jdbc is not on the class path: the start says what to add. */
class DataSourceOptionTest {

    @Test
    void withoutTheJdbcArtifactTheConsumerDoesNotStartAndNamesIt() throws Exception {
        DataSource unused = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    throw new AssertionError("the database must not be used: " + method.getName());
                });
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("pg", unused);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("instagram-webhook:/ig?verifyToken=v&appSecret=s&dataSource=#pg").to("mock:events");
            }
        });
        try {
            Exception failure = assertThrows(Exception.class, context::start);
            StringBuilder messages = new StringBuilder();
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                messages.append(cause.getMessage()).append(" / ");
            }
            assertTrue(messages.toString().contains("io.github.camelinstagram:camel-instagram-jdbc"),
                    messages.toString());
        } finally {
            context.stop();
        }
    }
}
