package fixtures;

/** An interface that names no parameters. */
public interface Described {
  String description();
}
