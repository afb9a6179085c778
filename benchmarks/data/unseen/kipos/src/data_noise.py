from common import T

T("c", None, "Καλησπέρα", "noise:greeting", "short")
T("c", None, "γεια", "noise:greeting", "short")
T("c", None, "ok ευχαριστω", "noise:thanks", "short")
T("c", None, "ok thanks", "noise:thanks", "short", lang="en")
T("c", None, "Kalhmera", "noise:greeting", "short")
T("c", None, "hello?", "noise:greeting", "short", lang="en")
T("c", None, "Καλό μήνα!", "noise:greeting", "short", when="2026-06-01")
T("c", None, "eyxaristw poly!!", "noise:thanks", "gl")
T("c", None, "Λάθος παράθυρο, συγγνώμη", "noise:mistake", "short")
T("e", "Χρόνια πολλά!", """
Χρόνια πολλά και καλές γιορτές σε όλη την ομάδα!
Σας ευχαριστούμε για την εξυπηρέτηση όλη τη χρονιά.

Οικογένεια Μαργαρίτη
""", "noise:wishes", "acc", ["Οικογένεια Μαργαρίτη"], when="2025-12-23")
T("e", "Kala Xristougenna", "Kala Xristougenna kai eytyxismeno to neo etos se olous sas!! :)", "noise:wishes", "gl", when="2025-12-24")
T("e", "Καλή χρονιά!", "Καλή χρονιά, υγεία και πολλές πωλήσεις! Ανυπομονώ για την άνοιξη να ξαναγεμίσω το μπαλκόνι.", "noise:wishes", "acc", when="2026-01-02")
T("e", "Καλό Πάσχα", "Καλό Πάσχα και καλή Ανάσταση σε όλους σας!", "noise:wishes", "acc", when="2026-04-10")
T("e", "ευχαριστώ", "ευχαριστώ πολύ!!", "noise:thanks", "short")
T("e", "Re: Αντικατάσταση φυτού", """
Τέλεια, ευχαριστώ πολύ για τη γρήγορη απάντηση! Είστε άψογοι.
Σοφία

{QEL}, Kipos Εξυπηρέτηση <support@kipos.example> έγραψε:
> Καλησπέρα σας,
> λυπούμαστε που η καλάθεα δεν τα κατάφερε. Σας στέλνουμε νέο φυτό
> με την αποστολή της Δευτέρας, χωρίς καμία χρέωση.
> Με εκτίμηση, Ομάδα Kipos
""", "noise:thanks", "acc", ["Σοφία"])
T("e", "Re: Η παραγγελία σας στάλθηκε", """
Οκ, ευχαριστώ.

Στάλθηκε από το iPhone μου

{QEL}, Kipos <orders@kipos.example> έγραψε:
> Καλά νέα! Η παραγγελία σας έφυγε από την αποθήκη μας.
""", "noise:thanks", "short")
T("e", "Thank you!", "Just wanted to say thanks, the plants arrived in perfect condition and the packaging was lovely. Will definitely order again.", "noise:thanks", "en")
T("e", "Τέλεια φυτά!", """
Καλησπέρα σας,
ήθελα απλώς να σας πω ότι οι ορχιδέες ήρθαν πανέμορφες και πολύ καλά συσκευασμένες. Η μητέρα μου ενθουσιάστηκε. Μπράβο σας!
Κατερίνα
""", "noise:praise", "acc", ["Κατερίνα"])
T("e", "Αυτόματη απάντηση: Re: Η παραγγελία σας", """
Είμαι εκτός γραφείου έως 25/08 με περιορισμένη πρόσβαση στο email. Για επείγοντα θέματα καλέστε στο 6944 102 330.

Άννα Πετροπούλου
""", "noise:auto-reply", "acc", ["6944 102 330", "Άννα Πετροπούλου"], when="2026-08")
T("e", "Automatic reply: Your order has shipped", """
I'm out of the office until Monday 6 April with no access to email. For urgent matters please contact my colleague at d.smith@brightfield-example.com.

David Brennan
""", "noise:auto-reply", "en", ["d.smith@brightfield-example.com", "David Brennan"], when="2026-04-01")
T("w", "Άλλο", "test", "noise:test", "short")
T("w", "Other", "test test 123 please ignore", "noise:test", "en")
T("e", "Undelivered Mail Returned to Sender", """
This is the mail system at host mx1.kipos.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<g.papadopoulos1978@hotmial.com>: Host or domain name not found. Name service
    error for name=hotmial.com type=A: Host not found

Reporting-MTA: dns; mx1.kipos.example
Final-Recipient: rfc822; g.papadopoulos1978@hotmial.com
Action: failed
Status: 5.4.4
""", "noise:bounce", "en", ["g.papadopoulos1978@hotmial.com"])
T("e", "Αίτηση εργασίας - Υπάλληλος αποθήκης", """
Αξιότιμοι κύριοι,

με αφορμή την αγγελία σας για υπάλληλο αποθήκης στον Ασπρόπυργο, σας αποστέλλω συνημμένο το βιογραφικό μου σημείωμα. Έχω τριετή εμπειρία σε αποθήκη φυτωρίου και δίπλωμα κλαρκ. Είμαι διαθέσιμος για συνέντευξη οποιαδήποτε μέρα.

Στοιχεία:
Κωνσταντίνος Ρηγόπουλος
Τηλ. 6985 443 017
Email: k.rigopoulos92@gmail.com
ΑΜΚΑ 14039201457

Με εκτίμηση,
Κωνσταντίνος Ρηγόπουλος

Συνημμένο: CV_Rigopoulos.pdf
""", "noise:job-application", "acc", ["Κωνσταντίνος Ρηγόπουλος", "6985 443 017", "k.rigopoulos92@gmail.com", "14039201457"], when="2026-02")
T("e", "Boost your Google ranking - 1st page guaranteed!", """
Hello Kipos team,

I was checking your website kipos.example and noticed it is not ranking on the first page of Google for keywords like "buy plants online Greece". Our SEO experts can get you to the TOP 3 within 30 days, guaranteed, or your money back.

Reply to this email for a FREE audit and a special price of only $199/month.

Best regards,
Jason
Digital Growth Team
""", "noise:spam-seo", "en")
T("e", "Αυξήστε τις πωλήσεις σας με SMS marketing", """
Καλημέρα σας,

η εταιρεία μας προσφέρει μαζική αποστολή SMS στους πελάτες σας με κόστος από 0,025 € ανά μήνυμα. Ειδική προσφορά για e-shop: 5.000 SMS δώρο με την εγγραφή σας μέχρι το τέλος του μήνα!

Για μια δωρεάν παρουσίαση απαντήστε σε αυτό το email.

Με εκτίμηση,
Τμήμα Πωλήσεων
""", "noise:spam-sms", "acc")
T("e", "URGENT: Your account will be suspended", """
Dear Customer,

We detected unusual activity on your account. Your account will be suspended within 24 hours unless you verify your details.

Click here to verify your account: http://kipos-secure-verify.example.top/login

Failure to verify will result in permanent loss of access.

Security Team
""", "noise:phishing", "en")
T("e", "Ειδοποίηση: Ο λογαριασμός σας θα ανασταλεί", """
Αγαπητέ πελάτη,

λόγω ελλιπών στοιχείων ο τραπεζικός σας λογαριασμός θα ανασταλεί εντός 24 ωρών. Παρακαλούμε επιβεβαιώστε τα στοιχεία σας πατώντας εδώ: http://ebanking-gr-verify.example.xyz

Τμήμα Ασφαλείας
""", "noise:phishing", "acc")
T("e", "Invoice #88213 overdue", """
Hi,

Please find attached the overdue invoice #88213. Kindly process the payment today to avoid late fees.

Download invoice: http://docs-share.example.click/inv88213.zip

Regards,
Accounts
""", "noise:spam-invoice", "en")
T("e", "Collaboration proposal", """
Hi Kipos!

I'm a home & plants content creator with 48k followers on Instagram. I love your shop and would be happy to feature your products in a reel in exchange for a gifted order. Let me know if you're interested!

xx
""", "noise:influencer", "en")
T("e", "Fwd:", "\n\nSent from my iPhone", "noise:empty", "en")
T("p", None, "Η πελάτισσα κάλεσε μόνο για να ευχαριστήσει για τη γρήγορη αντικατάσταση της φτέρης. Κανένα αίτημα.", "noise:thanks", "acc")
T("p", None, "Λάθος αριθμός — ο καλών ζητούσε κτηνιατρείο στο Μαρούσι. Δεν υπάρχει αίτημα.", "noise:wrong-number", "acc")
