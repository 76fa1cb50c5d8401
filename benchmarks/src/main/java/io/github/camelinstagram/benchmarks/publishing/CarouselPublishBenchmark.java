package io.github.camelinstagram.benchmarks.publishing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.benchmarks.Benchmark;
import io.github.camelinstagram.benchmarks.BenchmarkFailedException;
import io.github.camelinstagram.benchmarks.BenchmarkSettings;
import io.github.camelinstagram.benchmarks.ResultRow;
import io.github.camelinstagram.benchmarks.RoundResult;
import io.github.camelinstagram.benchmarks.Throughput;
import io.github.camelinstagram.model.PublishedMedia;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A carousel of 10 items (images and videos) whose containers finish after staggered processing times of 1 to 6
 * seconds, against {@link ProcessingGraphStub}.
 * <ul>
 * <li><b>Subject</b>: {@code instagram:publish} with {@code CAROUSEL} and its default polling (first check after
 * 1 s, then a quarter of the time waited): the items are created at once and each polled on its own, so publishing should take
 * the slowest item's processing time plus little. Bound: the slowest item's time plus 2 seconds.</li>
 * <li><b>Reference</b>: the plain way, with the JDK {@code HttpClient}: create an item, check its status every 100 ms
 * until it is finished, then the next item, then the carousel and media_publish. It polls far more often than the
 * component, so its only handicap is waiting for the items one after the other.</li>
 * </ul>
 * Figures are items published per second (10 / latency), so the ratio is reference latency / subject latency; the
 * target is reference latency / bound, which the row reaches exactly when the subject's median latency is within the
 * bound. Each publish is checked: one media_publish, children in item order, nothing refused by the stub.
 */
public final class CarouselPublishBenchmark implements Benchmark {

    private static final String ACCOUNT = "17841400000000001";
    private static final String TOKEN = "IGAAbenchmarkPublishingToken0123";
    private static final int ITEMS = 10;
    private static final long BOUND_MARGIN_MILLIS = 2_000;
    private static final long REFERENCE_POLL_MILLIS = 100;
    /** The position of each item in the processing-time ladder: the slowest item is neither first nor last. */
    private static final int[] LADDER_POSITION = { 3, 9, 0, 6, 1, 8, 4, 2, 7, 5 };
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    @Override
    public String name() {
        return "carousel publishing (10 items processing 1 to 6 s, against a processing stub)";
    }

    @Override
    public List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        double scale = settings.quick() ? 0.5 : 1.0;
        Map<String, Long> items = items(scale);
        long slowest = items.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long bound = slowest + BOUND_MARGIN_MILLIS;
        int subjectRounds = settings.quick() ? 1 : 3;
        Map<String, Long> warmUp = Map.of("https://media.example.com/bench/warm-1.jpg", 50L,
                "https://media.example.com/bench/warm-2.mp4", 80L);
        Map<String, Long> all = new LinkedHashMap<>(items);
        all.putAll(warmUp);
        try (ProcessingGraphStub stub = ProcessingGraphStub.start(TOKEN, all);
             CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            Endpoint endpoint = camel.getEndpoint("instagram:publish?mediaType=CAROUSEL&accessToken=RAW(" + TOKEN
                                                  + ")&accountId=" + ACCOUNT + "&baseUrl=" + stub.baseUrl());
            ProducerTemplate template = camel.createProducerTemplate();
            publishWithComponent(template, endpoint, stub, new ArrayList<>(warmUp.keySet()));

            List<Long> subjectMillis = new ArrayList<>();
            for (int round = 0; round < subjectRounds; round++) {
                subjectMillis.add(publishWithComponent(template, endpoint, stub, new ArrayList<>(items.keySet())));
            }
            long referenceMillis = publishOneByOne(stub, new ArrayList<>(items.keySet()));
            long subjectMedian = subjectMillis.stream().sorted().toList().get(subjectMillis.size() / 2);
            System.out.printf(Locale.ROOT, "  carousel: publish %s ms (median %d ms), bound %d ms (slowest item %d ms"
                                           + " + %d ms); one by one %d ms; %d status reads in all%n",
                    subjectMillis, subjectMedian, bound, slowest, BOUND_MARGIN_MILLIS, referenceMillis,
                    stub.statusReads());
            if (subjectMedian > bound) {
                System.out.printf(Locale.ROOT, "  carousel: median latency %d ms is above the bound of %d ms%n",
                        subjectMedian, bound);
            }
            String name = String.format(Locale.ROOT, "carousel of %d (items %.1f-%.1f s): publish %.2f s, bound %.1f s,"
                                                     + " one by one %.2f s",
                    ITEMS, scale * 1.0, slowest / 1000.0, subjectMedian / 1000.0, bound / 1000.0,
                    referenceMillis / 1000.0);
            List<RoundResult> subjectRoundResults = subjectMillis.stream()
                    .map(millis -> new RoundResult(itemsPerSecond(millis), Double.NaN, 0)).toList();
            return List.of(new ResultRow(name, 1,
                    new Throughput(List.of(new RoundResult(itemsPerSecond(referenceMillis), Double.NaN, 0))),
                    new Throughput(subjectRoundResults), (double) referenceMillis / bound));
        }
    }

    /** Item URLs (even positions images, odd ones videos) and their processing times, 1 to 6 s times the scale. */
    private static Map<String, Long> items(double scale) {
        Map<String, Long> items = new LinkedHashMap<>();
        for (int i = 0; i < ITEMS; i++) {
            long millis = Math.round(scale * (1_000 + LADDER_POSITION[i] * 5_000.0 / (ITEMS - 1)));
            String url = "https://media.example.com/bench/item-" + i + (i % 2 == 0 ? ".jpg" : ".mp4");
            items.put(url, millis);
        }
        return items;
    }

    private static double itemsPerSecond(long millis) {
        return ITEMS * 1000.0 / millis;
    }

    private static long publishWithComponent(ProducerTemplate template, Endpoint endpoint, ProcessingGraphStub stub,
                                             List<String> urls) {
        int publishesBefore = stub.publishes();
        long start = System.nanoTime();
        Exchange exchange = template.request(endpoint, e -> {
            e.getMessage().setBody("Benchmark carousel");
            e.getMessage().setHeader(InstagramConstants.CAROUSEL_ITEMS, urls);
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (exchange.getException() != null) {
            throw new BenchmarkFailedException("instagram:publish failed: " + exchange.getException(),
                    exchange.getException());
        }
        PublishedMedia media = exchange.getMessage().getBody(PublishedMedia.class);
        check(stub, media == null ? null : media.getId(), media == null ? null : media.getContainerId(), urls,
                publishesBefore);
        return millis;
    }

    /** Creates and waits for each item in turn, then the carousel, then publishes: the latency in milliseconds. */
    private static long publishOneByOne(ProcessingGraphStub stub, List<String> urls) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String base = stub.baseUrl() + "/v25.0/";
        int publishesBefore = stub.publishes();
        long start = System.nanoTime();
        List<String> children = new ArrayList<>();
        for (String url : urls) {
            String kind = url.endsWith(".mp4") ? "media_type=VIDEO&video_url=" : "image_url=";
            String child = id(send(http, post(base + ACCOUNT + "/media", "is_carousel_item=true&" + kind
                                                                          + encode(url))));
            waitUntilFinished(http, base + child + "?fields=status_code,status");
            children.add(child);
        }
        String carousel = id(send(http, post(base + ACCOUNT + "/media", "media_type=CAROUSEL&children="
                                                                        + encode(String.join(",", children))
                                                                        + "&caption=Benchmark+carousel")));
        waitUntilFinished(http, base + carousel + "?fields=status_code,status");
        String media = id(send(http, post(base + ACCOUNT + "/media_publish", "creation_id=" + carousel)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        check(stub, media, carousel, urls, publishesBefore);
        return millis;
    }

    private static void waitUntilFinished(HttpClient http, String statusUrl) throws Exception {
        HttpRequest get = HttpRequest.newBuilder(URI.create(statusUrl)).header("Authorization", "Bearer " + TOKEN)
                .GET().build();
        while (!send(http, get).contains("\"FINISHED\"")) {
            Thread.sleep(REFERENCE_POLL_MILLIS);
        }
    }

    private static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new BenchmarkFailedException("The reference got HTTP " + response.statusCode() + " from "
                                               + request.uri().getPath() + ": " + response.body());
        }
        return response.body();
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        if (!matcher.find()) {
            throw new BenchmarkFailedException("No id in " + json);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One publish, of a carousel whose children are the items in order, with nothing refused on the way. */
    private static void check(ProcessingGraphStub stub, String mediaId, String carousel, List<String> urls,
                              int publishesBefore) {
        if (mediaId == null || carousel == null) {
            throw new BenchmarkFailedException("No media id or container in the answer");
        }
        if (stub.publishes() != publishesBefore + 1) {
            throw new BenchmarkFailedException((stub.publishes() - publishesBefore) + " media_publish calls for one"
                                               + " carousel");
        }
        if (!stub.itemUrlsOf(carousel).equals(urls)) {
            throw new BenchmarkFailedException("Carousel children out of order: " + stub.itemUrlsOf(carousel));
        }
        if (stub.refusals() > 0) {
            throw new BenchmarkFailedException("The stub refused " + stub.refusals() + " requests");
        }
    }
}
