package dev.instrumentator.jersey.security.corpus.api;

/** What a route returns for {@code AccountWriter} to write, secret included unless redacted. */
public record Account(String name, String secret) {}
