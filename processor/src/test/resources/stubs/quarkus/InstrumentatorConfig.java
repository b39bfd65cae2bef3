package dev.instrumentator.quarkus;

/** Stands for instrumentator-quarkus on the class path: the processor looks for this type. */
public interface InstrumentatorConfig {}
