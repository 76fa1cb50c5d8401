package io.github.camelinstagram.sandbox.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code fields} parameter of a Graph call, parsed: {@code id,text,from{id,username},replies.limit(5){text}}.
 * Each field has a name, optional modifiers ({@code .limit(5)}) and an optional nested selection.
 *
 * @param fields the requested fields, in order
 */
public record FieldSelection(List<Field> fields) {

    /**
     * One requested field.
     *
     * @param name      its name
     * @param nested    the selection inside braces, or null
     * @param modifiers modifiers such as {@code limit}
     */
    public record Field(String name, FieldSelection nested, Map<String, String> modifiers) {
    }

    /**
     * Parses a field list.
     *
     * @throws GraphException (code 100) when the syntax is broken
     */
    public static FieldSelection parse(String spec) {
        Parser parser = new Parser(spec);
        FieldSelection selection = parser.list();
        if (parser.pos != spec.length()) {
            throw GraphErrors.invalidParameter("Syntax error \"Expected end of string instead of \\\""
                                               + spec.charAt(parser.pos) + "\\\".\" at character " + parser.pos
                                               + ": " + spec);
        }
        return selection;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        FieldSelection list() {
            List<Field> fields = new ArrayList<>();
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) != '}') {
                fields.add(field());
                skipSpaces();
                while (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                    skipSpaces();
                    if (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '}') {
                        fields.add(field());
                    }
                    skipSpaces();
                }
            }
            return new FieldSelection(List.copyOf(fields));
        }

        private Field field() {
            String name = name();
            Map<String, String> modifiers = new LinkedHashMap<>();
            FieldSelection nested = null;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '.') {
                    pos++;
                    String modifier = name();
                    expect('(');
                    int close = text.indexOf(')', pos);
                    if (close < 0) {
                        throw error("')'");
                    }
                    modifiers.put(modifier, text.substring(pos, close).trim());
                    pos = close + 1;
                } else if (c == '{' && nested == null) {
                    pos++;
                    nested = list();
                    expect('}');
                } else {
                    break;
                }
            }
            return new Field(name, nested, modifiers);
        }

        private String name() {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw error("a field name");
            }
            return text.substring(start, pos);
        }

        private void expect(char c) {
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw error("'" + c + "'");
            }
            pos++;
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private GraphException error(String expected) {
            return GraphErrors.invalidParameter("Syntax error \"Expected " + expected + "\" at character " + pos
                                                + " of the fields parameter: " + text);
        }
    }
}
