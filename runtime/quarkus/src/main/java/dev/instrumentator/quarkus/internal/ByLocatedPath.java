package dev.instrumentator.quarkus.internal;

import java.util.Arrays;
import java.util.function.Function;

/**
 * What a handler keeps for each path its requests were located through: an array indexed by
 * {@link LocatedPath#id()}, grown when a new path first comes, so that a request reads its value
 * with no lock, look-up or allocation. Its size is bounded by the locators the code declares.
 */
final class ByLocatedPath<T> {
  private final Function<LocatedPath, T> compute;
  private volatile Object[] values = new Object[0];

  /** Values made by {@code compute}, once for each path. */
  ByLocatedPath(Function<LocatedPath, T> compute) {
    this.compute = compute;
  }

  @SuppressWarnings("unchecked")
  T get(LocatedPath path) {
    Object[] known = values;
    int id = path.id();
    if (id < known.length && known[id] != null) {
      return (T) known[id];
    }
    return computeOnce(path);
  }

  @SuppressWarnings("unchecked")
  private synchronized T computeOnce(LocatedPath path) {
    int id = path.id();
    if (id < values.length && values[id] != null) {
      return (T) values[id];
    }
    Object[] grown = Arrays.copyOf(values, Math.max(values.length, id + 1));
    T value = compute.apply(path);
    grown[id] = value;
    values = grown;
    return value;
  }
}
