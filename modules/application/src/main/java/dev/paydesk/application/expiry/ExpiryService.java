package dev.paydesk.application.expiry;

import dev.paydesk.application.gateway.CallPacer;
import dev.paydesk.application.payment.GatewayLookup;
import dev.paydesk.application.payment.PaymentService;
import dev.paydesk.application.timer.TimerKind;
import dev.paydesk.application.timer.TimerRuns;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayTrade;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.DueCursor;
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
import java.util.concurrent.locks.ReentrantLock;

/**
 * Expires unpaid orders. A run walks every order due, a page at a time in expiry order, until none
 * is left: the gateway is asked about each page ({@code bill/info}, outside any transaction, paced
 * in live mode), what it lists is applied, and the page's orders still due are expired in one
 * transaction under their row locks; a few pages are worked on at once ({@link
 * ExpirySettings#pagesAtOnce}). When the gateway cannot be reached the run ends with the page's
 * orders as they are: a payment may be on its way, and the next run asks again. A page the gateway
 * refuses (one id it will not take) is asked about in halves, down to the order it refuses, which
 * is left; every other order of the page, and every page behind it, is swept. One sweep at a time
 * on an instance (the timer's and the API's wait for each other), all paced by one pacer; safe on
 * several instances at once.
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
   * @param refused orders left because the gateway refused to be asked about them
   */
  public record Run(int checked, int expired, int gatewayFailures, int refused) {}

  private DueOrders due;
  private PaymentService payments;
  private GatewayLookup gateway;
  private ExpirySettings settings;
  private TimerRuns runs;
  private Executor workers;
  private CallPacer pacer;
  private final ReentrantLock oneSweep = new ReentrantLock(true);

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
    this.pacer = CallPacer.of(settings.gatewayCallsPerSecond());
  }

  /** Expires every order due at {@code now} that the gateway shows no payment for. */
  public Run expireDue(Instant now) {
    oneSweep.lock();
    try {
      return sweep(now);
    } finally {
      oneSweep.unlock();
    }
  }

  private Run sweep(Instant now) {
    Instant dueAt = now.minus(settings.grace());
    Sweep sweep = new Sweep(now, settings.pagesAtOnce());
    Optional<DueCursor> after = Optional.empty();
    int checked = 0;
    try {
      while (!sweep.stopped()) {
        List<Order> page = due.page(dueAt, after, settings.batchSize());
        if (page.isEmpty()) {
          break;
        }
        after = Optional.of(DueCursor.after(page.get(page.size() - 1)));
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
    int refused = sweep.refused.get();
    if (checked > 0) {
      LOG.log(
          Level.INFO,
          "Expiry run at {0}: {1} due orders checked, {2} expired, {3} pages left (gateway"
              + " unavailable), {4} orders left (refused by the gateway)",
          now,
          checked,
          expired,
          failures,
          refused);
    }
    runs.finished(
        TimerKind.UNPAID_ORDER_EXPIRY,
        now,
        checked
            + " due, "
            + expired
            + " expired, "
            + failures
            + " pages left (gateway), "
            + refused
            + " refused");
    return new Run(checked, expired, failures, refused);
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
    private final java.util.concurrent.atomic.AtomicInteger refused =
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
      GatewayLookup.Answer answer;
      try {
        answer = gateway.ask(page);
      } catch (GatewayUnavailableException e) {
        LOG.log(
            Level.WARNING,
            "bill/info for {0} orders failed; they and the rest are left for the next run: {1}",
            page.size(),
            e.getMessage());
        gatewayFailures.incrementAndGet();
        return;
      } catch (GatewayRejectedException e) {
        refusedPage(page, e);
        return;
      }
      Map<CheckoutId, List<GatewayTrade>> trades = new LinkedHashMap<>();
      for (Order order : page) {
        trades.put(order.publicId(), answer.tradesOf(order));
      }
      expired.addAndGet(payments.expireAllIfStillDue(trades, now, settings.grace()));
    }

    /**
     * The gateway refused to be asked about the page (an id it will not take): each half is asked
     * about on its own, down to the order it refuses, which is left as it is.
     */
    private void refusedPage(List<Order> page, GatewayRejectedException e) {
      if (page.size() == 1) {
        LOG.log(
            Level.WARNING,
            "bill/info refuses checkout {0}: left as it is ({1})",
            page.get(0).publicId(),
            e.getMessage());
        refused.incrementAndGet();
        return;
      }
      int half = page.size() / 2;
      for (List<Order> part : List.of(page.subList(0, half), page.subList(half, page.size()))) {
        if (!awaitTurn(pacer)) {
          return;
        }
        expire(part);
      }
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
