package dev.instrumentator.runtime;

/**
 * The status label of a response, grouped by first digit ({@code 2xx}) or exact ({@code 201}),
 * and a small slot number per label so that a route can keep its data points in an array.
 */
final class StatusLabels {
  private static final int LOWEST = 100;
  private static final int HIGHEST = 599;

  private final boolean grouped;

  StatusLabels(boolean grouped) {
    this.grouped = grouped;
  }

  /** How many slots the standard statuses, 100 to 599, need. */
  int slotCount() {
    return grouped ? 5 : HIGHEST - LOWEST + 1;
  }

  /** The slot of a standard status, or -1 for a status outside 100 to 599. */
  int slot(int status) {
    if (status < LOWEST || status > HIGHEST) {
      return -1;
    }
    return grouped ? status / 100 - 1 : status - LOWEST;
  }

  /** The label: for grouped statuses the first digit and "xx", as the original writes them. */
  String label(int status) {
    String exact = Integer.toString(status);
    return grouped ? exact.charAt(0) + "xx" : exact;
  }
}
