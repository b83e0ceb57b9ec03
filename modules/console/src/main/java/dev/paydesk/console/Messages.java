package dev.paydesk.console;

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
}
