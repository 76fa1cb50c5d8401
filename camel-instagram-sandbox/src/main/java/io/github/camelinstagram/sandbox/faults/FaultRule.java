package io.github.camelinstagram.sandbox.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault to inject into the sandbox's API answers (everything but {@code /sandbox}), for resilience tests: added
 * latency, a transient 5xx error, a connection closed without an answer, or a throttling error. It applies to the next
 * {@link #times(int) N} matching requests, or {@link #during(Duration) for a duration} (real time), or both (whichever
 * ends first), or until removed; optionally only to paths starting with a prefix (with or without the version, e.g.
 * {@code /v25.0/me/messages} or {@code /me/messages}). Thread-safe.
 */
public final class FaultRule {

    /** What the fault does. */
    public enum Kind {
        /** Delays the answer, then answers normally. */
        LATENCY,
        /** Answers a transient Graph error with a 5xx status (500: code 1, others: code 2). */
        ERROR,
        /** Closes the connection without answering. */
        RESET,
        /** Answers a throttling Graph error (4, 17, 32, 613, 80002) with its regain time in the usage header. */
        THROTTLE
    }

    private final Kind kind;
    private final Duration latency;
    private final int httpStatus;
    private final int code;
    private final long regainMinutes;
    private String id;
    private String pathPrefix;
    private AtomicInteger remaining;
    private Instant until;
    private Duration duration;

    private FaultRule(Kind kind, Duration latency, int httpStatus, int code, long regainMinutes) {
        this.kind = kind;
        this.latency = latency;
        this.httpStatus = httpStatus;
        this.code = code;
        this.regainMinutes = regainMinutes;
    }

    /** Delays matching answers. */
    public static FaultRule latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("Latency cannot be negative");
        }
        return new FaultRule(Kind.LATENCY, delay, 0, 0, 0);
    }

    /** Answers a transient error with the 5xx status. */
    public static FaultRule error(int httpStatus) {
        if (httpStatus < 500 || httpStatus > 599) {
            throw new IllegalArgumentException("A transient error fault needs a 5xx status, not " + httpStatus);
        }
        return new FaultRule(Kind.ERROR, Duration.ZERO, httpStatus, httpStatus == 500 ? 1 : 2, 0);
    }

    /** Closes the connection without answering. */
    public static FaultRule reset() {
        return new FaultRule(Kind.RESET, Duration.ZERO, 0, 0, 0);
    }

    /** Answers the throttling code, announcing access back in {@code regainMinutes}. */
    public static FaultRule throttle(int code, long regainMinutes) {
        if (code != 4 && code != 17 && code != 32 && code != 613 && code != 80002) {
            throw new IllegalArgumentException("A throttling fault needs code 4, 17, 32, 613 or 80002, not " + code);
        }
        if (regainMinutes < 0) {
            throw new IllegalArgumentException("regainMinutes cannot be negative");
        }
        return new FaultRule(Kind.THROTTLE, Duration.ZERO, 400, code, regainMinutes);
    }

    /** Applies to the next {@code count} matching requests only. */
    public FaultRule times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("A fault applies at least once, not " + count + " times");
        }
        this.remaining = new AtomicInteger(count);
        return this;
    }

    /** Applies for this long (real time) from when it is added. */
    public FaultRule during(Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A fault's duration must be positive");
        }
        this.duration = length;
        return this;
    }

    /** Applies only to paths starting with the prefix (with or without the version prefix). */
    public FaultRule onPath(String prefix) {
        this.pathPrefix = prefix == null || prefix.isBlank() ? null : prefix;
        return this;
    }

    void activate(String ruleId, Instant now) {
        this.id = ruleId;
        this.until = duration == null ? null : now.plus(duration);
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Duration latency() {
        return latency;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }

    public long regainMinutes() {
        return regainMinutes;
    }

    /** Whether the rule no longer applies to anything. */
    boolean isOver(Instant now) {
        return remaining != null && remaining.get() <= 0 || until != null && !now.isBefore(until);
    }

    boolean matches(String rawPath, String unversionedPath) {
        return pathPrefix == null || rawPath.startsWith(pathPrefix) || unversionedPath.startsWith(pathPrefix);
    }

    /** Uses one application of the rule; false when none was left. */
    boolean consume() {
        if (remaining == null) {
            return true;
        }
        return remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** The rule as the control API shows it. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("kind", kind.name().toLowerCase(Locale.ROOT));
        if (kind == Kind.LATENCY) {
            out.put("latencyMs", latency.toMillis());
        }
        if (kind == Kind.ERROR || kind == Kind.THROTTLE) {
            out.put("status", httpStatus);
            out.put("code", code);
        }
        if (kind == Kind.THROTTLE) {
            out.put("regainMinutes", regainMinutes);
        }
        out.put("pathPrefix", pathPrefix);
        out.put("remaining", remaining == null ? null : remaining.get());
        out.put("until", until == null ? null : until.toString());
        return out;
    }
}
