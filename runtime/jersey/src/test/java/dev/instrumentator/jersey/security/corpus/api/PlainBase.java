package dev.instrumentator.jersey.security.corpus.api;

/** A method with no JAX-RS annotation that implements an interface's route in a subclass. */
public abstract class PlainBase {
  public String hidden() {
    return "hidden";
  }
}
