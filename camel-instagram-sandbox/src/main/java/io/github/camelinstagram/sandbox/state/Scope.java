package io.github.camelinstagram.sandbox.state;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The permissions (scopes) of Business Login for Instagram. */
public enum Scope {
    BASIC("instagram_business_basic"),
    CONTENT_PUBLISH("instagram_business_content_publish"),
    MANAGE_MESSAGES("instagram_business_manage_messages"),
    MANAGE_COMMENTS("instagram_business_manage_comments"),
    MANAGE_INSIGHTS("instagram_business_manage_insights");

    private final String permission;

    Scope(String permission) {
        this.permission = permission;
    }

    /** The name as the API spells it, e.g. {@code instagram_business_basic}. */
    public String permission() {
        return permission;
    }

    public static Optional<Scope> of(String permission) {
        return Arrays.stream(values()).filter(s -> s.permission.equals(permission)).findFirst();
    }

    /** Every scope. */
    public static Set<Scope> all() {
        return new LinkedHashSet<>(Arrays.asList(values()));
    }

    /**
     * Parses a comma- or space-separated list.
     *
     * @throws IllegalArgumentException naming the first unknown scope
     */
    public static Set<Scope> parseList(String list) {
        Set<Scope> scopes = new LinkedHashSet<>();
        if (list == null) {
            return scopes;
        }
        for (String name : list.split("[,\\s]+")) {
            if (!name.isBlank()) {
                scopes.add(of(name.trim()).orElseThrow(() -> new IllegalArgumentException(
                        "Unknown scope " + name.trim())));
            }
        }
        return scopes;
    }
}
