package dev.paydesk.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.checkout.CheckoutSettings;
import dev.paydesk.application.fake.MovingClock;
import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.payment.PaymentSettings;
import dev.paydesk.application.shopevent.ShopEventSettings;
import dev.paydesk.application.shopevent.ShopEventSignature;
import jakarta.enterprise.inject.Instance;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class MerchantSettingsTest {

  /** The database both instances share. */
  static class SharedStore implements SettingStore {
    final Map<String, String> values = new HashMap<>();
    final List<SettingChange> history = new ArrayList<>();

    @Override
    public Map<String, String> all() {
      return new HashMap<>(values);
    }

    @Override
    public void put(String name, String value, String shownValue, Instant at, String by) {
      values.put(name, value);
      history.add(0, new SettingChange(name, shownValue, at, by));
    }

    @Override
    public void remove(String name, String shownValue, Instant at, String by) {
      if (values.remove(name) != null) {
        history.add(0, new SettingChange(name, shownValue, at, by));
      }
    }

    @Override
    public List<SettingChange> changes(int limit) {
      return history.stream().limit(limit).toList();
    }
  }

  final SharedStore store = new SharedStore();
  final MovingClock clock = new MovingClock();
  static final String FILE_SECRET = "file-secret-0123456789abcdefghijklmnop";

  /** The configuration file. */
  final Map<String, String> file =
      new HashMap<>(
          Map.of("paydesk.pay.store-name", "From File", "paydesk.shop-events.secret", FILE_SECRET));

  /** One Paydesk instance: its own settings object (and cache) over the shared store. */
  class Instance1 {
    final List<SettingRule> rules = new ArrayList<>();
    final MerchantSettings settings =
        new MerchantSettings(
            store, instance(rules::iterator), config(), clock, Duration.ofSeconds(2));
    final PaymentSettings payment = new PaymentSettings("0.50 USD", "0", settings);
    final CheckoutSettings checkout =
        new CheckoutSettings(Duration.ofMinutes(2), Optional.empty(), settings);
    final ShopEventSettings shopEvents =
        new ShopEventSettings(
            Optional.of("https://shop.example/events"),
            Optional.of(FILE_SECRET),
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            new GatewayMode("sandbox"),
            settings);

    Instance1() {
      rules.add(payment);
      rules.add(checkout);
      rules.add(shopEvents);
    }
  }

  final Instance1 one = new Instance1();
  final Instance1 two = new Instance1();

  @Test
  void aChangeCountsAtOnceHereAndOnAnotherInstanceWithinTheRefreshWithoutARestart() {
    assertThat(two.checkout.validPeriod()).isEqualTo(Duration.ofHours(24)); // read and cached

    one.settings.change(MerchantSetting.VALID_PERIOD, "PT30M", "admin");

    assertThat(one.checkout.validPeriod()).isEqualTo(Duration.ofMinutes(30));
    assertThat(two.checkout.validPeriod()).isEqualTo(Duration.ofHours(24));
    clock.now = clock.now.plusSeconds(2);
    assertThat(two.checkout.validPeriod()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void theFileValueCountsUntilChangedAndAgainAfterAReset() {
    assertThat(one.settings.effective(MerchantSetting.STORE_NAME)).contains("From File");
    one.settings.change(MerchantSetting.STORE_NAME, "Acme Coffee", "admin");
    assertThat(one.settings.effective(MerchantSetting.STORE_NAME)).contains("Acme Coffee");
    assertThat(one.settings.changedHere(MerchantSetting.STORE_NAME)).isTrue();

    one.settings.reset(MerchantSetting.STORE_NAME, "admin");

    assertThat(one.settings.effective(MerchantSetting.STORE_NAME)).contains("From File");
    assertThat(store.history)
        .extracting(SettingStore.SettingChange::shownValue)
        .containsExactly("(the configuration file's value)", "Acme Coffee");
  }

  @Test
  void aValueThePartCannotUseIsRefusedWithItsReasonAndNothingOfTheFormChanges() {
    assertThatThrownBy(
            () ->
                one.settings.changeAll(
                    Map.of(
                        MerchantSetting.TOLERANCE_PERCENT, "5",
                        MerchantSetting.VALID_PERIOD, "P11D"),
                    "admin"))
        .isInstanceOf(SettingRefusedException.class)
        .hasMessageContaining("paydesk.checkout.valid-period")
        .hasMessageContaining("10 days");
    assertThatThrownBy(() -> one.settings.change(MerchantSetting.TOLERANCE_PERCENT, "100", "admin"))
        .hasMessageContaining("below 100");
    assertThatThrownBy(() -> one.settings.change(MerchantSetting.TOLERANCE, "0.50", "admin"))
        .isInstanceOf(SettingRefusedException.class);

    assertThat(store.values).isEmpty();
    assertThat(store.history).isEmpty();
    assertThat(one.payment.tolerance().percent()).isEqualByComparingTo("0");
  }

  @Test
  void theToleranceSetInTheConsoleJudgesTheNextPayment() {
    one.settings.change(MerchantSetting.TOLERANCE, "1.00 USD, 0.0001 BTC", "admin");

    assertThat(one.payment.tolerance().amounts())
        .containsEntry("USD", new BigDecimal("1.00"))
        .containsEntry("BTC", new BigDecimal("0.0001"));
  }

  @Test
  void endpointsMustBeWebAddressesAndASecretIsNeverWrittenToTheHistory() {
    assertThatThrownBy(
            () -> one.settings.change(MerchantSetting.SHOP_EVENT_ENDPOINTS, "ftp://x", "admin"))
        .hasMessageContaining("not an absolute http or https URL");
    assertThatThrownBy(() -> one.settings.change(MerchantSetting.SHOP_EVENT_SECRET, "short", "a"))
        .hasMessageContaining("shorter than 32");

    String secret = one.settings.rotateShopEventSecret("", Duration.ofHours(24), "admin");

    assertThat(secret).hasSize(64);
    assertThat(store.history)
        .extracting(SettingStore.SettingChange::shownValue)
        .doesNotContain(secret, FILE_SECRET);
    assertThat(one.settings.shown(MerchantSetting.SHOP_EVENT_SECRET))
        .isEqualTo(MerchantSettings.HIDDEN);
  }

  @Test
  void afterARotationEventsCarryBothSignaturesUntilTheOverlapEnds() {
    String old = FILE_SECRET;
    String next = one.settings.rotateShopEventSecret("", Duration.ofHours(24), "admin");
    byte[] body = "{\"type\":\"checkout.paid\"}".getBytes(StandardCharsets.UTF_8);

    String header =
        ShopEventSignature.header(one.shopEvents.signingSecrets(clock.now), 1_700_000_000L, body);

    assertThat(header)
        .as("newest first, then the one a shop may still hold")
        .isEqualTo(
            "t=1700000000,v1="
                + ShopEventSignature.hmac(next, 1_700_000_000L, body)
                + ",v1="
                + ShopEventSignature.hmac(old, 1_700_000_000L, body));
    assertThat(one.shopEvents.signingSecrets(clock.now.plus(Duration.ofHours(25))))
        .containsExactly(next);
  }

  private Config config() {
    return (Config)
        java.lang.reflect.Proxy.newProxyInstance(
            Config.class.getClassLoader(),
            new Class<?>[] {Config.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getOptionalValue")) {
                return Optional.ofNullable(file.get((String) args[0]));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @SuppressWarnings("unchecked")
  private static <T> Instance<T> instance(Supplier<Iterator<T>> items) {
    return (Instance<T>)
        java.lang.reflect.Proxy.newProxyInstance(
            Instance.class.getClassLoader(),
            new Class<?>[] {Instance.class},
            (proxy, method, args) -> {
              if (method.getName().equals("iterator")) {
                return items.get();
              }
              if (method.getName().equals("stream")) {
                Iterable<T> iterable = items::get;
                return Stream.of(iterable)
                    .flatMap(i -> java.util.stream.StreamSupport.stream(i.spliterator(), false));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
