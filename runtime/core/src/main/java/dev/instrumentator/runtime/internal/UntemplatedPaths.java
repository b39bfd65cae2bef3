package dev.instrumentator.runtime.internal;

import dev.instrumentator.runtime.HttpMetrics;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The raw paths allowed to become handler labels when untemplated requests are not grouped: the
 * first {@code limit} distinct ones; later ones count under {@code none}.
 */
final class UntemplatedPaths {
  private final int limit;
  private final Set<String> admitted = ConcurrentHashMap.newKeySet();

  UntemplatedPaths(int limit) {
    this.limit = limit;
  }

  String handlerFor(String path) {
    if (path == null) {
      return HttpMetrics.UNTEMPLATED_HANDLER;
    }
    if (admitted.contains(path) || admit(path)) {
      return path;
    }
    return HttpMetrics.UNTEMPLATED_HANDLER;
  }

  /** Locked so that the limit is exact; taken only for paths not seen yet. */
  private synchronized boolean admit(String path) {
    if (admitted.size() >= limit) {
      return admitted.contains(path);
    }
    admitted.add(path);
    return true;
  }
}
