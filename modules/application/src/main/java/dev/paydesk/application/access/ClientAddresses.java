package dev.paydesk.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who a request came from. Behind a balancer every request comes from the balancer: only when the
 * direct peer is one of {@code paydesk.http.trusted-proxies} is the address it reports believed
 * (the last entry of {@code X-Forwarded-For}, the one the balancer itself added; earlier entries
 * are whatever the client wrote). Anyone else's header is ignored, so a client cannot choose its
 * own address for a rate limit. What the proxy reports is believed only when it looks like an
 * address (IPv4, IPv6, optionally bracketed with a port): it goes into rate-limit keys and log
 * lines.
 */
@ApplicationScoped
public class ClientAddresses {

  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:\\[\\]]{2,53}");

  private List<String> trusted;

  protected ClientAddresses() {
    // for CDI proxies
  }

  @Inject
  public ClientAddresses(
      @ConfigProperty(name = "paydesk.http.trusted-proxies") Optional<String> trustedProxies) {
    this.trusted =
        trustedProxies
            .map(t -> Arrays.stream(t.split(",")).map(String::trim).filter(s -> !s.isEmpty()))
            .map(s -> s.toList())
            .orElse(List.of());
  }

  /**
   * @param peer the connection's remote address
   * @param forwardedFor the {@code X-Forwarded-For} header, if any
   */
  public String of(String peer, String forwardedFor) {
    if (forwardedFor == null || forwardedFor.isBlank() || !trusted.contains(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    String last = hops[hops.length - 1].trim();
    return ADDRESS.matcher(last).matches() ? last : peer;
  }
}
