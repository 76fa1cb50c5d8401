package io.github.camelinstagram.webhook.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryStringTest {

    @Test
    void decodesPlusPercentAndUtf8() throws Exception {
        QueryString query = QueryString.parse("a=1+2&b=%E2%9C%93&c%2Ed=x%26y");
        assertEquals("1 2", query.single("a"));
        assertEquals("\u2713", query.single("b"));
        assertEquals("x&y", query.single("c.d"));
    }

    @Test
    void parameterWithoutValueIsEmptyAndRepeatedOnesAreAmbiguous() throws Exception {
        QueryString query = QueryString.parse("flag&x=1&x=2&&y=");
        assertEquals("", query.single("flag"));
        assertNull(query.single("x"));
        assertEquals("", query.single("y"));
        assertNull(query.single("missing"));
    }

    @Test
    void emptyOrNullQueryHasNoParameters() throws Exception {
        assertNull(QueryString.parse(null).single("a"));
        assertNull(QueryString.parse("").single("a"));
    }

    @Test
    void keepsCharactersOfAnAlreadyDecodedQuery() throws Exception {
        assertEquals("caf\u00e9 \uD83D\uDE00", QueryString.parse("a=caf\u00e9 \uD83D\uDE00").single("a"));
    }

    @Test
    void refusesBadEscapesAndInvalidUtf8() {
        assertThrows(QueryString.MalformedQueryException.class, () -> QueryString.parse("a=%"));
        assertThrows(QueryString.MalformedQueryException.class, () -> QueryString.parse("a=%4"));
        assertThrows(QueryString.MalformedQueryException.class, () -> QueryString.parse("a=%G1"));
        assertThrows(QueryString.MalformedQueryException.class, () -> QueryString.parse("a=%C3%28"));
        assertThrows(QueryString.MalformedQueryException.class, () -> QueryString.parse("a=%FF"));
        assertThrows(QueryString.MalformedQueryException.class, () -> QueryString.parse("a=\uD83D"));
    }
}
