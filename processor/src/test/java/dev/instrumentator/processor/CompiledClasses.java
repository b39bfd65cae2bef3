package dev.instrumentator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes a compilation wrote, with the test's classes (the runtime) as parent. */
final class CompiledClasses extends ClassLoader {
  private final Map<String, JavaFileObject> classFiles = new HashMap<>();

  /**
   * Compiles {@code resource} with the processor, which must succeed without a warning, and loads
   * {@code className} from the classes it wrote.
   */
  static Class<?> compileAndLoad(String resource, String className) throws ClassNotFoundException {
    Compilation compilation = Compilations.compile(resource);
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledClasses(compilation).loadClass(className);
  }

  /**
   * Calls {@code target}'s own method {@code name} reflectively, as a framework would; what the
   * method throws is thrown as it is.
   */
  static Object call(Object target, String name, Object... arguments) throws Throwable {
    for (Method method : target.getClass().getDeclaredMethods()) {
      if (method.getName().equals(name)) {
        try {
          return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new AssertionError(target.getClass().getSimpleName() + " does not declare " + name);
  }

  CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String binaryName =
            path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length())
                .replace(".class", "")
                .replace('/', '.');
        classFiles.put(binaryName, file);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JavaFileObject file = classFiles.get(name);
    if (file == null) {
      throw new ClassNotFoundException(name);
    }
    try (var in = file.openInputStream()) {
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
