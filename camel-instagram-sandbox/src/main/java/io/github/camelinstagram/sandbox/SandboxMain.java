package io.github.camelinstagram.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar camel-instagram-sandbox-<version>.jar [--port N] [--host H] [--redirect-uri URI]...
 * [--flat-code-exchange]}: starts the sandbox, prints its URLs, the app's id and secret, the account and a
 * ready-to-use long-lived token, and serves until the process is stopped.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxServer.Builder builder = SandboxServer.builder();
        try {
            configure(builder, args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: java -jar camel-instagram-sandbox.jar [--port N] [--host H]"
                               + " [--redirect-uri URI]... [--flat-code-exchange]");
            System.exit(2);
            return;
        }
        SandboxServer server = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "instagram-sandbox-shutdown"));
        banner(server, System.out);
        stopped.await();
    }

    static void configure(SandboxServer.Builder builder, String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> builder.port(parsePort(value(args, ++i, "--port")));
                case "--host" -> builder.host(value(args, ++i, "--host"));
                case "--redirect-uri" -> builder.redirectUri(value(args, ++i, "--redirect-uri"));
                case "--flat-code-exchange" -> builder.flatCodeExchangeAnswer(true);
                default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
            }
        }
    }

    /** The startup banner: everything needed to point a client at the sandbox. */
    static void banner(SandboxServer server, PrintStream out) {
        out.println();
        out.println("Instagram sandbox is running");
        out.println("  Graph API base URL  : " + server.baseUrl() + "   (baseUrl, oauthBaseUrl, authorizeBaseUrl)");
        out.println("  Web console         : " + server.consoleUrl());
        out.println("  Control API         : " + server.baseUrl() + "/sandbox/api");
        out.println("  App ID              : " + server.appId());
        out.println("  App secret          : " + server.appSecret());
        out.println("  Redirect URIs       : " + server.sandbox().app().redirectUris());
        out.println("  Account (IG_ID)     : " + server.accountId());
        out.println("  Long-lived token    : " + server.accessToken());
        out.println();
        out.println("  curl -H 'Authorization: Bearer " + server.accessToken() + "' '" + server.baseUrl()
                    + "/v25.0/me?fields=user_id,username'");
        out.println();
        out.flush();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number, not " + text);
        }
    }
}
