package dev.instrumentator.example.ecosystem;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A transactional controller: each call begins a transaction, which a failure rolls back. */
@Instrumented
@RestController
@RequestMapping("/orders")
@Transactional
public class OrderController {

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public String place(@RequestBody String title) {
    return "ordered " + title;
  }

  @PostMapping("/out-of-stock")
  public String placeOutOfStock(@RequestBody String title) {
    throw new OutOfStockException(title);
  }

  @Transactional(readOnly = true)
  @GetMapping
  public String list() {
    return "no orders";
  }
}
