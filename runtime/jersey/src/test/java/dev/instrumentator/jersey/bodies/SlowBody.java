package dev.instrumentator.jersey.bodies;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** An entity that takes its time to write, as a large JSON body may. */
public record SlowBody(int millis) {

  /** Its writer: waits, then writes "slow". */
  @Provider
  @Produces(MediaType.TEXT_PLAIN)
  public static final class Writer implements MessageBodyWriter<SlowBody> {
    @Override
    public boolean isWriteable(
        Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
      return type == SlowBody.class;
    }

    @Override
    public void writeTo(
        SlowBody body,
        Class<?> type,
        Type genericType,
        Annotation[] annotations,
        MediaType mediaType,
        MultivaluedMap<String, Object> headers,
        OutputStream entity)
        throws java.io.IOException {
      try {
        Thread.sleep(body.millis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      entity.write("slow".getBytes(StandardCharsets.UTF_8));
    }
  }
}
