package dev.paydesk.console.sandbox;

import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.console.Messages;
import dev.paydesk.console.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /console/sandbox.xhtml?order=…}: in sandbox mode, a simulated buyer pays an order, and
 * CCPayment's faults can be armed for the next calls. Absent in live mode.
 */
@Named
@RequestScoped
public class SandboxPage {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  @Inject GatewayMode mode;

  @Inject SandboxControlClient sandbox;

  @Inject CurrentUser user;

  @Inject Messages messages;

  private String order;
  private String kind = "FULL";
  private BigDecimal amount;
  private int transactions = 1;
  private int duplicates;
  private boolean intermediate;
  private boolean outOfOrder;
  private boolean drop;
  private boolean lost;
  private boolean risky;
  private Long processingSeconds;
  private String fault = "TIMEOUT";
  private String endpoint = "bill/create";
  private int faultCount = 1;

  public boolean isAvailable() {
    return mode.isSandbox();
  }

  public String pay() {
    requireSandboxOperator();
    JsonObjectBuilder simulation =
        JSONP
            .createObjectBuilder()
            .add("kind", kind)
            .add("transactions", transactions)
            .add("duplicates", duplicates)
            .add("intermediate", intermediate)
            .add("outOfOrder", outOfOrder)
            .add("drop", drop)
            .add("lost", lost)
            .add("risky", risky);
    if (amount != null) {
      simulation.add("amount", amount.toPlainString());
    }
    if (processingSeconds != null) {
      simulation.add("processingSeconds", processingSeconds);
    }
    SandboxControlClient.Answer answer = sandbox.pay(order, simulation.build().toString());
    if (lost && answer.ok()) {
      // the merchant (or the buyer) needs the transaction id to ask CCPayment for a rescan
      String txids =
          jakarta.json.Json.createReader(new java.io.StringReader(answer.body()))
              .readArray()
              .getValuesAs(jakarta.json.JsonObject.class)
              .stream()
              .map(t -> t.getString("txid"))
              .collect(java.util.stream.Collectors.joining(", "));
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, messages.format("sandbox.paid.lost", txids), null));
      return "/console/sandbox?faces-redirect=true&order=" + (order == null ? "" : order);
    }
    return report(answer, "sandbox.paid");
  }

  public String armFault() {
    requireSandboxOperator();
    JsonObjectBuilder armed =
        JSONP.createObjectBuilder().add("kind", fault).add("count", faultCount).add("code", 13002);
    if (endpoint != null && !endpoint.isBlank()) {
      armed.add("endpoint", endpoint);
    }
    return report(sandbox.armFault(armed.build().toString()), "sandbox.armed");
  }

  public String clearFaults() {
    requireSandboxOperator();
    return report(sandbox.clearFaults(), "sandbox.cleared");
  }

  private void requireSandboxOperator() {
    user.requireMayActOnOrders();
    if (!mode.isSandbox()) {
      throw new SecurityException("the sandbox exists only in sandbox mode");
    }
  }

  private String report(SandboxControlClient.Answer answer, String doneKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null,
        answer.ok()
            ? new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(doneKey), null)
            : new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                messages.format("sandbox.refused", answer.status(), answer.body()),
                null));
    return "/console/sandbox?faces-redirect=true&order=" + (order == null ? "" : order);
  }

  public List<String> getKinds() {
    return List.of("FULL", "PARTIAL", "OVER", "FAILED");
  }

  public List<String> getFaults() {
    return List.of("TIMEOUT", "HTTP_500", "ERROR_CODE", "BAD_SIGNATURE");
  }

  public List<String> getEndpoints() {
    return List.of(
        "bill/create",
        "bill/info",
        "coin/all",
        "token/rate",
        "v2/createAppOrderDepositAddress",
        "v2/getAppDepositRecord",
        "v2/getAppDepositRecordList",
        "v2/getCoinList",
        "v2/getCoinUSDTPrice",
        "v2/rescanLostTransaction",
        "v2/webhook/resend");
  }

  public String getOrder() {
    return order;
  }

  public void setOrder(String order) {
    this.order = order;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public int getTransactions() {
    return transactions;
  }

  public void setTransactions(int transactions) {
    this.transactions = transactions;
  }

  public int getDuplicates() {
    return duplicates;
  }

  public void setDuplicates(int duplicates) {
    this.duplicates = duplicates;
  }

  public boolean isIntermediate() {
    return intermediate;
  }

  public void setIntermediate(boolean intermediate) {
    this.intermediate = intermediate;
  }

  public boolean isOutOfOrder() {
    return outOfOrder;
  }

  public void setOutOfOrder(boolean outOfOrder) {
    this.outOfOrder = outOfOrder;
  }

  public boolean isDrop() {
    return drop;
  }

  public void setDrop(boolean drop) {
    this.drop = drop;
  }

  public boolean isLost() {
    return lost;
  }

  public void setLost(boolean lost) {
    this.lost = lost;
  }

  public boolean isRisky() {
    return risky;
  }

  public void setRisky(boolean risky) {
    this.risky = risky;
  }

  public Long getProcessingSeconds() {
    return processingSeconds;
  }

  public void setProcessingSeconds(Long processingSeconds) {
    this.processingSeconds = processingSeconds;
  }

  public String getFault() {
    return fault;
  }

  public void setFault(String fault) {
    this.fault = fault;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  public int getFaultCount() {
    return faultCount;
  }

  public void setFaultCount(int faultCount) {
    this.faultCount = faultCount;
  }
}
