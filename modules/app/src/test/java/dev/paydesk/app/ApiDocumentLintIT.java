package dev.paydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The document Paydesk serves at {@code <public-url>/api/openapi.yaml}, as a shop developer's tools
 * read it (issue 26): swagger-parser finds it valid OpenAPI 3.0, and Spectral (the linter the
 * review used) passes it with every rule of its OpenAPI ruleset plus the shop API's own ({@code
 * src/test/node/spectral.yaml}: unique camelCase operationIds, security declared on every
 * operation, examples that validate, success and problem+json answers, closed schemas, date-time
 * times, shop API only). A document broken in each of those ways is linted too, so that the rules
 * are known to bite.
 */
class ApiDocumentLintIT extends SharedPaydeskTest {

  static final ObjectMapper JSON = new ObjectMapper();

  String served;

  @BeforeEach
  void readTheServedDocument() {
    HttpResponse<String> doc = paydesk.get(paydesk.uri("api/openapi.yaml"));
    assertThat(doc.statusCode()).isEqualTo(200);
    served = doc.body();
  }

  @Test
  void theServedDocumentIsValidOpenApi() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served, null, options);
    assertThat(parsed.getMessages()).as("swagger-parser's findings").isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    // its server is the deployment's public URL, so that a generated client needs no base path
    assertThat(parsed.getOpenAPI().getServers().get(0).getUrl())
        .isEqualTo(PaydeskHttp.PUBLIC_URL.replaceAll("/$", ""));
    // only shop API: CCPayment's webhook receivers and the sandbox are not in it
    assertThat(parsed.getOpenAPI().getPaths().keySet()).allMatch(p -> p.startsWith("/api/v1/"));
  }

  @Test
  void spectralFindsNothingWithEveryRule() {
    JsonNode findings = lint(served, "served-openapi.yaml");
    assertThat(findings).as("Spectral's findings: %s", findings.toPrettyString()).isEmpty();
  }

  @Test
  void theRulesCatchWhatTheyAreFor() {
    String broken =
        served
            // a second operation named getCheckout
            .replaceFirst("operationId: getRefund\n", "operationId: getCheckout\n")
            // a name a generator cannot make a verb of
            .replaceFirst("operationId: listTokens\n", "operationId: tokens\n")
            // an operation that only inherits its security
            .replaceFirst(
                "(operationId: getQuote\\n(?:.*\\n)*?)      security: \\[\\{shopApiKey: \\[\\]\\}\\]\\n",
                "$1")
            // an example its schema refuses (a decimal with a comma)
            .replaceFirst("amountPaid: \"0\"", "amountPaid: \"0,00\"")
            // the sandbox in the shop API
            .replace("  /api/v1/tokens:\n", "  /sandbox/tokens:\n")
            // a problem answer as plain JSON
            .replaceFirst(
                "\"503\": \\{\\$ref: '#/components/responses/GatewayUnavailable'\\}",
                "\"503\": {description: down, content: {application/json: {schema: {type: object}}}}")
            // a time as a bare string
            .replace(
                "lastRepeatedAt: {type: string, format: date-time}",
                "lastRepeatedAt: {type: string}")
            // an answer schema open to fields it does not name
            .replace(
                "    ExpiryRun:\n      type: object\n      additionalProperties: false\n",
                "    ExpiryRun:\n      type: object\n");
    Set<String> rules = new TreeSet<>();
    lint(broken, "broken-openapi.yaml")
        .forEach(finding -> rules.add(finding.path("code").asText()));
    assertThat(rules)
        .containsExactlyInAnyOrder(
            "operation-operationId-unique",
            "paydesk-operation-id-camel-case",
            "paydesk-operation-declares-security",
            "oas3-valid-media-example",
            "paydesk-shop-api-only",
            "paydesk-problem-answers-are-problem-json",
            "paydesk-times-are-date-time",
            "paydesk-closed-answer-schemas");
  }

  /** Spectral's findings on the document, every severity, as JSON. */
  static JsonNode lint(String document, String fileName) {
    Path tools = NodeTools.installed();
    try {
      Files.writeString(tools.resolve(fileName), document);
      NodeTools.Run run =
          NodeTools.bin(
              "spectral",
              "lint",
              "--ruleset",
              "spectral.yaml",
              "--format",
              "json",
              "--fail-severity",
              "hint",
              "--quiet",
              fileName);
      String out = run.out().strip();
      assertThat(out).as("Spectral ran (exit %d): %s", run.exitCode(), run.err()).startsWith("[");
      JsonNode findings = JSON.readTree(out);
      assertThat(run.exitCode()).isEqualTo(findings.isEmpty() ? 0 : 1);
      return findings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
