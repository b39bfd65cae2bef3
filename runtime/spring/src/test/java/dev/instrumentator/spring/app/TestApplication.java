package dev.instrumentator.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the companion's tests start on a loopback port: controllers of every kind of
 * mapping, status and asynchronous result, under Spring Security with method security, and
 * actuator's {@code /actuator/prometheus}.
 */
@SpringBootApplication
public class TestApplication {}
