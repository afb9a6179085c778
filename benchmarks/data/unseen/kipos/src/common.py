"""Helpers for writing the Kipos ticket set. Every ticket text is hand-written in the data_*.py files."""
TICKETS = []

ART = {
    "dt": "shipping/delivery-times.md",
    "cy": "shipping/cyprus-delivery.md",
    "tr": "shipping/order-tracking.md",
    "dmg": "shipping/damaged-plants.md",
    "ret": "returns/return-policy.md",
    "lpr": "returns/live-plants-returns.md",
    "gu": "returns/plant-guarantee.md",
    "pay": "payments/payment-methods.md",
    "ins": "payments/instalments.md",
    "gc": "payments/gift-cards.md",
    "cc": "orders/change-cancel-order.md",
    "inv": "orders/invoice.md",
    "pw": "account/reset-password.md",
    "sub": "account/pet-food-subscription.md",
}
# articles that have an English translation
EN = {"dt", "tr", "dmg", "ret", "gu", "pay", "gc", "pw", "sub"}

STYLES = {"acc": "accented", "nacc": "accentless", "caps": "caps", "gl": "greeklish",
          "en": "english", "long": "long", "short": "short"}


def T(ch, subj, body, truth, style, pii=(), when=None, lang=None, topic=None):
    """ch: e(mail) c(hat) w(eb form) p(hone). truth: article key, list of keys,
    'm:<slug>' for a missing topic, 'noise:<kind>' for noise."""
    TICKETS.append(dict(ch=ch, subj=subj, body=body.strip("\n"), truth=truth,
                        style=STYLES[style], pii=list(pii), when=when,
                        lang=lang or ("en" if style == "en" else "el"), topic=topic))
