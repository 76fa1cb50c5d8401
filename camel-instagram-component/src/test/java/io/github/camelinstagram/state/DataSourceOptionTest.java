package io.github.camelinstagram.state;

import java.lang.reflect.Proxy;

import javax.sql.DataSource;

import io.github.camelinstagram.InstagramComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dataSource option, where camel-instagram-jdbc is not on the class path: the start says what to add. */
class DataSourceOptionTest {

    private static final DataSource UNUSED = (DataSource) Proxy.newProxyInstance(
            DataSourceOptionTest.class.getClassLoader(), new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                throw new AssertionError("the database must not be used: " + method.getName());
            });

    @Test
    void withoutTheJdbcArtifactTheStartFailsNamingIt() {
        Exception failure = startWith(component -> component.setDataSource(UNUSED));
        assertTrue(messages(failure).contains("io.github.camelinstagram:camel-instagram-jdbc"), messages(failure));
    }

    @Test
    void aPerInstanceStoreBesideTheDataSourceIsRefusedNamingBoth() {
        Exception failure = startWith(component -> {
            component.setDataSource(UNUSED);
            component.setTokenStoreFile("target/tokens.json");
        });
        assertTrue(messages(failure).contains("dataSource") && messages(failure).contains("tokenStoreFile"),
                messages(failure));
    }

    private static Exception startWith(java.util.function.Consumer<InstagramComponent> options) {
        CamelContext context = new DefaultCamelContext();
        InstagramComponent component = new InstagramComponent();
        options.accept(component);
        context.addComponent("instagram", component);
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:profile").to("instagram:getProfile?accessToken=RAW(t)&accountId=1");
                }
            });
            return assertThrows(Exception.class, context::start);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            context.stop();
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append(" / ");
        }
        return all.toString();
    }
}
