package dev.paydesk.application.expiry;

import dev.paydesk.application.gateway.CallPacer;
import dev.paydesk.application.payment.GatewayLookup;
import dev.paydesk.application.payment.PaymentService;
import dev.paydesk.application.timer.TimerKind;
import dev.paydesk.application.timer.TimerRuns;
import dev.paydesk.domain.gateway.GatewayTrade;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Expires unpaid orders. A run walks every order due, a page at a time in expiry order, until none
 * is left: the gateway is asked about each page ({@code bill/info}, outside any transaction, paced
 * in live mode), what it lists is applied, and the page's orders still due are expired in one
 * transaction under their row locks; a few pages are worked on at once ({@link
 * ExpirySettings#pagesAtOnce}). A page the gateway could not answer for ends the run with its
 * orders as they are: a payment may be on its way, and the next run asks again. Safe to run twice
 * at once, on one instance or many.
 */
@ApplicationScoped
public class ExpiryService {

  private static final System.Logger LOG = System.getLogger(ExpiryService.class.getName());

  /**
   * What a run did.
   *
   * @param checked due orders looked at
   * @param expired orders this run expired
   * @param gatewayFailures pages left because the gateway gave no trustworthy answer
   */
  public record Run(int checked, int expired, int gatewayFailures) {}

  private DueOrders due;
  private PaymentService payments;
  private GatewayLookup gateway;
  private ExpirySettings settings;
  private TimerRuns runs;
  private Executor workers;

  protected ExpiryService() {
    // for CDI proxies
  }

  @Inject
  public ExpiryService(
      DueOrders due,
      PaymentService payments,
      GatewayLookup gateway,
      ExpirySettings settings,
      TimerRuns runs,
      @ExpiryWorkers Executor workers) {
    this.due = due;
    this.payments = payments;
    this.gateway = gateway;
    this.settings = settings;
    this.runs = runs;
    this.workers = workers;
  }

  /** Expires every order due at {@code now} that the gateway shows no payment for. */
  public Run expireDue(Instant now) {
    Instant dueAt = now.minus(settings.grace());
    CallPacer pacer = CallPacer.of(settings.gatewayCallsPerSecond());
    Sweep sweep = new Sweep(now, settings.pagesAtOnce());
    Optional<Order> after = Optional.empty();
    int checked = 0;
    try {
      while (!sweep.stopped()) {
        List<Order> page = due.page(dueAt, after, settings.batchSize());
        if (page.isEmpty()) {
          break;
        }
        after = Optional.of(page.get(page.size() - 1));
        checked += page.size();
        if (!awaitTurn(pacer) || !sweep.awaitSlot()) {
          break;
        }
        sweep.start(page);
      }
    } finally {
      sweep.awaitAll();
    }
    sweep.rethrowFailure();
    int expired = sweep.expired.get();
    int failures = sweep.gatewayFailures.get();
    if (checked > 0) {
      LOG.log(
          Level.INFO,
          "Expiry run at {0}: {1} due orders checked, {2} expired, {3} pages left (gateway)",
          now,
          checked,
          expired,
          failures);
    }
    runs.finished(
        TimerKind.UNPAID_ORDER_EXPIRY,
        now,
        checked + " due, " + expired + " expired, " + failures + " pages left (gateway)");
    return new Run(checked, expired, failures);
  }

  /**
   * One run's pages in flight, at most {@code pagesAtOnce}: each asked about and expired on a
   * worker of the server's, in a transaction of its own. Pages never share an order (the keyset
   * walk gives each once), so they need no order among themselves; the first that fails (the
   * gateway gave no answer, or the database refused) stops the walk, and the pages already started
   * finish.
   */
  private final class Sweep {
    private final Instant now;
    private final int slots;
    private final java.util.concurrent.Semaphore free;
    private final java.util.concurrent.atomic.AtomicInteger expired =
        new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger gatewayFailures =
        new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicReference<RuntimeException> failure =
        new java.util.concurrent.atomic.AtomicReference<>();

    Sweep(Instant now, int slots) {
      this.now = now;
      this.slots = slots;
      this.free = new java.util.concurrent.Semaphore(slots);
    }

    boolean stopped() {
      return gatewayFailures.get() > 0 || failure.get() != null;
    }

    boolean awaitSlot() {
      try {
        free.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      if (stopped()) {
        free.release();
        return false;
      }
      return true;
    }

    void start(List<Order> page) {
      try {
        workers.execute(
            () -> {
              try {
                expire(page);
              } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
              } finally {
                free.release();
              }
            });
      } catch (RuntimeException refused) {
        free.release();
        throw refused;
      }
    }

    private void expire(List<Order> page) {
      Optional<GatewayLookup.Answer> answer = gateway.tryAsk(page);
      if (answer.isEmpty()) {
        gatewayFailures.incrementAndGet();
        return;
      }
      Map<CheckoutId, List<GatewayTrade>> trades = new LinkedHashMap<>();
      for (Order order : page) {
        trades.put(order.publicId(), answer.get().tradesOf(order));
      }
      expired.addAndGet(payments.expireAllIfStillDue(trades, now, settings.grace()));
    }

    /** Waits for every page started to finish, however the walk ended. */
    void awaitAll() {
      free.acquireUninterruptibly(slots);
      free.release(slots);
    }

    void rethrowFailure() {
      RuntimeException first = failure.get();
      if (first != null) {
        throw first;
      }
    }
  }

  private static boolean awaitTurn(CallPacer pacer) {
    try {
      pacer.awaitTurn();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
