package io.github.camelinstagram.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Tokens kept in a JSON file that survives restarts. Every change rewrites the file atomically (a temporary file in the
 * same folder, then a rename), readable and writable by the owner only. The file is read once, when the store is
 * created: a file that cannot be read or parsed is an error, never silently replaced by an empty store.
 */
public final class FileTokenStore implements TokenStore {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path file;
    private final Map<String, StoredToken> tokens = new LinkedHashMap<>();

    /**
     * Opens the store, reading the file when it exists.
     *
     * @throws IllegalStateException when the file exists but cannot be read or is not a token store
     */
    public FileTokenStore(Path file) {
        this.file = file.toAbsolutePath();
        if (Files.exists(this.file)) {
            load();
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<StoredToken> find(String accountId) {
        return Optional.ofNullable(tokens.get(accountId));
    }

    @Override
    public synchronized void save(StoredToken token) {
        StoredToken previous = tokens.put(token.accountId(), token);
        try {
            write();
        } catch (RuntimeException e) {
            restore(token.accountId(), previous);
            throw e;
        }
    }

    @Override
    public synchronized StoredToken saveIfAbsent(StoredToken token) {
        StoredToken existing = tokens.get(token.accountId());
        if (existing != null) {
            return existing;
        }
        save(token);
        return token;
    }

    @Override
    public synchronized Collection<StoredToken> findAll() {
        return List.copyOf(tokens.values());
    }

    @Override
    public synchronized void delete(String accountId) {
        StoredToken previous = tokens.remove(accountId);
        if (previous != null) {
            try {
                write();
            } catch (RuntimeException e) {
                restore(accountId, previous);
                throw e;
            }
        }
    }

    private void restore(String accountId, StoredToken previous) {
        if (previous == null) {
            tokens.remove(accountId);
        } else {
            tokens.put(accountId, previous);
        }
    }

    private void load() {
        Map<String, Entry> entries;
        try {
            entries = MAPPER.readValue(file.toFile(), FileContent.class).tokens;
        } catch (IOException e) {
            throw new IllegalStateException("The token store file " + file + " cannot be read as a token store ("
                                            + e.getClass().getSimpleName() + "). Fix the file or move it away; it is"
                                            + " not replaced by an empty store, so that no token is lost.", e);
        }
        if (entries == null) {
            throw new IllegalStateException("The token store file " + file + " has no \"tokens\" object. Fix the file"
                                            + " or move it away.");
        }
        try {
            entries.forEach((accountId, entry) -> tokens.put(accountId, entry.toToken(accountId)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The token store file " + file + " holds an incomplete entry: "
                                            + e.getMessage() + ". Fix the file or move it away.", e);
        }
    }

    private void write() {
        FileContent content = new FileContent();
        content.tokens = new LinkedHashMap<>();
        tokens.forEach((accountId, token) -> content.tokens.put(accountId, Entry.of(token)));
        Path folder = file.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp", ownerOnly());
            ByteBuffer bytes = ByteBuffer.wrap(MAPPER.writeValueAsBytes(content));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Cannot write the token store file " + file + ": " + e.getMessage(), e);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
                : new FileAttribute<?>[0];
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the write already failed; that failure is the one reported
            }
        }
    }

    @Override
    public String toString() {
        return "FileTokenStore{file=" + file + "}";
    }

    /** The file's layout: {@code {"tokens": {"<account id>": {...}}}}. */
    static final class FileContent {
        @JsonProperty("tokens")
        Map<String, Entry> tokens;
    }

    /** One account's entry in the file. */
    static final class Entry {
        @JsonProperty("access_token")
        String accessToken;
        @JsonProperty("issued_at")
        String issuedAt;
        @JsonProperty("expires_at")
        String expiresAt;
        @JsonProperty("status")
        TokenStatus status;

        static Entry of(StoredToken token) {
            Entry entry = new Entry();
            entry.accessToken = token.accessToken();
            entry.issuedAt = token.issuedAt().toString();
            entry.expiresAt = token.expiresAt() == null ? null : token.expiresAt().toString();
            entry.status = token.status();
            return entry;
        }

        StoredToken toToken(String accountId) {
            if (issuedAt == null) {
                throw new IllegalArgumentException("no issued_at for account " + accountId);
            }
            try {
                return new StoredToken(accountId, accessToken, Instant.parse(issuedAt),
                        expiresAt == null ? null : Instant.parse(expiresAt), status);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("a time of account " + accountId + " is not ISO-8601", e);
            }
        }
    }
}
