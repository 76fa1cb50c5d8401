package io.github.camelinstagram.webhook;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static io.github.camelinstagram.webhook.WebhookServer.PATH;
import static io.github.camelinstagram.webhook.WebhookServer.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of mutated and malformed requests against a real Vert.x server: bad signatures, bodies changed after
 * signing, truncated JSON, wrong types, huge numbers, deep nesting, invalid UTF-8, oversized bodies, other methods and
 * random verification queries. None may be routed, none may be answered 5xx, and valid requests are served
 * afterwards. Seeded: run with {@code -Dfuzz.seed=<seed>} to replay a run; {@code -Dfuzz.requests=<n>} sets the count.
 */
class FuzzHttpTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SMALL = "/ig-fuzz-small";
    private static final int SMALL_LIMIT = 16 * 1024;
    private static final String PLACEHOLDER = "\"__FUZZ_VALUE__\"";
    private static final long TIME_BUDGET_MILLIS = 30_000;

    /** A request to send and the answers it may get. */
    private record Case(String kind, String method, String path, byte[] body, String signature, Set<Integer> expected) {
    }

    private final List<String> routed = new CopyOnWriteArrayList<>();

    @Test
    void noMutatedRequestIsRoutedOrAnswered5xxAndValidOnesStillAre() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int requests = Integer.getInteger("fuzz.requests", 3000);
        System.out.println("FuzzHttpTest seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        List<FuzzTemplates.Template> templates = FuzzTemplates.all("fuzz");

        try (WebhookServer server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI).process(e -> routed.add(e.getMessage().getHeader(InstagramConstants.EVENT_ID,
                        String.class)));
                from("instagram-webhook:" + SMALL + "?verifyToken=t&appSecret=" + SECRET + "&maxBodySize="
                     + SMALL_LIMIT).process(e -> routed.add("small"));
            }
        })) {
            List<String> failures = new ArrayList<>();
            long deadline = System.currentTimeMillis() + TIME_BUDGET_MILLIS;
            int sent = 0;
            while (sent < requests && System.currentTimeMillis() < deadline) {
                Case fuzz = next(random, templates.get(random.nextInt(templates.size())));
                int status = send(server, fuzz);
                sent++;
                if (status >= 500 || !fuzz.expected().contains(status)) {
                    failures.add(fuzz.kind() + " -> " + status + " (expected " + fuzz.expected() + "), body: "
                                 + preview(fuzz.body()));
                }
                if (!routed.isEmpty()) {
                    failures.add(fuzz.kind() + " was routed: " + routed + ", body: " + preview(fuzz.body()));
                    routed.clear();
                }
            }
            System.out.println("FuzzHttpTest sent " + sent + " requests");
            assertTrue(sent >= Math.min(requests, 1000), "only " + sent + " requests in the time budget");
            assertEquals(List.of(), failures.subList(0, Math.min(failures.size(), 20)),
                    failures.size() + " failures with seed " + seed);

            // the server still serves valid requests, and the valid templates are routed
            for (FuzzTemplates.Template template : FuzzTemplates.all("after")) {
                HttpResponse<String> response = server.postSigned(template.json());
                assertEquals(200, response.statusCode(), template.json());
            }
            assertEquals(FuzzTemplates.all("after").size(), routed.size(), routed.toString());
            HttpResponse<String> handshake = server.get(PATH + "?hub.mode=subscribe&hub.challenge=9&hub.verify_token="
                                                        + WebhookServer.TOKEN);
            assertEquals("9", handshake.body());
        }
    }

    private static int send(WebhookServer server, Case fuzz) throws IOException, InterruptedException {
        if ("GET".equals(fuzz.method())) {
            return RawHttp.get(server.port(), fuzz.path()).status();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(fuzz.path()))
                .timeout(Duration.ofSeconds(20))
                .method(fuzz.method(), HttpRequest.BodyPublishers.ofByteArray(fuzz.body()));
        if (fuzz.signature() != null) {
            request.header(SignatureVerifier.HEADER, fuzz.signature());
        }
        return server.send(request.build()).statusCode();
    }

    private Case next(Random random, FuzzTemplates.Template template) throws IOException {
        byte[] valid = template.json().getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(12)) {
            case 0 -> badSignature(random, valid);
            case 1 -> changedAfterSigning(random, valid);
            case 2 -> signed("truncated", truncate(random, valid), 400);
            case 3, 4 -> signed("wrong type", wrongType(random, template), 400);
            case 5 -> signed("huge number", hugeNumber(random, template), 400);
            case 6 -> signed("deep nesting", deepNesting(random, template), 400);
            case 7 -> signed("invalid UTF-8", invalidUtf8(random, valid), 400);
            case 8 -> signed("not a payload", notAPayload(random), 400);
            case 9 -> oversized(random, valid);
            case 10 -> otherMethod(random, valid);
            default -> randomHandshake(random);
        };
    }

    private static Case signed(String kind, byte[] body, int expected) {
        return new Case(kind, "POST", PATH, body, SignatureVerifier.sign(SECRET, body), Set.of(expected));
    }

    private static Case badSignature(Random random, byte[] body) {
        String good = SignatureVerifier.sign(SECRET, body);
        char[] flipped = good.toCharArray();
        int at = 7 + random.nextInt(64);
        flipped[at] = flipped[at] == '0' ? '1' : '0';
        String[] choices = {
                null, "", SignatureVerifier.sign("wrong-" + SECRET, body), new String(flipped),
                good.substring(0, 7 + random.nextInt(64)), "sha1=" + good.substring(7), good.substring(7),
                SignatureVerifier.sign(SECRET, (new String(body, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8)),
                randomPrintable(random, random.nextInt(100)) };
        return new Case("bad signature", "POST", PATH, body, choices[random.nextInt(choices.length)], Set.of(403));
    }

    private static Case changedAfterSigning(Random random, byte[] body) {
        String signature = SignatureVerifier.sign(SECRET, body);
        byte[] changed;
        int at = random.nextInt(body.length);
        switch (random.nextInt(4)) {
            case 0 -> {
                changed = body.clone();
                changed[at] = (byte) (changed[at] ^ (1 + random.nextInt(255)));
            }
            case 1 -> changed = java.util.Arrays.copyOf(body, at);
            case 2 -> {
                changed = java.util.Arrays.copyOf(body, body.length + 1);
                changed[body.length] = ' ';
            }
            default -> {
                changed = new byte[body.length + 1];
                System.arraycopy(body, 0, changed, 0, at);
                changed[at] = (byte) random.nextInt(256);
                System.arraycopy(body, at, changed, at + 1, body.length - at);
            }
        }
        return new Case("changed after signing", "POST", PATH, changed, signature, Set.of(403));
    }

    private static byte[] truncate(Random random, byte[] body) {
        return java.util.Arrays.copyOf(body, random.nextInt(body.length));
    }

    private static byte[] wrongType(Random random, FuzzTemplates.Template template) throws IOException {
        String slot = template.slots().get(random.nextInt(template.slots().size()));
        String kind = slot.substring(slot.lastIndexOf(':') + 1);
        String[] wrong = switch (kind) {
            case "instagram" -> new String[] { "\"page\"", "\"Instagram\"", "\"\"", "1", "{}", "[\"instagram\"]", "true" };
            case "id" -> new String[] { "{}", "[]", "true", "false", "1.5", "-2.5e3", "[\"1\"]", "{\"id\":\"1\"}" };
            case "count" -> new String[] { "\"1\"", "{}", "[]", "true", "1.5", "-1", "1e3", "\"\"" };
            case "object" -> new String[] { "\"x\"", "1", "[]", "true", "1.5", "[{}]" };
            case "array" -> new String[] { "{}", "\"x\"", "1", "true", "{\"0\":{}}" };
            case "text" -> new String[] { "{}", "[]", "true", "1", "1.5", "[\"x\"]" };
            case "bool" -> new String[] { "\"true\"", "1", "0", "{}", "[]", "\"false\"" };
            default -> throw new IllegalStateException(slot);
        };
        return replace(template.json(), slot.substring(0, slot.lastIndexOf(':')), wrong[random.nextInt(wrong.length)]);
    }

    private static byte[] hugeNumber(Random random, FuzzTemplates.Template template) throws IOException {
        List<String> counts = template.slots().stream().filter(s -> s.endsWith(":count")).toList();
        String slot = counts.get(random.nextInt(counts.size()));
        String[] huge = { "1e400", "-1e400", "99999999999999999999999", "9223372036854775808", "-9223372036854775809",
                          "1" + "0".repeat(1500 + random.nextInt(3000)), "1." + "5".repeat(2000), "-1", "1.0E19" };
        return replace(template.json(), slot.substring(0, slot.lastIndexOf(':')), huge[random.nextInt(huge.length)]);
    }

    private static byte[] deepNesting(Random random, FuzzTemplates.Template template) throws IOException {
        JsonNode root = MAPPER.readTree(template.json());
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        objects.get(random.nextInt(objects.size())).set("unknown_member", TextNode.valueOf("__FUZZ_VALUE__"));
        int depth = 1000 + random.nextInt(4000);
        String nested = random.nextBoolean()
                ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        return MAPPER.writeValueAsString(root).replace(PLACEHOLDER, nested).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(Random random, byte[] valid) {
        int[][] sequences = { { 0xC3, 0x28 }, { 0xFF }, { 0x80 }, { 0xC0, 0xAF }, { 0xE0, 0x80, 0xAF },
                              { 0xED, 0xA0, 0x80 }, { 0xF4, 0x90, 0x80, 0x80 }, { 0xE2, 0x82 }, { 0xF0, 0x9F, 0x98 },
                              { 0xFE, 0xFF } };
        int[] sequence = sequences[random.nextInt(sequences.length)];
        List<Integer> stringStarts = new ArrayList<>();
        for (int i = 2; i < valid.length; i++) {
            if (valid[i - 1] == '"' && valid[i - 2] == ':') {
                stringStarts.add(i);
            }
        }
        int at = stringStarts.get(random.nextInt(stringStarts.size()));
        byte[] body = new byte[valid.length + sequence.length];
        System.arraycopy(valid, 0, body, 0, at);
        for (int i = 0; i < sequence.length; i++) {
            body[at + i] = (byte) sequence[i];
        }
        System.arraycopy(valid, at, body, at + sequence.length, valid.length - at);
        return body;
    }

    private static byte[] notAPayload(Random random) {
        String[] choices = { "", "null", "[]", "[1,2]", "{}", "\"instagram\"", "42",
                             "{\"object\":\"page\",\"entry\":[]}", "{\"object\":\"instagram\"}", "[[]]",
                             "{\"object\":\"instagram\",\"entry\":[]} {}", "<xml/>", "object=instagram" };
        if (random.nextInt(3) == 0) {
            byte[] bytes = new byte[1 + random.nextInt(300)];
            random.nextBytes(bytes);
            return bytes;
        }
        return choices[random.nextInt(choices.length)].getBytes(StandardCharsets.UTF_8);
    }

    private static Case oversized(Random random, byte[] valid) {
        byte[] body = new byte[SMALL_LIMIT + 1 + random.nextInt(4 * SMALL_LIMIT)];
        java.util.Arrays.fill(body, (byte) ' ');
        System.arraycopy(valid, 0, body, 0, valid.length);
        return new Case("oversized", "POST", SMALL, body, SignatureVerifier.sign(SECRET, body), Set.of(413));
    }

    private static Case otherMethod(Random random, byte[] valid) {
        String[] methods = { "PUT", "DELETE", "PATCH", "OPTIONS" };
        return new Case("other method", methods[random.nextInt(methods.length)], PATH, valid,
                SignatureVerifier.sign(SECRET, valid), Set.of(405));
    }

    private static Case randomHandshake(Random random) {
        String alphabet = "abcxyz019.=&%+-_~!$'()*,;:@/?";
        StringBuilder query = new StringBuilder("?");
        if (random.nextBoolean()) {
            query.append("hub.mode=subscribe&hub.challenge=").append(random.nextInt(1000)).append("&hub.verify_token=");
        }
        int length = random.nextInt(80);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(10) == 0) {
                query.append('%').append(Integer.toHexString(random.nextInt(256)));
            } else {
                query.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        // 403 from the component; 400 if the engine refuses the request line itself
        return new Case("handshake " + query, "GET", PATH + query, new byte[0], null, Set.of(403, 400));
    }

    private static byte[] replace(String json, String pointer, String rawValue) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(last, TextNode.valueOf("__FUZZ_VALUE__"));
        } else if (parent instanceof ArrayNode array) {
            array.set(path.last().getMatchingIndex(), TextNode.valueOf("__FUZZ_VALUE__"));
        } else {
            throw new IllegalStateException("no parent for " + pointer);
        }
        String text = MAPPER.writeValueAsString(root);
        if (!text.contains(PLACEHOLDER)) {
            throw new IllegalStateException("slot " + pointer + " not found");
        }
        return text.replace(PLACEHOLDER, rawValue).getBytes(StandardCharsets.UTF_8);
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.forEach(child -> collectObjects(child, objects));
    }

    private static String randomPrintable(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x21 + random.nextInt(0x7E - 0x21)));
        }
        return text.toString();
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "...(" + body.length + " bytes)" : text;
    }
}
