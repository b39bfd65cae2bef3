package dev.instrumentator.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.instrumentator.jersey.testing.JerseyServer;

/** Requests to every route of the example app, and of every outcome, checked as they go. */
final class Traffic {
  static final String BOOK = "/books/978-0134685991";
  static final String UNKNOWN_BOOK = "/books/000-0";

  private Traffic() {}

  /** @return how many of the requests are timed (all but the @DoNotTrack routes') */
  static int onEveryRoute(JerseyServer server) {
    assertEquals(200, server.get("/").statusCode());
    assertEquals(200, server.get("/books").statusCode());
    assertEquals(200, server.request("HEAD", "/books").statusCode());
    assertEquals(200, server.get(BOOK).statusCode());
    assertEquals(404, server.get(UNKNOWN_BOOK).statusCode());
    assertEquals(201, server.postForm("/books", "isbn=777-7&title=Traffic").statusCode());
    assertEquals(400, server.postForm("/books", "isbn=777-8").statusCode());
    assertEquals(409, server.postForm("/books", "isbn=777-7&title=Again").statusCode());
    assertEquals(200, server.post("/books/777-7/orders").statusCode());
    assertEquals(409, server.post("/books/777-7/orders").statusCode());
    assertEquals(204, server.delete("/books/777-7").statusCode());
    assertEquals(404, server.delete("/books/777-7").statusCode());
    assertEquals(500, server.get(BOOK + "/cover").statusCode());
    assertEquals(200, server.get(BOOK + "/similar").statusCode());
    assertEquals(404, server.get(UNKNOWN_BOOK + "/similar").statusCode());
    assertEquals(200, server.get(BOOK + "/stock").statusCode());
    assertEquals(404, server.get(UNKNOWN_BOOK + "/stock").statusCode());
    assertEquals(200, server.get(BOOK + "/reviews").statusCode());
    assertEquals(200, server.get(BOOK + "/reviews/1").statusCode());
    assertEquals(404, server.get(BOOK + "/reviews/9").statusCode());
    assertEquals(404, server.get("/nowhere").statusCode());
    assertEquals(405, server.post("/").statusCode());
    assertEquals(200, server.get("/books/count").statusCode()); // @DoNotTrack
    assertEquals(200, server.get("/health").statusCode()); // @DoNotTrack
    return 22;
  }
}
