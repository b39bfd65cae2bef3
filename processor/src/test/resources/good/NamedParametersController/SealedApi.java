package fixtures;

/** An interface the decorator cannot implement again: it permits the controller alone. */
public sealed interface SealedApi permits NamedParametersController {}
