package dev.instrumentator.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the processor adds to a build: javac on {@code controllers} generated JAX-RS controllers of
 * ten resource methods each, with one-line or {@code WORKING} {@code bodies}, in process, without
 * annotation processing and with the instrumentator processor (which also compiles the decorators
 * it writes). Two {@link ReferenceProcessors} measure what annotation processing costs before any
 * instrumentation: one that only claims {@code @Instrumented}, one that writes an empty subclass
 * per controller.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CompileBenchmark {
  @Param({"100", "1000"})
  public int controllers;

  @Param({"ONE_LINE", "WORKING"})
  public SyntheticControllers.Bodies bodies;

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private Path work;
  private List<Path> sources;

  @Setup(Level.Trial)
  public void writeControllers() throws IOException {
    work = Files.createTempDirectory("instrumentator-compile-benchmark");
    sources = SyntheticControllers.write(work.resolve("src"), controllers, bodies);
  }

  @TearDown(Level.Trial)
  public void deleteWork() throws IOException {
    try (Stream<Path> files = Files.walk(work)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(f -> f.toFile().delete());
    }
  }

  @Benchmark
  public boolean javacWithoutProcessor() throws IOException {
    return compile("-proc:none");
  }

  @Benchmark
  public boolean javacWithClaimOnlyProcessor() throws IOException {
    return compile("-processor", ReferenceProcessors.ClaimOnly.class.getName());
  }

  @Benchmark
  public boolean javacWithEmptySubclassProcessor() throws IOException {
    return compile("-processor", ReferenceProcessors.EmptySubclass.class.getName());
  }

  @Benchmark
  public boolean javacWithProcessor() throws IOException {
    return compile("-processor", "dev.instrumentator.processor.InstrumentedProcessor");
  }

  private boolean compile(String... processing) throws IOException {
    Path classes = Files.createTempDirectory(work, "classes");
    Path generated = Files.createTempDirectory(work, "generated");
    List<String> options = new ArrayList<>(List.of(processing));
    options.addAll(
        List.of(
            "-classpath", System.getProperty("java.class.path"),
            "-d", classes.toString(),
            "-s", generated.toString(),
            "-nowarn"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      boolean compiled =
          javac
              .getTask(null, files, null, options, null, files.getJavaFileObjectsFromPaths(sources))
              .call();
      if (!compiled) {
        throw new IllegalStateException("the synthetic controllers did not compile");
      }
      return compiled;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
