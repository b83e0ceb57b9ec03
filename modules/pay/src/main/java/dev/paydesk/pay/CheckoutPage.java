package dev.paydesk.pay;

import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.order.BlockExplorers;
import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.application.order.PaymentView;
import dev.paydesk.application.payment.RescanService;
import dev.paydesk.application.token.TokenCatalog;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.token.Token;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The buyer's page for one checkout: which screen, in which language, with what figures. Read once
 * per request; the page holds no state of its own, so a refresh (or the script's quiet re-fetch)
 * always shows the checkout as it is now.
 */
@Named("pay")
@RequestScoped
public class CheckoutPage {

  static final String BUNDLE = "dev.paydesk.pay.messages";

  @Inject HttpServletRequest request;
  @Inject OrderReadService reads;
  @Inject PageBranding branding;
  @Inject Clock clock;
  @Inject GatewayMode mode;
  @Inject TokenCatalog tokens;

  @Inject
  @ConfigProperty(name = "paydesk.reconciliation.late-payment-window", defaultValue = "P7D")
  Duration lateWindow;

  private String id;
  private CheckoutView checkout;
  private PageLanguage language;
  private ResourceBundle text;

  /** A language as the switch offers it (a class with getters: EL 5 reads no records). */
  public static final class LanguageLink {
    private final PageLanguage language;
    private final String url;
    private final boolean current;

    LanguageLink(PageLanguage language, String url, boolean current) {
      this.language = language;
      this.url = url;
      this.current = current;
    }

    public String getTag() {
      return language.tag();
    }

    public String getName() {
      return language.name();
    }

    public String getUrl() {
      return url;
    }

    public boolean isCurrent() {
      return current;
    }
  }

  @PostConstruct
  void load() {
    id = String.valueOf(request.getAttribute(PayServlet.CHECKOUT_ID));
    checkout = CheckoutId.parse(id).flatMap(reads::checkout).orElse(null);
    language =
        PageLanguage.choose(request.getParameter("lang"), request.getHeader("Accept-Language"));
    text = ResourceBundle.getBundle(BUNDLE, language.locale());
    if (checkout == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  /**
   * Which screen: the checkout's status written as in CSS ({@code awaiting-payment}), or {@code
   * not-found}. It names the screen's texts ({@code awaiting-payment.title}) and its style.
   */
  public String getScreen() {
    if (checkout == null) {
      return "not-found";
    }
    if (isCancelledWithMoney()) {
      // money arrived after the cancel and did not cover the order: not paid, and not nothing
      return "cancelled-part-paid";
    }
    return shown().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The status the buyer is shown: the checkout's, except that one still asking for money once its
   * time is up reads as expired at once (the expiry run that makes it so comes within its grace
   * period; a payment in that grace still counts, and the page then says so).
   */
  OrderStatus shown() {
    OrderStatus status = checkout.status();
    boolean timeUp =
        checkout.expiresAt() != null && !clock.instant().isBefore(checkout.expiresAt());
    if (timeUp && status == OrderStatus.AWAITING_PAYMENT) {
      return OrderStatus.EXPIRED;
    }
    if (timeUp && status == OrderStatus.UNDERPAID) {
      return OrderStatus.EXPIRED_UNDERPAID;
    }
    return status;
  }

  /**
   * Whether the page follows the checkout live: something may still change for the buyer. Money can
   * arrive late for as long as the gateway takes it ({@code
   * paydesk.reconciliation.late-payment-window} after the end: v2 keeps an address open 7 days), so
   * an ended page keeps looking, more slowly.
   */
  public boolean isLive() {
    if (checkout == null) {
      return false;
    }
    if (checkout.status().isOpen()) {
      return true;
    }
    Instant ended =
        checkout.expiredAt() != null
            ? checkout.expiredAt()
            : checkout.expiresAt() != null ? checkout.expiresAt() : checkout.updatedAt();
    return checkout.status().hasEnded()
        && checkout.payAddress() != null
        && clock.instant().isBefore(ended.plus(lateWindow));
  }

  /** Whether the page listens to the checkout's event stream (while it is open); else it polls. */
  public boolean isStreamed() {
    return checkout != null && checkout.status().isOpen();
  }

  /** How often a page without script reloads itself while live. */
  public int getRefreshSeconds() {
    return isStreamed() ? 15 : 60;
  }

  public boolean isPayable() {
    return checkout != null && checkout.payable();
  }

  public boolean isFound() {
    return checkout != null;
  }

  /**
   * The checkout as the application shows it: the page reads its components ({@code
   * #{pay.checkout.payAddress}}) through the console's record resolver.
   */
  public CheckoutView getCheckout() {
    return checkout;
  }

  public String text(String key) {
    try {
      return text.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The screen's own text ({@code awaiting-payment.title}, …). */
  public String screenText(String part) {
    return text(getScreen() + "." + part);
  }

  /** A text with its figures in place (the bundles' patterns are MessageFormat). */
  public String format(String key, String argument) {
    return format(key, new Object[] {argument});
  }

  private String format(String key, Object[] arguments) {
    return new MessageFormat(text(key), language.locale()).format(arguments);
  }

  /** What the screen tells the buyer, with its figures (all strings: amounts stay exact). */
  public String getLead() {
    String store = getStoreName();
    Object[] figures =
        checkout == null
            ? new Object[0]
            : switch (shown()) {
              case CANCELLED ->
                  isCancelledWithMoney()
                      ? new Object[] {getAmountPaid(), symbol(), store}
                      : new Object[] {store};
              case GATEWAY_FAILED, PAYMENT_DETECTED -> new Object[] {store};
              case AWAITING_PAYMENT -> new Object[] {getAmountDue(), symbol(), checkout.network()};
              case UNDERPAID -> new Object[] {getAmountPaid(), symbol(), getAmountRemaining()};
              case PAID -> new Object[] {getAmountPaid(), symbol()};
              case OVERPAID -> new Object[] {getAmountPaid(), symbol(), getAmountDue(), store};
              case EXPIRED_UNDERPAID ->
                  new Object[] {getAmountPaid(), getAmountDue(), symbol(), store};
              case PAID_LATE -> new Object[] {getAmountPaid(), symbol(), store};
              case CREATING, EXPIRED -> new Object[0];
            };
    return format(getScreen() + ".lead", figures);
  }

  private boolean isCancelledWithMoney() {
    return checkout.status() == OrderStatus.CANCELLED
        && checkout.amountPaid() != null
        && checkout.amountPaid().signum() > 0;
  }

  /** Sandbox mode: the page says plainly that no real money is asked for. */
  public boolean isTestMode() {
    return !mode.isLive();
  }

  /** Whether the buyer is asked to send money now (all of it, or the rest). */
  public boolean isAsking() {
    return is(OrderStatus.AWAITING_PAYMENT, OrderStatus.UNDERPAID);
  }

  /**
   * Whether the buyer can say "I already paid" and have CCPayment look for the transaction: an
   * order made with CCPayment v2 (v1 has no rescan) that still waits for money, or has ended
   * without it.
   */
  public boolean isRescanOffered() {
    return checkout != null
        && "v2".equals(checkout.gatewayApi())
        && checkout.payAddress() != null
        && RescanService.buyerMayAsk(shown());
  }

  /** CCPayment's answer to the buyer's rescan, on the page that answers it. */
  public String getRescanAnswer() {
    Object answer = request.getAttribute(PayServlet.RESCAN_ANSWER);
    return answer == null ? null : answer.toString();
  }

  /** Why the buyer's rescan was not asked, in the page's language. */
  public String getRescanRefused() {
    Object refused = request.getAttribute(PayServlet.RESCAN_REFUSED);
    return refused == null ? null : text("rescan.refused." + refused);
  }

  /** Whether the rescan form opens by itself: the buyer just used it. */
  public boolean isRescanOpen() {
    return getRescanAnswer() != null || getRescanRefused() != null;
  }

  public String getRescanUrl() {
    return pageUrl() + "/rescan";
  }

  /** Whether going back to the shop is what the buyer does next (the money arrived). */
  public boolean isReturnPrimary() {
    return is(OrderStatus.PAID, OrderStatus.OVERPAID, OrderStatus.PAID_LATE);
  }

  /** Whether a transaction id is worth showing: a payment is on its way or has arrived. */
  public boolean isTxidShown() {
    return getTxid() != null
        && is(
            OrderStatus.PAYMENT_DETECTED,
            OrderStatus.PAID,
            OrderStatus.OVERPAID,
            OrderStatus.PAID_LATE);
  }

  /** Whether a way back to the shop is offered: not while the buyer is paying. */
  public boolean isReturnShown() {
    return getReturnUrl() != null
        && !is(
            OrderStatus.CREATING,
            OrderStatus.AWAITING_PAYMENT,
            OrderStatus.PAYMENT_DETECTED,
            OrderStatus.UNDERPAID);
  }

  private boolean is(OrderStatus... statuses) {
    return checkout != null && Arrays.asList(statuses).contains(shown());
  }

  /**
   * The "open in wallet" link for what is still due, where the chain has a standard one ({@link
   * WalletUri}); null otherwise, or when the token's decimals are not known just now.
   */
  public String getWalletUrl() {
    // the page asks twice (whether to show it, and its address): one catalog lookup a request
    if (walletUrl == null) {
      walletUrl = Optional.ofNullable(walletUrlNow());
    }
    return walletUrl.orElse(null);
  }

  private Optional<String> walletUrl;

  private String walletUrlNow() {
    if (!isAsking() || checkout.payAddress() == null) {
      return null;
    }
    Integer decimals = null;
    try {
      decimals = tokens.find(checkout.tokenId()).map(Token::precision).orElse(null);
    } catch (RuntimeException e) {
      // the gateway's token list is not at hand: a link that needs the decimals is left out
    }
    return WalletUri.of(
            checkout.chain(),
            checkout.contract(),
            checkout.payAddress(),
            checkout.amountRemaining(),
            checkout.memo(),
            decimals)
        .orElse(null);
  }

  /** The buyer's transaction on the chain's public explorer, when Paydesk knows one. */
  public String getTxidUrl() {
    String txid = getTxid();
    String byChain = BlockExplorers.transaction(checkout.chain(), txid);
    return byChain != null ? byChain : BlockExplorers.transaction(checkout.network(), txid);
  }

  public String getLanguageTag() {
    return language.tag();
  }

  public Locale getLocale() {
    return language.locale();
  }

  public List<LanguageLink> getLanguages() {
    return PageLanguage.ALL.stream()
        .map(
            l ->
                new LanguageLink(
                    l,
                    languageBase() + "?lang=" + URLEncoder.encode(l.tag(), StandardCharsets.UTF_8),
                    l.equals(language)))
        .toList();
  }

  public String getStoreName() {
    return branding.storeName().orElse(text("store.fallback"));
  }

  public boolean isStoreNamed() {
    return branding.storeName().isPresent();
  }

  public String getLogoUrl() {
    return branding
        .logo()
        .map(u -> u.isAbsolute() ? u.toString() : request.getContextPath() + u)
        .orElse(null);
  }

  /** The price as the shop set it: money in the buyer's number format, or the token amount. */
  public String getPrice() {
    if (CheckoutTerms.TOKEN.equals(checkout.currency())) {
      return plain(checkout.price()) + " " + symbol();
    }
    NumberFormat money = NumberFormat.getCurrencyInstance(language.locale());
    money.setCurrency(Currency.getInstance(checkout.currency()));
    return money.format(checkout.price());
  }

  public String getAmountDue() {
    return plain(checkout.cryptoAmount());
  }

  public String getAmountPaid() {
    return plain(checkout.amountPaid());
  }

  public String getAmountRemaining() {
    return plain(checkout.amountRemaining());
  }

  /** The crypto's symbol (USDT), or the token id before the gateway named it. */
  public String symbol() {
    return checkout.crypto() != null ? checkout.crypto() : checkout.tokenId();
  }

  public String getSymbol() {
    return symbol();
  }

  public boolean isMemoRequired() {
    return checkout.memo() != null && !checkout.memo().isBlank();
  }

  /** The newest payment's transaction id, for the buyer to recognise and quote. */
  public String getTxid() {
    if (checkout == null) {
      return null;
    }
    List<PaymentView> payments = checkout.payments();
    for (int i = payments.size() - 1; i >= 0; i--) {
      if (payments.get(i).txid() != null) {
        return payments.get(i).txid();
      }
    }
    return null;
  }

  public String getReturnUrl() {
    return checkout == null ? null : checkout.returnUrl();
  }

  public long getNowMillis() {
    return clock.millis();
  }

  public long getExpiresAtMillis() {
    return checkout.expiresAt() == null ? 0 : checkout.expiresAt().toEpochMilli();
  }

  /** Time left as H:MM:SS, as the page shows it before (or without) its script. */
  public String getTimeLeft() {
    if (checkout.expiresAt() == null) {
      return "";
    }
    Duration left = Duration.between(clock.instant(), checkout.expiresAt());
    if (left.isNegative()) {
      left = Duration.ZERO;
    }
    return String.format(
        Locale.ROOT, "%d:%02d:%02d", left.toHours(), left.toMinutesPart(), left.toSecondsPart());
  }

  public String getPageUrl() {
    return pageUrl();
  }

  /** The page the language links reload: this one (the checkout's, or its refund link's). */
  private String languageBase() {
    Object own = request.getAttribute(PayServlet.PAGE_PATH);
    return own != null ? request.getContextPath() + own : pageUrl();
  }

  private String pageUrl() {
    return request.getContextPath() + "/pay/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  public String getQrUrl() {
    return apiUrl() + "/qr";
  }

  public String getEventsUrl() {
    return apiUrl() + "/events";
  }

  private String apiUrl() {
    return request.getContextPath() + "/api/v1/checkouts/" + checkout.id();
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
  }
}
