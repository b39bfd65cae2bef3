/**
 * The Quarkus extension: add {@code dev.instrumentator:instrumentator-quarkus} and each request to
 * an endpoint of an {@code @Instrumented} Quarkus REST resource counts once, under the route
 * template its code declares, with the status the client received. {@link
 * dev.instrumentator.quarkus.InstrumentatorConfig} lists the {@code quarkus.instrumentator.*}
 * options.
 */
package dev.instrumentator.quarkus;
