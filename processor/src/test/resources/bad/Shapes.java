package fixtures;

import dev.instrumentator.annotations.Instrumented;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Instrumented
@Path("/final")
public final class Shapes {
  @GET
  public String get() {
    return "";
  }
}

@Instrumented
@Path("/abstract")
abstract class AbstractShape {
  @GET
  public String get() {
    return "";
  }
}

@Instrumented
@Path("/interface")
interface InterfaceShape {
  @GET
  String get();
}

@Instrumented
@Path("/enum")
enum EnumShape {
  ONLY;

  @GET
  public String get() {
    return "";
  }
}

@Instrumented
@Path("/record")
record RecordShape(String name) {
  @GET
  public String get() {
    return name;
  }
}

@Instrumented
@interface AnnotationShape {}

@Instrumented
@Path("/sealed")
sealed class SealedShape permits PermittedShape {
  @GET
  public String get() {
    return "";
  }
}

final class PermittedShape extends SealedShape {}
