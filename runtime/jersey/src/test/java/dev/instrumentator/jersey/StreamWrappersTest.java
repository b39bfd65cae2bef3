package dev.instrumentator.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The streams the companion slips under Jersey's: {@link RequestReading.CountingStream} counts
 * every byte read or skipped of an entity, however it is read; {@link StreamEnd} tells when a
 * chunked output has ended, by its closing or by a failure to write to the client.
 */
class StreamWrappersTest {

  @Test
  void everyByteReadOrSkippedIsCountedOnce() throws IOException {
    byte[] entity = "\0hello, world".getBytes();
    RequestReading.CountingStream counting =
        new RequestReading.CountingStream(new ByteArrayInputStream(entity));

    assertEquals(0, counting.read(), "a zero byte is a byte");
    assertEquals(1, counting.count());
    assertEquals('h', counting.read());
    assertEquals(2, counting.count());
    assertEquals(4, counting.read(new byte[4], 0, 4));
    assertEquals(6, counting.count());
    assertEquals(2, counting.skip(2));
    assertEquals(8, counting.count());
    assertEquals(5, counting.readAllBytes().length);
    assertEquals(-1, counting.read());
    assertEquals(-1, counting.read(new byte[4], 0, 4));

    assertEquals(entity.length, counting.count());
    assertFalse(counting.markSupported(), "a reset would count bytes twice");
  }

  @Test
  void aChunkedOutputEndsWhenClosedOrWhenAWriteFails() throws IOException {
    AtomicInteger ended = new AtomicInteger();
    ByteArrayOutputStream client = new ByteArrayOutputStream();
    StreamEnd open = new StreamEnd(client, ended::incrementAndGet);
    open.write('a');
    open.write("bc".getBytes(), 0, 2);
    open.flush();
    assertEquals(0, ended.get(), "still streaming");
    open.close();
    assertEquals(1, ended.get());
    assertEquals("abc", client.toString());

    IOException gone = new IOException("Broken pipe");
    for (int call = 0; call < 3; call++) {
      AtomicInteger failed = new AtomicInteger();
      StreamEnd failing = new StreamEnd(new Gone(gone), failed::incrementAndGet);
      int which = call;
      IOException thrown =
          assertThrows(
              IOException.class,
              () -> {
                switch (which) {
                  case 0 -> failing.write('a');
                  case 1 -> failing.write("bc".getBytes(), 0, 2);
                  default -> failing.flush();
                }
              });
      assertSame(gone, thrown, "the failure goes on unchanged");
      assertEquals(1, failed.get(), "ended by a failed " + List.of("write", "write", "flush").get(which));
    }
  }

  /** A client that has gone: every write and flush fails. */
  private static final class Gone extends OutputStream {
    private final IOException failure;

    Gone(IOException failure) {
      this.failure = failure;
    }

    @Override
    public void write(int b) throws IOException {
      throw failure;
    }

    @Override
    public void flush() throws IOException {
      throw failure;
    }
  }
}
