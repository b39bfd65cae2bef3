package fixtures;

import bad.other.Elsewhere;
import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/** Each method names a type its decorator could not name, in another place of its signature. */
@Instrumented
@Path("/everywhere")
public class InaccessibleEverywhere extends Elsewhere {
  public InaccessibleEverywhere() {}

  InaccessibleEverywhere(@Named(Secret.class) String name) {}

  @Tagged(Secret.class)
  InaccessibleEverywhere(int annotated) {}

  InaccessibleEverywhere(Secret parameter) {}

  InaccessibleEverywhere(long thrown) throws Failure {}

  @GET
  @Path("returned")
  public Secret returned() {
    return null;
  }

  @GET
  @Path("thrown")
  public String thrown() throws Failure {
    return "";
  }

  @GET
  @Path("bound")
  public <T extends Secret> String bound(List<T> items) {
    return "";
  }

  @GET
  @Path("argument")
  public String argument(List<Secret> items) {
    return "";
  }

  @GET
  @Path("array")
  public String array(Secret[] items) {
    return "";
  }

  @GET
  @Path("wildcard")
  public String wildcard(List<? extends Secret> items) {
    return "";
  }

  @GET
  @Path("lower")
  public String lower(List<? super Secret> items) {
    return "";
  }

  @GET
  @Path("annotation")
  @Hidden
  public String annotation() {
    return "";
  }

  @GET
  @Path("enum")
  @Level(Kind.SECRET)
  public String enumValue() {
    return "";
  }

  @GET
  @Path("nested")
  @Outer(@Tagged(Secret.class))
  public String nested() {
    return "";
  }

  @GET
  @Path("array-value")
  @Many({String.class, Secret.class})
  public String arrayValue() {
    return "";
  }

  @GET
  @Path("parameter-annotation")
  public String parameterAnnotation(@Named(Secret.class) String value) {
    return "";
  }

  @GET
  @Path("both")
  public <T extends Number & Comparable<Secret>> String both(List<T> items) {
    return "";
  }

  @GET
  @Path("type-annotation")
  public String typeAnnotation(List<@Tagged(Secret.class) String> items) {
    return "";
  }

  @GET
  @Path("inner-of-generic")
  public String innerOfGeneric(Generic<Secret>.Inner inner) {
    return "";
  }

  @GET
  @Path("fine")
  @Tagged(Shared.class)
  public Shared fine(Elsewhere.Token token, List<String> names) {
    return null;
  }

  private static class Secret {}

  /** A nested resource whose class annotation names a private sibling. */
  @Instrumented
  @Path("/nested")
  @Tagged(Secret.class)
  public static class NestedResource {
    @GET
    public String get() {
      return "";
    }
  }

  private static class Failure extends Exception {}

  static class Shared {}

  @Retention(RetentionPolicy.RUNTIME)
  private @interface Hidden {}

  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE_USE})
  @interface Tagged {
    Class<?> value();
  }

  /** On parameters only, so that it is no type annotation. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  @interface Named {
    Class<?> value();
  }

  static class Generic<T> {
    class Inner {}
  }

  @Retention(RetentionPolicy.RUNTIME)
  @interface Outer {
    Tagged value();
  }

  @Retention(RetentionPolicy.RUNTIME)
  @interface Many {
    Class<?>[] value();
  }

  @Retention(RetentionPolicy.RUNTIME)
  @interface Level {
    Kind value();
  }

  private enum Kind {
    SECRET
  }
}
