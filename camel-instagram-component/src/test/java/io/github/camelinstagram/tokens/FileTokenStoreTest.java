package io.github.camelinstagram.tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileTokenStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void tokensSurviveReopeningAndTheFileIsOwnerOnly() throws Exception {
        Path file = folder.resolve("nested/tokens.json");
        FileTokenStore store = new FileTokenStore(file);
        store.save(StoredToken.issued("1784", "IGAAlongLivedOne", NOW, Duration.ofDays(60)));
        store.save(StoredToken.configured("1785", "IGAAconfiguredTwo", NOW));
        store.save(StoredToken.issued("1784", "IGAArefreshedOne", NOW.plusSeconds(60), Duration.ofDays(60))
                .withStatus(TokenStatus.ACTIVE));

        FileTokenStore reopened = new FileTokenStore(file);

        assertEquals("IGAArefreshedOne", reopened.find("1784").orElseThrow().accessToken());
        assertEquals(NOW.plusSeconds(60).plus(Duration.ofDays(60)), reopened.find("1784").orElseThrow().expiresAt());
        assertEquals(null, reopened.find("1785").orElseThrow().expiresAt());
        assertEquals(2, reopened.findAll().size());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void statusAndDeletionArePersisted() {
        Path file = folder.resolve("tokens.json");
        FileTokenStore store = new FileTokenStore(file);
        store.save(StoredToken.configured("1", "IGAAtokenOne1", NOW).withStatus(TokenStatus.EXPIRED));
        store.save(StoredToken.configured("2", "IGAAtokenTwo2", NOW));
        store.delete("2");

        FileTokenStore reopened = new FileTokenStore(file);

        assertEquals(TokenStatus.EXPIRED, reopened.find("1").orElseThrow().status());
        assertTrue(reopened.find("2").isEmpty());
    }

    @Test
    void saveIfAbsentKeepsTheStoredToken() {
        FileTokenStore store = new FileTokenStore(folder.resolve("tokens.json"));
        store.save(StoredToken.issued("1", "IGAArefreshed111", NOW, Duration.ofDays(60)));

        StoredToken kept = store.saveIfAbsent(StoredToken.configured("1", "IGAAoldConfigured", NOW));

        assertEquals("IGAArefreshed111", kept.accessToken());
    }

    @Test
    void corruptFileIsAClearErrorNotAnEmptyStore() throws Exception {
        Path file = folder.resolve("tokens.json");
        Files.writeString(file, "{\"tokens\": {\"1\": {\"access_token\": \"IGAAsecretInFile\", ");

        IllegalStateException error = assertThrows(IllegalStateException.class, () -> new FileTokenStore(file));

        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertFalse(error.getMessage().contains("IGAAsecretInFile"));
        assertEquals("{\"tokens\": {\"1\": {\"access_token\": \"IGAAsecretInFile\", ", Files.readString(file),
                "the file is left as it was");
    }

    @Test
    void incompleteEntryIsAClearError() throws Exception {
        Path file = folder.resolve("tokens.json");
        Files.writeString(file, "{\"tokens\": {\"1\": {\"issued_at\": \"2026-01-01T00:00:00Z\"}}}");

        IllegalStateException error = assertThrows(IllegalStateException.class, () -> new FileTokenStore(file));

        assertTrue(error.getMessage().contains("account 1"), error.getMessage());
    }

    @Test
    void storedTokenNeverPrintsItsToken() {
        assertFalse(StoredToken.configured("1", "IGAAprintedNever", NOW).toString().contains("IGAAprintedNever"));
    }
}
