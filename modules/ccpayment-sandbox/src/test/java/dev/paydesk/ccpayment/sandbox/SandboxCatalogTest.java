package dev.paydesk.ccpayment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxCatalogTest {

  static SandboxToken token(String crypto, String network) {
    return SandboxCatalog.TOKENS.stream()
        .filter(t -> t.crypto().equals(crypto) && t.network().equals(network))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void cryptoAmountIsPriceOverRateRoundedUpAtTokenPrecision() {
    assertThat(token("USDT", "TRC20").amountFor(new BigDecimal("19.99")))
        .isEqualTo(new BigDecimal("19.990000"));
    assertThat(token("BTC", "BTC").amountFor(new BigDecimal("100.00")))
        .isEqualTo(new BigDecimal("0.00148699"));
    assertThat(token("XRP", "XRP").amountFor(new BigDecimal("1.00")))
        .isEqualTo(new BigDecimal("1.612904"));
    assertThat(token("SATS", "Lightning").amountFor(new BigDecimal("1.00")))
        .isEqualTo(new BigDecimal("1487"));
  }

  @Test
  void addressesHaveEachChainsShapeAndMemosOnlyOnMemoChains() {
    String order = "202611231000000000000000000000001";
    assertThat(address("USDT", "TRC20", order)).matches("T[1-9A-HJ-NP-Za-km-z]{33}");
    assertThat(address("USDT", "ERC20", order)).matches("0x[0-9a-f]{40}");
    assertThat(address("BTC", "BTC", order)).matches("bc1q[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{38}");
    assertThat(address("USDC", "SOL", order)).matches("[1-9A-HJ-NP-Za-km-z]{44}");
    assertThat(address("XRP", "XRP", order)).matches("r[1-9A-HJ-NP-Za-km-z]{33}");
    assertThat(address("TON", "TON", order)).matches("UQ[A-Za-z0-9_-]{46}");
    assertThat(address("SATS", "Lightning", order)).startsWith("lnbc");
    assertThat(SandboxAddresses.memo(token("XRP", "XRP"), order)).matches("\\d{9,10}");
    assertThat(SandboxAddresses.memo(token("USDT", "TRC20"), order)).isEmpty();
    assertThat(address("USDT", "TRC20", order))
        .as("stable per order")
        .isEqualTo(address("USDT", "TRC20", order));
    assertThat(address("USDT", "TRC20", order + "2")).isNotEqualTo(address("USDT", "TRC20", order));
  }

  static String address(String crypto, String network, String orderId) {
    return SandboxAddresses.address(token(crypto, network), orderId, BigDecimal.TEN);
  }

  @Test
  void faultsHitTheirEndpointTheArmedNumberOfTimes() {
    SandboxFaults faults = new SandboxFaults();
    faults.arm(new SandboxFaults.Fault(SandboxFaults.Kind.HTTP_500, "bill/create", 2, 0));
    assertThat(faults.take("coin/all")).isEmpty();
    assertThat(faults.take("bill/create")).isPresent();
    assertThat(faults.armed())
        .singleElement()
        .extracting(SandboxFaults.Fault::remaining)
        .isEqualTo(1);
    assertThat(faults.take("bill/create")).isPresent();
    assertThat(faults.take("bill/create")).isEmpty();
    assertThat(faults.armed()).isEqualTo(List.of());
  }
}
