package io.github.camelinstagram.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.camelinstagram.ratelimit.RateLimitState.AccountUsage;
import io.github.camelinstagram.tokens.StoredToken;
import io.github.camelinstagram.tokens.TokenRefresher.RefreshFailure;
import org.apache.camel.Component;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code instagram} dev console: for each instagram component, where its state is kept, the accounts it serves
 * (token status and expiry horizon, last usage reported, block), its calls by outcome and its recent failures by
 * family. Never a token.
 */
@DevConsole(name = "instagram", displayName = "Instagram", description = "Accounts, usage and calls of instagram:")
public class InstagramDevConsole extends AbstractDevConsole {

    /** At most this many accounts are listed; the count says how many there are. */
    static final int ACCOUNTS_SHOWN = 100;

    public InstagramDevConsole() {
        super("camel", "instagram", "Instagram", "Accounts, usage and calls of instagram:");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> component : components()) {
            text.append("Component ").append(component.get("name")).append(" (state ").append(component.get("state"))
                    .append(")\n");
            Object error = component.get("stateError");
            if (error != null) {
                text.append("  state unavailable: ").append(error).append('\n');
            }
            text.append("  accounts: ").append(component.get("accountCount")).append('\n');
            for (Object each : (List<?>) component.get("accounts")) {
                Map<?, ?> account = (Map<?, ?>) each;
                text.append("    ").append(account.get("accountId")).append(": token ").append(account.get("status"))
                        .append(", expires ").append(account.containsKey("expiresAt") ? account.get("expiresAt") : "unknown");
                if (account.containsKey("daysLeft")) {
                    text.append(" (").append(account.get("daysLeft")).append(" days)");
                }
                text.append(", usage ").append(account.get("usagePercent")).append('%');
                if (account.containsKey("blockedUntil")) {
                    text.append(", blocked until ").append(account.get("blockedUntil"));
                }
                if (account.containsKey("refreshFailure")) {
                    text.append(", refresh failing: ").append(account.get("refreshFailure"));
                }
                text.append('\n');
            }
            text.append("  calls: ").append(new TreeMap<>((Map<?, ?>) component.get("calls")))
                    .append('\n');
            for (Object each : (List<?>) component.get("recentFailures")) {
                Map<?, ?> failure = (Map<?, ?>) each;
                text.append("    ").append(failure.get("time")).append(' ').append(failure.get("family")).append(' ')
                        .append(failure.get("operation")).append(": ").append(failure.get("message")).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        root.put("components", new JsonArray(components()));
        return root;
    }

    private List<Map<String, Object>> components() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (String name : getCamelContext().getComponentNames()) {
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof ConsoleSource source) {
                source.consoleView().ifPresent(view -> all.add(describe(view)));
            }
        }
        return all;
    }

    private static Map<String, Object> describe(ConsoleSource.View view) {
        JsonObject component = new JsonObject();
        component.put("name", view.name());
        component.put("state", view.shared() ? "shared database" : "this instance");
        JsonArray accounts = new JsonArray();
        int count = 0;
        try {
            Map<String, RefreshFailure> failures = view.refresher().failures();
            Instant now = Instant.now();
            for (StoredToken token : view.tokens().findAll()) {
                count++;
                if (accounts.size() < ACCOUNTS_SHOWN) {
                    accounts.add(account(token, view.usage().usage(token.accountId()),
                            failures.get(token.accountId()), now));
                }
            }
        } catch (RuntimeException unavailable) {
            component.put("stateError", unavailable.getMessage());
        }
        component.put("accountCount", count);
        component.put("accounts", accounts);
        component.put("calls", new JsonObject(view.calls().outcomes()));
        JsonArray failures = new JsonArray();
        for (CallLog.Failure failure : view.calls().recentFailures()) {
            JsonObject entry = new JsonObject();
            entry.put("time", failure.time().toString());
            entry.put("operation", failure.operation());
            entry.put("family", failure.family());
            entry.put("type", failure.type());
            entry.put("message", failure.message());
            failures.add(entry);
        }
        component.put("recentFailures", failures);
        return component;
    }

    private static Map<String, Object> account(StoredToken token, AccountUsage usage, RefreshFailure failure,
                                               Instant now) {
        JsonObject account = new JsonObject();
        account.put("accountId", token.accountId());
        account.put("status", token.status().name());
        if (token.expiresAt() != null) {
            account.put("expiresAt", token.expiresAt().toString());
            account.put("daysLeft", Duration.between(now, token.expiresAt()).toDays());
        }
        account.put("usagePercent", usage.percent());
        if (usage.blockedUntilMillis() > now.toEpochMilli()) {
            account.put("blockedUntil", Instant.ofEpochMilli(usage.blockedUntilMillis()).toString());
        }
        if (failure != null) {
            account.put("refreshFailure", failure.attempts() + " attempt(s): " + failure.lastError());
        }
        return account;
    }
}
