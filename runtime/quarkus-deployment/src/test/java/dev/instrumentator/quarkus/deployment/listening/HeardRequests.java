package dev.instrumentator.quarkus.deployment.listening;

import dev.instrumentator.runtime.RequestListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener bean that nothing injects: the extension finds it. */
@ApplicationScoped
public class HeardRequests implements RequestListener {
  /** What it heard: {@code method handler status requestBytes responseBytes}, in order. */
  public static final List<String> HEARD = new CopyOnWriteArrayList<>();

  @Override
  public void onRequest(RecordedRequest request) {
    HEARD.add(
        request.method() + " " + request.handler() + " " + request.status() + " "
            + request.requestBytes() + " " + request.responseBytes());
  }
}
