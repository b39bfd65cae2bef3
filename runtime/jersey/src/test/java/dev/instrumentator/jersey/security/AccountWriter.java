package dev.instrumentator.jersey.security;

import dev.instrumentator.jersey.security.corpus.api.Account;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes an {@link Account} as text, leaving its secret out when the resource method is
 * {@link Redacted}. Also writes {@code ValidatedResource.Checked}, by its {@code toString()}.
 */
@Produces(MediaType.TEXT_PLAIN)
public final class AccountWriter implements MessageBodyWriter<Object> {
  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == Account.class || type.getSimpleName().equals("Checked");
  }

  @Override
  public void writeTo(
      Object value,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    String text = value.toString();
    if (value instanceof Account account) {
      boolean redacted =
          Arrays.stream(annotations).anyMatch(a -> a.annotationType() == Redacted.class);
      text = redacted ? account.name() : account.name() + ":" + account.secret();
    }
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
