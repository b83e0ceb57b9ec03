package dev.paydesk.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.access.ClientAddresses;
import dev.paydesk.domain.order.OrderBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  static final Instant T0 = OrderBuilder.T0;
  final SignInThrottle throttle = new SignInThrottle();

  @Test
  void aStrangersWrongPasswordsSlowTheStrangerNotTheOwner() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.admit("203.0.113.9", "admin", T0)).isEmpty();
      throttle.failed("203.0.113.9", "admin", T0);
    }
    assertThat(throttle.admit("203.0.113.9", "admin", T0)).contains(Duration.ofSeconds(1));
    assertThat(throttle.admit("198.51.100.4", "admin", T0)).as("the owner, elsewhere").isEmpty();
    throttle.failed("203.0.113.9", "admin", T0.plusSeconds(1));
    assertThat(throttle.admit("203.0.113.9", "admin", T0.plusSeconds(2)))
        .as("waits double after each further failure")
        .contains(Duration.ofSeconds(1));
    assertThat(throttle.admit("203.0.113.9", "admin", T0.plusSeconds(3))).isEmpty();
  }

  @Test
  void theWaitGrowsButNeverBeyondFifteenMinutes() {
    assertThat(SignInThrottle.waitAfter(3)).isEqualTo(Duration.ofSeconds(1));
    assertThat(SignInThrottle.waitAfter(6)).isEqualTo(Duration.ofSeconds(8));
    assertThat(SignInThrottle.waitAfter(40)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aClientTryingManyUsernamesIsStoppedBeforeAnyHash() {
    int admitted = 0;
    for (int i = 0; i < 100; i++) {
      if (throttle.admit("203.0.113.9", "user" + i, T0).isEmpty()) {
        admitted++;
        throttle.failed("203.0.113.9", "user" + i, T0);
      }
    }
    assertThat(admitted).isEqualTo(SignInThrottle.PER_CLIENT_PER_MINUTE);
    assertThat(throttle.admit("203.0.113.9", "x", T0.plus(Duration.ofMinutes(1)))).isEmpty();
  }

  @Test
  void aForwardedAddressIsBelievedOnlyFromATrustedProxy() {
    ClientAddresses addresses = new ClientAddresses(Optional.of("127.0.0.1, 10.0.0.2"));
    assertThat(addresses.of("127.0.0.1", "6.6.6.6, 203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(addresses.of("198.51.100.4", "203.0.113.9")).isEqualTo("198.51.100.4");
    assertThat(addresses.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
    assertThat(new ClientAddresses(Optional.empty()).of("127.0.0.1", "1.2.3.4"))
        .isEqualTo("127.0.0.1");
    assertThat(addresses.of("127.0.0.1", "2001:db8::7")).isEqualTo("2001:db8::7");
    assertThat(addresses.of("127.0.0.1", "[2001:db8::7]:443")).isEqualTo("[2001:db8::7]:443");
    // a proxy that passes on what the client wrote must not let it write a log line or a key
    assertThat(addresses.of("127.0.0.1", "1.2.3.4\n[INFO] admin signed in"))
        .as("what is not an address is not believed")
        .isEqualTo("127.0.0.1");
    assertThat(addresses.of("127.0.0.1", "x".repeat(300))).isEqualTo("127.0.0.1");
  }
}
