package dev.paydesk.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.domain.order.OrderRefusedException.Refusal;
import dev.paydesk.domain.user.UserRefusedException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RefusalMessagesTest {

  @ParameterizedTest
  @EnumSource(Refusal.class)
  void everyRefusalHasItsWordsInTheConsole(Refusal refusal) {
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

    assertThat(bundle.containsKey(refusal.messageKey())).as(refusal.messageKey()).isTrue();
    assertThat(bundle.getString(refusal.messageKey())).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(UserRefusedException.Refusal.class)
  void everyUserRefusalHasItsWordsInTheConsole(UserRefusedException.Refusal refusal) {
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

    assertThat(bundle.containsKey(refusal.messageKey())).as(refusal.messageKey()).isTrue();
  }
}
