package io.github.camelinstagram.sandbox.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.AppConfig;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.Scope;
import io.github.camelinstagram.sandbox.support.Ordered;
import io.github.camelinstagram.sandbox.webhooks.WebhookFields;

/**
 * {@code /me/subscribed_apps}: POST subscribes the app to the account's webhook fields (replacing the previous list),
 * GET reads them, DELETE unsubscribes. Comment fields need {@code instagram_business_manage_comments}, messaging
 * fields {@code instagram_business_manage_messages}.
 */
final class SubscriptionEndpoints {

    private final Sandbox sandbox;

    SubscriptionEndpoints(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    Object subscribe(GraphCall call, Account account) {
        Authenticator.require(call.token(), Scope.BASIC);
        String list = call.requireParam("subscribed_fields");
        Set<String> fields = new LinkedHashSet<>();
        String[] names = list.split(",");
        for (int i = 0; i < names.length; i++) {
            String field = names[i].trim();
            if (!WebhookFields.isKnown(field)) {
                throw GraphErrors.invalidParameter("Param subscribed_fields[" + i + "] must be one of {"
                                                   + String.join(", ", WebhookFields.ALL) + "} - got \"" + field
                                                   + "\"");
            }
            Authenticator.require(call.token(), scopeOf(field));
            fields.add(field);
        }
        account.subscribe(fields);
        return Map.of("success", true);
    }

    Object list(GraphCall call, Account account) {
        Authenticator.require(call.token(), Scope.BASIC);
        AppConfig app = sandbox.app();
        if (account.subscribedFields().isEmpty()) {
            return Map.of("data", List.of());
        }
        return Map.of("data", List.of(Ordered.map("subscribed_fields", List.copyOf(account.subscribedFields()),
                "name", app.name(), "id", app.id())));
    }

    Object unsubscribe(GraphCall call, Account account) {
        Authenticator.require(call.token(), Scope.BASIC);
        account.subscribe(Set.of());
        return Map.of("success", true);
    }

    private static Scope scopeOf(String field) {
        return switch (field) {
            case WebhookFields.COMMENTS, WebhookFields.LIVE_COMMENTS -> Scope.MANAGE_COMMENTS;
            case WebhookFields.STORY_INSIGHTS -> Scope.BASIC;
            default -> Scope.MANAGE_MESSAGES;
        };
    }
}
