package dev.instrumentator.spring;

import dev.instrumentator.runtime.internal.Contract;
import dev.instrumentator.runtime.internal.DecoratorName;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Makes each bean of an {@code @Instrumented} class an instance of its decorator: the bean keeps
 * its name and definition, only its class changes, so Spring maps the decorator's inherited
 * routes, proxies it for security and transactions, and injects it, exactly as it would the
 * original (docs/design.md, facts S2, S3, S5). A bean that a {@code @Bean} method makes has no
 * class name to change; {@link StartupReport} warns of it.
 */
final class DecoratorSwap implements BeanDefinitionRegistryPostProcessor, BeanClassLoaderAware {
  private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry)
      throws BeansException {
    for (String name : registry.getBeanDefinitionNames()) {
      BeanDefinition definition = registry.getBeanDefinition(name);
      String decorator = decoratorOf(definition.getBeanClassName());
      if (decorator != null) {
        definition.setBeanClassName(decorator);
      }
    }
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}

  /**
   * The decorator of the class named {@code className}, or null if it has none. The decorator's
   * class file is looked for first, so that no other class is loaded early. The decorator is
   * initialized, so that one that this runtime cannot run stops the application as it starts
   * ({@link Contract#initialize}).
   *
   * @throws IllegalStateException naming both versions, if the decorator cannot run with this
   *     runtime
   */
  private String decoratorOf(String className) {
    if (className == null) {
      return null;
    }
    String decorator = DecoratorName.of(className);
    if (classLoader.getResource(ClassUtils.convertClassNameToResourcePath(decorator) + ".class")
        == null) {
      return null;
    }
    Class<?> decoratorClass;
    try {
      decoratorClass = ClassUtils.forName(decorator, classLoader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
    Class<?> superclass = decoratorClass.getSuperclass();
    if (superclass == null || !superclass.getName().equals(className)) {
      return null;
    }
    Contract.initialize(decoratorClass);
    return decorator;
  }
}
