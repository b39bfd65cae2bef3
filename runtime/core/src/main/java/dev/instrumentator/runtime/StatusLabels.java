package dev.instrumentator.runtime;

/**
 * The status label of a response, grouped by first digit ({@code 2xx}) or exact ({@code 201}),
 * and where a route keeps the data point of each label: one array per status class ({@code 1xx}
 * to {@code 5xx}), created when the class is first answered, with one slot per label in it.
 */
final class StatusLabels {
  static final int CLASSES = 5;

  private final boolean grouped;

  StatusLabels(boolean grouped) {
    this.grouped = grouped;
  }

  /** The class of a standard status, 0 for 1xx to 4 for 5xx; -1 outside 100 to 599. */
  static int statusClass(int status) {
    return status >= 100 && status <= 599 ? status / 100 - 1 : -1;
  }

  /** How many labels one status class holds. */
  int slotsPerClass() {
    return grouped ? 1 : 100;
  }

  /** The slot of a standard status within its class. */
  int slotInClass(int status) {
    return grouped ? 0 : status % 100;
  }

  /** The label: for grouped statuses the first digit and "xx", as the original writes them. */
  String label(int status) {
    String exact = Integer.toString(status);
    return grouped ? exact.charAt(0) + "xx" : exact;
  }
}
