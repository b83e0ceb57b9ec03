// A shop developer's first program on the TypeScript client openapi-generator (typescript-fetch) makes
// from Paydesk's published contract. TypeScriptClientIT compiles it with tsc --strict, so that every
// field is read with the type the document gives it (a Date where the contract says date-time, a string
// for decimals, a number for integers), then runs it against a real Paydesk and compares what it
// printed with Paydesk's own answers.
import {
  CheckoutsApi,
  CheckoutStatus,
  Configuration,
  ProblemFromJSON,
  ResponseError,
  TimelineEntry,
  TokensApi,
} from './generated';

declare const process: { argv: string[]; exitCode?: number };

async function problemOf(call: () => Promise<unknown>): Promise<{ status: number; type: string; fields: string[] }> {
  try {
    await call();
  } catch (e) {
    if (e instanceof ResponseError) {
      const problem = ProblemFromJSON(await e.response.json());
      const fields: string[] = (problem.errors ?? []).map((error) => error.field);
      return { status: problem.status, type: problem.type, fields };
    }
    throw e;
  }
  throw new Error('the call succeeded; a problem was expected');
}

async function main(): Promise<void> {
  const [basePath, apiKey, orderId] = process.argv.slice(2);
  const config = new Configuration({ basePath, accessToken: apiKey });
  const checkouts = new CheckoutsApi(config);
  const tokens = new TokensApi(config);

  const usable = await tokens.listTokens();
  const usdt = usable.find((token) => token.crypto === 'USDT' && token.chain === 'TRX');
  if (usdt === undefined) throw new Error('USDT on Tron is not offered');
  const precision: number = usdt.precision;
  const memoRequired: boolean = usdt.memoRequired;
  const quote = await tokens.getQuote({ tokenId: usdt.tokenId, price: '19.99' });
  const quoted: string = quote.amount;

  const asked = { merchantOrderId: orderId, price: '19.99', tokenId: usdt.tokenId };
  const created = await checkouts.createCheckout({ newCheckout: asked, idempotencyKey: orderId });
  const again = await checkouts.createCheckout({ newCheckout: asked, idempotencyKey: orderId });
  const checkout = await checkouts.getCheckout({ id: created.id });
  const createdAt: Date = checkout.createdAt;
  const expiresAt: Date = checkout.expiresAt;
  const awaiting: boolean = checkout.status === CheckoutStatus.AwaitingPayment;
  const timeline: TimelineEntry[] = await checkouts.getCheckoutTimeline({ id: checkout.id });
  const found = await checkouts.listCheckouts({ merchantOrderId: orderId, createdFrom: new Date(createdAt.getTime() - 60_000) });

  const missing = await problemOf(() => checkouts.getCheckout({ id: 'co_0000000000000000000000000' }));
  const invalid = await problemOf(() =>
    checkouts.createCheckout({ newCheckout: { ...asked, merchantOrderId: orderId + '-bad', price: '0' } }),
  );

  console.log(
    JSON.stringify({
      id: checkout.id,
      sameOnRetry: again.id === created.id,
      status: checkout.status,
      awaiting,
      price: checkout.price,
      cryptoAmount: checkout.cryptoAmount ?? null,
      createdAtIsDate: createdAt instanceof Date,
      createdAt: createdAt.getTime(),
      expiresAt: expiresAt.getTime(),
      checkoutUrl: checkout.checkoutUrl,
      payments: checkout.payments.length,
      livemode: checkout.livemode,
      timelineKinds: timeline.map((entry) => entry.kind),
      timelineAtIsDate: timeline.every((entry) => entry.at instanceof Date),
      foundTotal: found.total,
      foundIds: found.items.map((item) => item.id),
      tokenPrecision: precision,
      tokenMemoRequired: memoRequired,
      quoteAmount: quoted,
      missing,
      invalid,
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : String(e));
  process.exitCode = 1;
});
