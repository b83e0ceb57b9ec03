package dev.paydesk.console.user;

import dev.paydesk.application.user.ConsoleUserService;
import dev.paydesk.application.user.TwoFactorService;
import dev.paydesk.console.Messages;
import dev.paydesk.console.Times;
import dev.paydesk.console.security.CurrentUser;
import dev.paydesk.domain.user.ConsoleRole;
import dev.paydesk.domain.user.UserRefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /console/admin/users.xhtml}: the console's users, adding one, and ({@code ?edit=<name>})
 * changing one: the form shows that user's current role and access, so saving a new password
 * changes nothing else (ADMIN only).
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One user as the list shows it. */
  public static class UserRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String username;
    private final String role;
    private final boolean enabled;
    private final String createdAt;
    private final String lastLoginAt;
    private final boolean twoFactor;

    UserRow(
        String username,
        String role,
        boolean enabled,
        String createdAt,
        String lastLoginAt,
        boolean twoFactor) {
      this.twoFactor = twoFactor;
      this.username = username;
      this.role = role;
      this.enabled = enabled;
      this.createdAt = createdAt;
      this.lastLoginAt = lastLoginAt;
    }

    public String getUsername() {
      return username;
    }

    public String getRole() {
      return role;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public String getCreatedAt() {
      return createdAt;
    }

    public String getLastLoginAt() {
      return lastLoginAt;
    }

    public boolean isTwoFactor() {
      return twoFactor;
    }
  }

  @Inject ConsoleUserService users;

  @Inject TwoFactorService twoFactor;

  @Inject CurrentUser user;

  @Inject Messages messages;

  private String username;
  private String password;
  private String role = ConsoleRole.VIEWER.name();
  private String changed;
  private String changedRole;
  private boolean changedEnabled;
  private String changedPassword;
  private boolean editing;
  private boolean changedHasTwoFactor;
  private boolean turnOffTwoFactor;

  /** Runs once the URL's parameters are read: fills the change form with the user as they are. */
  public void load() {
    user.requireMayManageUsers();
    if (changed == null || changed.isBlank()) {
      return;
    }
    users.users().stream()
        .filter(u -> u.username().equals(changed))
        .findFirst()
        .ifPresent(
            u -> {
              editing = true;
              changedHasTwoFactor = u.twoFactor();
              if (!FacesContext.getCurrentInstance().isPostback()) {
                changedRole = u.role().name();
                changedEnabled = u.enabled();
              }
            });
  }

  public boolean isEditing() {
    return editing;
  }

  public List<UserRow> getUsers() {
    user.requireMayManageUsers();
    return users.users().stream()
        .map(
            u ->
                new UserRow(
                    u.username(),
                    u.role().name(),
                    u.enabled(),
                    Times.format(u.createdAt()),
                    Times.format(u.lastLoginAt()),
                    u.twoFactor()))
        .toList();
  }

  public String create() {
    user.requireMayManageUsers();
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      users.create(username, password, ConsoleRole.valueOf(role));
    } catch (UserRefusedException e) {
      return refused(faces, messages.refusal(e));
    } catch (IllegalArgumentException notARole) {
      return refused(faces, messages.get("users.badRole"));
    } finally {
      password = null;
    }
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO, messages.format("users.created", username), null));
    return "/console/admin/users?faces-redirect=true";
  }

  /** Shows why nothing changed; the page stays as it was filled in. */
  private static String refused(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    return null;
  }

  /** Changes another user's role, access or password. */
  public String change() {
    user.requireMayManageUsers();
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      users.change(
          user.getName(),
          changed,
          ConsoleRole.valueOf(changedRole),
          changedEnabled,
          changedPassword);
      if (turnOffTwoFactor) {
        // the user lost both their app and their recovery codes: they sign in with the password
        twoFactor.reset(user.getName(), changed);
      }
    } catch (UserRefusedException e) {
      return refused(faces, messages.refusal(e));
    } catch (IllegalArgumentException notARole) {
      return refused(faces, messages.get("users.badRole"));
    } finally {
      changedPassword = null;
    }
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO, messages.format("users.changed", changed), null));
    return "/console/admin/users?faces-redirect=true";
  }

  /** Whether the user being changed signs in with a second factor. */
  public boolean isChangedHasTwoFactor() {
    return changedHasTwoFactor;
  }

  public boolean isTurnOffTwoFactor() {
    return turnOffTwoFactor;
  }

  public void setTurnOffTwoFactor(boolean turnOffTwoFactor) {
    this.turnOffTwoFactor = turnOffTwoFactor;
  }

  public String getChanged() {
    return changed;
  }

  public void setChanged(String changed) {
    this.changed = changed;
  }

  public String getChangedRole() {
    return changedRole;
  }

  public void setChangedRole(String changedRole) {
    this.changedRole = changedRole;
  }

  public boolean isChangedEnabled() {
    return changedEnabled;
  }

  public void setChangedEnabled(boolean changedEnabled) {
    this.changedEnabled = changedEnabled;
  }

  public String getChangedPassword() {
    return changedPassword;
  }

  public void setChangedPassword(String changedPassword) {
    this.changedPassword = changedPassword;
  }

  public List<String> getRoles() {
    return Arrays.stream(ConsoleRole.values()).map(Enum::name).toList();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
