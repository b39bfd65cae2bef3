package dev.instrumentator.example.ecosystem;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** How many times each aspect's advice ran and each transaction began, committed or rolled back. */
@Component
public class Calls {
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  void count(String what) {
    counts.computeIfAbsent(what, key -> new AtomicInteger()).incrementAndGet();
  }

  /** The counts so far, by what was counted, in order. */
  public Map<String, Integer> snapshot() {
    Map<String, Integer> snapshot = new TreeMap<>();
    counts.forEach((what, count) -> snapshot.put(what, count.get()));
    return snapshot;
  }
}
