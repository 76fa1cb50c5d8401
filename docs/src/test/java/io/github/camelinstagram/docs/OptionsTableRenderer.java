package io.github.camelinstagram.docs;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders the option and header tables of a component's Camel metadata (the JSON that camel-component-maven-plugin
 * generates) as AsciiDoc tables.
 */
final class OptionsTableRenderer {

    private OptionsTableRenderer() {
    }

    /** Component-level options ({@code componentProperties}). */
    static String componentOptions(JsonNode metadata) {
        return options(metadata, "componentProperties", "component");
    }

    /** Endpoint path and query options ({@code properties}). */
    static String endpointOptions(JsonNode metadata) {
        return options(metadata, "properties", "endpoint");
    }

    /** Headers ({@code headers}). */
    static String headers(JsonNode metadata) {
        StringBuilder sb = header(metadata, "headers", "header");
        sb.append("[width=\"100%\",cols=\"2,5,1\",options=\"header\"]\n|===\n| Name | Description | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = metadata.get("headers").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode header = entry.getValue();
            sb.append("| `").append(entry.getKey()).append("` | ").append(cell(header.path("description").asText()))
                    .append(" | ").append(cell(simpleType(header.path("javaType").asText()))).append('\n');
        }
        return sb.append("|===\n").toString();
    }

    private static String options(JsonNode metadata, String section, String kind) {
        StringBuilder sb = header(metadata, section, kind + " option");
        sb.append("[width=\"100%\",cols=\"2,5,1,1\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = metadata.get(section).fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode option = entry.getValue();
            StringBuilder name = new StringBuilder("*").append(entry.getKey()).append('*');
            if (option.path("required").asBoolean()) {
                name.append(" (required)");
            }
            if (option.path("secret").asBoolean()) {
                name.append(" (secret)");
            }
            String group = option.path("group").asText();
            if (!group.isBlank()) {
                name.append(" _(").append(group).append(")_");
            }
            StringBuilder description = new StringBuilder(option.path("description").asText());
            if (option.has("enum")) {
                description.append(" One of:");
                option.get("enum").forEach(value -> description.append(' ').append(value.asText()).append(','));
                description.setLength(description.length() - 1);
                description.append('.');
            }
            sb.append("| ").append(name).append(" | ").append(cell(description.toString())).append(" | ")
                    .append(cell(option.path("defaultValue").asText(""))).append(" | ")
                    .append(cell(option.path("type").asText())).append('\n');
        }
        return sb.append("|===\n").toString();
    }

    private static StringBuilder header(JsonNode metadata, String section, String what) {
        int count = metadata.get(section).size();
        return new StringBuilder("// Generated from the component metadata by DocsUpToDateTest: do not edit.\n")
                .append("The `").append(metadata.at("/component/scheme").asText()).append(":` component has ")
                .append(count).append(' ').append(what).append(count == 1 ? "" : "s").append(".\n\n");
    }

    private static String simpleType(String javaType) {
        int dot = javaType.lastIndexOf('.');
        return dot < 0 ? javaType : javaType.substring(dot + 1);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
