package io.github.camelinstagram.benchmarks.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.benchmarks.Benchmark;
import io.github.camelinstagram.benchmarks.BenchmarkFailedException;
import io.github.camelinstagram.benchmarks.BenchmarkSettings;
import io.github.camelinstagram.benchmarks.ResultRow;
import io.github.camelinstagram.benchmarks.RoundResult;
import io.github.camelinstagram.benchmarks.Throughput;
import io.github.camelinstagram.model.MessageResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * 2,000 text messages to one account, sent as fast as 16 callers can, through {@code instagram:sendMessage} with its
 * default messaging limit, against a stub that enforces 100 messages per second and answers code 4 beyond. Retries are
 * off, so a single throttled call fails the run. The reference is the theoretical best: 100 messages per second, 20 s;
 * the ratio is that time divided by the measured wall time, and must stay above 1/1.05.
 */
public final class MessagingPacingBenchmark implements Benchmark {

    private static final int LIMIT_PER_SECOND = 100;
    private static final int CALLERS = 16;
    private static final double TARGET = 1 / 1.05;
    private static final String ACCOUNT = "17841400000000001";
    private static final String TOKEN = "IGAAbenchmarkMessagingToken0123";

    @Override
    public String name() {
        return "messaging pacing (2,000 texts at 100/s against a strict stub)";
    }

    @Override
    public List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        int messages = settings.quick() ? 400 : 2_000;
        try (RateLimitedSendApiStub stub = RateLimitedSendApiStub.start(LIMIT_PER_SECOND);
             CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            Endpoint endpoint = camel.getEndpoint("instagram:sendMessage?accessToken=RAW(" + TOKEN + ")&accountId="
                                                  + ACCOUNT + "&baseUrl=" + stub.baseUrl() + "&maxRetries=0");
            ProducerTemplate template = camel.createProducerTemplate();
            stub.startClock();
            long wallNanos = sendAll(template, endpoint, messages);
            if (stub.throttled() > 0 || stub.accepted() != messages) {
                throw new BenchmarkFailedException("The stub throttled " + stub.throttled() + " of " + messages
                                                   + " messages and accepted " + stub.accepted() + " (wall "
                                                   + wallNanos / 1_000_000 + " ms, first throttled at "
                                                   + stub.firstThrottledMillis() + " ms)");
            }
            double theoretical = LIMIT_PER_SECOND;
            double measured = messages / (wallNanos / 1e9);
            String name = "messaging " + messages + " texts, wall " + String.format(java.util.Locale.ROOT, "%.2f s",
                    wallNanos / 1e9) + " for " + (messages / LIMIT_PER_SECOND) + " s";
            return List.of(new ResultRow(name, CALLERS,
                    new Throughput(List.of(new RoundResult(theoretical, Double.NaN, 0))),
                    new Throughput(List.of(new RoundResult(measured, Double.NaN, 0))), TARGET));
        }
    }

    /** Sends the messages from {@link #CALLERS} threads, each waiting for its answers; returns the wall time. */
    private static long sendAll(ProducerTemplate template, Endpoint endpoint, int messages) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < CALLERS; i++) {
                done.add(CompletableFuture.runAsync(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < messages) {
                        String text = "Order update " + n;
                        Exchange exchange = template.request(endpoint, e -> {
                            e.getMessage().setBody(text);
                            e.getMessage().setHeader(InstagramConstants.RECIPIENT_ID, "5614879045272581");
                        });
                        if (exchange.getException() != null) {
                            failure.compareAndSet(null, exchange.getException());
                        } else if (!(exchange.getMessage().getBody() instanceof MessageResponse)) {
                            failure.compareAndSet(null, new BenchmarkFailedException("answer " + exchange.getMessage()
                                    .getBody()));
                        }
                    }
                }, callers));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
            long wall = System.nanoTime() - start;
            if (failure.get() != null && !(failure.get() instanceof io.github.camelinstagram.error
                    .InstagramThrottledException)) {
                throw new BenchmarkFailedException("A message failed: " + failure.get(), failure.get());
            }
            return wall;
        } finally {
            callers.shutdownNow();
        }
    }
}
