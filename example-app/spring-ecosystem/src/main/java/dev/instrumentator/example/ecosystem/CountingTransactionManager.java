package dev.instrumentator.example.ecosystem;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** A transaction manager with no resource behind it, counting what it is asked in {@link Calls}. */
@Component
public class CountingTransactionManager extends AbstractPlatformTransactionManager {
  private static final long serialVersionUID = 1L;

  private final transient Calls calls;

  public CountingTransactionManager(Calls calls) {
    this.calls = calls;
  }

  @Override
  protected Object doGetTransaction() {
    return new Object();
  }

  @Override
  protected void doBegin(Object transaction, TransactionDefinition definition) {
    calls.count(definition.isReadOnly() ? "transaction begun, read-only" : "transaction begun");
  }

  @Override
  protected void doCommit(DefaultTransactionStatus status) {
    calls.count("transaction committed");
  }

  @Override
  protected void doRollback(DefaultTransactionStatus status) {
    calls.count("transaction rolled back");
  }
}
