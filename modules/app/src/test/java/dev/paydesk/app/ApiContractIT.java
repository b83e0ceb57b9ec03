package dev.paydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The published contract against the real answers (issue 26): every operation of the document
 * Paydesk serves at {@code <public-url>/api/openapi.yaml} is called with good and bad input, and
 * each real answer (status, headers, body) is validated against that document by Atlassian's
 * swagger-request-validator. The document's schemas forbid properties they do not name, so a field
 * added to an answer and not to the document fails here; and the class ends by checking the other
 * way round: every operation was answered with success, and every property of every answer schema
 * was seen in some real answer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiContractIT extends ShopReceivingTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * Properties no test here makes Paydesk answer with, each with where it is shown instead: a
   * reviewed list, kept short.
   */
  static final Set<String> NOT_SEEN_HERE =
      Set.of(
          // a second ADMIN approves in the console (RefundConsoleIT), never over the shop API
          "Refund.approvedBy");

  static String served;

  /** The deployment under test, {@code …/paydesk/}. */
  static URI base;

  static OpenApiInteractionValidator validator;
  static OpenAPI document;
  static final Map<String, Set<String>> seen = new ConcurrentHashMap<>();
  static final Set<String> succeeded = ConcurrentHashMap.newKeySet();
  static final Map<String, String> state = new ConcurrentHashMap<>();

  @BeforeEach
  void readTheServedDocument() {
    base = paydesk.uri("");
    if (validator == null) {
      HttpResponse<String> doc = paydesk.get(paydesk.uri("api/openapi.yaml"));
      assertThat(doc.statusCode()).isEqualTo(200);
      served = doc.body();
      try {
        java.nio.file.Files.writeString(
            java.nio.file.Path.of("target/openapi-served.yaml"), served);
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(served).build();
      } catch (OpenApiInteractionValidator.ApiLoadException e) {
        throw new AssertionError("the served document does not load: " + e.getParseMessages(), e);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      document = new OpenAPIV3Parser().readContents(served).getOpenAPI();
    }
  }

  @AfterEach
  void clearFaults() {
    paydesk.clearFaults();
  }

  /** One call and its answer, validated. */
  record Answer(int status, String body, HttpResponse<String> response) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String text(String field) {
      return json().path(field).asText();
    }
  }

  /**
   * Sends a request and validates request and answer against the served document.
   *
   * @param valid whether the request itself is meant to be valid (bad input: the answer alone)
   * @param schema the component schema the answer's body is ({@code "[Refund"} for an array of
   *     them), for the property coverage; null for none
   */
  static Answer call(
      String method, String path, String body, boolean valid, String schema, String... headers) {
    URI uri = base.resolve(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(method + " " + path, e);
    }
    String rawPath =
        "/paydesk/" + (path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
    SimpleResponse.Builder answer =
        SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
    response
        .headers()
        .map()
        .forEach((name, values) -> values.forEach(v -> answer.withHeader(name, v)));
    SimpleResponse simple = answer.build();
    ValidationReport report;
    Request.Method m = Request.Method.valueOf(method);
    if (valid) {
      SimpleRequest.Builder asked = new SimpleRequest.Builder(m, rawPath);
      if (body != null) {
        asked.withBody(body).withContentType("application/json");
      }
      for (int i = 0; i < headers.length; i += 2) {
        asked.withHeader(headers[i], headers[i + 1]);
      }
      if (path.contains("?")) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
          String[] kv = pair.split("=", 2);
          query
              .computeIfAbsent(kv[0], k -> new ArrayList<>())
              .add(java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        query.forEach((name, values) -> asked.withQueryParam(name, values));
      }
      report = validator.validate(asked.build(), simple);
    } else {
      report = validator.validateResponse(rawPath, m, simple);
    }
    assertThat(report.getMessages())
        .as(
            "%s %s answered %d %s",
            method, path, response.statusCode(), abbreviate(response.body()))
        .isEmpty();
    Answer result = new Answer(response.statusCode(), response.body(), response);
    if (response.statusCode() / 100 == 2) {
      succeeded.add(operationOf(method, rawPath.substring(base.getPath().length() - 1)));
    }
    if (schema != null && response.statusCode() / 100 == 2) {
      walk(result.json(), schema);
    }
    if (response.statusCode() >= 400 && response.body().startsWith("{")) {
      walk(result.json(), "Problem");
    }
    return result;
  }

  static String abbreviate(String body) {
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }

  static Answer shop(String method, String path, String body, String schema, String... more) {
    List<String> headers =
        new ArrayList<>(List.of("Authorization", "Bearer " + PaydeskHttp.API_KEY));
    headers.addAll(List.of(more));
    return call(method, path, body, true, schema, headers.toArray(String[]::new));
  }

  static Answer refused(String method, String path, String body, String... more) {
    List<String> headers =
        new ArrayList<>(List.of("Authorization", "Bearer " + PaydeskHttp.API_KEY));
    headers.addAll(List.of(more));
    return call(method, path, body, false, null, headers.toArray(String[]::new));
  }

  // the document's operations, and which one a call was

  /**
   * The operation a call was: among the document's paths that match, the one with the fewest
   * parameters ({@code …/refunds/network-fee} before {@code …/refunds/{refundId}}), as JAX-RS
   * picks.
   */
  static String operationOf(String method, String path) {
    return document.getPaths().entrySet().stream()
        .filter(e -> Pattern.matches(e.getKey().replaceAll("\\{[^}]+}", "[^/]+"), path))
        .sorted(Comparator.comparingLong(e -> e.getKey().chars().filter(c -> c == '{').count()))
        .map(e -> method.equals("GET") ? e.getValue().getGet() : e.getValue().getPost())
        .filter(Objects::nonNull)
        .map(Operation::getOperationId)
        .findFirst()
        .orElse(method + " " + path);
  }

  // which properties of which schemas real answers carried

  @SuppressWarnings("rawtypes")
  static void walk(JsonNode node, String schemaName) {
    if (schemaName.startsWith("[")) {
      node.forEach(item -> walk(item, schemaName.substring(1)));
      return;
    }
    walk(node, document.getComponents().getSchemas().get(schemaName), schemaName);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  static void walk(JsonNode node, Schema schema, String name) {
    if (schema == null || node == null) {
      return;
    }
    if (schema.get$ref() != null) {
      String ref = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      walk(node, document.getComponents().getSchemas().get(ref), ref);
      return;
    }
    if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
      walk(node, (Schema) schema.getAllOf().get(0), name);
      return;
    }
    if (node.isArray() && schema.getItems() != null) {
      node.forEach(item -> walk(item, schema.getItems(), name + "[]"));
      return;
    }
    if (node.isObject() && schema.getProperties() != null) {
      Map<String, Schema> properties = schema.getProperties();
      node.fieldNames()
          .forEachRemaining(
              field -> {
                seen.computeIfAbsent(name, k -> ConcurrentHashMap.newKeySet()).add(field);
                walk(node.get(field), properties.get(field), name + "." + field);
              });
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  static Map<String, Set<String>> declared() {
    Map<String, Set<String>> declared = new LinkedHashMap<>();
    for (String response :
        List.of(
            "Checkout",
            "CheckoutPage",
            "TimelineEntry",
            "Token",
            "Quote",
            "ShopEventDelivery",
            "Refund",
            "NetworkFee",
            "BuyerLink",
            "Webhook",
            "WebhookPage",
            "ExpiryRun",
            "ReconciliationRun",
            "Problem",
            "Payment",
            "RefundDestination")) {
      Schema schema = document.getComponents().getSchemas().get(response);
      declared.put(response, new TreeSet<>(schema.getProperties().keySet()));
    }
    Schema history =
        (Schema)
            document
                .getComponents()
                .getSchemas()
                .get("ShopEventDelivery")
                .getProperties()
                .get("history");
    declared.put(
        "ShopEventDelivery.history[]", new TreeSet<>(history.getItems().getProperties().keySet()));
    return declared;
  }

  @AfterAll
  static void everyOperationAndEveryPropertyWasSeenInARealAnswer() {
    if (document == null) {
      return;
    }
    Set<String> operations = new TreeSet<>();
    document
        .getPaths()
        .values()
        .forEach(item -> item.readOperations().forEach(op -> operations.add(op.getOperationId())));
    assertThat(succeeded).as("operations answered with success").containsAll(operations);

    List<String> missing = new ArrayList<>();
    declared()
        .forEach(
            (schema, properties) -> {
              for (String property : properties) {
                String key = schema + "." + property;
                if (!seen.getOrDefault(schema, Set.of()).contains(property)
                    && !NOT_SEEN_HERE.contains(key)) {
                  missing.add(key);
                }
              }
            });
    assertThat(missing)
        .as("properties the document declares that no real answer carried")
        .isEmpty();
    System.out.printf(
        "ApiContractIT: %d operations all answered and validated; %d answer schemas, every"
            + " declared property seen but %s%n",
        operations.size(), declared().size(), NOT_SEEN_HERE);
  }

  // the calls

  static String newCheckout(String price, String tokenId, String extra) {
    String orderId = PaydeskHttp.uniqueOrderId("OAS");
    return "{\"merchantOrderId\":\""
        + orderId
        + "\",\"price\":\""
        + price
        + "\",\"tokenId\":\""
        + tokenId
        + "\""
        + extra
        + "}";
  }

  /** A checkout made under a fresh Idempotency-Key. */
  static Answer created(String body) {
    return shop(
        "POST",
        "api/v1/checkouts",
        body,
        "Checkout",
        "Idempotency-Key",
        UUID.randomUUID().toString());
  }

  /** Has the sandbox's buyer pay {@code amount} in all, and waits until Paydesk says OVERPAID. */
  void overpay(String checkoutId, String merchantOrderId, String amount) {
    paydesk.pay(
        jakarta.json.Json.createObjectBuilder().add("merchantOrderId", merchantOrderId).build(),
        "{\"kind\":\"OVER\",\"amount\":\"" + amount + "\"}");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                call("GET", "api/v1/checkouts/" + checkoutId, null, true, "Checkout")
                    .text("status")
                    .equals("OVERPAID"));
  }

  @Test
  @Order(1)
  void tokensAndQuotes() {
    Answer tokens = call("GET", "api/v1/tokens", null, true, "[Token");
    assertThat(tokens.json().size()).isPositive();
    Answer quote =
        shop(
            "GET", "api/v1/tokens/" + PaydeskHttp.USDT_TRC20 + "/quote?price=19.99", null, "Quote");
    assertThat(quote.text("amount")).isNotBlank();
    assertThat(
            refused("GET", "api/v1/tokens/" + PaydeskHttp.USDT_TRC20 + "/quote?price=abc", null)
                .status())
        .isEqualTo(422);
    assertThat(
            call(
                    "GET",
                    "api/v1/tokens/" + PaydeskHttp.USDT_TRC20 + "/quote?price=1",
                    null,
                    false,
                    null)
                .status())
        .isEqualTo(401);
  }

  @Test
  @Order(2)
  void checkoutsAnswerAsDocumented() {
    String key = UUID.randomUUID().toString();
    String body =
        newCheckout(
            "3.00",
            PaydeskHttp.USDT_TRC20,
            ",\"returnUrl\":\"https://shop.example/o/1\",\"remark\":\"contract\"");
    Answer created = shop("POST", "api/v1/checkouts", body, "Checkout", "Idempotency-Key", key);
    assertThat(created.status()).isEqualTo(201);
    String id = created.text("id");
    state.put("checkout", id);
    state.put("order", created.text("merchantOrderId"));
    assertThat(
            shop("POST", "api/v1/checkouts", body, "Checkout", "Idempotency-Key", key).text("id"))
        .isEqualTo(id);
    assertThat(
            refused(
                    "POST",
                    "api/v1/checkouts",
                    body.replace("\"3.00\"", "\"3.50\""),
                    "Idempotency-Key",
                    key)
                .status())
        .as("key reused")
        .isEqualTo(422);
    assertThat(
            refused(
                    "POST",
                    "api/v1/checkouts",
                    body,
                    "Idempotency-Key",
                    UUID.randomUUID().toString())
                .status())
        .as("merchant order id taken")
        .isEqualTo(409);
    assertThat(
            refused(
                    "POST",
                    "api/v1/checkouts",
                    newCheckout("-1", PaydeskHttp.USDT_TRC20, ""),
                    "Idempotency-Key",
                    UUID.randomUUID().toString())
                .json()
                .path("errors"))
        .isNotEmpty();
    assertThat(
            refused(
                    "POST",
                    "api/v1/checkouts",
                    newCheckout("1.00", PaydeskHttp.USDT_TRC20, ""),
                    "Idempotency-Key",
                    "bad key")
                .status())
        .isEqualTo(400);
    assertThat(call("POST", "api/v1/checkouts", body, false, null).status()).isEqualTo(401);
    paydesk.armFault("ERROR_CODE");
    Answer rejected =
        refused(
            "POST",
            "api/v1/checkouts",
            newCheckout("1.00", PaydeskHttp.USDT_TRC20, ""),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(rejected.status()).isEqualTo(502);
    assertThat(rejected.json().path("gatewayCode").asInt()).isEqualTo(13002);

    Answer memo = created(newCheckout("2.00", PaydeskHttp.XRP, ""));
    assertThat(memo.text("memo")).isNotBlank();

    assertThat(call("GET", "api/v1/checkouts/" + id, null, true, "Checkout").text("status"))
        .isEqualTo("AWAITING_PAYMENT");

    // a client generated from the document (openapi-generator's "java", at test-compile) reads it
    // with the real types
    generated.paydesk.ApiClient generatedClient = new generated.paydesk.ApiClient();
    generatedClient.updateBaseUri(base.toString().replaceAll("/$", ""));
    generated.paydesk.model.Checkout typed;
    try {
      typed = new generated.paydesk.api.CheckoutsApi(generatedClient).getCheckout(id);
    } catch (generated.paydesk.ApiException e) {
      throw new AssertionError(e.getResponseBody(), e);
    }
    assertThat(typed.getStatus())
        .isEqualTo(generated.paydesk.model.CheckoutStatus.AWAITING_PAYMENT);
    assertThat(typed.getCreatedAt().toInstant()).isBefore(typed.getExpiresAt().toInstant());
    assertThat(typed.getCheckoutUrl()).isEqualTo(URI.create(created.text("checkoutUrl")));
    assertThat(new java.math.BigDecimal(typed.getCryptoAmount())).isEqualByComparingTo("3");
    assertThat(
            call("GET", "api/v1/checkouts/co_0000000000000000000000000", null, true, null).status())
        .isEqualTo(404);
    Answer page =
        shop(
            "GET",
            "api/v1/checkouts?status=AWAITING_PAYMENT&sort=oldest_first&size=1",
            null,
            "CheckoutPage");
    assertThat(page.json().path("next").asText()).isNotBlank();
    assertThat(refused("GET", "api/v1/checkouts?status=NOPE", null).status()).isEqualTo(400);
    shop("GET", "api/v1/checkouts/" + id + "/timeline", null, "[TimelineEntry");
    assertThat(
            refused("GET", "api/v1/checkouts/co_0000000000000000000000000/timeline", null).status())
        .isEqualTo(404);
    shop("POST", "api/v1/checkouts/" + id + "/reconcile", null, "Checkout");

    Answer qr = call("GET", "api/v1/checkouts/" + id + "/qr", null, true, null);
    assertThat(qr.response().headers().firstValue("Content-Type")).contains("image/png");
    String tag = qr.response().headers().firstValue("ETag").orElseThrow();
    assertThat(
            call("GET", "api/v1/checkouts/" + id + "/qr", null, true, null, "If-None-Match", tag)
                .status())
        .isEqualTo(304);

    // an expired checkout, for expiredAt: a short validity, and an expiry run as of after it
    Answer shortLived =
        created(newCheckout("1.00", PaydeskHttp.USDT_TRC20, ",\"validPeriodSeconds\":60"));
    shop(
        "POST",
        "api/v1/operations/expiry-runs",
        "{\"asOf\":\"" + Instant.now().plusSeconds(180) + "\"}",
        "ExpiryRun");
    assertThat(
            call("GET", "api/v1/checkouts/" + shortLived.text("id"), null, true, "Checkout")
                .text("expiredAt"))
        .isNotBlank();
    assertThat(
            call("GET", "api/v1/checkouts/" + shortLived.text("id") + "/qr", null, true, null)
                .status())
        .as("nothing to pay to")
        .isEqualTo(409);
    shop("POST", "api/v1/operations/reconciliation-runs", "{}", "ReconciliationRun");
    assertThat(
            refused(
                    "POST",
                    "api/v1/operations/expiry-runs",
                    "{\"asOf\":\"" + Instant.now().plus(Duration.ofDays(400)) + "\"}")
                .status())
        .isEqualTo(422);
  }

  @Test
  @Order(3)
  void paymentsEventsAndWebhooks() {
    String id = state.get("checkout");
    shop.downFor(id, 1); // the first delivery fails: an attempt with an error, and a next one due
    overpay(id, state.get("order"), "10");
    Answer events =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    shop(
                        "GET",
                        "api/v1/checkouts/" + id + "/shop-events",
                        null,
                        "[ShopEventDelivery"),
                a ->
                    a.body().contains("\"nextAttemptAt\"") || a.body().contains("\"deliveredAt\""));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                shop("GET", "api/v1/checkouts/" + id + "/shop-events", null, "[ShopEventDelivery"),
            a -> !a.body().contains("\"PENDING\""));
    String eventId = events.json().get(0).path("eventId").asText();
    shop(
        "POST",
        "api/v1/checkouts/" + id + "/shop-events/" + eventId + "/redeliver",
        null,
        "[ShopEventDelivery");
    assertThat(
            refused("POST", "api/v1/checkouts/" + id + "/shop-events/evt_nope/redeliver", null)
                .status())
        .isEqualTo(404);

    Answer stream = call("GET", "api/v1/checkouts/" + id + "/events", null, true, null);
    assertThat(stream.body()).contains("event: status");
    assertThat(
            call("GET", "api/v1/checkouts/co_0000000000000000000000000/events", null, true, null)
                .status())
        .isEqualTo(404);

    // the webhook log: a real one from the timeline, a rejected one, a repeated one
    Answer timeline = shop("GET", "api/v1/checkouts/" + id + "/timeline", null, "[TimelineEntry");
    String webhookUrl = null;
    for (JsonNode entry : timeline.json()) {
      if (entry.has("webhookUrl")) {
        webhookUrl = entry.get("webhookUrl").asText();
      }
    }
    assertThat(webhookUrl).isNotNull();
    Answer webhook =
        shop("GET", webhookUrl.substring(webhookUrl.indexOf("api/v1/")), null, "Webhook");
    assertThat(
            paydesk
                .webhook("{\"junk\":true}", PaydeskHttp.SANDBOX_APP_ID, "1", "wrong")
                .statusCode())
        .isGreaterThanOrEqualTo(400);
    String replay = webhook.text("body");
    paydesk.webhook(replay);
    shop("GET", "api/v1/webhooks?outcome=REJECTED&outcome=APPLIED&size=1", null, "WebhookPage");
    shop("GET", "api/v1/webhooks?q=" + id, null, "WebhookPage");
    shop("GET", webhookUrl.substring(webhookUrl.indexOf("api/v1/")), null, "Webhook");
    assertThat(refused("GET", "api/v1/webhooks/999999999", null).status()).isEqualTo(404);
    assertThat(refused("GET", "api/v1/webhooks?outcome=NOPE", null).status()).isEqualTo(400);
  }

  @Test
  @Order(4)
  void refundsAnswerAsDocumented() {
    String id = state.get("checkout");
    shop("GET", "api/v1/checkouts/" + id + "/refunds/network-fee", null, "NetworkFee");
    Answer sent =
        shop(
            "POST",
            "api/v1/checkouts/" + id + "/refunds",
            "{\"amount\":\"0.3\",\"reason\":\"OVERPAYMENT\",\"destination\":{\"type\":\"ADDRESS\",\"address\":\""
                + RefundIT.BUYER
                + "\"}}",
            "Refund",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sent.status()).isEqualTo(201);
    String refundId = sent.text("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> shop("GET", "api/v1/checkouts/" + id + "/refunds/" + refundId, null, "Refund"),
            a -> a.text("status").equals("SUCCEEDED"));

    Answer awaiting =
        shop(
            "POST",
            "api/v1/checkouts/" + id + "/refunds",
            "{\"amount\":\"0.1\",\"reason\":\"OVERPAYMENT\"}",
            "Refund",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(awaiting.status()).as(awaiting.body()).isEqualTo(201);
    String awaitingId = awaiting.text("id");
    shop(
        "POST",
        "api/v1/checkouts/" + id + "/refunds/" + awaitingId + "/buyer-link",
        null,
        "BuyerLink");
    shop("POST", "api/v1/checkouts/" + id + "/refunds/" + awaitingId + "/cancel", null, "Refund");
    assertThat(
            refused("POST", "api/v1/checkouts/" + id + "/refunds/" + awaitingId + "/retry", null)
                .status())
        .isEqualTo(409);

    paydesk.control(
        "POST",
        "faults",
        "{\"kind\":\"WITHDRAWAL_FAILS\",\"count\":1,\"endpoint\":\"v2/applyAppWithdrawToNetwork\"}");
    Answer failing =
        shop(
            "POST",
            "api/v1/checkouts/" + id + "/refunds",
            "{\"amount\":\"1.5\",\"reason\":\"OVERPAYMENT\",\"feePaidBy\":\"BUYER\",\"destination\":{\"type\":\"ADDRESS\",\"address\":\""
                + RefundIT.BUYER
                + "\"}}",
            "Refund",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(failing.status()).as(failing.body()).isEqualTo(201);
    String failingId = failing.text("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> shop("GET", "api/v1/checkouts/" + id + "/refunds/" + failingId, null, "Refund"),
            a -> a.text("status").equals("FAILED"));
    shop("POST", "api/v1/checkouts/" + id + "/refunds/" + failingId + "/retry", null, "Refund");

    Answer toCwallet =
        shop(
            "POST",
            "api/v1/checkouts/" + id + "/refunds",
            "{\"amount\":\"0.1\",\"reason\":\"OVERPAYMENT\",\"destination\":{\"type\":\"CWALLET\",\"cwalletUser\":\"buyer@example.com\"}}",
            "Refund",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(toCwallet.status()).isEqualTo(201);
    shop("GET", "api/v1/checkouts/" + id + "/refunds", null, "[Refund");
    assertThat(shop("GET", "api/v1/checkouts/" + id + "/timeline", null, "[TimelineEntry").body())
        .as("who asked for the refunds")
        .contains("\"actor\"");

    assertThat(
            refused(
                    "POST",
                    "api/v1/checkouts/" + id + "/refunds",
                    "{\"amount\":\"100\",\"reason\":\"OVERPAYMENT\"}",
                    "Idempotency-Key",
                    UUID.randomUUID().toString())
                .status())
        .isEqualTo(422);
    assertThat(refused("GET", "api/v1/checkouts/" + id + "/refunds/rf_nope", null).status())
        .isEqualTo(404);
  }

  @Test
  @Order(5)
  void aRefundToAMemoChainCarriesItsMemo() {
    Answer xrp = created(newCheckout("2.00", PaydeskHttp.XRP, ""));
    String id = xrp.text("id");
    overpay(
        id,
        xrp.text("merchantOrderId"),
        new java.math.BigDecimal(xrp.text("cryptoAmount"))
            .add(java.math.BigDecimal.ONE)
            .toString());
    Answer refund =
        shop(
            "POST",
            "api/v1/checkouts/" + id + "/refunds",
            "{\"amount\":\"0.5\",\"reason\":\"OVERPAYMENT\",\"destination\":{\"type\":\"ADDRESS\",\"address\":\"rPT1Sjq2YGrBMTttX4GZHjKu9dyfzbpAYe\",\"memo\":\"12345\"}}",
            "Refund",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(refund.json().path("destination").path("memo").asText()).isEqualTo("12345");
  }
}
