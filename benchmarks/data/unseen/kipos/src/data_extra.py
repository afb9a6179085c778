from common import T

T("c", None, "hey, how much is shipping to Rhodes and how many days?", "dt", "en", when="2026-05")
T("e", "Gift card for my colleague", """
Hi,
we want to give our colleague a gift card for her retirement next Friday. Can it be scheduled to arrive that morning? And how long will she have to use it?
Thanks,
Fiona Grant
""", "gc", "en", ["Fiona Grant"])
T("w", "Account", "I don't have access to my old email anymore. How can I change the email on my Kipos account? My phone number is 694 551 7823.", "pw", "en", ["694 551 7823"])
T("c", None, "Can I pause my cat food subscription for a month? going abroad", "sub", "en", when="2026-08")
T("e", "Wrong plant sent", """
Hello,

I ordered a white jasmine (Jasminum polyanthum) and received a star jasmine instead. It's a nice plant but not what I wanted for the pergola. What happens now - do you pick it up and send the right one?

Regards,
Richard Moss
""", "lpr", "en", ["Richard Moss"])
T("c", None, "hi, my Cyprus order has been 'shipped' for 6 days, normal? Nicosia", "cy", "en")
T("e", "Do you ship garden furniture to Cyprus?", """
Hi,
we just renovated our garden in Paralimni and love your rattan lounge set. Can you ship it to Cyprus? If not, is there any way around it?
Thanks,
Costas
""", "cy", "en", ["Costas"])
T("w", "Billing", "I forgot to tick 'invoice' when ordering for my company. The order is still processing. Can you change it to an invoice? Company: Olive Grove Ltd.", "inv", "en")
T("e", "A small problem with our terrace plants", """
Hi there,

hope you're all well. Bit of a story, sorry. We rent a flat in Koukaki with a big terrace and in March I ordered a proper set-up from you: six big planters, soil, two lemon trees and a bunch of herbs. Everything arrived fine and the trees look great. Last week though our landlord told us he's selling and we have to be out by the end of next month, and the new place has only a tiny balcony. We've already planted everything so I know the plants and soil are ours for good, no complaints. But two of the planters are still unopened in their boxes in the storage room, we never got round to them.

Can we still send those two planters back, or has too much time passed? It's been about five weeks.

Cheers,
Dan Whitaker
""", "ret", "long", ["Dan Whitaker"], lang="en", when="2026-04")
T("e", "Re: Your order KP-54410 has shipped", """
Hello, it's been four days and the tracking still says "in transit" in Athens. It has plants in it. Could you check with the courier please?

Sent from my iPhone

{QEN}, Kipos <orders@kipos.example> wrote:
> Your order has shipped!
> Tracking number: 7309925561
""", "tr", "en")
