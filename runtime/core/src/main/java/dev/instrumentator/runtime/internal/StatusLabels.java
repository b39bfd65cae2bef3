package dev.instrumentator.runtime.internal;

/**
 * The status label of a response, grouped by first digit ({@code 2xx}) or exact ({@code 201}),
 * and where a route keeps the data point of each label: one array per status class ({@code 1xx}
 * to {@code 5xx}), created when the class is first answered, with one slot per label in it.
 */
final class StatusLabels {
  static final int CLASSES = 5;
  /** The label of a status that is no HTTP status, as OpenTelemetry labels a method that is none. */
  static final String NOT_HTTP = "_OTHER";

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

  /**
   * The label: for grouped statuses the first digit and "xx", as the original writes them. A
   * number HTTP cannot carry (it has three digits: 100 to 999), which a handler may still set,
   * counts as {@value #NOT_HTTP}, grouped or not, rather than as {@code 1xx} for 1000 or {@code
   * -xx} for -1.
   */
  String label(int status) {
    if (status < 100 || status > 999) {
      return NOT_HTTP;
    }
    String exact = Integer.toString(status);
    return grouped ? exact.charAt(0) + "xx" : exact;
  }
}
