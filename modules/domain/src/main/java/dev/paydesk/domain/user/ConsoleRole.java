package dev.paydesk.domain.user;

/** What a console user may do. Each role may do everything the ones below it may. */
public enum ConsoleRole {
  /** Everything, users included. */
  ADMIN,
  /** Acts on orders (check now, notes, cancel). */
  OPERATOR,
  /** Reads only. */
  VIEWER;

  public boolean mayActOnOrders() {
    return this == ADMIN || this == OPERATOR;
  }

  public boolean mayManageUsers() {
    return this == ADMIN;
  }
}
