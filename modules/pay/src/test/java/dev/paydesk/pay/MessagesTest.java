package dev.paydesk.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.paydesk.domain.order.OrderStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every language says everything the page can say, in patterns MessageFormat accepts. */
class MessagesTest {

  static Stream<PageLanguage> languages() {
    return PageLanguage.ALL.stream();
  }

  static Properties bundle(PageLanguage language) throws IOException {
    String suffix = language.tag().equals("en") ? "" : "_" + language.tag().replace('-', '_');
    Properties properties = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream(
            "/dev/paydesk/pay/messages" + suffix + ".properties")) {
      assertThat(in).as("bundle of " + language.tag()).isNotNull();
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyLanguageHasEveryTextOfEnglishAndNoOther(PageLanguage language) throws IOException {
    Properties english = bundle(PageLanguage.ALL.get(0));
    Properties texts = bundle(language);
    assertThat(texts.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (OrderStatus status : OrderStatus.values()) {
      String screen = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
      assertThat(texts).containsKeys(screen + ".title", screen + ".lead");
    }
    for (String key : texts.stringPropertyNames()) {
      String text = texts.getProperty(key);
      assertThat(text).as(key).isNotBlank().doesNotContain("'");
      assertThatCode(() -> new MessageFormat(text, language.locale()))
          .as(key)
          .doesNotThrowAnyException();
      assertThat(placeholders(text))
          .as(key + " uses the figures English does")
          .isEqualTo(placeholders(english.getProperty(key)));
    }
  }

  private static java.util.Set<String> placeholders(String text) {
    java.util.Set<String> found = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d}").matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
