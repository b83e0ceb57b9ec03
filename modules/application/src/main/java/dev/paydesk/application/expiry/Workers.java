package dev.paydesk.application.expiry;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.concurrent.Executor;

/**
 * The server's default managed executor, for a sweep's pages: its threads carry the application's
 * context, so CDI, transactions and the persistence context work on them as on a request's.
 */
@ApplicationScoped
public class Workers {

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  @Produces
  @ExpiryWorkers
  Executor expiryWorkers() {
    return executor;
  }
}
