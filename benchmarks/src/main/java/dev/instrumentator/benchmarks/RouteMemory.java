package dev.instrumentator.benchmarks;

import dev.instrumentator.runtime.HttpMetrics;
import dev.instrumentator.runtime.internal.Route;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.openjdk.jol.info.GraphLayout;

/**
 * The heap each instrumented route retains: its {@link Route}, its pre-resolved series and the
 * histogram's data points for the statuses it answered, measured with JOL as the growth of the
 * object graph over many routes.
 *
 * <p>Usage: {@code RouteMemory [routes (10000)]}
 */
public final class RouteMemory {
  private RouteMemory() {}

  public static void main(String[] args) {
    int routes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    System.out.println("| statuses | one per route answered | bytes per route |");
    System.out.println("|---|---|---|");
    for (boolean grouped : new boolean[] {true, false}) {
      for (int[] statuses : new int[][] {{200}, {200, 404, 500}}) {
        System.out.printf(
            "| %s | %s | %d |%n",
            grouped ? "grouped (2xx)" : "exact (200)",
            statusList(statuses),
            bytesPerRoute(grouped, statuses, routes));
      }
    }
  }

  private static long bytesPerRoute(boolean grouped, int[] statuses, int count) {
    HttpMetrics metrics =
        HttpMetrics.builder().groupStatusCodes(grouped).register(new PrometheusRegistry());
    HttpMetrics.setDefault(metrics);
    Route warm = Route.of("GET", "/warm");
    warm.callFinished(System.nanoTime(), 200);
    long before = GraphLayout.parseInstance(metrics, warm).totalSize();

    Route[] routes = new Route[count];
    for (int i = 0; i < count; i++) {
      routes[i] = Route.of("GET", "/things/" + i + "/{id}");
      for (int status : statuses) {
        routes[i].callFinished(System.nanoTime(), status);
      }
    }
    long after = GraphLayout.parseInstance(metrics, warm, routes).totalSize();
    // The array holding the routes is the benchmark's, not the routes'.
    long array = GraphLayout.parseInstance((Object) new Route[count]).totalSize();
    return (after - before - array) / count;
  }

  private static String statusList(int[] statuses) {
    StringBuilder list = new StringBuilder();
    for (int status : statuses) {
      list.append(list.length() == 0 ? "" : ", ").append(status);
    }
    return list.toString();
  }
}
