package dev.paydesk.client.api;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * A {@link PaydeskApi} without CDI (plain Java SE, a batch job, a test), with any MicroProfile Rest
 * Client implementation on the class path (Jersey's {@code jersey-mp-rest-client}, RESTEasy's …)
 * and a JSON-B one:
 *
 * <pre>{@code
 * PaydeskApi paydesk = PaydeskClients.connect(
 *     URI.create("https://pay.example.com/paydesk/api/"), System.getenv("PAYDESK_API_KEY"));
 * }</pre>
 */
public final class PaydeskClients {

  /** How long {@link #create} keeps trying while Paydesk says to retry later. */
  public static final Duration CREATE_PATIENCE = Duration.ofSeconds(30);

  private PaydeskClients() {}

  /**
   * {@link PaydeskApi#createCheckout}, sent again under the same key while Paydesk says to retry
   * after {@code Retry-After} (an identical request in progress, CCPayment unavailable), for up to
   * {@link #CREATE_PATIENCE}; then the last problem is thrown. (A static helper rather than a
   * default method: not every Rest Client implementation calls default methods correctly.)
   */
  public static Checkout create(PaydeskApi api, String idempotencyKey, NewCheckout checkout) {
    return Retrying.call(() -> api.createCheckout(idempotencyKey, checkout), CREATE_PATIENCE);
  }

  /**
   * @param api Paydesk's API root, {@code <paydesk.public-url>/api/}
   * @param apiKey the shop's API key
   */
  public static PaydeskApi connect(URI api, String apiKey) {
    return builder(api).apiKey(apiKey).build();
  }

  public static Builder builder(URI api) {
    return new Builder(api);
  }

  /** Where, with which key, and how patiently. */
  public static final class Builder {

    private final URI api;
    private String apiKey;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(30);

    private Builder(URI api) {
      this.api = api;
    }

    public Builder apiKey(String key) {
      this.apiKey = key;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /** How long to wait for an answer: creating a checkout waits for CCPayment (30 s default). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    public PaydeskApi build() {
      RestClientBuilder builder =
          RestClientBuilder.newBuilder()
              .baseUri(api)
              .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
              .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
      if (apiKey != null) {
        builder.register(new ApiKey.Given(apiKey));
      }
      return builder.build(PaydeskApi.class);
    }
  }
}
