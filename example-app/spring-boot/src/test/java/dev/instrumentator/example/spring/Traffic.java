package dev.instrumentator.example.spring;

import dev.instrumentator.spring.testing.Http;

/** A request to every route of the bookstore, with every kind of outcome. */
final class Traffic {
  private Traffic() {}

  /** Sends them; how many requests count. */
  static int onEveryRoute(Http http) {
    String book = "/books/978-0134685991";
    http.get("/books");
    http.get(book);
    http.get("/books/978-0000000000");
    http.send("POST", "/books?isbn=978-9&title=Nine", "admin", null);
    http.send("DELETE", "/books/978-9", "admin", null);
    http.send("POST", book + "/orders", "customer", null);
    http.send("POST", "/books/978-0321349606/orders", "customer", null);
    http.send("POST", book + "/orders", null, null);
    http.get(book + "/similar");
    http.get(book + "/cover");
    http.get("/nowhere");
    return 11;
  }
}
