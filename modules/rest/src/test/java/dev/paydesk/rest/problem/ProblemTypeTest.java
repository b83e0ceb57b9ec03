package dev.paydesk.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

  @Test
  void typesArePublishedUrnsThatShopsBranchOn() {
    // published before the types were gathered here: they must not change
    assertThat(ProblemType.CHECKOUT_NOT_FOUND.uri())
        .isEqualTo("urn:paydesk:problem:checkout-not-found");
    assertThat(ProblemType.IDEMPOTENCY_KEY_REUSED.uri())
        .isEqualTo("urn:paydesk:problem:idempotency-key-reused");
    assertThat(ProblemType.TOO_MANY_STREAMS.uri())
        .isEqualTo("urn:paydesk:problem:too-many-streams");
    assertThat(Problem.ofStatus(406, "Not Acceptable", null).type())
        .isEqualTo("urn:paydesk:problem:http-406");
    assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri))
        .allMatch(uri -> uri.matches("urn:paydesk:problem:[a-z]+(-[a-z]+)*"))
        .doesNotHaveDuplicates();
  }
}
