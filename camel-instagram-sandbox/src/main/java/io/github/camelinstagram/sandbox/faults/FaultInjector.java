package io.github.camelinstagram.sandbox.faults;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The active faults, and what a request meets: the sum of the latencies of the matching latency rules, then the first
 * matching error, reset or throttle rule. Rules that are used up or past their duration drop out. Thread-safe.
 */
public final class FaultInjector {

    private final Clock realTime;
    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /**
     * @param realTime the clock of fault durations: real time, not the sandbox's clock
     */
    public FaultInjector(Clock realTime) {
        this.realTime = realTime;
    }

    /** Activates the rule; its id is set. */
    public FaultRule add(FaultRule rule) {
        rule.activate("fault-" + ids.incrementAndGet(), realTime.instant());
        rules.add(rule);
        return rule;
    }

    public boolean remove(String id) {
        return rules.removeIf(rule -> rule.id().equals(id));
    }

    public void clear() {
        rules.clear();
    }

    /** The active rules. */
    public List<FaultRule> rules() {
        rules.removeIf(rule -> rule.isOver(realTime.instant()));
        return List.copyOf(rules);
    }

    /**
     * What the request meets.
     *
     * @param rawPath         the request's path as sent
     * @param unversionedPath the same without the version prefix
     */
    public Decision decide(String rawPath, String unversionedPath) {
        Duration latency = Duration.ZERO;
        FaultRule terminal = null;
        for (FaultRule rule : rules()) {
            if (!rule.matches(rawPath, unversionedPath)) {
                continue;
            }
            if (rule.kind() == FaultRule.Kind.LATENCY) {
                if (rule.consume()) {
                    latency = latency.plus(rule.latency());
                }
            } else if (terminal == null && rule.consume()) {
                terminal = rule;
            }
        }
        return new Decision(latency, terminal);
    }

    /**
     * What a request meets.
     *
     * @param latency  the delay before it is answered
     * @param terminal the rule that answers it instead of the sandbox, or null
     */
    public record Decision(Duration latency, FaultRule terminal) {
    }
}
