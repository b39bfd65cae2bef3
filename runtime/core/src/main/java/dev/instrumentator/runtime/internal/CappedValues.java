package dev.instrumentator.runtime.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Label values a client or an application can multiply, kept bounded: the first {@code limit}
 * distinct ones are labels as they are, later ones count under one overflow value. Raw paths of
 * untemplated requests (overflowing into {@code none}) and the exception classes of {@code
 * error.type} (into {@code _OTHER}) are such values.
 */
final class CappedValues {
  private final int limit;
  private final String overflow;
  private final Set<String> admitted = ConcurrentHashMap.newKeySet();

  CappedValues(int limit, String overflow) {
    this.limit = limit;
    this.overflow = overflow;
  }

  String labelFor(String value) {
    if (value == null) {
      return overflow;
    }
    if (admitted.contains(value) || admit(value)) {
      return value;
    }
    return overflow;
  }

  /** Locked so that the limit is exact; taken only for values not seen yet. */
  private synchronized boolean admit(String value) {
    if (admitted.size() >= limit) {
      return admitted.contains(value);
    }
    admitted.add(value);
    return true;
  }
}
