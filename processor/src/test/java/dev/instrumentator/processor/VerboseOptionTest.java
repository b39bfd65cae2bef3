package dev.instrumentator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** -Ainstrumentator.verbose=true prints the route table at compile time. */
class VerboseOptionTest {

  @Test
  void printsOneNotePerRoute() {
    Compilation compilation =
        javac()
            .withProcessors(new InstrumentedProcessor())
            .withOptions(Compilations.LINT, "-Ainstrumentator.verbose=true")
            .compile(Compilations.source("good/BookResource.java"));

    // Without a warning that no processor recognised the option, which -Werror builds fail on.
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("GET /books -> BookResource#list");
    assertThat(compilation).hadNoteContaining("GET /books/{isbn} -> BookResource#get");
    assertThat(compilation).hadNoteContaining("POST /books -> BookResource#create");
    assertThat(compilation).hadNoteContaining("DELETE /books/{isbn} -> BookResource#delete");
    assertThat(compilation)
        .hadNoteContaining("GET /books/ping -> BookResource#ping (@DoNotTrack: not timed)");
    assertThat(compilation).hadNoteCount(9);
  }

  @Test
  void printsNothingByDefault() {
    assertThat(Compilations.compile("good/BookResource.java")).hadNoteCount(0);
  }
}
