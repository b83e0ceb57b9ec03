package dev.paydesk.console;

import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.user.UserRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The console's texts (one bundle, {@code dev.paydesk.console.messages}), for page beans. */
@ApplicationScoped
public class Messages {

  public static final String BUNDLE = "dev.paydesk.console.messages";

  public String get(String key) {
    return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
  }

  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), Locale.ENGLISH).format(arguments);
  }

  /** What a refused action says: its text, with the detail when the refusal needs one. */
  public String refusal(OrderRefusedException refused) {
    String text = get(refused.refusal().messageKey());
    return refused.refusal().detailed() ? text + ": " + refused.getMessage() : text;
  }

  /** What a refused change to console users says. */
  public String refusal(UserRefusedException refused) {
    return get(refused.refusal().messageKey());
  }
}
