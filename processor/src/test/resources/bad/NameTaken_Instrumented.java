package fixtures;

/** Not a decorator: a class of the user's own that happens to have the name. */
public class NameTaken_Instrumented {}
