package dev.paydesk.pay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageLanguageTest {

  @ParameterizedTest(name = "lang={0}, Accept-Language={1} → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "null  | null                          | en",
        "null  | es-MX,es;q=0.9,en;q=0.8       | es",
        "null  | pt-BR,pt;q=0.9                | pt-BR",
        "null  | pt-PT                         | pt-BR",
        "null  | zh-TW,zh;q=0.9                | zh-CN",
        "null  | de-DE,fr;q=0.8,es;q=0.5       | es",
        "null  | de-DE,fr;q=0.8                | en",
        "null  | en;q=0.1,zh-CN;q=0.9          | zh-CN",
        "null  | *                             | en",
        "null  | ;;;garbage==                  | en",
        "es    | zh-CN                         | es",
        "pt-br | en                            | pt-BR",
        "ZH-cn | en                            | zh-CN",
        "xx    | es                            | es",
        "''    | pt                            | pt-BR"
      })
  void choosesTheAskedLanguageElseTheBrowsersElseEnglish(
      String lang, String acceptLanguage, String chosen) {
    assertThat(PageLanguage.choose(lang, acceptLanguage).tag()).isEqualTo(chosen);
  }
}
