package dev.instrumentator.example.ecosystem;

/** A book, and the user who owns it. */
public record Book(long id, String title, String owner) {}
