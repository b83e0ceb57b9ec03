package dev.paydesk.console.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OrdersCsvServletTest {

  @Test
  void quotesWhatWouldBreakAColumn() {
    assertThat(OrdersCsvServlet.cell("A-1001")).isEqualTo("A-1001");
    assertThat(OrdersCsvServlet.cell("two, mugs")).isEqualTo("\"two, mugs\"");
    assertThat(OrdersCsvServlet.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(OrdersCsvServlet.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(OrdersCsvServlet.cell(null)).isEmpty();
  }

  @Test
  void keepsASpreadsheetFromRunningACellAsAFormula() {
    assertThat(OrdersCsvServlet.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
    assertThat(OrdersCsvServlet.cell("+1")).isEqualTo("'+1");
    assertThat(OrdersCsvServlet.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }

  @Test
  void endsEachLineAsRfc4180Says() {
    assertThat(OrdersCsvServlet.line(Stream.of("a", "b"))).isEqualTo("a,b\r\n");
  }
}
