package dev.instrumentator.spring.app;

import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Mappings declared on an interface, with a constraint that Spring MVC validates (400 when the
 * amount is below 1); the implementation adds method security.
 */
@RequestMapping("/ledger")
public interface LedgerApi {

  @GetMapping("/{account}")
  String balance(@PathVariable("account") String account);

  @PostMapping("/{account}/entries")
  String post(
      @PathVariable("account") String account,
      @RequestParam("amount") @Min(1) int amount,
      @RequestBody String memo);
}
