package io.github.camelinstagram.benchmarks.producer;

import java.util.ArrayList;
import java.util.List;

import io.github.camelinstagram.benchmarks.Benchmark;
import io.github.camelinstagram.benchmarks.BenchmarkSettings;
import io.github.camelinstagram.benchmarks.Comparison;
import io.github.camelinstagram.benchmarks.ResultRow;
import io.github.camelinstagram.benchmarks.Workload;

/**
 * Throughput of the {@code instagram:} producer (Camel exchange, operation, JSON mapping, usage headers, pacing)
 * against the JDK {@code HttpClient} making the same requests, both against the same local Vert.x stub of the Graph
 * API, with 1 and 16 caller threads doing synchronous calls in a loop. Scenarios: {@code getProfile} (a GET whose
 * answer is mapped to {@code InstagramAccount}) and {@code reply} (a form POST whose answer is mapped to
 * {@code IdResponse}). Each with the default (asynchronous: the HTTP exchange on the component's HTTP threads) and
 * with {@code synchronous=true} (on the caller's thread). Target: the producer keeps 90% of the raw client's
 * throughput.
 */
public final class ProducerThroughputBenchmark implements Benchmark {

    static final int[] CONCURRENCY = { 1, 16 };
    static final double TARGET = 0.9;
    /** Event loops of the stub: enough to keep up with 16 callers, few enough to leave the clients the CPU. */
    private static final int STUB_EVENT_LOOPS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    @Override
    public String name() {
        return "producer throughput (instagram: producer vs JDK HttpClient)";
    }

    @Override
    public List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        try (StubGraphServer stub = StubGraphServer.start(STUB_EVENT_LOOPS);
             CamelProducerCalls async = new CamelProducerCalls(stub.baseUrl(), false);
             CamelProducerCalls sync = new CamelProducerCalls(stub.baseUrl(), true)) {
            JdkHttpCalls reference = new JdkHttpCalls(stub.baseUrl());
            checkOnce(reference, async);
            checkOnce(reference, sync);
            Comparison comparison = new Comparison(settings);
            List<ResultRow> rows = new ArrayList<>();
            for (int concurrency : CONCURRENCY) {
                rows.add(comparison.measure("producer getProfile", concurrency, reference::getProfile,
                        async::getProfile, TARGET));
                rows.add(comparison.measure("producer getProfile synchronous", concurrency, reference::getProfile,
                        sync::getProfile, TARGET));
            }
            for (int concurrency : CONCURRENCY) {
                rows.add(comparison.measure("producer reply", concurrency, reference::reply, async::reply, TARGET));
                rows.add(comparison.measure("producer reply synchronous", concurrency, reference::reply, sync::reply,
                        TARGET));
            }
            return rows;
        }
    }

    /** One call of each kind before measuring, so that a misconfiguration fails at once with its own message. */
    private static void checkOnce(JdkHttpCalls reference, CamelProducerCalls subject) throws Exception {
        Workload[] calls = { reference::getProfile, subject::getProfile, reference::reply, subject::reply };
        for (Workload call : calls) {
            call.call();
        }
    }
}
