package dev.instrumentator.spring;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The beans of one type in their order, found on first use rather than at start-up: a look-up
 * only runs for a request, when the context is complete, whereas asking while the context is
 * still being built would miss beans defined later.
 */
final class OrderedBeans<T> {
  private final ObjectProvider<T> provider;
  private volatile List<T> found;

  OrderedBeans(ObjectProvider<T> provider) {
    this.provider = provider;
  }

  List<T> list() {
    List<T> beans = found;
    if (beans == null) {
      beans = provider.orderedStream().toList();
      found = beans;
    }
    return beans;
  }
}
