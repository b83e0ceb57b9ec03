package dev.paydesk.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckoutTermsTest {

  static CheckoutTerms terms(String price) {
    return terms(price, "A-1001");
  }

  static CheckoutTerms terms(String price, String merchantOrderId) {
    return new CheckoutTerms(merchantOrderId, new BigDecimal(price), null, "tok-1", null, null);
  }

  @Test
  void appliesCcpaymentDefaults() {
    CheckoutTerms terms = terms("19.9");
    assertThat(terms.currency()).isEqualTo("USD");
    assertThat(terms.validPeriod()).isEqualTo(Duration.ofHours(24));
    assertThat(terms.price()).isEqualByComparingTo("19.90");
    assertThat(terms.price().scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({
    "0, price, greater than 0",
    "-1.00, price, greater than 0",
    "1.001, price, at most 2 decimal places",
    "10000000.01, price, at most"
  })
  void rejectsPricesCcpaymentRefuses(String price, String field, String message) {
    assertThatThrownBy(() -> terms(price))
        .isInstanceOfSatisfying(
            InvalidCheckoutException.class,
            e -> {
              assertThat(e.violations())
                  .singleElement()
                  .satisfies(
                      v -> {
                        assertThat(v.field()).isEqualTo(field);
                        assertThat(v.message()).contains(message);
                      });
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "two\nlines", "bell\u0007", "del\u007f"})
  void refusesControlCharactersInTheRemark(String remark) {
    assertThatThrownBy(() -> new CheckoutTerms("A-1", BigDecimal.ONE, null, "tok-1", null, remark))
        .isInstanceOfSatisfying(
            InvalidCheckoutException.class,
            e ->
                assertThat(e.violations())
                    .extracting(InvalidCheckoutException.Violation::field)
                    .containsExactly("remark"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "/orders/1",
        "ftp://shop.example/",
        "https://user:pw@shop.example/",
        "https://shop.example/a b",
        "data:text/html,hi",
        "https:///nohost"
      })
  void refusesAReturnUrlABrowserShouldNotBeSentTo(String url) {
    assertThatThrownBy(
            () -> new CheckoutTerms("A-1", BigDecimal.ONE, null, "tok-1", null, null, url))
        .isInstanceOfSatisfying(
            InvalidCheckoutException.class,
            e ->
                assertThat(e.violations())
                    .extracting(InvalidCheckoutException.Violation::field)
                    .containsExactly("returnUrl"));
  }

  @Test
  void aReturnUrlIsPartOfTheRequestButNoneKeepsOlderDigests() {
    CheckoutTerms none = new CheckoutTerms("A-1", BigDecimal.ONE, null, "tok-1", null, null);
    CheckoutTerms back =
        new CheckoutTerms(
            "A-1", BigDecimal.ONE, null, "tok-1", null, null, "https://shop.example/thanks?o=1");

    assertThat(back.returnUrl()).isEqualTo("https://shop.example/thanks?o=1");
    assertThat(back.fingerprint()).isNotEqualTo(none.fingerprint());
    assertThat(
            new CheckoutTerms("A-1", BigDecimal.ONE, null, "tok-1", null, null, " ").fingerprint())
        .as("a blank return URL is none, with the digest of the terms as lines (sha256sum)")
        .isEqualTo(none.fingerprint())
        .isEqualTo("de0cd3c5fb7155cbb4baba484122fd8fda776567d6a4c5cc7bfe05219845f62e");
  }

  @Test
  void aPriceInTheTokenKeepsItsDecimalsWithoutTrailingZeros() {
    CheckoutTerms terms =
        new CheckoutTerms("A-1", new BigDecimal("0.00150000"), "token", "tok-1", null, null);

    assertThat(terms.currency()).isEqualTo(CheckoutTerms.TOKEN);
    assertThat(terms.isPricedInToken()).isTrue();
    assertThat(terms.price()).isEqualTo(new BigDecimal("0.0015"));
    assertThat(terms.fingerprint())
        .as("the same price written otherwise is the same request")
        .isEqualTo(
            new CheckoutTerms("A-1", new BigDecimal("0.0015"), "TOKEN", "tok-1", null, null)
                .fingerprint());
  }

  @Test
  void aTokenRefusesAPriceWithMoreDecimalsThanItHas() {
    var btc =
        new dev.paydesk.domain.token.Token(
            "tok-1", "BTC", "Bitcoin", "BTC", "BTC", "BTC", null, false, 8, true);
    CheckoutTerms fine =
        new CheckoutTerms("A-1", new BigDecimal("0.00000001"), "TOKEN", "tok-1", null, null);
    CheckoutTerms tooFine =
        new CheckoutTerms("A-1", new BigDecimal("0.000000001"), "TOKEN", "tok-1", null, null);

    btc.checkPrice(fine);
    assertThatThrownBy(() -> btc.checkPrice(tooFine))
        .isInstanceOfSatisfying(
            InvalidCheckoutException.class,
            e -> assertThat(e.getMessage()).contains("price").contains("8 decimal places"));
  }

  @Test
  void acceptsTrailingZerosBeyondTwoDecimals() {
    assertThat(terms("5.1000").price()).isEqualByComparingTo("5.10");
  }

  @Test
  void namesEveryBrokenFieldAtOnce() {
    assertThatThrownBy(
            () -> new CheckoutTerms(" ", null, "usd", "", Duration.ofDays(11), "x".repeat(256)))
        .isInstanceOfSatisfying(
            InvalidCheckoutException.class,
            e ->
                assertThat(e.violations())
                    .extracting(InvalidCheckoutException.Violation::field)
                    .containsExactly(
                        "merchantOrderId",
                        "price",
                        "currency",
                        "tokenId",
                        "validPeriodSeconds",
                        "remark"));
  }

  @Test
  void limitsValidPeriodToTenDays() {
    new CheckoutTerms("A", BigDecimal.ONE, "USD", "t", Duration.ofDays(10), null);
    assertThatThrownBy(
            () ->
                new CheckoutTerms(
                    "A", BigDecimal.ONE, "USD", "t", Duration.ofSeconds(864001), null))
        .isInstanceOf(InvalidCheckoutException.class);
  }

  @Test
  void rejectsMerchantOrderIdsTooLongOrWithSpaces() {
    assertThatThrownBy(() -> new CheckoutTerms("a b", BigDecimal.ONE, null, "t", null, null))
        .isInstanceOf(InvalidCheckoutException.class);
    assertThatThrownBy(
            () -> new CheckoutTerms("a".repeat(51), BigDecimal.ONE, null, "t", null, null))
        .isInstanceOf(InvalidCheckoutException.class);
  }

  @Test
  void fingerprintIgnoresHowThePriceWasWrittenButNotWhatItIs() {
    assertThat(terms("10").fingerprint()).isEqualTo(terms("10.00").fingerprint());
    assertThat(terms("10").fingerprint()).isNotEqualTo(terms("10.01").fingerprint());
  }
}
