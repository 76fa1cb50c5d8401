package io.github.camelinstagram.sandbox.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders one node type as the Graph API does: only the requested fields (or the type's defaults), in the requested
 * order, {@code id} always present (appended when not asked for), absent values left out, an unknown field refused
 * with code 100.
 *
 * @param <T> the entity rendered
 */
public final class NodeRenderer<T> {

    /** Computes a field, given the field as requested (with its nested selection and modifiers). */
    @FunctionalInterface
    public interface FieldValue<T> {
        Object value(T node, FieldSelection.Field field);
    }

    private final String typeName;
    private final FieldSelection defaults;
    private final Map<String, FieldValue<T>> fields = new LinkedHashMap<>();

    /**
     * @param typeName      the node type named in errors
     * @param defaultFields the fields answered when the call names none
     */
    public NodeRenderer(String typeName, String defaultFields) {
        this.typeName = typeName;
        this.defaults = FieldSelection.parse(defaultFields);
    }

    /** A plain field. */
    public NodeRenderer<T> field(String name, Function<T, Object> value) {
        fields.put(name, (node, field) -> value.apply(node));
        return this;
    }

    /** A field that reads its nested selection or modifiers (an object or an edge). */
    public NodeRenderer<T> nested(String name, FieldValue<T> value) {
        fields.put(name, value);
        return this;
    }

    public String typeName() {
        return typeName;
    }

    /** Whether the node type has the field. */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /**
     * @param selection the requested fields; null or empty for the defaults
     * @throws GraphException code 100 for a field the type does not have
     */
    public Map<String, Object> render(T node, FieldSelection selection) {
        FieldSelection chosen = selection == null || selection.isEmpty() ? defaults : selection;
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldSelection.Field field : chosen.fields()) {
            FieldValue<T> value = fields.get(field.name());
            if (value == null) {
                throw GraphErrors.nonexistingField(field.name(), typeName);
            }
            Object rendered = value.value(node, field);
            if (rendered != null) {
                out.put(field.name(), rendered);
            }
        }
        if (!out.containsKey("id")) {
            out.put("id", fields.get("id").value(node, new FieldSelection.Field("id", null, Map.of())));
        }
        return out;
    }

    /** Renders with only the given fields kept, for a view restricted by the API (e.g. old messages). */
    public Map<String, Object> renderOnly(T node, FieldSelection selection, Set<String> allowed) {
        Map<String, Object> out = render(node, selection);
        out.keySet().retainAll(allowed);
        return out;
    }
}
