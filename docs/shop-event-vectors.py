#!/usr/bin/env python3
"""Writes docs/shop-event-vectors.json: the test vectors for verifying Paydesk shop events.

Written with Python's own hmac, apart from Paydesk's Java code: the shop kit's tests
(ShopEventsTest) and Paydesk's signer test (ShopEventSignatureTest) both check themselves against
the file this writes. Run: python3 docs/shop-event-vectors.py > docs/shop-event-vectors.json
"""
import base64
import hashlib
import hmac
import json

BODY = ('{"id":"evt_test_0001","type":"checkout.paid","createdAt":"2026-12-06T10:00:00Z",'
        '"livemode":false,"data":{"checkout":{"id":"co_0123456789abcdefghijklmno",'
        '"status":"PAID","merchantOrderId":"A-1001"}}}')
ID = "evt_test_0001"
T = 1796551200
SECRET = "shop-test-secret-0123456789abcdef"
NEW = "shop-new-secret-fedcba9876543210"
WHSEC = "whsec_" + base64.b64encode(bytes(range(1, 25))).decode()


def key(secret):
    # Standard Webhooks: whsec_<base64> is the decoded key; any other secret its UTF-8 bytes
    if secret.startswith("whsec_"):
        try:
            return base64.b64decode(secret[6:], validate=True)
        except ValueError:
            pass
    return secret.encode()


def standard(secret, msg_id=ID, t=T, body=BODY):
    mac = hmac.new(key(secret), f"{msg_id}.{t}.{body}".encode(), hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


def paydesk(secret, t=T, body=BODY):
    return hmac.new(secret.encode(), f"{t}.{body}".encode(), hashlib.sha256).hexdigest()


def sw(signature, msg_id=ID, t=T):
    headers = {"webhook-signature": signature}
    if msg_id is not None:
        headers["webhook-id"] = msg_id
    if t is not None:
        headers["webhook-timestamp"] = str(t)
    return headers


def case(name, headers, verdict, secrets=(SECRET,), now=T, tolerance=300):
    return {"name": name, "headers": headers, "secrets": list(secrets), "now": now,
            "toleranceSeconds": tolerance, "verdict": verdict}


cases = [
    # Standard Webhooks headers
    case("standard: signed with the secret", sw(standard(SECRET)), "VERIFIED", now=T + 10),
    case("standard: during a rotation the new and the old secret both sign; the shop still holds"
         " the old one", sw(standard(NEW) + " " + standard(SECRET)), "VERIFIED"),
    case("standard: the shop moved to the new secret and keeps the old for the overlap",
         sw(standard(SECRET)), "VERIFIED", secrets=(NEW, SECRET)),
    case("standard: another secret", sw(standard("another-secret")), "BAD_SIGNATURE"),
    case("standard: exactly at the tolerance", sw(standard(SECRET)), "VERIFIED", now=T + 300),
    case("standard: one second too old (a replay)", sw(standard(SECRET)), "TOO_OLD",
         now=T + 301),
    case("standard: from the future beyond the tolerance", sw(standard(SECRET)), "TOO_NEW",
         now=T - 301),
    case("standard: webhook-id changed after signing", sw(standard(SECRET), msg_id="evt_other"),
         "BAD_SIGNATURE"),
    case("standard: webhook-timestamp changed after signing", sw(standard(SECRET), t=T + 1),
         "BAD_SIGNATURE"),
    case("standard: no webhook-id", sw(standard(SECRET), msg_id=None), "MALFORMED_HEADER"),
    case("standard: no webhook-timestamp", sw(standard(SECRET), t=None), "MALFORMED_HEADER"),
    case("standard: only signatures of another version",
         sw(standard(SECRET).replace("v1,", "v1a,")), "MALFORMED_HEADER"),
    case("standard: a whsec_ secret is its base64-decoded bytes, as Standard Webhooks libraries"
         " read it", sw(standard(WHSEC)), "VERIFIED", secrets=(WHSEC,)),
    # Paydesk-Signature (kept for one release)
    case("paydesk: signed with the secret",
         {"Paydesk-Signature": f"t={T},v1={paydesk(SECRET)}"}, "VERIFIED", now=T + 10),
    case("paydesk: during a rotation the new and the old secret both sign",
         {"Paydesk-Signature": f"t={T},v1={paydesk(NEW)},v1={paydesk(SECRET)}"}, "VERIFIED"),
    case("paydesk: the shop moved to the new secret and keeps the old for the overlap",
         {"Paydesk-Signature": f"t={T},v1={paydesk(SECRET)}"}, "VERIFIED", secrets=(NEW, SECRET)),
    case("paydesk: another secret",
         {"Paydesk-Signature": f"t={T},v1={paydesk('another-secret')}"}, "BAD_SIGNATURE"),
    case("paydesk: exactly at the tolerance",
         {"Paydesk-Signature": f"t={T},v1={paydesk(SECRET)}"}, "VERIFIED", now=T + 300),
    case("paydesk: one second too old (a replay)",
         {"Paydesk-Signature": f"t={T},v1={paydesk(SECRET)}"}, "TOO_OLD", now=T + 301),
    case("paydesk: from the future beyond the tolerance",
         {"Paydesk-Signature": f"t={T},v1={paydesk(SECRET)}"}, "TOO_NEW", now=T - 301),
    case("paydesk: a timestamp changed after signing",
         {"Paydesk-Signature": f"t={T + 1},v1={paydesk(SECRET)}"}, "BAD_SIGNATURE"),
    case("paydesk: no timestamp", {"Paydesk-Signature": f"v1={paydesk(SECRET)}"},
         "MALFORMED_HEADER"),
    case("paydesk: no signature", {"Paydesk-Signature": f"t={T}"}, "MALFORMED_HEADER"),
    # both, as Paydesk sends them
    case("both schemes, as Paydesk sends every event",
         {**sw(standard(SECRET)), "Paydesk-Signature": f"t={T},v1={paydesk(SECRET)}"}, "VERIFIED"),
    case("both sent: webhook-signature decides when present",
         {**sw(standard("another-secret")), "Paydesk-Signature": f"t={T},v1={paydesk(SECRET)}"},
         "BAD_SIGNATURE"),
    case("no signature header at all", {}, "MISSING_HEADER"),
]

print(json.dumps({
    "about": "Test vectors for verifying Paydesk shop events. Paydesk signs each event twice:"
             " Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature: space-separated"
             " 'v1,<base64 HMAC-SHA256 of \"<id>.<timestamp>.<raw body>\">'; the key is the"
             " secret's UTF-8 bytes, or the decoded bytes of a 'whsec_<base64>' secret) and"
             " Paydesk-Signature ('t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\">',"
             " kept for one release). When webhook-signature is sent it decides. Each case: the"
             " headers, the shop's secrets, the time the shop checks at (Unix seconds), the"
             " tolerance, and the verdict; the raw body is the same for all (exact bytes, UTF-8)."
             " Written by docs/shop-event-vectors.py with Python's hmac; a shop can run them in its"
             " own CI.",
    "body": BODY,
    "standardWebhooksSecrets": {s: "whsec_" + base64.b64encode(s.encode()).decode()
                                for s in (SECRET, NEW)},
    "cases": cases,
}, indent=2))
