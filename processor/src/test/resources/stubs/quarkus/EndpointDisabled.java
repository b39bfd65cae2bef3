package io.quarkus.resteasy.reactive.server;

/** Stands for Quarkus REST on the class path: the processor recognises Quarkus by this type. */
public @interface EndpointDisabled {}
