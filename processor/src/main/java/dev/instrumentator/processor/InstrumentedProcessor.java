package dev.instrumentator.processor;

import com.google.auto.service.AutoService;
import dev.instrumentator.annotations.DoNotTrack;
import dev.instrumentator.annotations.Instrumented;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * Writes {@code <Name>_Instrumented} next to each {@link Instrumented} class: read, validate,
 * write, one class at a time, so that a broken class is reported and skipped while the others are
 * still generated.
 *
 * <p>Option {@code -Ainstrumentator.verbose=true} prints the route table as notes.
 */
@AutoService(Processor.class)
public final class InstrumentedProcessor extends AbstractProcessor {
  static final String VERBOSE_OPTION = "instrumentator.verbose";

  private ControllerReader reader;
  private ControllerValidator validator;
  private DecoratorWriter writer;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Instrumented.class.getCanonicalName(), DoNotTrack.class.getCanonicalName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(VERBOSE_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (reader == null) {
      reader = new ControllerReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
      validator = new ControllerValidator(processingEnv.getMessager());
      writer =
          new DecoratorWriter(
              processingEnv.getElementUtils().getTypeElement("javax.annotation.processing.Generated")
                  != null);
    }
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(Instrumented.class))) {
      try {
        decorate(type);
      } catch (Throwable unexpected) {
        // A bug of ours must not reach the user as a processor stack trace.
        processingEnv
            .getMessager()
            .printMessage(
                Kind.ERROR, Message.UNEXPECTED_FAILURE.format(type, summary(unexpected)), type);
      }
    }
    for (ExecutableElement method :
        ElementFilter.methodsIn(round.getElementsAnnotatedWith(DoNotTrack.class))) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      if (!reader.isResourceMethod(owner, method)) {
        validator.warnUselessDoNotTrack(method);
      }
    }
    return true; // nobody else has a use for our annotations
  }

  private void decorate(TypeElement type) throws IOException {
    Controller controller = reader.read(type);
    if (!validator.validate(controller)) {
      return;
    }
    if (Boolean.parseBoolean(processingEnv.getOptions().get(VERBOSE_OPTION))) {
      printRoutes(controller);
    }
    writer.write(controller).writeTo(processingEnv.getFiler());
  }

  private void printRoutes(Controller controller) {
    Messager messager = processingEnv.getMessager();
    for (ResourceMethod route : controller.resourceMethods()) {
      Message format = route.tracked() ? Message.ROUTE : Message.UNTRACKED_ROUTE;
      messager.printMessage(
          Kind.NOTE,
          format.format(
              route.httpMethod(),
              route.template(),
              controller.type().getSimpleName(),
              route.method().getSimpleName()));
    }
  }

  private static String summary(Throwable unexpected) {
    StringWriter trace = new StringWriter();
    unexpected.printStackTrace(new PrintWriter(trace));
    String[] lines = trace.toString().split("\\R");
    return lines.length > 1 ? lines[0] + " " + lines[1].strip() : lines[0];
  }
}
