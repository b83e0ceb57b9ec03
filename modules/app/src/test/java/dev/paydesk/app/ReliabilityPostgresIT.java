package dev.paydesk.app;

import static dev.paydesk.app.PaydeskHttp.checkoutJson;
import static dev.paydesk.app.PaydeskHttp.json;
import static dev.paydesk.app.PaydeskHttp.uniqueOrderId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The promises a merchant relies on, proven under load on the production database with real
 * processes: nothing lost, nothing counted twice, nothing expired twice, one payable checkout per
 * merchant order, and a server that stays up under an unauthenticated flood. The sizes come from
 * {@code paydesk.reliability.*} (the suite runs a reduced storm; {@code ./mvnw -P reliability
 * verify} the full one) and each test prints its figures, also collected in {@code
 * target/reliability.md}.
 */
@ExtendWith({EmbeddedPostgresExtension.class, FreeHttpPort.class, ArquillianExtension.class})
class ReliabilityPostgresIT {

  /** Webhooks in each storm (distinct ones plus 30 % duplicates). */
  static final int STORM = Integer.getInteger("paydesk.reliability.storm", 2_000);

  /** Unauthenticated requests in the flood. */
  static final int FLOOD = Integer.getInteger("paydesk.reliability.flood", 2_000);

  /** Checkouts in the two-instance expiry run. */
  static final int EXPIRING = Integer.getInteger("paydesk.reliability.expiring", 40);

  static final int CONCURRENCY = 50;
  static final int PAYMENTS_PER_CHECKOUT = 10;

  private static final List<String> FIGURES = Collections.synchronizedList(new ArrayList<>());

  @Deployment(testable = false)
  static WebArchive paydesk() {
    return PaydeskHttp.builtWar();
  }

  @ArquillianResource URL deployment;

  PaydeskHttp paydesk;

  @BeforeEach
  void connect() {
    paydesk = new PaydeskHttp(deployment);
  }

  @AfterAll
  static void writeFigures() throws Exception {
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "reliability.md"),
        FIGURES,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
  }

  @Test
  void aStormOfShuffledDuplicatedWebhooksLosesNoneAndCountsNoneTwice() throws Exception {
    storm(paydesk, false);
  }

  @Test
  void onV2AStormOfShuffledDuplicatedHintsLosesNoneAndCountsNoneTwice() throws Exception {
    try (PaydeskInstance v2 = PaydeskInstance.start(8181, freshDatabase("v2storm"), ON_V2)) {
      storm(new PaydeskHttp(v2.url()), true);
    }
  }

  /** The flag that puts an instance's new orders on CCPayment v2. */
  static final String ON_V2 = "-Dpaydesk.ccpayment.api=v2";

  private static void storm(PaydeskHttp paydesk, boolean v2) throws Exception {
    Storm storm = Storm.plan(paydesk, STORM, new Random(STORM), v2);

    long started = System.nanoTime();
    Map<String, Boolean> acknowledged = storm.send(paydesk, () -> false);
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(acknowledged.values()).as("every webhook answered success").containsOnly(true);
    Storm.Outcome outcome = storm.check(paydesk);
    figure(
        "%s webhook storm: %d webhooks (%d distinct, %d duplicates) for %d checkouts, %d"
            + " concurrent, shuffled (seed %d): %.1f s, %.0f/s; lost %d, counted twice %d",
        v2 ? "v2" : "v1",
        storm.webhooks.size(),
        storm.distinct.size(),
        storm.webhooks.size() - storm.distinct.size(),
        storm.checkouts.size(),
        CONCURRENCY,
        STORM,
        seconds,
        storm.webhooks.size() / seconds,
        outcome.lost,
        outcome.double_);
    assertThat(outcome.lost).isZero();
    assertThat(outcome.double_).isZero();
  }

  @Test
  void anInstanceKilledMidStormAndRestartedHasAppliedEveryAcknowledgedWebhookOnce()
      throws Exception {
    killMidStorm(false, freshDatabase("crash"));
  }

  @Test
  void onV2AnInstanceKilledMidStormAndRestartedHasAppliedEveryAcknowledgedHintOnce()
      throws Exception {
    killMidStorm(true, freshDatabase("v2crash"), ON_V2);
  }

  private static void killMidStorm(boolean v2, String... flags) throws Exception {
    Storm storm;
    Map<String, Boolean> firstRound;
    int acknowledgedBeforeTheCrash;
    try (PaydeskInstance doomed = PaydeskInstance.start(8181, flags)) {
      PaydeskHttp first = new PaydeskHttp(doomed.url());
      storm = Storm.plan(first, STORM / 2, new Random(7), v2);
      AtomicInteger seen = new AtomicInteger();
      int killAt = storm.webhooks.size() * 2 / 5;
      firstRound =
          storm.send(
              first,
              () -> {
                if (seen.incrementAndGet() == killAt) {
                  doomed.kill();
                  return true;
                }
                return false;
              });
      acknowledgedBeforeTheCrash = (int) firstRound.values().stream().filter(a -> a).count();
    }
    List<String> unacknowledged = new ArrayList<>();
    firstRound.forEach(
        (body, acked) -> {
          if (!acked) {
            unacknowledged.add(body);
          }
        });
    assertThat(acknowledgedBeforeTheCrash).as("the kill came mid-storm").isPositive();
    assertThat(unacknowledged).as("the kill came mid-storm").isNotEmpty();

    try (PaydeskInstance restarted = PaydeskInstance.start(8181, flags)) {
      PaydeskHttp after = new PaydeskHttp(restarted.url());
      Storm resend = storm.only(unacknowledged);
      Map<String, Boolean> secondRound = resend.send(after, () -> false);
      assertThat(secondRound.values()).as("every resent one acknowledged").containsOnly(true);

      Storm.Outcome outcome = storm.check(after);
      figure(
          (v2 ? "v2 " : "v1 ")
              + "kill -9 mid-storm: %d webhooks (%d distinct) to one instance, killed after %d"
              + " answers; %d acknowledged before the crash, %d not (resent after the restart);"
              + " lost %d, counted twice %d, every checkout's amount exact",
          storm.webhooks.size(),
          storm.distinct.size(),
          storm.webhooks.size() * 2 / 5,
          acknowledgedBeforeTheCrash,
          unacknowledged.size(),
          outcome.lost,
          outcome.double_);
      assertThat(outcome.lost).isZero();
      assertThat(outcome.double_).isZero();
    }
  }

  @Test
  void twoInstancesWithTimersExpireEachUnpaidOrderOnceAndNeverAPaidOne() throws Exception {
    String shared = freshDatabase("pair");
    String[] fastTimers = {shared, "-Dpaydesk.expiry.every=PT2S", "-Dpaydesk.expiry.grace=PT1S"};
    try (PaydeskInstance a = PaydeskInstance.start(8181, fastTimers);
        PaydeskInstance b = PaydeskInstance.start(8182, fastTimers)) {
      PaydeskHttp onA = new PaydeskHttp(a.url());
      PaydeskHttp onB = new PaydeskHttp(b.url());
      List<JsonObject> paid = new ArrayList<>();
      List<JsonObject> unpaid = new ArrayList<>();
      for (int i = 0; i < EXPIRING; i++) {
        JsonObject checkout =
            (i % 2 == 0 ? onA : onB).checkout("5.00", PaydeskHttp.USDT_TRC20, 60L);
        (i % 4 < 2 ? paid : unpaid).add(checkout);
      }
      // each payment reaches both instances (CCPayment retries), in opposite order for half
      List<Runnable> deliveries = new ArrayList<>();
      for (int i = 0; i < paid.size(); i++) {
        String webhook = PaydeskHttp.webhook(paid.get(i), "success", "5");
        PaydeskHttp firstTo = i % 2 == 0 ? onA : onB;
        PaydeskHttp thenTo = i % 2 == 0 ? onB : onA;
        deliveries.add(() -> assertThat(firstTo.webhook(webhook).body()).isEqualTo("success"));
        deliveries.add(() -> assertThat(thenTo.webhook(webhook).body()).isEqualTo("success"));
      }
      runConcurrently(deliveries, 16);

      // a buyer watching on B sees an expiry decided by whichever instance's timer came first
      JsonObject watched = unpaid.get(0);
      EventStream stream = EventStream.open(onB, watched);
      long started = System.nanoTime();
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  unpaid.stream()
                      .allMatch(c -> onA.reload(c).getString("status").equals("EXPIRED")));
      double waited = (System.nanoTime() - started) / 1e9;
      String heard = stream.next("EXPIRED");
      stream.close();

      int expiredTwice = 0;
      int paidButExpired = 0;
      int creditedTwice = 0;
      for (JsonObject checkout : unpaid) {
        long expiries = timelineKinds(onB, checkout).stream().filter("EXPIRED"::equals).count();
        long events =
            PaydeskHttp.parse(
                    onA.shopGet("api/v1/checkouts/" + checkout.getString("id") + "/shop-events")
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("type").equals("checkout.expired"))
                .count();
        if (expiries != 1 || events != 1) {
          expiredTwice++;
        }
      }
      for (JsonObject checkout : paid) {
        JsonObject now = onB.reload(checkout);
        if (!now.getString("status").equals("PAID")
            || timelineKinds(onA, checkout).contains("EXPIRED")) {
          paidButExpired++;
        }
        if (now.getJsonArray("payments").size() != 1 || !now.getString("amountPaid").equals("5")) {
          creditedTwice++;
        }
      }
      figure(
          "two instances, timers on (every 2 s each), validity 60 s: %d checkouts created on"
              + " both, %d paid with each webhook sent to both; all %d unpaid expired %.0f s"
              + " after the first check; expired more than once %d, paid but expired %d, credited"
              + " twice %d; a stream on B heard the expiry (%s)",
          EXPIRING,
          paid.size(),
          unpaid.size(),
          waited,
          expiredTwice,
          paidButExpired,
          creditedTwice,
          heard.length() > 60 ? heard.substring(0, 60) + "…" : heard);
      assertThat(expiredTwice).isZero();
      assertThat(paidButExpired).isZero();
      assertThat(creditedTwice).isZero();
      assertThat(heard).contains("\"status\":\"EXPIRED\"");
    }
  }

  @Test
  void gatewayFaultsUnderConcurrencyRetriedWithTheSameKeysMakeOnePayableCheckoutPerOrder()
      throws Exception {
    int orders = 30;
    // timeouts and bad signatures take effect at CCPayment although Paydesk sees a failure
    for (String kind : List.of("TIMEOUT", "BAD_SIGNATURE", "HTTP_500")) {
      HttpResponse<String> armed =
          paydesk.control(
              "POST",
              "faults",
              "{\"kind\":\"" + kind + "\",\"count\":8,\"endpoint\":\"bill/create\"}");
      assertThat(armed.statusCode()).as(armed.body()).isEqualTo(204);
    }
    Map<String, Set<String>> idsByOrder = new java.util.concurrent.ConcurrentHashMap<>();
    AtomicInteger failedAnswers = new AtomicInteger();
    List<Runnable> shops = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      String merchantOrderId = uniqueOrderId("F");
      String body = checkoutJson(merchantOrderId, "7.00", PaydeskHttp.USDT_TRC20);
      String key = UUID.randomUUID().toString();
      shops.add(
          () -> {
            HttpResponse<String> answer = paydesk.createCheckout(body, key);
            // a shop retries an unfinished create with the same key until it has the checkout
            for (int attempt = 0; answer.statusCode() != 201 && attempt < 40; attempt++) {
              failedAnswers.incrementAndGet();
              assertThat(answer.statusCode()).as(answer.body()).isIn(409, 502, 503, 504);
              sleep(Duration.ofMillis(500));
              answer = paydesk.createCheckout(body, key);
            }
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            idsByOrder
                .computeIfAbsent(merchantOrderId, k -> ConcurrentSet.create())
                .add(json(answer).getString("id"));
            // and asks again once more: the same checkout
            idsByOrder
                .get(merchantOrderId)
                .add(json(paydesk.createCheckout(body, key)).getString("id"));
          });
    }
    runConcurrently(shops, 10);
    paydesk.clearFaults();

    int payable = 0;
    int gatewayOrders = 0;
    for (Map.Entry<String, Set<String>> order : idsByOrder.entrySet()) {
      assertThat(order.getValue()).as("one checkout for %s", order.getKey()).hasSize(1);
      JsonObject checkout =
          json(paydesk.get(paydesk.uri("api/v1/checkouts/" + order.getValue().iterator().next())));
      assertThat(checkout.getString("status")).isEqualTo("AWAITING_PAYMENT");
      // each failed attempt was retried under a fresh gateway id; the timeline names the last
      List<JsonObject> retries =
          timeline(paydesk, checkout).stream()
              .filter(e -> e.getString("kind").equals("GATEWAY_RETRIED"))
              .toList();
      String shown =
          retries.isEmpty()
              ? order.getKey()
              : retries.get(retries.size() - 1).getString("detail").replaceFirst("^as ", "");
      StringBuilder attempts = new StringBuilder("\"" + order.getKey() + "\"");
      for (int n = 2; n <= retries.size() + 1; n++) {
        attempts.append(",\"").append(order.getKey()).append("~").append(n).append('"');
      }
      gatewayOrders +=
          json(paydesk.sandboxCall("bill/info", "{\"merchant_order_ids\":[" + attempts + "]}"))
              .getJsonArray("data")
              .size();
      // the buyer pays what the checkout shows
      HttpResponse<String> paid =
          paydesk.control("POST", "orders/" + shown + "/payments", "{\"kind\":\"FULL\"}");
      assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
      if (paydesk.awaitStatus(checkout, "PAID").getString("amountPaid").equals("7")) {
        payable++;
      }
    }
    figure(
        "gateway faults: 8 timeouts, 8 bad signatures, 8 HTTP 500 armed for bill/create; %d"
            + " orders created by 10 shops at once, each retried with its key until it had the"
            + " checkout (%d failed answers retried): %d checkouts, one per order; %d orders at"
            + " the gateway (%d left by attempts whose answer was lost or untrusted, never shown);"
            + " %d paid at the address shown through to PAID",
        orders,
        failedAnswers.get(),
        idsByOrder.size(),
        gatewayOrders,
        gatewayOrders - orders,
        payable);
    assertThat(idsByOrder).hasSize(orders);
    assertThat(gatewayOrders).isGreaterThanOrEqualTo(orders);
    assertThat(payable).isEqualTo(orders);
  }

  @Test
  void anUnauthenticatedFloodIsRefusedWithBoundedStorageWhileTheServerKeepsAnswering()
      throws Exception {
    JsonObject watched = paydesk.checkout("3.00", PaydeskHttp.USDT_TRC20, null);
    Instant from = Instant.now().minusSeconds(1);
    long rejectedBefore = rejectedSince(from);
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger otherAnswers = new AtomicInteger();
    List<Runnable> flood = new ArrayList<>();
    String forged = PaydeskHttp.webhook(watched, "success", "3");
    for (int i = 0; i < FLOOD; i++) {
      int n = i;
      flood.add(
          () -> {
            HttpResponse<String> answer =
                switch (n % 3) {
                  case 0 ->
                      paydesk.webhook(
                          forged,
                          PaydeskHttp.SANDBOX_APP_ID,
                          String.valueOf(Instant.now().getEpochSecond()),
                          "not-the-secret");
                  case 1 ->
                      paydesk.post(
                          paydesk.uri("api/v1/checkouts"),
                          "application/json",
                          checkoutJson(uniqueOrderId("X"), "1", PaydeskHttp.USDT_TRC20));
                  default -> paydesk.get(paydesk.uri("api/v1/checkouts?size=100"));
                };
            (answer.statusCode() == 401 ? refused : otherAnswers).incrementAndGet();
          });
    }
    List<Long> statusMillis = Collections.synchronizedList(new ArrayList<>());
    Thread buyer =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                long t = System.nanoTime();
                if (paydesk.reload(watched).getString("status").equals("AWAITING_PAYMENT")) {
                  statusMillis.add((System.nanoTime() - t) / 1_000_000);
                }
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    long started = System.nanoTime();
    buyer.start();
    runConcurrently(flood, CONCURRENCY);
    buyer.interrupt();
    buyer.join();
    double seconds = (System.nanoTime() - started) / 1e9;
    long kept = rejectedSince(from) - rejectedBefore;
    long allowed = 20L * ((long) Math.ceil(seconds / 60) + 1);
    List<Long> sorted = new ArrayList<>(statusMillis);
    Collections.sort(sorted);
    long p99 =
        sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.99));

    figure(
        "unauthenticated flood: %d requests (forged webhooks, keyless creates and searches), %d"
            + " concurrent, %.1f s: %d refused 401, %d other; rejected webhooks kept %d (limit 20 a"
            + " minute per address); a buyer's status read meanwhile: %d reads, p99 %d ms;"
            + " checkout unchanged",
        FLOOD, CONCURRENCY, seconds, refused.get(), otherAnswers.get(), kept, sorted.size(), p99);
    assertThat(otherAnswers.get()).isZero();
    assertThat(kept).isBetween(1L, allowed);
    assertThat(sorted).as("the buyer's page kept answering").isNotEmpty();
    assertThat(p99).isLessThan(2_000);
    assertThat(paydesk.reload(watched).getJsonArray("payments")).isEmpty();
    assertThat(paydesk.get(paydesk.root("health/ready")).statusCode()).isEqualTo(200);
  }

  // ---------------------------------------------------------------------------------------------

  private long rejectedSince(Instant from) {
    return json(paydesk.shopGet("api/v1/webhooks?outcome=REJECTED&size=1&receivedFrom=" + from))
        .getJsonNumber("total")
        .longValue();
  }

  private static List<String> timelineKinds(PaydeskHttp on, JsonObject checkout) {
    return timeline(on, checkout).stream().map(e -> e.getString("kind")).toList();
  }

  private static List<JsonObject> timeline(PaydeskHttp on, JsonObject checkout) {
    return PaydeskHttp.parse(
            on.shopGet("api/v1/checkouts/" + checkout.getString("id") + "/timeline").body())
        .asJsonArray()
        .getValuesAs(JsonObject.class);
  }

  private static void figure(String format, Object... args) {
    String line = String.format(java.util.Locale.ROOT, format, args);
    System.out.println("[reliability] " + line);
    FIGURES.add("- " + line);
  }

  /** A database of its own on the embedded PostgreSQL, for instances started by a test. */
  static String freshDatabase(String prefix) throws Exception {
    String port = System.getProperty("paydesk.it.postgres.port", "55432");
    String database = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    try (var c =
            java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
        var s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    return "-Dpaydesk.db.url=jdbc:postgresql://localhost:" + port + "/" + database;
  }

  static void runConcurrently(List<Runnable> tasks, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable task : tasks) {
        running.add(pool.submit(task));
      }
      for (Future<?> f : running) {
        try {
          f.get(10, TimeUnit.MINUTES);
        } catch (java.util.concurrent.TimeoutException e) {
          // where the stuck tasks wait, for whoever reads the failure
          StringBuilder stacks = new StringBuilder("tasks still running after 10 minutes:");
          Thread.getAllStackTraces()
              .forEach(
                  (thread, stack) -> {
                    if (thread.getName().startsWith("pool-")) {
                      stacks.append("\n").append(thread.getName());
                      for (StackTraceElement frame : stack) {
                        stacks.append("\n  at ").append(frame);
                      }
                    }
                  });
          throw new AssertionError(stacks.toString(), e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final class ConcurrentSet {
    static Set<String> create() {
      return java.util.concurrent.ConcurrentHashMap.newKeySet();
    }
  }

  /**
   * A storm: checkouts of {@value #PAYMENTS_PER_CHECKOUT} units each, paid in as many distinct
   * webhooks of one unit, plus 30 % duplicates drawn at random, all shuffled.
   */
  static final class Storm {
    final List<JsonObject> checkouts;
    final List<String> distinct;
    final List<String> webhooks;
    final Map<String, Set<String>> recordIdsByCheckout;
    final boolean v2;

    private Storm(
        List<JsonObject> checkouts,
        List<String> distinct,
        List<String> webhooks,
        Map<String, Set<String>> recordIdsByCheckout,
        boolean v2) {
      this.checkouts = checkouts;
      this.distinct = distinct;
      this.webhooks = webhooks;
      this.recordIdsByCheckout = recordIdsByCheckout;
      this.v2 = v2;
    }

    static Storm plan(PaydeskHttp paydesk, int total, Random random) throws Exception {
      return plan(paydesk, total, random, false);
    }

    /**
     * {@code total} webhooks for checkouts of {@value #PAYMENTS_PER_CHECKOUT} payments each, 70 %
     * distinct, the rest copies, shuffled. On v2 the payments are records the sandbox keeps (paid
     * with no webhook) and each webhook is v2's hint naming one of them.
     */
    static Storm plan(PaydeskHttp paydesk, int total, Random random, boolean v2) throws Exception {
      int distinctCount = total * 7 / 10;
      int checkoutCount = Math.max(1, distinctCount / PAYMENTS_PER_CHECKOUT);
      List<JsonObject> checkouts = Collections.synchronizedList(new ArrayList<>());
      List<Runnable> creating = new ArrayList<>();
      for (int i = 0; i < checkoutCount; i++) {
        creating.add(
            () ->
                checkouts.add(
                    paydesk.checkout(
                        PAYMENTS_PER_CHECKOUT + ".00",
                        v2 ? "USDT.TRX" : PaydeskHttp.USDT_TRC20,
                        86_400L)));
      }
      runConcurrently(creating, 8);
      List<JsonObject> ordered = new ArrayList<>(checkouts);
      ordered.sort(java.util.Comparator.comparing(c -> c.getString("merchantOrderId")));
      List<String> distinct = new ArrayList<>();
      Map<String, Set<String>> recordIds = new HashMap<>();
      for (JsonObject checkout : ordered) {
        if (v2) {
          JsonArray paid =
              paydesk.pay(
                  checkout,
                  "{\"kind\":\"FULL\",\"drop\":true,\"transactions\":"
                      + PAYMENTS_PER_CHECKOUT
                      + "}");
          for (JsonObject trade : paid.getValuesAs(JsonObject.class)) {
            distinct.add(PaydeskHttp.webhookV2(checkout, trade.getString("recordId")));
            recordIds
                .computeIfAbsent(checkout.getString("id"), k -> new HashSet<>())
                .add(trade.getString("recordId"));
          }
          continue;
        }
        for (int p = 0; p < PAYMENTS_PER_CHECKOUT; p++) {
          String recordId = "storm-" + UUID.randomUUID();
          distinct.add(
              PaydeskHttp.webhook(
                  checkout,
                  "success",
                  "1",
                  recordId,
                  "0x" + UUID.randomUUID().toString().replace("-", "")));
          recordIds.computeIfAbsent(checkout.getString("id"), k -> new HashSet<>()).add(recordId);
        }
      }
      List<String> all = new ArrayList<>(distinct);
      for (int i = distinct.size(); i < total; i++) {
        all.add(distinct.get(random.nextInt(distinct.size())));
      }
      Collections.shuffle(all, random);
      return new Storm(ordered, distinct, all, recordIds, v2);
    }

    /** The same checkouts, sending only these webhooks. */
    Storm only(List<String> webhooks) {
      return new Storm(checkouts, distinct, webhooks, recordIdsByCheckout, v2);
    }

    /**
     * Sends every webhook, {@value #CONCURRENCY} at once; {@code stopAfterEach} is asked after each
     * answer (it may kill the server). Returns, per webhook, whether one of its sends was
     * acknowledged ({@code success}).
     */
    Map<String, Boolean> send(PaydeskHttp paydesk, BooleanSupplier afterEachAnswer)
        throws Exception {
      Map<String, Boolean> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();
      List<Runnable> sends = new ArrayList<>();
      for (String body : webhooks) {
        sends.add(
            () -> {
              boolean acked;
              try {
                acked =
                    v2
                        ? "Success".equals(paydesk.webhookV2(body).body())
                        : "success".equals(paydesk.webhook(body).body());
              } catch (RuntimeException e) {
                acked = false; // no answer: the server died under it
              }
              acknowledged.merge(body, acked, Boolean::logicalOr);
              afterEachAnswer.getAsBoolean();
            });
      }
      runConcurrently(sends, CONCURRENCY);
      return acknowledged;
    }

    record Outcome(int lost, int double_) {}

    /** Compares each checkout's payments with the webhooks planned for it. */
    Outcome check(PaydeskHttp paydesk) {
      int lost = 0;
      int twice = 0;
      for (JsonObject checkout : checkouts) {
        JsonObject now = paydesk.reload(checkout);
        List<String> credited =
            now.getJsonArray("payments").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("status").equals("SUCCESS"))
                .map(p -> p.getString("recordId"))
                .toList();
        Set<String> expected = recordIdsByCheckout.get(checkout.getString("id"));
        Set<String> distinctCredited = new HashSet<>(credited);
        twice += credited.size() - distinctCredited.size();
        for (String recordId : expected) {
          if (!distinctCredited.contains(recordId)) {
            lost++;
          }
        }
        java.math.BigDecimal paid = new java.math.BigDecimal(now.getString("amountPaid"));
        if (paid.compareTo(java.math.BigDecimal.valueOf(distinctCredited.size())) != 0) {
          twice += Math.abs(paid.intValue() - distinctCredited.size());
        }
      }
      return new Outcome(lost, twice);
    }
  }

  /** A buyer's event stream on one instance. */
  static final class EventStream implements AutoCloseable {
    private final java.util.concurrent.BlockingQueue<String> lines =
        new java.util.concurrent.LinkedBlockingQueue<>();
    private java.util.concurrent.CompletableFuture<Void> reading;

    static EventStream open(PaydeskHttp on, JsonObject checkout) {
      EventStream stream = new EventStream();
      stream.reading =
          HttpClient.newHttpClient()
              .sendAsync(
                  HttpRequest.newBuilder(
                          on.uri("api/v1/checkouts/" + checkout.getString("id") + "/events"))
                      .header("Accept", "text/event-stream")
                      .build(),
                  HttpResponse.BodyHandlers.ofLines())
              .thenAccept(answer -> answer.body().forEach(stream.lines::add));
      return stream;
    }

    /** The first {@code data:} line naming the status, within 20 seconds of now. */
    String next(String status) throws InterruptedException {
      long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < until) {
        String line = lines.poll(200, TimeUnit.MILLISECONDS);
        if (line != null && line.startsWith("data:") && line.contains("\"" + status + "\"")) {
          return line;
        }
      }
      throw new AssertionError("no " + status + " event within 20 s");
    }

    @Override
    public void close() {
      reading.cancel(true);
    }
  }
}
