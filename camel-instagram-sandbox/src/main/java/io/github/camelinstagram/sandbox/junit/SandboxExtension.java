package io.github.camelinstagram.sandbox.junit;

import java.util.Objects;
import java.util.function.Consumer;

import io.github.camelinstagram.sandbox.SandboxServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link SandboxServer} for a test class: started on a free port before the first
 * test, reset to its seed before each test, stopped after the last. Test methods, constructors and lifecycle methods
 * can take the {@link SandboxServer} as a parameter.
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class MyRouteTest {
 *     @Test
 *     void sends(SandboxServer sandbox) { ... sandbox.baseUrl() ... sandbox.accessToken() ... }
 * }
 *
 * class MyOtherRouteTest {
 *     @RegisterExtension
 *     static SandboxExtension sandbox = SandboxExtension.create()
 *             .configure(builder -> builder.videoProcessingTime(Duration.ofMillis(200)));
 *
 *     @Test
 *     void publishes() { ... sandbox.baseUrl() ... sandbox.accessToken() ... }
 * }
 * }</pre>
 * Registered on a static field, one server serves the whole class; on an instance field, each test gets its own.
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            SandboxExtension.class);

    private Consumer<SandboxServer.Builder> configurer = builder -> {
    };
    private volatile SandboxServer server;

    /** The extension with the default sandbox, as {@code @ExtendWith(SandboxExtension.class)} creates it. */
    public SandboxExtension() {
    }

    /** An extension to register with {@code @RegisterExtension}, configurable with {@link #configure(Consumer)}. */
    public static SandboxExtension create() {
        return new SandboxExtension();
    }

    /** Adds settings of the server (called before it starts). */
    public SandboxExtension configure(Consumer<SandboxServer.Builder> settings) {
        Objects.requireNonNull(settings, "settings");
        Consumer<SandboxServer.Builder> previous = configurer;
        this.configurer = builder -> {
            previous.accept(builder);
            settings.accept(builder);
        };
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = start(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server = null;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SandboxServer existing = find(context);
        if (existing == null) {
            server = start(context);
        } else {
            server = existing;
            existing.reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == SandboxServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        SandboxServer found = find(extensionContext);
        return found != null ? found : start(extensionContext);
    }

    /** The running server. */
    public SandboxServer server() {
        SandboxServer current = server;
        if (current == null) {
            throw new IllegalStateException("The sandbox runs only while the test class runs");
        }
        return current;
    }

    /** Base URL of the Graph API, the OAuth endpoints and the authorization window. */
    public String baseUrl() {
        return server().baseUrl();
    }

    /** A long-lived token of the primary account, with every scope. */
    public String accessToken() {
        return server().accessToken();
    }

    /** The primary account's {@code user_id}. */
    public String accountId() {
        return server().accountId();
    }

    public String appId() {
        return server().appId();
    }

    /** The app secret, which also signs webhooks. */
    public String appSecret() {
        return server().appSecret();
    }

    private static SandboxServer find(ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).get(Running.class, Running.class);
        return running == null ? null : running.server();
    }

    private SandboxServer start(ExtensionContext context) {
        SandboxServer.Builder builder = SandboxServer.builder();
        configurer.accept(builder);
        SandboxServer started = builder.build().start();
        context.getStore(NAMESPACE).put(Running.class, new Running(started));
        return started;
    }

    /**
     * The server in the store of the context that started it: stopped when that context closes (as an
     * {@link AutoCloseable} on JUnit 5.13 and later, as a {@code CloseableResource} before; stopping twice is
     * harmless).
     */
    @SuppressWarnings("deprecation")
    private record Running(SandboxServer server) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            server.stop();
        }
    }
}
