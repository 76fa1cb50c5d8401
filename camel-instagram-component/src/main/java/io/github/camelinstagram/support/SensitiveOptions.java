package io.github.camelinstagram.support;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;

/**
 * Makes Camel treat the components' secret options as sensitive wherever it prints configuration. Camel masks a
 * property in camel-main's startup summary, its dev consoles and its configuration dumps when the property's name is
 * one of its known sensitive keys ({@code accessToken} is), or one of the context's additional sensitive keywords;
 * {@code appSecret} and {@code verifyToken} are not known, so the components add them. Endpoint URIs need nothing:
 * Camel's URI sanitizer already masks every option whose name contains {@code secret} or {@code token}.
 */
public final class SensitiveOptions {

    private SensitiveOptions() {
    }

    /** Adds the given option names to the context's additional sensitive keywords, keeping those already there. */
    public static synchronized void register(CamelContext camelContext, String... optionNames) {
        if (camelContext == null) {
            return;
        }
        ExtendedCamelContext extension = camelContext.getCamelContextExtension();
        Set<String> keywords = new LinkedHashSet<>();
        String existing = extension.getAdditionalSensitiveKeywords();
        if (existing != null && !existing.isBlank()) {
            for (String keyword : existing.split(",")) {
                if (!keyword.isBlank()) {
                    keywords.add(keyword.trim());
                }
            }
        }
        boolean added = false;
        for (String name : optionNames) {
            added |= keywords.add(name.toLowerCase(Locale.ROOT));
        }
        if (added) {
            extension.setAdditionalSensitiveKeywords(String.join(",", keywords));
        }
    }
}
