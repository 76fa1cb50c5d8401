package io.github.camelinstagram.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MediaUrlRuleTest {

    @Test
    void usableUrls() {
        assertEquals(Optional.empty(), MediaUrlRule.failure("https://cdn.example.com/a.jpg", false));
        assertEquals(Optional.empty(), MediaUrlRule.failure("http://cdn.example.com/picture", false));
        assertEquals(Optional.empty(), MediaUrlRule.failure("https://cdn.example.com/a.mov", true));
    }

    @Test
    void unusableUrlsFailWithTheirSubcodes() {
        assertEquals(Optional.of(2207052), MediaUrlRule.failure("ftp://cdn.example.com/a.jpg", false));
        assertEquals(Optional.of(2207052), MediaUrlRule.failure("not a url", false));
        assertEquals(Optional.of(2207052), MediaUrlRule.failure("https://cdn.example.com/FAIL.jpg", false));
        assertEquals(Optional.of(2207003), MediaUrlRule.failure("https://timeout.example.com/a.jpg", false));
        assertEquals(Optional.of(2207004), MediaUrlRule.failure("https://x.example/a.jpg?sandbox_error=2207004",
                false));
        assertEquals(Optional.empty(), MediaUrlRule.failure("https://x.example/a.jpg?sandbox_error=12", false));
        assertEquals(Optional.of(2207005), MediaUrlRule.failure("https://x.example/a.webp", false));
        assertEquals(Optional.of(2207026), MediaUrlRule.failure("https://x.example/a.avi", true));
    }
}
