package dev.paydesk.console.security;

import dev.paydesk.domain.user.ConsoleRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/** Who is signed in, and what they may do: what pages show, and what page beans enforce. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;

  public String getName() {
    return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName).orElse("");
  }

  public Optional<ConsoleRole> role() {
    return Arrays.stream(ConsoleRole.values())
        .filter(r -> security.isCallerInRole(r.name()))
        .findFirst();
  }

  public String getRoleName() {
    return role().map(Enum::name).orElse("");
  }

  public boolean isMayActOnOrders() {
    return role().filter(ConsoleRole::mayActOnOrders).isPresent();
  }

  public boolean isMayManageUsers() {
    return role().filter(ConsoleRole::mayManageUsers).isPresent();
  }

  /**
   * @throws SecurityException the user may not act on orders (a forged post of a hidden button)
   */
  public void requireMayActOnOrders() {
    if (!isMayActOnOrders()) {
      throw new SecurityException(getName() + " may not act on orders");
    }
  }

  /**
   * @throws SecurityException the user may not manage users
   */
  public void requireMayManageUsers() {
    if (!isMayManageUsers()) {
      throw new SecurityException(getName() + " may not manage users");
    }
  }
}
