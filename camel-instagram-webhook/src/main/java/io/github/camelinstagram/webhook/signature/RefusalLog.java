package io.github.camelinstagram.webhook.signature;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says at WARN that requests were refused for their signature, at most once a minute per endpoint, with the number of
 * refusals since the last warning: a wrong app secret shows at once (the handshake succeeds with a right verify token,
 * so setup looks fine otherwise), and a flood of forged requests cannot flood the log. The line names the path and the
 * remote address; never a secret, a signature or the body.
 */
public final class RefusalLog {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);
    private static final long INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final String path;
    private final LongSupplier nanoClock;
    private final AtomicLong unreported = new AtomicLong();
    private final AtomicLong nextReport;

    public RefusalLog(String path) {
        this(path, System::nanoTime);
    }

    RefusalLog(String path, LongSupplier nanoClock) {
        this.path = path;
        this.nanoClock = nanoClock;
        this.nextReport = new AtomicLong(nanoClock.getAsLong());
    }

    /**
     * @param remoteAddress the client's address, as the engine reports it
     * @param reason        "missing", "malformed" or "wrong"
     */
    public void refused(String remoteAddress, String reason) {
        unreported.incrementAndGet();
        long now = nanoClock.getAsLong();
        long due = nextReport.get();
        if (now - due >= 0 && nextReport.compareAndSet(due, now + INTERVAL_NANOS)) {
            long reported = unreported.getAndSet(0);
            LOG.warn("Instagram webhook at {} refused {} request(s) with a {} X-Hub-Signature-256 (last from {}) in"
                     + " the last minute: if Meta's deliveries are refused, appSecret is not the secret of the app that"
                     + " signs them (the Instagram app secret or the Meta app secret; both may be listed, comma"
                     + " separated)", path, reported, reason, remoteAddress);
        }
    }
}
