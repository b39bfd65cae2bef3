package dev.instrumentator.quarkus.deployment.app;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;

/** Its routes come from {@link ShelfApi}; {@code @DoNotTrack} on the interface and here. */
@Instrumented
public class Shelves implements ShelfApi {
  @Override
  public String books(String shelf) {
    return shelf;
  }

  @Override
  public String count() {
    return "3";
  }

  @Override
  @DoNotTrack
  public String first() {
    return "a";
  }
}
