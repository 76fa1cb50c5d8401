package io.github.camelinstagram.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphRequestTest {

    @Test
    void segmentsAndParametersAreEncoded() {
        GraphRequest request = GraphRequest.get("17841", "media").query("fields", "id,caption").query("after", null)
                .query("q", "a b&c=d");

        assertEquals("/17841/media?fields=id%2Ccaption&q=a+b%26c%3Dd", request.pathAndQuery());
        assertEquals("GET /17841/media?fields=id%2Ccaption&q=a+b%26c%3Dd", request.toString());
    }

    @Test
    void formBodyKeepsUnicode() {
        GraphRequest request = GraphRequest.post("c1", "replies").form("message", "Merci ✨ & à bientôt");

        assertEquals("message=Merci+%E2%9C%A8+%26+%C3%A0+bient%C3%B4t", request.encodedForm());
        assertFalse(request.isIdempotent());
    }

    @Test
    void readsAreIdempotentWritesOnlyWhenSaid() {
        assertTrue(GraphRequest.get("x").isIdempotent());
        assertFalse(GraphRequest.delete("x").isIdempotent());
        assertTrue(GraphRequest.post("x").form("hide", true).idempotent(true).isIdempotent());
    }
}
