/**
 * The JAX-RS companion, for Jersey: register {@link
 * dev.instrumentator.jersey.InstrumentatorFeature} and each request counts once, with the
 * status the client received, for its whole duration, including requests that matched no route
 * and asynchronous ones.
 */
package dev.instrumentator.jersey;
