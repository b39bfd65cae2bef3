package dev.instrumentator.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * OtherVersions as another version of instrumentator generated them, for the tests of the contract
 * between decorators and the runtime: their sources are compiled against the API that version had
 * (given as stubs, compiled too and then left out), and loaded with the runtime under test, as
 * an application built with one version and run with another would load them.
 */
public final class OtherVersions {
  private OtherVersions() {}

  /**
   * Compiles {@code sources} (class name to source) with {@code stubs} (likewise), and loads the
   * classes of {@code sources} alone, over the test's class path.
   */
  public static ClassLoader compiled(Map<String, String> sources, Map<String, String> stubs) {
    try {
      Path classes = Files.createTempDirectory("other-versions");
      List<JavaFileObject> units = new ArrayList<>();
      sources.forEach((name, source) -> units.add(source(name, source)));
      stubs.forEach((name, source) -> units.add(source(name, source)));
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter errors = new StringWriter();
      boolean compiled =
          javac
              .getTask(
                  errors,
                  null,
                  null,
                  List.of(
                      "-d", classes.toString(),
                      "-proc:none",
                      "-classpath", System.getProperty("java.class.path")),
                  null,
                  units)
              .call();
      assertTrue(compiled, "the fixtures do not compile: " + errors);
      for (String stub : stubs.keySet()) {
        Files.delete(classes.resolve(stub.replace('.', '/') + ".class"));
      }
      return new URLClassLoader(
          new URL[] {url(classes)}, OtherVersions.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The refusal, in the cause chain of {@code failure}, that stopped an application with decorators
   * of another version: the first {@code IllegalStateException} that names the runtime.
   */
  public static IllegalStateException refusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalStateException refused
          && String.valueOf(refused.getMessage()).contains("instrumentator-runtime")) {
        return refused;
      }
    }
    throw new AssertionError("the application failed to start for another reason", failure);
  }

  private static URL url(Path directory) {
    try {
      return directory.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JavaFileObject source(String className, String source) {
    return new SimpleJavaFileObject(
        URI.create("string:///" + className.replace('.', '/') + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
  }
}
