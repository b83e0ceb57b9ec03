package dev.paydesk.ccpayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.ccpayment.wire.BillCreateData;
import dev.paydesk.ccpayment.wire.CoinAllData;
import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.token.Token;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CcPaymentV1GatewayTest {

  static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

  @Test
  void readsABillCreateAnswerExactly() {
    BillCreateData data =
        JSONB.fromJson(
            """
        {"order_id":"202301090616511612332555323101184","amount":"0.500000","product_price":"0.5",
         "logo":"https://x/usdt.png","network":"TRC20","pay_address":"TYWnk1EGALQyYst2yFSd29QQQTEkuKMbyt",
         "crypto":"USDT","memo":"","token_id":"t-1","order_valid_period":823456,"unknown_field":true}""",
            BillCreateData.class);
    GatewayOrder order = CcPaymentV1Gateway.toGatewayOrder(data);
    assertThat(order.cryptoAmount()).isEqualTo(new BigDecimal("0.500000"));
    assertThat(order.payAddress()).isEqualTo("TYWnk1EGALQyYst2yFSd29QQQTEkuKMbyt");
    assertThat(order.network()).isEqualTo("TRC20");
    assertThat(order.validPeriod()).isEqualTo(Duration.ofSeconds(823456));
  }

  @Test
  void anAnswerWithoutAddressOrAmountIsNotTrusted() {
    BillCreateData noAmount =
        JSONB.fromJson("{\"order_id\":\"1\",\"pay_address\":\"T1\"}", BillCreateData.class);
    BillCreateData noAddress =
        JSONB.fromJson("{\"order_id\":\"1\",\"amount\":\"1\"}", BillCreateData.class);
    BillCreateData junkAmount =
        JSONB.fromJson(
            "{\"order_id\":\"1\",\"amount\":\"abc\",\"pay_address\":\"T\"}", BillCreateData.class);
    for (BillCreateData data : List.of(noAmount, noAddress, junkAmount)) {
      assertThatThrownBy(() -> CcPaymentV1Gateway.toGatewayOrder(data))
          .isInstanceOf(GatewayUnavailableException.class);
    }
  }

  @Test
  void listsEveryNetworkOfEveryCoinAndWhetherItIsUsable() {
    CoinAllData data =
        JSONB.fromJson(
            """
        {"list":[
          {"coin_id":"1","symbol":"USDT","crypto":"USDT","name":"Tether","logo":"l","min":"1","price":"1",
           "precision":6,"status":1,"tokens":[
             {"token_id":"a","crypto":"USDT","network":"TRC20","chain":"TRX","is_support_memo":false,"status":1},
             {"token_id":"b","crypto":"USDT","network":"ERC20","chain":"ETH","is_support_memo":false,"status":2}]},
          {"coin_id":"2","symbol":"XRP","crypto":"XRP","name":"Ripple","precision":6,"status":1,"tokens":[
             {"token_id":"c","network":"XRP","chain":"XRP","is_support_memo":true,"status":1}]}]}""",
            CoinAllData.class);
    List<Token> tokens = CcPaymentV1Gateway.toTokens(data);
    assertThat(tokens).extracting(Token::id).containsExactly("a", "b", "c");
    assertThat(tokens).extracting(Token::usable).containsExactly(true, false, true);
    assertThat(tokens.get(2).memoRequired()).isTrue();
    assertThat(tokens.get(2).crypto()).as("falls back to the coin's symbol").isEqualTo("XRP");
    assertThat(tokens.get(0).precision()).isEqualTo(6);
    assertThat(tokens.get(0).aliases()).as("its v2-style name").containsExactly("USDT.TRX");
    assertThat(tokens.get(0).isNamed("usdt.trx")).isTrue();
    assertThat(tokens.get(2).aliases()).containsExactly("XRP.XRP");
  }
}
