package io.github.camelinstagram.support;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Waits without holding a thread, and hands work to the component's HTTP threads. A wait runs on the scheduler (one
 * thread that only keeps time); what follows it always runs on the HTTP executor. Everything still waiting when
 * {@link #cancelAll()} is called fails with the exception of the given supplier, so that no exchange is left waiting
 * for ever when its endpoint or component stops.
 */
public final class Waiter {

    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private final Supplier<RuntimeException> stopping;
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

    /**
     * @param stopping the failure of what still waits, or cannot be handed over, while the component stops
     */
    public Waiter(ScheduledExecutorService scheduler, Executor executor, Supplier<RuntimeException> stopping) {
        this.scheduler = scheduler;
        this.executor = executor;
        this.stopping = stopping;
    }

    /** A future completed on the HTTP executor once the given time has passed. */
    public CompletableFuture<Void> after(long millis) {
        CompletableFuture<Void> done = track(new CompletableFuture<>());
        try {
            scheduler.schedule(() -> handOff(done, () -> null), Math.max(0, millis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            done.completeExceptionally(stopping.get());
        }
        return done;
    }

    /**
     * Continues with the outcome of the given stage on the HTTP executor: a stage completed by the scheduler (a rate
     * limit permit) must not run the work that follows on the scheduler's only thread.
     */
    public <T> CompletableFuture<T> onExecutor(CompletableFuture<T> stage) {
        if (stage.isDone()) {
            return stage;
        }
        CompletableFuture<T> moved = track(new CompletableFuture<>());
        stage.whenComplete((value, failure) -> {
            if (failure != null) {
                moved.completeExceptionally(failure);
            } else {
                handOff(moved, () -> value);
            }
        });
        return moved;
    }

    /** Runs the task on the HTTP executor; false when the executor no longer takes work (the component stopped). */
    public boolean execute(Runnable task) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException stopped) {
            return false;
        }
    }

    /** Fails everything still waiting. */
    public void cancelAll() {
        RuntimeException failure = stopping.get();
        for (CompletableFuture<?> waiting : List.copyOf(pending)) {
            waiting.completeExceptionally(failure);
        }
    }

    /** The failure of work refused because the component stops. */
    public RuntimeException stopping() {
        return stopping.get();
    }

    private <T> void handOff(CompletableFuture<T> target, Supplier<T> value) {
        if (!execute(() -> target.complete(value.get()))) {
            target.completeExceptionally(stopping.get());
        }
    }

    private <T> CompletableFuture<T> track(CompletableFuture<T> future) {
        pending.add(future);
        future.whenComplete((ignored, failure) -> pending.remove(future));
        return future;
    }
}
