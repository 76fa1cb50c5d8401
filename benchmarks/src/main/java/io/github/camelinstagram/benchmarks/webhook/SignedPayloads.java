package io.github.camelinstagram.benchmarks.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes webhook deliveries as Meta sends them: an {@code object: instagram} envelope of {@code messages} events, each
 * with a message id never used before (so that the consumer's idempotency check routes every one), and the
 * {@code X-Hub-Signature-256} of the exact bytes.
 */
public final class SignedPayloads {

    static final String ACCOUNT = "17841400000000001";

    private final byte[] secret;
    private final String text;
    private final AtomicLong sequence = new AtomicLong();
    private final ThreadLocal<Mac> macs;

    /**
     * @param appSecret  the key of the signature
     * @param textLength characters of each message's text
     */
    public SignedPayloads(String appSecret, int textLength) {
        this.secret = appSecret.getBytes(StandardCharsets.UTF_8);
        this.text = "x".repeat(textLength);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** A delivery of {@code events} new message events, and its signature header value. */
    public Delivery next(int events) {
        StringBuilder json = new StringBuilder(events * (text.length() + 220)).append("{\"object\":\"instagram\",")
                .append("\"entry\":[{\"id\":\"").append(ACCOUNT).append("\",\"time\":1785412106000,\"messaging\":[");
        for (int i = 0; i < events; i++) {
            long id = sequence.incrementAndGet();
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"sender\":{\"id\":\"5614879045272581\"},\"recipient\":{\"id\":\"").append(ACCOUNT)
                    .append("\"},\"timestamp\":1785412105").append(i % 10).append("00,\"message\":{\"mid\":\"mid.bench.")
                    .append(id).append("\",\"text\":\"").append(text).append("\"}}");
        }
        byte[] body = json.append("]}]}").toString().getBytes(StandardCharsets.UTF_8);
        return new Delivery(body, "sha256=" + HexFormat.of().formatHex(macs.get().doFinal(body)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No HmacSHA256 in this JDK", e);
        }
    }

    /**
     * @param body      the exact bytes to POST
     * @param signature the {@code X-Hub-Signature-256} header value
     */
    public record Delivery(byte[] body, String signature) {
    }
}
