package io.github.camelinstagram.webhook.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code instagram-webhook} dev console: each webhook endpoint with its requests by status, its events by outcome,
 * the events in flight and the redeliveries waiting for them, and where its event ids are kept. Never a secret.
 */
@DevConsole(name = "instagram-webhook", displayName = "Instagram webhook",
            description = "Requests and events of instagram-webhook:")
public class InstagramWebhookDevConsole extends AbstractDevConsole {

    public InstagramWebhookDevConsole() {
        super("camel", "instagram-webhook", "Instagram webhook", "Requests and events of instagram-webhook:");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (WebhookConsoleSource.View view : views()) {
            text.append("Webhook ").append(view.path()).append(" (event ids: ").append(view.ledger()).append(")\n")
                    .append("  requests by status: ").append(view.counts().requests()).append('\n')
                    .append("  events by outcome: ").append(view.counts().events()).append('\n')
                    .append("  in flight: ").append(view.inFlight()).append(", redeliveries waiting: ")
                    .append(view.waiting()).append('\n');
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonArray endpoints = new JsonArray();
        for (WebhookConsoleSource.View view : views()) {
            JsonObject endpoint = new JsonObject();
            endpoint.put("path", view.path());
            endpoint.put("ledger", view.ledger());
            endpoint.put("requests", new JsonObject(view.counts().requests()));
            endpoint.put("events", new JsonObject(view.counts().events()));
            endpoint.put("inFlight", view.inFlight());
            endpoint.put("waiting", view.waiting());
            endpoints.add(endpoint);
        }
        JsonObject root = new JsonObject();
        root.put("webhooks", endpoints);
        return root;
    }

    private List<WebhookConsoleSource.View> views() {
        List<WebhookConsoleSource.View> views = new ArrayList<>();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof WebhookConsoleSource source) {
                source.consoleView().ifPresent(views::add);
            }
        }
        return views;
    }
}
