package dev.paydesk.ccpayment.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.ccpayment.v2.wire.CoinListData;
import dev.paydesk.ccpayment.v2.wire.CreateOrderData;
import dev.paydesk.ccpayment.v2.wire.DepositRecord;
import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.gateway.GatewayOrderRequest;
import dev.paydesk.domain.gateway.GatewayTrade;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.token.Token;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How v2's answers become Paydesk's tokens, orders and payments (read as JSON-B reads them). */
class CcPaymentV2GatewayTest {

  private final Jsonb jsonb = JsonbBuilder.create();

  /** getCoinList's answer in the shape of the documentation's example, with two coins. */
  static final String COINS =
      """
      {"coins":[
        {"coinId":1280,"symbol":"USDT","coinFullName":"Tether USD","logoUrl":"https://x/usdt.png","status":"Normal",
         "networks":{
           "TRX":{"chain":"TRX","chainFullName":"Tron","contract":"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t","precision":6,
                  "canDeposit":true,"canWithdraw":true,"minimumDepositAmount":"0","isSupportMemo":false,"protocol":"TRC20"},
           "SOL":{"chain":"SOL","chainFullName":"Solana","contract":"Es9v","precision":6,"canDeposit":false}}},
        {"coinId":1481,"symbol":"XRP","coinFullName":"Ripple","status":"Pre-delisting",
         "networks":{"XRP":{"chain":"XRP","contract":"XRP","precision":6,"canDeposit":true,"isSupportMemo":true}}}
      ]}
      """;

  @Test
  void eachNetworkOfEachCoinIsATokenNamedBySymbolAndChain() {
    List<Token> tokens = CcPaymentV2Gateway.toTokens(jsonb.fromJson(COINS, CoinListData.class));

    assertThat(tokens)
        .extracting(Token::id, Token::network, Token::usable, Token::memoRequired)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("USDT.TRX", "TRC20", true, false),
            org.assertj.core.groups.Tuple.tuple("USDT.SOL", "Solana", false, false),
            // Pre-delisting: deposits suspended
            org.assertj.core.groups.Tuple.tuple("XRP.XRP", "XRP", false, true));
    Token usdt = tokens.stream().filter(t -> t.id().equals("USDT.TRX")).findFirst().orElseThrow();
    assertThat(usdt.contract()).isEqualTo("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    assertThat(usdt.precision()).isEqualTo(6);
  }

  @Test
  void theCreateAnswerBecomesThePayInstructionsWithTheTokensChainAndContract() {
    CoinListData coins = jsonb.fromJson(COINS, CoinListData.class);
    CcPaymentV2Gateway.Listed usdt =
        CcPaymentV2Gateway.Listed.find(coins, V2TokenId.parse("usdt.trx").orElseThrow())
            .orElseThrow();
    CreateOrderData data =
        jsonb.fromJson(
            "{\"address\":\"TXyz\",\"amount\":\"10.008552\",\"memo\":\"\",\"confirmsNeeded\":20}",
            CreateOrderData.class);

    GatewayOrder order = CcPaymentV2Gateway.toGatewayOrder(data, usdt, request());

    assertThat(order.gatewayOrderId()).as("v2 names no order of its own").isNull();
    assertThat(order.cryptoAmount()).isEqualByComparingTo("10.008552");
    assertThat(order.payAddress()).isEqualTo("TXyz");
    assertThat(order.memo()).as("an empty memo is none").isNull();
    assertThat(order.crypto()).isEqualTo("USDT");
    assertThat(order.network()).isEqualTo("TRC20");
    assertThat(order.chain()).isEqualTo("TRX");
    assertThat(order.contract()).isEqualTo("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    assertThat(order.validPeriod()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void anAnswerWithoutAnAddressOrAPositiveAmountIsNotTrusted() {
    CoinListData coins = jsonb.fromJson(COINS, CoinListData.class);
    CcPaymentV2Gateway.Listed usdt =
        CcPaymentV2Gateway.Listed.find(coins, new V2TokenId("USDT", "TRX")).orElseThrow();
    for (String answer :
        List.of(
            "{\"amount\":\"1\"}",
            "{\"address\":\"T\",\"amount\":\"0\"}",
            "{\"address\":\"T\",\"amount\":\"x\"}")) {
      CreateOrderData data = jsonb.fromJson(answer, CreateOrderData.class);
      assertThatThrownBy(() -> CcPaymentV2Gateway.toGatewayOrder(data, usdt, request()))
          .as(answer)
          .isInstanceOf(GatewayUnavailableException.class);
    }
  }

  @Test
  void onlySuccessfulUnflaggedRecordsAreCreditedTrades() {
    DepositRecord success = record("Success", false);
    GatewayTrade trade = CcPaymentV2Gateway.toTrade(success).orElseThrow();
    assertThat(trade.txid()).isEqualTo("0xabc");
    assertThat(trade.amount()).isEqualByComparingTo(new BigDecimal("7.000000"));
    assertThat(trade.paidAt()).isEqualTo(Instant.ofEpochSecond(1_710_234_197L));
    assertThat(trade.asset().chain()).isEqualTo("TRX");

    assertThat(CcPaymentV2Gateway.toTrade(record("Processing", false))).isEmpty();
    assertThat(CcPaymentV2Gateway.toTrade(record("Failed", false))).isEmpty();
    assertThat(CcPaymentV2Gateway.toTrade(record("Success", true)))
        .as("flagged risky: CCPayment does not credit it")
        .isEmpty();
  }

  @Test
  void aSuccessfulRecordFlaggedRiskyIsHeldForAPersonAndNothingElseIs() {
    dev.paydesk.domain.gateway.HeldPayment held =
        CcPaymentV2Gateway.toHeld(record("Success", true)).orElseThrow();
    assertThat(held.recordId()).isEqualTo("r-1");
    assertThat(held.txid()).isEqualTo("0xabc");
    assertThat(held.amount()).isEqualByComparingTo("7");
    assertThat(held.arrivedAt()).isEqualTo(Instant.ofEpochSecond(1_710_234_197L));
    assertThat(held.asset().crypto()).isEqualTo("USDT");

    assertThat(CcPaymentV2Gateway.toHeld(record("Success", false))).as("credited anyway").isEmpty();
    assertThat(CcPaymentV2Gateway.toHeld(record("Processing", true))).as("not money yet").isEmpty();
    assertThat(CcPaymentV2Gateway.toHeld(record("Failed", true))).isEmpty();
  }

  @Test
  void aTokenIdIsSymbolDotChainAndNothingElse() {
    assertThat(V2TokenId.parse("usdt.polygon")).contains(new V2TokenId("USDT", "POLYGON"));
    assertThat(V2TokenId.parse("0912e09a-d8e2-41d7-a0bc-a25530892988")).isEmpty();
    assertThat(V2TokenId.parse("USDT")).isEmpty();
    assertThat(V2TokenId.parse("USDT.TRX.X")).isEmpty();
    assertThat(V2TokenId.parse(".TRX")).isEmpty();
    assertThat(new V2TokenId("btc", "btc")).hasToString("BTC.BTC");
  }

  private static DepositRecord record(String status, boolean risky) {
    return new DepositRecord(
        "r-1",
        "A-1",
        1280L,
        "USDT",
        "TRX",
        "TR7N",
        "TXyz",
        "",
        "7.000000",
        "0.035",
        "0xabc",
        status,
        1_710_234_197L,
        risky);
  }

  private static GatewayOrderRequest request() {
    return new GatewayOrderRequest(
        "A-1",
        new BigDecimal("10.00"),
        "USD",
        "USDT.TRX",
        Duration.ofHours(1),
        null,
        GatewayApi.V2);
  }
}
