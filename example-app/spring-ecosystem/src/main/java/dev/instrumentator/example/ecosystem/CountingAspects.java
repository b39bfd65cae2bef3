package dev.instrumentator.example.ecosystem;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.Before;
import org.springframework.stereotype.Component;

/**
 * Advice of every pointcut kind that applications write around controllers, each counting the
 * calls it sees in {@link Calls}. Those that would match beyond this application's classes are kept
 * to them, as {@code @target} must be (unrestricted, it would proxy every bean), and away from the
 * transaction manager, whose final methods a proxy could not pass on.
 */
@Aspect
@Component
public class CountingAspects {
  private static final String HERE =
      "within(dev.instrumentator.example.ecosystem..*)"
          + " && !within(dev.instrumentator.example.ecosystem.CountingTransactionManager)";

  private final Calls calls;

  public CountingAspects(Calls calls) {
    this.calls = calls;
  }

  @Around("execution(* dev.instrumentator.example.ecosystem.BookController.*(..))")
  public Object execution(ProceedingJoinPoint call) throws Throwable {
    calls.count("execution(* BookController.*(..))");
    return call.proceed();
  }

  @Before("within(dev.instrumentator.example.ecosystem.BookController)")
  public void within() {
    calls.count("within(BookController)");
  }

  @Before("within(dev.instrumentator.example.ecosystem.BookController+)")
  public void withinSubtypes() {
    calls.count("within(BookController+)");
  }

  @Before("@within(dev.instrumentator.example.ecosystem.Audited) && " + HERE)
  public void withinAudited() {
    calls.count("@within(Audited)");
  }

  @Before("@within(org.springframework.web.bind.annotation.RestController) && " + HERE)
  public void withinRestController() {
    calls.count("@within(RestController)");
  }

  @Before("@target(dev.instrumentator.example.ecosystem.Audited) && " + HERE)
  public void targetAudited() {
    calls.count("@target(Audited)");
  }

  @Around("@annotation(dev.instrumentator.example.ecosystem.Audited)")
  public Object annotationAudited(ProceedingJoinPoint call) throws Throwable {
    calls.count("@annotation(Audited)");
    return call.proceed();
  }

  @Before("bean(bookController)")
  public void bean() {
    calls.count("bean(bookController)");
  }

  @Before("args(long) && " + HERE)
  public void argsLong() {
    calls.count("args(long)");
  }
}
