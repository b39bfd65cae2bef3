package dev.instrumentator.spring.reactive;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The WebFlux application the companion's reactive tests start on Reactor Netty (its {@link
 * NettyServer}), on a loopback port: annotated controllers answering with {@code Mono}, {@code
 * Flux}, plain values, {@code ResponseEntity<Mono<…>>} and server-sent events, under Spring
 * Security with URL rules and reactive method security, and actuator's {@code
 * /actuator/prometheus}.
 */
@SpringBootApplication
public class ReactiveApplication {}
