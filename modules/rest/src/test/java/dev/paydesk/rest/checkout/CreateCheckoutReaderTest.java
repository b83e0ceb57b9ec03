package dev.paydesk.rest.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.order.InvalidCheckoutException;
import dev.paydesk.rest.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus of create bodies a lenient reader let through (found by an outside test run): each is
 * refused, naming what is wrong, and a well-formed one still reads.
 */
class CreateCheckoutReaderTest {

  static final String VALID =
      "{\"merchantOrderId\":\"A-1\",\"price\":\"19.99\",\"tokenId\":\"tok-1\"}";

  static CreateCheckoutRequest read(String body) {
    return new CreateCheckoutReader()
        .readFrom(
            CreateCheckoutRequest.class,
            CreateCheckoutRequest.class,
            null,
            null,
            null,
            new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aWellFormedRequestReads() {
    CreateCheckoutRequest request =
        read(
            "{\"merchantOrderId\":\"A-1\",\"price\":19.99,\"currency\":\"EUR\",\"tokenId\":\"t\","
                + "\"validPeriodSeconds\":3600,\"remark\":null,\"returnUrl\":\"https://s.example/\"}");
    assertThat(request.price()).isEqualTo(new BigDecimal("19.99"));
    assertThat(request.validPeriodSeconds()).isEqualTo(3600L);
    assertThat(request.remark()).isNull();
    assertThat(read(VALID).price()).isEqualTo(new BigDecimal("19.99"));
  }

  @ParameterizedTest(name = "[{index}] «{0}»")
  @ValueSource(
      strings = {
        "[" + VALID + "]",
        "\"just a string\"",
        "42",
        "",
        VALID + " garbage",
        VALID + VALID,
        "{\"merchantOrderId\":\"A-1\",\"merchantOrderId\":\"A-2\",\"price\":\"1\",\"tokenId\":\"t\"}",
        "{\"merchantOrderId\":\"A-1\",\"price\":\"1\",\"tokenId\":\"t\",}",
        "{'merchantOrderId':'A-1'}",
        "{\"merchantOrderId\":\"A-1\",\"price\":\"1\",\"tokenId\":\"t\""
      })
  void aBodyThatIsNotExactlyOneObjectIsMalformed(String body) {
    assertThatThrownBy(() -> read(body))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(400);
              assertThat(e.problem().type()).isEqualTo("urn:paydesk:problem:malformed-body");
            });
  }

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"merchantOrderId\":1001,\"price\":\"1\",\"tokenId\":\"t\"}                | merchantOrderId",
        "{\"merchantOrderId\":\"A\",\"price\":\"+5\",\"tokenId\":\"t\"}              | price",
        "{\"merchantOrderId\":\"A\",\"price\":\"1e3\",\"tokenId\":\"t\"}             | price",
        "{\"merchantOrderId\":\"A\",\"price\":1e3,\"tokenId\":\"t\"}                 | price",
        "{\"merchantOrderId\":\"A\",\"price\":\"１２\",\"tokenId\":\"t\"}             | price",
        "{\"merchantOrderId\":\"A\",\"price\":\" 5\",\"tokenId\":\"t\"}              | price",
        "{\"merchantOrderId\":\"A\",\"price\":\"5.\",\"tokenId\":\"t\"}              | price",
        "{\"merchantOrderId\":\"A\",\"price\":true,\"tokenId\":\"t\"}                | price",
        "{\"merchantOrderId\":\"A\",\"price\":\"1\",\"tokenId\":7}                   | tokenId",
        "{\"merchantOrderId\":\"A\",\"price\":\"1\",\"tokenId\":\"t\",\"validPeriodSeconds\":3600.5} | validPeriodSeconds",
        "{\"merchantOrderId\":\"A\",\"price\":\"1\",\"tokenId\":\"t\",\"validPeriodSeconds\":\"3600\"} | validPeriodSeconds",
        "{\"merchantOrderId\":\"A\",\"price\":\"1\",\"tokenId\":\"t\",\"validPeriodSeconds\":3.6e3} | validPeriodSeconds",
        "{\"merchantOrderId\":\"A\",\"price\":\"1\",\"tokenId\":\"t\",\"currency\":\"\"}  | currency",
        "{\"merchantOrderId\":\"A\",\"price\":\"1\",\"tokenId\":\"t\",\"remark\":[\"x\"]} | remark",
        "{\"merchantOrderId\":\"A\",\"price\":\"1\",\"tokenId\":\"t\",\"amount\":\"1\"}   | amount",
      })
  void aFieldOfTheWrongTypeOrFormIsNamed(String body, String field) {
    assertThatThrownBy(() -> read(body))
        .isInstanceOfSatisfying(
            InvalidCheckoutException.class,
            e ->
                assertThat(e.violations())
                    .extracting(InvalidCheckoutException.Violation::field)
                    .containsExactly(field));
  }

  @Test
  void aBodyOverTheCapIsTooLarge() {
    String huge =
        "{\"merchantOrderId\":\"A\",\"price\":\"1\",\"tokenId\":\"t\",\"remark\":\""
            + "x".repeat(CreateCheckoutReader.MAX_BYTES)
            + "\"}";
    assertThatThrownBy(() -> read(huge))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(413));
  }
}
