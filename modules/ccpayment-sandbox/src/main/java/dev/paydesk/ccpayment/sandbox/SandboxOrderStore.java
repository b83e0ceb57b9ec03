package dev.paydesk.ccpayment.sandbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/** The sandbox's orders in its own table ({@code sandbox_order}), through plain JDBC. */
@ApplicationScoped
class SandboxOrderStore {

  /** SQLSTATE of a unique-constraint violation, the same on H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final String COLUMNS =
      "order_id, app_id, merchant_order_id, token_id, product_price, "
          + "denominated_currency, order_amount, token_rate, fiat_rate, pay_address, memo, remark, notify_url, "
          + "custom_value, order_valid_period, created_epoch, api";

  private static final String TRADE_COLUMNS =
      "order_id, record_id, txid, amount, status, pay_time, delivered, risky";

  // Paydesk's datasource (defined by the persistence module); the sandbox keeps to its own tables.
  // Paydesk's datasource, as the persistence module resolves it (paydesk.db.jndi-name)
  @Resource(lookup = "${MPCONFIG=paydesk.db.jndi-name:java:app/jdbc/paydesk}")
  private DataSource dataSource;

  /**
   * @throws SandboxError {@code ORDER_DUPLICATE} when the merchant order id is taken
   */
  void add(SandboxOrder order) {
    String sql =
        "INSERT INTO sandbox_order (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, order.orderId());
      ps.setString(2, order.appId());
      ps.setString(3, order.merchantOrderId());
      ps.setString(4, order.tokenId());
      ps.setBigDecimal(5, order.productPrice());
      ps.setString(6, order.denominatedCurrency());
      ps.setBigDecimal(7, order.orderAmount());
      ps.setBigDecimal(8, order.tokenRate());
      ps.setBigDecimal(9, order.fiatRate());
      ps.setString(10, order.payAddress());
      ps.setString(11, order.memo());
      ps.setString(12, order.remark());
      ps.setString(13, order.notifyUrl());
      ps.setString(14, order.customValue());
      ps.setLong(15, order.orderValidPeriod());
      ps.setLong(16, order.createdEpoch());
      ps.setString(17, order.api());
      ps.executeUpdate();
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new SandboxError(
            SandboxError.ORDER_DUPLICATE, "OrderDuplicate: merchant_order_id already used");
      }
      throw new IllegalStateException("sandbox_order insert failed", e);
    }
  }

  List<SandboxOrder> findByMerchantOrderIds(String appId, List<String> merchantOrderIds) {
    if (merchantOrderIds.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>();
    params.add(appId);
    params.addAll(merchantOrderIds);
    return orders(
        "SELECT "
            + COLUMNS
            + " FROM sandbox_order WHERE app_id = ? AND merchant_order_id IN ("
            + String.join(",", Collections.nCopies(merchantOrderIds.size(), "?"))
            + ") ORDER BY id",
        params.toArray());
  }

  /** Every order made through the v2 face for this app, oldest first. */
  List<SandboxOrder> findV2Orders(String appId) {
    return orders(
        "SELECT " + COLUMNS + " FROM sandbox_order WHERE app_id = ? AND api = ? ORDER BY id",
        appId,
        SandboxOrder.V2);
  }

  private List<SandboxOrder> orders(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<SandboxOrder> found = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(read(rs));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("sandbox_order query failed", e);
    }
  }

  java.util.Optional<SandboxOrder> findByMerchantOrderId(String appId, String merchantOrderId) {
    return findByMerchantOrderIds(appId, List.of(merchantOrderId)).stream().findFirst();
  }

  void addTrade(SandboxTrade trade) {
    addTrade(trade, false);
  }

  /**
   * @param lost CCPayment's scan missed it: no record, list or webhook shows it until {@link
   *     #found} (rescanLostTransaction)
   */
  void addTrade(SandboxTrade trade, boolean lost) {
    update(
        "INSERT INTO sandbox_trade"
            + " (order_id, record_id, txid, amount, status, pay_time, delivered, risky, lost)"
            + " VALUES (?,?,?,?,?,?,?,?,?)",
        trade.orderId(),
        trade.recordId(),
        trade.txid(),
        trade.amount(),
        trade.status(),
        trade.payTime(),
        trade.delivered(),
        trade.risky(),
        lost);
  }

  /** A trade by its transaction id, and whether CCPayment's scan has missed it so far. */
  record OnChain(SandboxTrade trade, boolean lost) {}

  java.util.Optional<OnChain> findByTxid(String txid) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + TRADE_COLUMNS + ", lost FROM sandbox_trade WHERE txid = ?")) {
      ps.setString(1, txid);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? java.util.Optional.of(new OnChain(trade(rs), rs.getBoolean(9)))
            : java.util.Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("sandbox_trade query failed", e);
    }
  }

  /** A lost trade found by a rescan: recorded from now on, confirmed at {@code payTime}. */
  void found(String recordId, long payTime) {
    update(
        "UPDATE sandbox_trade SET lost = FALSE, pay_time = ? WHERE record_id = ?",
        payTime,
        recordId);
  }

  void markDelivered(String recordId) {
    update("UPDATE sandbox_trade SET delivered = TRUE WHERE record_id = ?", recordId);
  }

  /** The trades of these orders, oldest first, in one query. */
  List<SandboxTrade> tradesOf(List<String> orderIds) {
    if (orderIds.isEmpty()) {
      return List.of();
    }
    return trades(
        "SELECT "
            + TRADE_COLUMNS
            + " FROM sandbox_trade WHERE NOT lost AND order_id IN ("
            + String.join(",", Collections.nCopies(orderIds.size(), "?"))
            + ") ORDER BY id",
        orderIds.toArray());
  }

  /** Final (success or failed) trades paid in the window, for {@code webhook/resend}. */
  List<SandboxTrade> finalTradesBetween(long fromEpoch, long toEpoch) {
    return trades(
        "SELECT "
            + TRADE_COLUMNS
            + " FROM sandbox_trade WHERE NOT lost AND pay_time >= ? AND pay_time <= ?"
            + " AND status IN ('success', 'failed') ORDER BY id",
        fromEpoch,
        toEpoch);
  }

  java.util.Optional<SandboxOrder> findByOrderId(String orderId) {
    return orders("SELECT " + COLUMNS + " FROM sandbox_order WHERE order_id = ?", orderId).stream()
        .findFirst();
  }

  private List<SandboxTrade> trades(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<SandboxTrade> found = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(trade(rs));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("sandbox_trade query failed", e);
    }
  }

  private static SandboxTrade trade(ResultSet rs) throws SQLException {
    return new SandboxTrade(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getBigDecimal(4),
        rs.getString(5),
        rs.getLong(6),
        rs.getBoolean(7),
        rs.getBoolean(8));
  }

  private void update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("sandbox update failed", e);
    }
  }

  private static SandboxOrder read(ResultSet rs) throws SQLException {
    return new SandboxOrder(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getBigDecimal(5),
        rs.getString(6),
        rs.getBigDecimal(7),
        rs.getBigDecimal(8),
        rs.getBigDecimal(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14),
        rs.getLong(15),
        rs.getLong(16),
        rs.getString(17));
  }
}
