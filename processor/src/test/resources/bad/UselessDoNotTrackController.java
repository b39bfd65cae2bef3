package fixtures;

import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Instrumented
@RestController
public class UselessDoNotTrackController {
  @GetMapping("/useless")
  public String get() {
    return helper();
  }

  @DoNotTrack
  public String helper() {
    return "";
  }
}
