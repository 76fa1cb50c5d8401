package io.github.camelinstagram.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FieldSelectionTest {

    @Test
    void parsesNestedSelectionsAndModifiers() {
        FieldSelection selection = FieldSelection.parse("id, text,from{id,username},replies.limit(5){text,"
                                                        + "from{username}}");
        assertEquals(4, selection.fields().size());
        assertEquals("text", selection.fields().get(1).name());
        assertNull(selection.fields().get(1).nested());
        assertEquals(2, selection.fields().get(2).nested().fields().size());
        FieldSelection.Field replies = selection.fields().get(3);
        assertEquals("5", replies.modifiers().get("limit"));
        assertEquals("from", replies.nested().fields().get(1).name());
        assertEquals("username", replies.nested().fields().get(1).nested().fields().get(0).name());
    }

    @Test
    void refusesBrokenSyntaxWithCode100() {
        GraphException unclosed = assertThrows(GraphException.class, () -> FieldSelection.parse("from{id"));
        assertEquals(100, unclosed.code());
        assertThrows(GraphException.class, () -> FieldSelection.parse("id}"));
        assertThrows(GraphException.class, () -> FieldSelection.parse("replies.limit(5"));
    }
}
