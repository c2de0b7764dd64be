package org.alerrt.tracker.platform.security;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs a slow computation once per key however many callers ask for it while it runs; the others wait for its
 * result (or its exception). Nothing is kept afterwards: caching the result is the caller's business. Made for
 * password hashing, where a burst of requests with the same credentials would otherwise hash once each.
 */
public final class SingleFlight<K, V> {

    private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

    public V run(K key, Supplier<V> computation) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                // the waiters fail as the caller that ran it did
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            V value = computation.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }
}
