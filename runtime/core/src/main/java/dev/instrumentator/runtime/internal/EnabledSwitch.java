package dev.instrumentator.runtime.internal;

/**
 * The one rule every companion reads "record or not" by, from {@code instrumentator.enabled} or
 * {@code INSTRUMENTATOR_ENABLED}: {@code false}, in any case, turns recording off; {@code true} or
 * nothing leaves it on; anything else ({@code 0}, {@code no}, {@code maybe}) leaves it on with a
 * warning that says how to turn it off, rather than stop an application from starting.
 */
public final class EnabledSwitch {
  private static final System.Logger LOGGER =
      System.getLogger("dev.instrumentator.runtime.HttpMetrics");

  private EnabledSwitch() {}

  /**
   * @param source where {@code value} comes from, as the log says it: {@code
   *     INSTRUMENTATOR_ENABLED}
   * @param value its value, or null when it is not set
   */
  public static boolean isOn(String source, String value) {
    String stripped = value == null ? null : value.strip();
    if (stripped == null || stripped.equalsIgnoreCase("true")) {
      return true;
    }
    if (stripped.equalsIgnoreCase("false")) {
      LOGGER.log(
          System.Logger.Level.INFO,
          "instrumentator records nothing in this process: " + source + "=" + stripped);
      return false;
    }
    LOGGER.log(
        System.Logger.Level.WARNING,
        "instrumentator: " + source + "=" + stripped + " is neither true nor false, so requests are"
            + " recorded; set it to false to record nothing");
    return true;
  }
}
