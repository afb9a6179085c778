#!/usr/bin/env python3
"""Builds tickets.jsonl for the Aeras Telecom evaluation set.

Every ticket text below is hand-written. The script only adds ids, dates,
system subjects for chat/phone/web tickets, and the label fields.
Run:  python3 make_tickets.py
"""
import json, random, datetime as dt, os, collections, re

random.seed(20260417)
HERE = os.path.dirname(os.path.abspath(__file__))

ART = {  # key -> path under docs/<lang>/
    'bill': 'billing/bill-explained.md', 'pay': 'billing/payment-methods.md',
    'ebill': 'billing/e-bill.md', 'overdue': 'billing/overdue-bill.md',
    'roam': 'mobile/roaming.md', 'topup': 'mobile/prepaid-topup.md',
    'esim': 'mobile/esim-activation.md', 'apn': 'mobile/apn-settings.md',
    'lost': 'mobile/lost-stolen-phone.md', 'data': 'mobile/data-addons.md',
    'router': 'internet/router-setup.md', 'slow': 'internet/slow-internet.md',
    'wifi': 'internet/wifi-password.md', 'move': 'internet/moving-house.md',
    'port': 'account/number-portability.md', 'term': 'account/contract-termination.md',
    'app': 'account/my-aeras-app.md', 'tv': 'tv/tv-addon.md',
}
EN_TRANSLATED = {'bill', 'pay', 'roam', 'topup', 'esim', 'router', 'slow', 'port'}
STYLE = {'acc': 'accented', 'nacc': 'accentless', 'caps': 'caps', 'gl': 'greeklish',
         'en': 'english', 'long': 'long', 'short': 'short', 'long-en': 'long', 'short-en': 'short'}
WEB_EL = {'billing': 'Χρεώσεις', 'mobile': 'Κινητή', 'internet': 'Τεχνικό πρόβλημα',
          'account': 'Συμβόλαιο', 'tv': 'TV', 'other': 'Άλλο'}
WEB_EN = {'billing': 'Billing', 'mobile': 'Mobile', 'internet': 'Technical issue',
          'account': 'Account', 'tv': 'TV', 'other': 'Other'}
MISSING_CAT = {'admin-fee': 'billing', '5g-coverage': 'mobile', 'data-breach': 'other',
               'wifi-calling': 'mobile', 'student-discount': 'account', 'static-ip': 'internet',
               'smartwatch-esim': 'mobile', 'deceased-holder': 'account'}

RAW = []

def T(ch, truth, style, body, subj=None, pii=(), topic=None, d=None, lang=None):
    RAW.append(dict(ch=ch, truth=truth, style=style, body=body.strip('\n'), subj=subj,
                    pii=list(pii), topic=topic, d=d, lang=lang))

# ---------------------------------------------------------------- bill explained
T('e', 'bill', 'acc', """Καλησπέρα σας,

μου ήρθε ο πρώτος λογαριασμός μετά τη σύνδεση fibre και είναι 61,40€ ενώ το πρόγραμμα που υπέγραψα είναι 32€ τον μήνα. Γιατί σχεδόν διπλάσιο; Δεν έχω κάνει ούτε μια κλήση στο εξωτερικό.

Ευχαριστώ,
Δημήτρης Καραγιάννης""", subj="Πρώτος λογαριασμός διπλάσιος", pii=["Δημήτρης Καραγιάννης"], topic='first-bill-higher')
T('c', 'bill', 'nacc', """καλημερα, τι ειναι αυτο το "αναλογικο παγιο" που βλεπω στον λογαριασμο? το πληρωσα ηδη το παγιο""", topic='first-bill-higher')
T('w', 'bill', 'gl', """geia sas, giati mou xrewsate 18 euro parapanw auto to mhna? exw to idio programma edw kai 2 xronia. arithmos pelath 4002318876""", pii=["4002318876"], topic='unexpected-charge')
T('e', 'bill', 'en', """Hi,

I'm trying to understand my bill for March. There's a line "Χρεώσεις εκτός προγράμματος" of €7.20 and I have no idea what it is. My plan is supposed to include unlimited calls. Where can I see which calls those were?

Thanks,
Mark Ellison
Sent from my Galaxy""", subj="Question about my bill", pii=["Mark Ellison"], topic='unexpected-charge')
T('p', 'bill', 'acc', """Ο συνδρομητής αναφέρει ότι στον λογαριασμό του εμφανίζεται χρέωση 4,80€ για κλήσεις σε αριθμό 090 που δεν θυμάται να έχει καλέσει. Ζητά ανάλυση κλήσεων. Του εξηγήθηκε πού βρίσκει τη λίστα κλήσεων στο My Aeras. Τηλ. επικοινωνίας 6944 218 370.""", pii=["6944 218 370"], topic='unexpected-charge')
T('c', 'bill', 'short', """τι ειναι το τελος συνδρομητων?""", topic='bill-taxes')
T('e', 'bill', 'caps', """ΚΑΛΗΜΕΡΑ. ΘΕΛΩ ΝΑ ΜΟΥ ΕΞΗΓΗΣΕΙ ΚΑΠΟΙΟΣ ΤΙ ΕΙΝΑΙ ΤΟ "ΠΡΟΗΓΟΥΜΕΝΟ ΥΠΟΛΟΙΠΟ 23,50" ΣΤΟ ΛΟΓΑΡΙΑΣΜΟ. ΤΟΝ ΠΛΗΡΩΣΑ ΤΟΝ ΠΡΟΗΓΟΥΜΕΝΟ!!! ΓΕΩΡΓΙΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ""", subj="ΛΟΓΑΡΙΑΣΜΟΣ", pii=["ΓΕΩΡΓΙΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"], topic='previous-balance')
T('w', 'bill', 'en', """Why is there VAT and another tax on top of my mobile plan price? The ad said 15 euros/month and I'm paying 18.60. Is the advertised price not final?""", topic='bill-taxes')
T('e', 'bill', 'long', """Καλησπέρα,

θα προσπαθήσω να τα πω με τη σειρά γιατί έχω μπερδευτεί. Τον Φεβρουάριο πήγα στο κατάστημα στο Μαρούσι και αλλάξαμε το πρόγραμμα του κινητού από το Aeras 10 στο Aeras Unlimited, γιατί η κόρη μου σπουδάζει στη Θεσσαλονίκη και μιλάμε πολύ. Ο υπάλληλος μου είπε ότι θα πληρώνω 25€ και ότι όλα καλά. Την άλλη εβδομάδα πήγα και πήρα και τηλεόραση καινούρια αλλά αυτό δεν έχει σχέση. Τώρα ήρθε λογαριασμός 41,70€ και έχει μέσα δύο πάγια, ένα παλιό και ένα καινούριο, για διαφορετικές ημερομηνίες. Μήπως με χρεώνετε δύο φορές για τον ίδιο μήνα; Δεν θέλω να ξαναπάω στο κατάστημα γιατί δουλεύω μέχρι αργά. Μπορείτε να μου εξηγήσετε τι ακριβώς πληρώνω;

Με εκτίμηση,
Αικατερίνη Σταθοπούλου
κιν. 697 155 8420""", subj="Διπλό πάγιο;", pii=["Αικατερίνη Σταθοπούλου", "697 155 8420"], topic='first-bill-higher')
T('c', 'bill', 'en', """hello, my first bill is 47 euro but my plan is 29. why?""", topic='first-bill-higher')
T('e', 'bill', 'nacc', """Καλησπερα σας. Στο λογαριασμο αυτου του μηνα εχει μια χρεωση 2,48 για SMS σε καποιον αριθμο 54xxx. Δεν εχω στειλει τιποτα τετοιο. Τι ειναι αυτο και πως το βλεπω αναλυτικα;

Στάλθηκε από το iPhone μου""", subj="χρεωση sms", topic='unexpected-charge')
T('p', 'bill', 'acc', """Η συνδρομήτρια ζήτησε εξήγηση για τον λογαριασμό Μαΐου, επειδή το ποσό διαφέρει από τον Απρίλιο. Της εξηγήθηκε ότι περιλαμβάνει χρεώσεις δεδομένων εκτός ΕΕ (ταξίδι στην Αλβανία). Θα ελέγξει την ανάλυση χρήσης και αν διαφωνεί θα κάνει αμφισβήτηση. Αρ. πελάτη 4001957230.""", pii=["4001957230"], topic='unexpected-charge')

# ---------------------------------------------------------------- payment methods
T('c', 'pay', 'acc', """Γεια σας, μπορώ να πληρώσω τον λογαριασμό από το ΑΤΜ της Εθνικής; Τι κωδικό βάζω;""", topic='how-to-pay')
T('e', 'pay', 'gl', """kalispera, 8elw na valw pagia entolh gia to logariasmo sthn karta mou, pws ginetai? euxaristw
Nikos""", subj="pagia entolh", topic='direct-debit')
T('w', 'pay', 'acc', """Πλήρωσα τον λογαριασμό Ιουνίου μέσω e-banking της Πειραιώς στις 12/6 και ακόμη μου έρχονται μηνύματα ότι είναι απλήρωτος. Τι να κάνω; Έχω την απόδειξη.""", topic='payment-not-shown')
T('e', 'pay', 'en', """Dear Aeras,

I accidentally paid my April bill twice (once by card in the app and once through my bank). Total €39.90 x2. Can I get the second payment back to my account? IBAN GR16 0110 1250 0000 0001 2300 695.

Best regards,
Sophie Laurent""", subj="Double payment", pii=["GR16 0110 1250 0000 0001 2300 695", "Sophie Laurent"], topic='double-payment')
T('c', 'pay', 'short', """πληρωνω στα ΕΛΤΑ;""", topic='how-to-pay')
T('p', 'pay', 'acc', """Ο πελάτης τηλεφώνησε γιατί ο λογαριασμός του είναι 186€ (περιλαμβάνει δόσεις συσκευής) και δεν μπορεί να τον πληρώσει εφάπαξ. Ρώτησε αν γίνεται να τον χωρίσει. Ενημερώθηκε για διακανονισμό σε δόσεις. Στοιχεία: Σπύρος Μανωλάκης, 6975 320 118.""", pii=["Σπύρος Μανωλάκης", "6975 320 118"], topic='payment-instalments')
T('e', 'pay', 'nacc', """Καλημερα,
εβαλα παγια εντολη τον προηγουμενο μηνα απο την εφαρμογη αλλα ο λογαριασμος δεν τραβηχτηκε απο την καρτα και τωρα μου λετε οτι ειναι ληξιπροθεσμος. Γιατι δεν χρεωθηκε αυτοματα;
Ελενη""", subj="Παγια εντολη δεν λειτουργησε", topic='direct-debit')
T('c', 'pay', 'en', """Hi, how do I pay my bill? I don't have a Greek bank account, only a Revolut card""", topic='how-to-pay')
T('e', 'pay', 'acc', """Re: Λογαριασμός Οκτωβρίου

Καλησπέρα, δυστυχώς δεν βρίσκω την απόδειξη. Πλήρωσα πάντως στο ΑΤΜ της Alpha στις 3 του μήνα. Τι άλλο χρειάζεστε;

{QEL}
> Αγαπητέ πελάτη, για να αντιστοιχίσουμε την πληρωμή σας παρακαλούμε στείλτε μας την απόδειξη.
> Με εκτίμηση, Εξυπηρέτηση Πελατών Aeras""", subj="Re: Λογαριασμός Οκτωβρίου", topic='payment-not-shown', d='2026-10-09')
T('w', 'pay', 'gl', """plhrwsa 2 fores ton idio logariasmo kata lathos, 8a mou ta epistrepsete??""", topic='double-payment')
T('c', 'pay', 'acc', """Καλησπέρα! Θέλω να αλλάξω την κάρτα της πάγιας εντολής γιατί έληξε η παλιά. Από πού γίνεται;""", topic='direct-debit')
T('e', 'pay', 'short-en', """Can I pay with PayPal?""", subj="payment", topic='how-to-pay')

# ---------------------------------------------------------------- e-bill
T('e', 'ebill', 'acc', """Καλησπέρα, θα ήθελα να σταματήσω να λαμβάνω τον λογαριασμό σε χαρτί και να μου έρχεται στο email. Πώς το κάνω;

Ευχαριστώ πολύ,
Μαρία Ζαφειρίου""", subj="Λογαριασμός στο email", pii=["Μαρία Ζαφειρίου"], topic='ebill-signup')
T('c', 'ebill', 'nacc', """γεια σας θελω να μου ερχεται ο λογαριασμος με email και οχι στο σπιτι""", topic='ebill-signup')
T('w', 'ebill', 'acc', """Έχω ενεργοποιήσει ηλεκτρονικό λογαριασμό εδώ και ένα μήνα αλλά ο λογαριασμός Μαρτίου ήρθε πάλι στο ταχυδρομείο. Τι έγινε;""", topic='ebill-signup')
T('e', 'ebill', 'gl', """geia sas, pws mporw na allaksw to email pou erxetai o logariasmos? to palio den to xrhsimopoiw pia. to kainourio einai stelios.pap at gmail dot com""", subj="allagh email", pii=["stelios.pap at gmail dot com"], topic='ebill-change-email')
T('p', 'ebill', 'acc', """Η συνδρομήτρια δεν λαμβάνει το email επιβεβαίωσης για τον ηλεκτρονικό λογαριασμό. Της προτάθηκε να ελέγξει τα ανεπιθύμητα. Email: v.kosmidou@otenet.gr. Θα ξαναδοκιμάσει το απόγευμα.""", pii=["v.kosmidou@otenet.gr"], topic='ebill-signup')
T('e', 'ebill', 'en', """Hello,
Is it possible to get the invoices by email instead of post? Our accountant also needs a copy every month, can you send to two addresses?
Regards,
Tomasz Nowak
Nowak Design IKE""", subj="Invoices by email", pii=["Tomasz Nowak"], topic='ebill-signup')
T('c', 'ebill', 'short', """πως κανω e-bill""", topic='ebill-signup')
T('e', 'ebill', 'nacc', """Καλησπερα, γραφτηκα για ηλεκτρονικο λογαριασμο αλλα το link επιβεβαιωσης λεει οτι εχει ληξει. Τι κανω τωρα;""", subj="link επιβεβαιωσης", topic='ebill-signup')
T('w', 'ebill', 'caps', """ΘΕΛΩ ΝΑ ΣΤΑΜΑΤΗΣΕΤΕ ΝΑ ΜΟΥ ΣΤΕΛΝΕΤΕ ΧΑΡΤΙΑ. ΠΩΣ ΒΑΖΩ ΤΟΝ ΛΟΓΑΡΙΑΣΜΟ ΣΤΟ MAIL ΜΟΥ?""", topic='ebill-signup')

# ---------------------------------------------------------------- overdue / barring
T('c', 'overdue', 'nacc', """καλησπερα μου κοψατε τις εξερχομενες, πληρωσα τωρα με καρτα, ποτε θα ανοιξει?""", topic='barred-line')
T('e', 'overdue', 'acc', """Καλημέρα σας,

ήμουν στο νοσοκομείο και δεν πλήρωσα δύο λογαριασμούς. Σήμερα είδα ότι δεν μπορώ να κάνω κλήσεις. Πληρώνοντας τα 64€ θα ξανανοίξει αμέσως ή πρέπει να καλέσω κάπου; Και θα με χρεώσετε κάτι επιπλέον;

Ευάγγελος Τσιρίγος
Αρ. κινητού 6932 004 517""", subj="Φραγή γραμμής", pii=["Ευάγγελος Τσιρίγος", "6932 004 517"], topic='barred-line')
T('w', 'overdue', 'gl', """den mporw na parw thlefwno apo xtes, leei oti h grammh exei frax8ei. plhrwsa shmera mesw trapezas, se poso 8a anoiksei?""", topic='barred-line')
T('p', 'overdue', 'acc', """Ο πελάτης ρωτά αν μπορεί να πληρώσει την οφειλή των 210€ σταδιακά, γιατί έλαβε SMS ότι θα γίνει φραγή. Ενημερώθηκε για δυνατότητα διακανονισμού πριν τη φραγή. ΑΦΜ 128456390, αρ. πελάτη 4003310092.""", pii=["128456390", "4003310092"], topic='overdue-arrangement')
T('e', 'overdue', 'en', """Hello, I received a letter from a debt collection company about an old Aeras bill from when I lived in Athens. Is this real? Why did it go to collections and not just to me?
Daniel Okafor""", subj="Debt collection letter", pii=["Daniel Okafor"], topic='debt-collection')
T('c', 'overdue', 'acc', """Μου ήρθε μήνυμα ότι ο λογαριασμός είναι ληξιπρόθεσμος και θα κοπεί η γραμμή. Πόσες μέρες έχω;""", topic='barred-line')
T('e', 'overdue', 'caps', """ΠΛΗΡΩΣΑ ΤΟ ΠΟΣΟ ΠΡΙΝ 3 ΩΡΕΣ ΚΑΙ Η ΓΡΑΜΜΗ ΑΚΟΜΑ ΚΛΕΙΣΤΗ. ΔΟΥΛΕΥΩ ΜΕ ΤΟ ΤΗΛΕΦΩΝΟ!!! ΤΙ ΓΙΝΕΤΑΙ;""", subj="ΕΠΕΙΓΟΝ ΓΡΑΜΜΗ", topic='barred-line')
T('c', 'overdue', 'nacc', """μου χρεωσατε 5 ευρω επανασυνδεση, γιατι? πρωτη φορα δεν ειναι δωρεαν?""", topic='reconnection-fee')
T('w', 'overdue', 'short-en', """My line is blocked for unpaid bill. How long after paying does it unblock?""", topic='barred-line')
# ---------------------------------------------------------------- roaming
T('c', 'roam', 'acc', """Καλησπέρα, φεύγω Παρασκευή για Ιταλία. Πρέπει να ενεργοποιήσω το roaming ή δουλεύει κανονικά;""", topic='roaming-eu', d='2026-07')
T('e', 'roam', 'gl', """kalhmera, eimai sto Londino kai den exw internet sto kinhto, mono klhseis. ti prepei na kanw? eimai se sumvolaio""", subj="roaming london", topic='roaming-no-data', d='2026-08')
T('w', 'roam', 'en', """Going to the US for 3 weeks in September. How much will data cost me and is there a package I can buy before I go?""", topic='roaming-non-eu', d='2026-08')
T('p', 'roam', 'acc', """Η συνδρομήτρια καλεί από Γερμανία (με σταθερό ξενοδοχείου). Το κινητό της δεν πιάνει κανένα δίκτυο από τη στιγμή που προσγειώθηκε. Της δόθηκαν οδηγίες για επανεκκίνηση και χειροκίνητη επιλογή δικτύου. Αριθμός γραμμής 6987 440 213.""", pii=["6987 440 213"], topic='roaming-no-signal', d='2026-06')
T('e', 'roam', 'nacc', """Καλησπερα,
ταξιδευω Τουρκια τον Μαιο για δουλεια. Ισχυουν τα GB του προγραμματος μου εκει η θα χρεωθω εξτρα; Δεν θελω να μου ερθει λογαριασμος 300 ευρω.
Ευχαριστω
Π. Αλεξίου""", subj="Ταξιδι Τουρκια", topic='roaming-non-eu', d='2026-04')
T('c', 'roam', 'en', """hi, I'm in Spain and my phone says "no service". I restarted already. Aeras number +30 694 812 7730""", pii=["+30 694 812 7730"], topic='roaming-no-signal', d='2026-07')
T('e', 'roam', 'acc', """Fwd: Ειδοποίηση κατανάλωσης

Καλησπέρα, είμαι στη Γαλλία και μου ήρθε το παρακάτω μήνυμα. Σημαίνει ότι από εδώ και πέρα πληρώνω; Πού βλέπω πόσα έχω ακόμα;

---------- Forwarded message ---------
Από: Aeras
Aeras: Εχετε καταναλωσει το 80% του οριου δεδομενων στην ΕΕ.""", subj="Fwd: Ειδοποίηση κατανάλωσης", topic='roaming-eu', d='2026-08')
T('w', 'roam', 'caps', """ΠΑΜΕ ΚΡΟΥΑΖΙΕΡΑ ΚΑΙ ΘΑ ΠΙΑΣΟΥΜΕ ΑΙΓΥΠΤΟ ΚΑΙ ΤΟΥΡΚΙΑ. ΤΙ ΠΡΕΠΕΙ ΝΑ ΚΑΝΩ ΓΙΑ ΝΑ ΜΗΝ ΧΡΕΩΘΩ ΤΡΕΛΑ ΠΟΣΑ?""", topic='roaming-non-eu', d='2026-05')
T('c', 'roam', 'short', """roaming στην Κύπρο χρεώνει;""", topic='roaming-eu')
T('e', 'roam', 'en', """Hello,
I have an Aeras contract and I'm moving to Berlin for a 6 month internship. Can I just keep using my Greek SIM there like at home, or is there a limit?
Thanks, Alexandros Pappas""", subj="Using my plan in Germany", pii=["Alexandros Pappas"], topic='roaming-eu', d='2026-02')
T('c', 'roam', 'gl', """eimai albania kai den exw net, to data roaming to exw anoixto""", topic='roaming-no-data', d='2026-08')
T('p', 'roam', 'long', """Ο συνδρομητής τηλεφώνησε αρκετά αναστατωμένος. Ανέφερε ότι πέρσι το καλοκαίρι πήγε στη Βουλγαρία και δεν είχε κανένα πρόβλημα, αλλά φέτος σκοπεύει να πάει στη Σερβία με το αυτοκίνητο και ένας συνάδελφός του τού είπε ότι εκεί «σε γδέρνουν». Είπε επίσης ότι έχει και δεύτερη γραμμή καρτοκινητή για τη μητέρα του και θα την πάρει μαζί. Ρωτά αν χρειάζεται να ενεργοποιήσει κάτι πριν φύγει και πόσο κοστίζει το internet εκεί. Του εξηγήθηκε η διαφορά ΕΕ / εκτός ΕΕ. Τηλ. 6946 771 028.""", pii=["6946 771 028"], topic='roaming-non-eu', d='2026-06')

# ---------------------------------------------------------------- prepaid top-up
T('c', 'topup', 'nacc', """γεια, εβαλα 10 ευρω με καρτα απο την εφαρμογη και δεν μου ηρθαν. πριν 1 ωρα. η καρτα ειναι 5168 4410 2295 7734 αν χρειαζεται""", pii=["5168 4410 2295 7734"], topic='topup-failed')
T('e', 'topup', 'gl', """geia sas, 8elw na kanw anane0sh sto kartokinhto tou paidiou mou apo to spiti, ginetai me karta? o ari8mos einai 6983 114 902""", subj="ananewsh", pii=["6983 114 902"], topic='topup-how')
T('w', 'topup', 'acc', """Αγόρασα κουπόνι 15€ από περίπτερο και όταν βάζω τον κωδικό μου λέει «μη έγκυρος κωδικός». Τι φταίει;""", topic='topup-voucher')
T('c', 'topup', 'en', """How can I check how much credit I have left on my prepaid?""", topic='topup-balance')
T('p', 'topup', 'acc', """Ηλικιωμένη συνδρομήτρια ρωτά πώς θα βάλει το κουπόνι που της αγόρασε ο γιος της. Της δόθηκαν οδηγίες βήμα-βήμα μέσω του 1313. Ολοκληρώθηκε η ανανέωση κατά τη διάρκεια της κλήσης.""", topic='topup-voucher')
T('e', 'topup', 'en', """Hi there,

I'm a tourist in Crete with an Aeras prepaid SIM. I want to add €20 but my foreign credit card gets rejected in the app. Is there another way? Kiosk?

Cheers,
Liam""", subj="Top up prepaid", topic='topup-how', d='2026-07')
T('c', 'topup', 'short', """πως βλεπω υπολοιπο καρτοκινητης""", topic='topup-balance')
T('c', 'topup', 'gl', """to kartokinhto leei oti lhgei o xronos omilias, pws to ananewnw?""", topic='topup-how')
T('e', 'topup', 'caps', """ΕΒΑΛΑ ΚΩΔΙΚΟ ΚΑΡΤΑΣ 20 ΕΥΡΩ ΚΑΙ ΔΕΝ ΠΙΣΤΩΘΗΚΕ. ΤΟΝ ΕΧΩ ΦΩΤΟΓΡΑΦΙΑ. ΤΙ ΚΑΝΩ;""", subj="ΚΑΡΤΟΚΙΝΗΤΗ", topic='topup-voucher')
T('w', 'topup', 'nacc', """Χρεωθηκε η καρτα μου 10€ για ανανεωση στο 6955 201 386 αλλα το υπολοιπο ειναι ακομα 0,40. Εχω το αποδεικτικο της τραπεζας.""", pii=["6955 201 386"], topic='topup-failed')
T('c', 'topup', 'acc', """Καλησπέρα, γίνεται ανανέωση καρτοκινητής από το e-banking της Eurobank;""", topic='topup-how')
T('e', 'topup', 'short-en', """How do I top up? Thanks""", subj="top up", topic='topup-how')

# ---------------------------------------------------------------- e-SIM
T('c', 'esim', 'acc', """Καλησπέρα, πήρα καινούριο iPhone και θέλω να βάλω e-SIM. Πώς γίνεται;""", topic='esim-activate')
T('e', 'esim', 'en', """Hi,
I received the QR code for my eSIM but when I scan it the phone says "This code is no longer valid". I only scanned it once, I think. What now?
Thanks
Hannah Becker""", subj="eSIM QR code not valid", pii=["Hannah Becker"], topic='esim-qr-error')
T('w', 'esim', 'gl', """kalhspera, 8elw na metaferw thn esim apo to palio samsung sto kainourio. ti prepei na kanw?""", topic='esim-transfer')
T('c', 'esim', 'nacc', """σκαναρα το qr για την esim και γραφει ενεργοποιηση εδω και μιση ωρα. ειναι φυσιολογικο;""", topic='esim-activate')
T('p', 'esim', 'acc', """Ο συνδρομητής διέγραψε κατά λάθος την e-SIM από τις ρυθμίσεις του κινητού και έμεινε χωρίς σήμα. Ζητά νέο QR. Ενημερώθηκε για τη διαδικασία. Email για αποστολή: p.lazaridis@hotmail.com, αριθμός 6971 223 450.""", pii=["p.lazaridis@hotmail.com", "6971 223 450"], topic='esim-qr-error')
T('e', 'esim', 'acc', """Καλημέρα,
μπορώ να βάλω e-SIM στο Xiaomi Redmi Note 13; Και αν ναι, από πού παίρνω τον κωδικό; Δεν έχω χρόνο να έρθω σε κατάστημα.
Ευχαριστώ, Θοδωρής""", subj="e-SIM", topic='esim-activate')
T('c', 'esim', 'en', """can I switch my physical sim to esim online or do I have to go to a shop?""", topic='esim-activate')
T('e', 'esim', 'caps', """ΕΒΑΛΑ ΤΗΝ ESIM ΚΑΙ Η ΠΑΛΙΑ ΚΑΡΤΑ ΣΤΑΜΑΤΗΣΕ. ΕΙΝΑΙ ΣΩΣΤΟ ΑΥΤΟ;""", subj="ESIM", topic='esim-activate')
T('w', 'esim', 'en', """I'm changing from a Pixel 7 to a Pixel 9. Do I need a new QR for the eSIM or can I transfer it myself?""", topic='esim-transfer')
T('c', 'esim', 'short', """esim σε iphone πώς;""", topic='esim-activate')
T('e', 'esim', 'long-en', """Hi,

Bit of a saga. I bought an iPhone 15 in the UK last year and I'm now living in Thessaloniki. I went to your store on Tsimiski and they told me they'd email me an eSIM code. I got the email, but I opened it on the same phone, so I couldn't scan the QR code from the screen I was trying to scan with (obviously). Then I tried to take a screenshot and open it, which didn't work either. My partner then showed it on her laptop and I scanned it, it said activating... and then an error. Now when I scan again it says the code has already been used. I still have my old physical SIM in a drawer but the guy at the store said it will stop working. Is it possible to get a fresh code and what is the correct way to do it this time?

Thanks,
Oliver Grant
+30 697 004 1182""", subj="eSIM problem", pii=["Oliver Grant", "+30 697 004 1182"], topic='esim-qr-error')
T('p', 'esim', 'nacc', """Ο πελατης ρωτησε αν το κινητο του (Galaxy A54) υποστηριζει e-SIM και πως θα την ενεργοποιησει. Του εξηγηθηκαν τα βηματα για Android. Θα παραλαβει τον κωδικο με email.""", topic='esim-activate')

# ---------------------------------------------------------------- APN
T('c', 'apn', 'nacc', """εχω σημα αλλα δεν εχω ιντερνετ στο κινητο, τα δεδομενα ειναι ανοιχτα""", topic='no-mobile-data')
T('e', 'apn', 'gl', """geia sas, agorasa kinhto apo to eksoteriko (xiaomi apo kina) kai den pianei internet me thn karta sas. ti ry8miseis 8elei?""", subj="internet kinhto", topic='no-mobile-data')
T('w', 'apn', 'acc', """Ποιο είναι το APN της Aeras; Το χρειάζομαι για ένα router 4G που έβαλα στο εξοχικό.""", topic='apn-values')
T('c', 'apn', 'en', """Hello, what are the APN settings for Aeras? My phone was bought abroad and mobile data doesn't work.""", topic='apn-values')
T('p', 'apn', 'acc', """Ο συνδρομητής δεν μπορεί να στείλει/λάβει MMS (φωτογραφίες) από μήνυμα. Κλήσεις και internet λειτουργούν. Του δόθηκε το APN για MMS και θα το περάσει μόνος του.""", topic='mms-settings')
T('e', 'apn', 'caps', """ΑΠΟ ΤΟΤΕ ΠΟΥ ΑΛΛΑΞΑ ΚΙΝΗΤΟ ΔΕΝ ΕΧΩ ΙΝΤΕΡΝΕΤ ΠΑΡΑ ΜΟΝΟ ΣΤΟ WIFI. ΤΟ ΠΑΛΙΟ ΔΟΥΛΕΥΕ ΚΑΝΟΝΙΚΑ. ΒΟΗΘΕΙΑ""", subj="ΔΕΝ ΕΧΩ ΙΝΤΕΡΝΕΤ", topic='no-mobile-data')
T('c', 'apn', 'gl', """to internet mou den douleuei sto kinhto, mono 4G grafei panw alla den fortwnei tipota""", topic='no-mobile-data')
T('w', 'apn', 'acc', """Καλησπέρα, ποιο είναι το MCC και MNC της Aeras; Μου τα ζητάει το κινητό για να φτιάξω APN.""", topic='apn-values')
T('e', 'apn', 'en', """Hi, my Motorola phone keeps showing "mobile network not available" for data only. Calls work. Someone told me it's the APN, can you send me the correct settings please?
Marco""", subj="mobile data settings", topic='no-mobile-data')
T('c', 'apn', 'short', """apn aeras?""", topic='apn-values')
# ---------------------------------------------------------------- lost / stolen
T('c', 'lost', 'acc', """Μου έκλεψαν το κινητό πριν μια ώρα στο μετρό. Τι κάνω για να μην χρησιμοποιήσει κανείς τη γραμμή μου;""", topic='stolen-phone')
T('p', 'lost', 'acc', """Η συνδρομήτρια δηλώνει απώλεια κινητού (αριθμός 6942 908 113). Έγινε προσωρινή φραγή της γραμμής. Ρώτησε τι χρειάζεται για νέα SIM με τον ίδιο αριθμό. Ενημερώθηκε ότι χρειάζεται ταυτότητα στο κατάστημα. Στοιχεία ταυτότητας που έδωσε: ΑΚ 318204.""", pii=["6942 908 113", "ΑΚ 318204"], topic='lost-phone')
T('e', 'lost', 'nacc', """Καλησπερα,
εχασα το κινητο μου στη Ναξο και γυρναω Αθηνα την Κυριακη. Μπορω να παρω καινουρια καρτα με τον ιδιο αριθμο απο οποιοδηποτε καταστημα; Ποσο κοστιζει;
Ευχαριστω
Ιωάννα Μ.""", subj="Χαμενο κινητο", topic='lost-phone', d='2026-08')
T('w', 'lost', 'gl', """mou eklepsan to kinhto, pws kanw fragh sth grammh? den exw allo kinhto, grafw apo pc""", topic='stolen-phone')
T('c', 'lost', 'en', """My phone was stolen last night in Monastiraki. I need to block the SIM ASAP. Number is 6940 552 871""", pii=["6940 552 871"], topic='stolen-phone')
T('e', 'lost', 'acc', """Καλημέρα,

μου έκλεψαν την τσάντα με το κινητό μέσα. Έκανα φραγή στο 13800, ευχαριστώ. Το κινητό το είχα πάρει από εσάς με 24 δόσεις. Πρέπει να συνεχίσω να πληρώνω τις δόσεις για ένα κινητό που δεν έχω πια; Και τι μου χρειάζεται για την αστυνομία;

Χριστίνα Βλάχου
Λεωφ. Βουλιαγμένης 200, Γλυφάδα""", subj="Κλοπή κινητού με δόσεις", pii=["Χριστίνα Βλάχου", "Λεωφ. Βουλιαγμένης 200, Γλυφάδα"], topic='stolen-phone')
T('c', 'lost', 'caps', """ΕΧΑΣΑ ΤΟ ΚΙΝΗΤΟ ΜΟΥ ΤΙ ΚΑΝΩ""", topic='lost-phone')
T('w', 'lost', 'acc', """Έχασα το κινητό και έχω e-SIM. Μπορώ να μεταφέρω τη γραμμή στο παλιό μου κινητό χωρίς να πάω κατάστημα;""", topic='lost-phone')
T('p', 'lost', 'nacc', """Ο συνδρομητης ζητησε να ξαναενεργοποιηθει η γραμμη μετα την προσωρινη φραγη γιατι βρηκε το κινητο στο αυτοκινητο. Ταυτοποιηθηκε με ΑΔΤ ΑΒ 654321 και αρ. πελατη 4001122334.""", pii=["ΑΒ 654321", "4001122334"], topic='lost-phone')
T('e', 'lost', 'en', """Hello, someone used my stolen phone to call premium numbers before I blocked it. Do I have to pay for those calls?
Regards, Fatima Rahimi""", subj="Stolen phone charges", pii=["Fatima Rahimi"], topic='stolen-phone')

# ---------------------------------------------------------------- data add-ons
T('c', 'data', 'nacc', """τελειωσαν τα GB μου και ειναι μονο 15 του μηνα, πως βαζω αλλα;""", topic='buy-more-data')
T('e', 'data', 'gl', """kalhmera, to internet sto kinhto exei ginei para poly argo, mhpws teleiwsan ta giga? pou to vlepw?""", subj="argo internet kinhto", topic='data-used-up')
T('w', 'data', 'acc', """Τα GB που δεν χρησιμοποίησα τον προηγούμενο μήνα πάνε στον επόμενο; Είχα αφήσει σχεδόν 8 GB.""", topic='data-rollover')
T('c', 'data', 'en', """Hi, can I use my phone as a hotspot for my laptop? Will it cost extra?""", topic='hotspot')
T('p', 'data', 'acc', """Η συνδρομήτρια παραπονέθηκε ότι το internet στο κινητό «σέρνεται» από τις 20 του μήνα. Διαπιστώθηκε ότι έχει καταναλώσει όλο τον όγκο δεδομένων. Ενημερώθηκε για τα πακέτα Data Boost. Αγόρασε το BOOST10.""", topic='data-used-up')
T('e', 'data', 'acc', """Καλησπέρα,
χθες έστειλα κατά λάθος δύο φορές το SMS για επιπλέον πακέτο. Θα χρεωθώ δύο φορές; Και πόσα GB έχω τώρα συνολικά;
Κώστας""", subj="Διπλό πακέτο δεδομένων", topic='buy-more-data')
T('c', 'data', 'caps', """ΠΟΣΑ GB ΜΟΥ ΕΧΟΥΝ ΜΕΙΝΕΙ;""", topic='data-used-up')
T('w', 'data', 'gl', """pws pairnw 10 giga akoma gia auto to mhna? eimai se sumvolaio""", topic='buy-more-data')
T('e', 'data', 'en', """Hi,
My son's phone is on my account and he keeps running out of data by the middle of the month. Is there a bigger one-off package we can buy, and does it get added to the bill or do we pay straight away?
Thanks, Rachel""", subj="Extra data for my son", topic='buy-more-data')
T('c', 'data', 'short', """πακετο ιντερνετ 2 gb ποσο κανει""", topic='buy-more-data')
T('e', 'data', 'nacc', """Γεια σας. Μου ηρθε SMS οτι εφτασα το 100% των δεδομενων. Θα με χρεωνετε τωρα για καθε MB που ξοδευω; Δεν θελω εκπληξεις στον λογαριασμο.""", subj="SMS 100% δεδομενα", topic='data-used-up')
# ---------------------------------------------------------------- router setup
T('c', 'router', 'acc', """Καλησπέρα, μου ήρθε το router με courier. Σε ποια υποδοχή μπαίνει το καλώδιο από τον τοίχο;""", topic='router-install')
T('e', 'router', 'gl', """kalhspera, syndesa to router alla to lampaki tou internet anavosvhnei kokkino edw kai mish wra. ti ftaiei?""", subj="router kokkino", topic='router-red-light')
T('w', 'router', 'en', """I just got fibre installed. The technician left a white box on the wall and I have your router. Which cable goes where? The yellow one?""", topic='router-install')
T('p', 'router', 'acc', """Ο πελάτης ανέφερε ότι μετά την εγκατάσταση το σταθερό τηλέφωνο δεν έχει τόνο. Διαπιστώθηκε ότι η συσκευή ήταν στην πρίζα του τοίχου. Του υποδείχθηκε να τη συνδέσει στη θύρα TEL1 του router. Λειτούργησε. Διεύθυνση: Σόλωνος 8, 2ος όροφος.""", pii=["Σόλωνος 8, 2ος όροφος"], topic='landline-no-tone')
T('c', 'router', 'nacc', """που βρισκω τον κωδικο του wifi στο καινουριο ρουτερ?""", topic='router-wifi-credentials')
T('e', 'router', 'en', """Hi,
Your router arrived but the internet light doesn't come on at all. Power light is green. I haven't received any SMS about activation yet, is that why?
Thanks,
Jan de Vries
Leof. Alexandras 120, Athens""", subj="Router setup - no internet light", pii=["Jan de Vries", "Leof. Alexandras 120"], topic='router-red-light')
T('c', 'router', 'caps', """ΠΩΣ ΣΥΝΔΕΩ ΤΟ ΡΟΥΤΕΡ;;;""", topic='router-install')
T('w', 'router', 'gl', """to router exei DSL kai WAN, se poio bazw to kalwdio? exw VDSL""", topic='router-install')
T('e', 'router', 'acc', """ΑΠ: Αποστολή εξοπλισμού

Καλησπέρα, το πακέτο το παρέλαβα σήμερα, ευχαριστώ. Το έβαλα στην πρίζα αλλά δεν ξέρω αν πρέπει να κάνω κάποια ρύθμιση στον υπολογιστή ή δουλεύει μόνο του;

Γιώργος

{QEL}
> Αγαπητέ κύριε Ραφαηλίδη, ο εξοπλισμός σας έχει αποσταλεί και θα τον παραλάβετε εντός 2 εργάσιμων.""", subj="ΑΠ: Αποστολή εξοπλισμού", topic='router-install')
T('c', 'router', 'en', """router is blinking red, it's been 20 minutes. is my line active yet?""", topic='router-red-light')
T('p', 'router', 'long', """Ο συνδρομητής, περίπου 75 ετών, τηλεφώνησε εκ μέρους του ίδιου και της συζύγου του. Ανέφερε ότι ο εγγονός του του παρήγγειλε internet από την Aeras «για να βλέπει τα εγγόνια στο βίντεο» και ότι ήρθε ένα κουτί που δεν ξέρει τι να το κάνει. Είπε ότι ο προηγούμενος πάροχος του είχε στείλει τεχνικό και ρώτησε αν θα έρθει και τώρα κάποιος. Εξηγήθηκε ότι για VDSL η σύνδεση γίνεται από τον ίδιο και του δόθηκαν οδηγίες βήμα-βήμα (καλώδιο στην DSL, ρεύμα, αναμονή για πράσινη λυχνία). Η λυχνία έγινε πράσινη κατά τη διάρκεια της κλήσης. Θα καλέσει ξανά αν δεν βρει τον κωδικό του Wi-Fi. Τηλ. σταθερού 210.600.1234.""", pii=["210.600.1234"], topic='router-install')
T('c', 'router', 'short', """η λυχνια internet δεν αναβει""", topic='router-red-light')

# ---------------------------------------------------------------- slow internet
T('e', 'slow', 'acc', """Καλησπέρα σας,

πληρώνω για 200 Mbps και στο speedtest στο κινητό βγάζει 35. Αυτό είναι απαράδεκτο. Τι θα κάνετε;

Άννα Ρήγα""", subj="Χαμηλή ταχύτητα", pii=["Άννα Ρήγα"], topic='slow-speed')
T('c', 'slow', 'gl', """to internet mou den douleuei kala, kollaei olh mera""", topic='slow-speed')
T('w', 'slow', 'nacc', """Το ιντερνετ κοβεται καθε βραδυ γυρω στις 9-10 για 5 λεπτα και μετα επανερχεται. Εχει γινει πολλες φορες αυτη την εβδομαδα.""", topic='connection-drops')
T('c', 'slow', 'en', """wifi is super slow in the bedroom, fine next to the router. anything I can do?""", topic='wifi-coverage')
T('p', 'slow', 'acc', """Ο συνδρομητής αναφέρει αργή σύνδεση εδώ και 3 ημέρες. Του ζητήθηκε να κάνει μέτρηση με καλώδιο. Μέτρησε 48 Mbps σε πρόγραμμα 100. Θα στείλει 3 μετρήσεις με email για έλεγχο γραμμής. Διεύθυνση σύνδεσης: Aiolou 10, 10551 Athina.""", pii=["Aiolou 10, 10551 Athina"], topic='slow-speed')
T('e', 'slow', 'caps', """ΤΟ ΙΝΤΕΡΝΕΤ ΕΙΝΑΙ ΧΑΛΙΑ ΕΔΩ ΚΑΙ ΜΙΑ ΕΒΔΟΜΑΔΑ. ΔΟΥΛΕΥΩ ΑΠΟ ΤΟ ΣΠΙΤΙ ΚΑΙ ΔΕΝ ΜΠΟΡΩ ΝΑ ΚΑΝΩ ΟΥΤΕ ΒΙΝΤΕΟΚΛΗΣΗ. ΣΤΕΙΛΤΕ ΤΕΧΝΙΚΟ!!!""", subj="ΠΡΟΒΛΗΜΑ ΙΝΤΕΡΝΕΤ", topic='slow-speed')
T('c', 'slow', 'acc', """Υπάρχει κάποια βλάβη στο Περιστέρι; Από το πρωί το internet είναι πολύ αργό.""", topic='area-outage')
T('e', 'slow', 'en', """Hi,
My connection keeps dropping several times a day, especially when my kids are gaming. I've restarted the router many times. Is there something wrong with the line? Account 4005561209.
Best,
Kevin O'Brien""", subj="Connection keeps dropping", pii=["4005561209", "Kevin O'Brien"], topic='connection-drops')
T('w', 'slow', 'gl', """exw 50 mega kai mou ferei 12, exw kanei restart to router 3 fores. ti allo na kanw?""", topic='slow-speed')
T('e', 'slow', 'long', """Καλημέρα σας,

σας γράφω γιατί έχω πραγματικά απογοητευτεί. Μετακομίσαμε εδώ τον Ιανουάριο, στον τρίτο όροφο, και το router το έβαλε ο τεχνικός στο χολ γιατί εκεί ήταν η πρίζα. Στην αρχή νόμιζα ότι φταίει το λάπτοπ μου, που είναι παλιό, αγόρασα καινούριο (!) και πάλι τα ίδια. Στο σαλόνι το Netflix κολλάει κάθε λίγο, η κόρη μου κάνει μαθήματα online και της κόβεται η εικόνα, και ο σύζυγός μου λέει ότι φταίνε οι γείτονες που έχουν κι αυτοί Wi-Fi. Στο δικό σας site βλέπω πως στην περιοχή δεν υπάρχει βλάβη. Πείτε μου τι να κάνω, να αγοράσω repeater; Να αλλάξουμε πρόγραμμα; Ή φταίει η γραμμή;

Ευχαριστώ,
Σοφία Αναστασίου
Τηλ. 6937 812 006""", subj="Wi-Fi κολλάει συνέχεια", pii=["Σοφία Αναστασίου", "6937 812 006"], topic='wifi-coverage')
T('c', 'slow', 'nacc', """γιατι στο λαπτοπ εχω 20 mbps και στο κινητο 90? ιδιο wifi""", topic='wifi-coverage')
T('p', 'slow', 'en', """Customer (English speaker) says internet has been very slow in the evenings for two weeks. Advised to test with cable and to check Network status in My Aeras. He will send results. Contact: j.miller.gr@gmail.com""", pii=["j.miller.gr@gmail.com"], topic='slow-speed')
T('c', 'slow', 'short-en', """internet slow again""", topic='slow-speed')
T('e', 'slow', 'short', """Το ίντερνετ σέρνεται. Γιατί;""", subj="ίντερνετ", topic='slow-speed')

# ---------------------------------------------------------------- wifi password
T('c', 'wifi', 'acc', """Πώς αλλάζω τον κωδικό του Wi-Fi; Νομίζω ότι τον έχει ο γείτονας.""", topic='wifi-password-change')
T('e', 'wifi', 'gl', """geia sas, 8elw na allaksw to onoma tou wifi kai ton kwdiko, pws mpainw sto router?""", subj="wifi kwdikos", topic='wifi-password-change')
T('w', 'wifi', 'nacc', """Μπηκα στο 192.168.1.1 αλλα δεν δεχεται τον κωδικο που εχει το αυτοκολλητο για το wifi. Ποιος ειναι ο κωδικος;""", topic='router-admin-login')
T('c', 'wifi', 'en', """hi, how do I change my wifi password? the router is yours (Aeras)""", topic='wifi-password-change', lang='en')
T('p', 'wifi', 'acc', """Η συνδρομήτρια άλλαξε τον κωδικό διαχείρισης του router και τον ξέχασε. Της εξηγήθηκε η επαναφορά εργοστασιακών ρυθμίσεων από το κουμπί Reset. Ενημερώθηκε ότι θα επιστρέψουν και οι αρχικοί κωδικοί Wi-Fi.""", topic='router-admin-login')
T('c', 'wifi', 'caps', """ΘΕΛΩ ΝΑ ΑΛΛΑΞΩ ΚΩΔΙΚΟ WIFI""", topic='wifi-password-change')
T('e', 'wifi', 'acc', """Καλησπέρα,
άλλαξα τον κωδικό στο Wi-Fi των 2.4 αλλά το κινητό μου συνδέεται ακόμα στο άλλο δίκτυο με τον παλιό κωδικό. Μήπως υπάρχουν δύο δίκτυα;
Ευχαριστώ""", subj="Κωδικός Wi-Fi", topic='wifi-password-change')
T('w', 'wifi', 'gl', """ksexasa ton kwdiko tou wifi kai den exw to autokollhto (to router einai sto patari). pws ton vriskw h ton allazw?""", topic='wifi-password-change')
T('e', 'wifi', 'en', """Hello,
We rent a flat and the previous tenant changed the Wi-Fi name to something rude. How can I change the network name on the Aeras router?
Thanks, Emily""", subj="Change wifi name", topic='wifi-password-change', lang='en')
T('c', 'wifi', 'short', """κωδικος admin ρουτερ;""", topic='router-admin-login')

# ---------------------------------------------------------------- moving house
T('e', 'move', 'acc', """Καλησπέρα,

μετακομίζω στις αρχές Σεπτεμβρίου από Κουκάκι σε Νέα Σμύρνη. Μπορώ να πάρω το internet μαζί μου ή πρέπει να κάνω νέο συμβόλαιο; Θα κρατήσω τον αριθμό του σταθερού;

Ευχαριστώ,
Λευτέρης Γκίκας""", subj="Μετακόμιση", pii=["Λευτέρης Γκίκας"], topic='move-line', d='2026-08')
T('c', 'move', 'nacc', """αλλαζω σπιτι, ποσο καιρο πριν πρεπει να σας πω για να μεταφερθει η γραμμη;""", topic='move-line')
T('w', 'move', 'gl', """metakomizw apo A8hna se Patra, 8a krathsw to noumero tou sta8erou? kai posto kostizei h metafora?""", topic='move-line')
T('p', 'move', 'acc', """Ο πελάτης ζητά μεταφορά σύνδεσης στη νέα του κατοικία: Οδός Αιόλου 10, 10551 Αθήνα, 4ος όροφος. Ημερομηνία μετακόμισης 15/3. Καταχωρήθηκε αίτημα. Τηλ. επικοινωνίας 69 71 23 45 67.""", pii=["Οδός Αιόλου 10, 10551 Αθήνα", "69 71 23 45 67"], topic='move-line', d='2026-02')
T('e', 'move', 'en', """Hi,
We're moving to a new flat in Kalamaria next month. The new building apparently has no fibre. If you can't provide internet there, do I have to pay the early termination fee? My contract runs until 2027.
Thanks, Greta Lindqvist""", subj="Moving - no coverage at new address", pii=["Greta Lindqvist"], topic='move-no-coverage')
T('c', 'move', 'acc', """Στο νέο σπίτι λένε ότι υπάρχει μόνο ADSL. Μπορώ να μεταφέρω το fibre πρόγραμμα ή αλλάζει;""", topic='move-line')
T('e', 'move', 'nacc', """Καλησπερα, μετακομιζω Λεμεσο για δουλεια και θελω να σταματησω το internet του σπιτιου στην Αθηνα. Θα πληρωσω ποινη; Η νεα μου διευθυνση για την αλληλογραφια ειναι Αρχ. Μακαριου 30, 3030 Λεμεσος.""", subj="Μετακομιση εξωτερικο", pii=["Αρχ. Μακαριου 30, 3030 Λεμεσος"], topic='move-abroad-cancel')
T('w', 'move', 'caps', """ΜΕΤΑΚΟΜΙΖΩ ΤΗΝ ΑΛΛΗ ΕΒΔΟΜΑΔΑ. ΠΩΣ ΜΕΤΑΦΕΡΩ ΤΟ ΙΝΤΕΡΝΕΤ;""", topic='move-line')
T('c', 'move', 'en', """Can I move my home internet to my new address myself in the app?""", topic='move-line', lang='en')
T('e', 'move', 'long', """Καλησπέρα σας,

λοιπόν, η ιστορία είναι λίγο περίεργη. Η γιαγιά μου είχε σπίτι στο Χαλάνδρι και μου το άφησε, οπότε αφήνω το ενοίκιο στο Παγκράτι και πάω εκεί μέσα στον Νοέμβριο. Στο Παγκράτι έχω το fibre σας, 300 mega, με 24μηνο συμβόλαιο που το έκανα πέρσι. Ο σπιτονοικοκύρης μου λέει να αφήσω το router για τον επόμενο ενοικιαστή, αλλά φαντάζομαι δεν γίνεται αυτό. Στο Χαλάνδρι η πολυκατοικία είναι παλιά και δεν ξέρω καν αν έχει οπτική ίνα. Η γιαγιά είχε σταθερό με άλλη εταιρεία, δεν ξέρω αν έχει κοπεί. Τι πρέπει να κάνω για να έχω internet από την πρώτη μέρα; Θα χρεωθώ κάτι;

Ευχαριστώ πολύ,
Νίκος Δρόσος""", subj="Αλλαγή διεύθυνσης", pii=["Νίκος Δρόσος"], topic='move-line', d='2026-10')
T('p', 'move', 'nacc', """Ο συνδρομητης ρωτησε αν μπορει να κανει δευτερη μεταφορα γραμμης μεσα στον ιδιο χρονο (ειχε μετακομισει και τον Μαρτιο). Ενημερωθηκε οτι η δωρεαν μεταφορα ισχυει μια φορα ανα 12 μηνες.""", topic='move-line')
# ---------------------------------------------------------------- number portability
T('c', 'port', 'acc', """Καλησπέρα, θέλω να έρθω στην Aeras κρατώντας τον αριθμό μου. Τι χρειάζεται;""", topic='port-in')
T('e', 'port', 'gl', """kalhspera, 8elw na kanw forita apo allh etaireia, posa 8a meinw xwris thlefwno? douleuw me to kinhto""", subj="forita", topic='port-in')
T('w', 'port', 'nacc', """Εκανα αιτηση φορητοτητας πριν 4 μερες και μου ηρθε μηνυμα οτι απορριφθηκε. Γιατι; Ο αριθμος ειναι στο ονομα της μητερας μου.""", topic='port-rejected')
T('c', 'port', 'en', """Hi, I want to switch to Aeras and keep my Vodafone number. How long does it take?""", topic='port-in')
T('p', 'port', 'acc', """Ο συνδρομητής θέλει να ακυρώσει τη φορητότητα που ζήτησε χθες, γιατί ο παλιός πάροχος του έκανε καλύτερη προσφορά. Η μεταφορά είναι προγραμματισμένη για αύριο 10:00. Ακυρώθηκε. Αριθμός 6948 330 271, ΑΔΤ ΑΕ123456.""", pii=["6948 330 271", "ΑΕ123456"], topic='port-cancel')
T('e', 'port', 'acc', """Καλημέρα,

θέλω να φέρω και τον αριθμό του σταθερού στην Aeras μαζί με το internet. Πόσες μέρες κάνει; Πρέπει να κάνω εγώ διακοπή στον παλιό πάροχο;

Αθανάσιος Κουτσούκος
ΑΦΜ 045872316""", subj="Φορητότητα σταθερού", pii=["Αθανάσιος Κουτσούκος", "045872316"], topic='port-in')
T('c', 'port', 'nacc', """η καινουρια καρτα δεν εχει σημα ακομα, η παλια εχει σβησει. τι κανω? μεταφορα αριθμου""", topic='port-in')
T('e', 'port', 'en', """Hello,
My port request from Cosmote was refused. The message said "details do not match". I entered everything correctly I think. My prepaid number is 6957 118 044. What can I do?
Ana Souza""", subj="Port request refused", pii=["6957 118 044", "Ana Souza"], topic='port-rejected')
T('w', 'port', 'caps', """ΘΕΛΩ ΝΑ ΦΕΡΩ ΤΟ ΚΙΝΗΤΟ ΜΟΥ ΣΕ ΕΣΑΣ. ΕΙΜΑΙ ΣΕ ΣΥΜΒΟΛΑΙΟ ΜΕ ΑΛΛΗ ΕΤΑΙΡΙΑ, ΘΑ ΠΛΗΡΩΣΩ ΠΟΙΝΗ;""", topic='port-in')
T('c', 'port', 'gl', """kalhmera, 8a ithela na ferw to noumero tou kinhtou apo kartokinhto allhs etaireias, ginetai?""", topic='port-in')
T('e', 'port', 'short', """Φορητότητα, τι χαρτιά θέλει;""", subj="Φορητότητα", topic='port-in')
T('p', 'port', 'en', """Caller (English) asks whether porting can be cancelled, scheduled for Thursday. Explained the 24-hour rule. He will decide tonight and call back. Number +30 699 201 7745.""", pii=["+30 699 201 7745"], topic='port-cancel')

# ---------------------------------------------------------------- contract termination
T('e', 'term', 'acc', """Καλησπέρα,

θα ήθελα να κάνω διακοπή στο συμβόλαιο του κινητού. Τι διαδικασία ακολουθώ;

Ευχαριστώ,
Παναγιώτα Λιάπη
ΑΔΤ: ΑΗ 902114""", subj="Διακοπή συμβολαίου", pii=["Παναγιώτα Λιάπη", "ΑΗ 902114"], topic='cancel-contract')
T('c', 'term', 'nacc', """ποσα θα πληρωσω αν κλεισω το συμβολαιο πριν τελειωσει; μου μενουν 8 μηνες""", topic='early-termination-fee')
T('w', 'term', 'gl', """8elw na kopsw to internet, pou stelnw to router meta?""", topic='return-equipment')
T('e', 'term', 'en', """Hi,
I'm leaving Greece at the end of the month and need to cancel my home internet and mobile. How do I do it, and what happens with the router? I can't come to a store.
Thanks,
Lukas Meyer
lukas.meyer(at)gmx(dot)de""", subj="Cancel my services", pii=["Lukas Meyer", "lukas.meyer(at)gmx(dot)de"], topic='cancel-contract', lang='en')
T('p', 'term', 'acc', """Ο πελάτης ζήτησε πληροφορίες για την πίστωση που έχει μετά τη διακοπή (12,30€). Ενημερώθηκε ότι θα επιστραφεί με τον τελικό λογαριασμό στο IBAN που θα δηλώσει. Έδωσε IBAN GR96 0172 0550 0050 5504 4211 387.""", pii=["GR96 0172 0550 0050 5504 4211 387"], topic='final-bill-refund')
T('c', 'term', 'acc', """Αν πάω σε άλλη εταιρεία με φορητότητα, πρέπει να κάνω και αίτηση διακοπής σε εσάς;""", topic='cancel-contract')
T('e', 'term', 'caps', """ΘΕΛΩ ΝΑ ΦΥΓΩ ΑΠΟ ΤΗΝ ΕΤΑΙΡΙΑ ΣΑΣ. ΠΕΙΤΕ ΜΟΥ ΤΙ ΝΑ ΚΑΝΩ ΚΑΙ ΠΟΣΑ ΘΑ ΜΕ ΧΡΕΩΣΕΤΕ. ΜΑΝΩΛΗΣ ΚΟΡΔΑΣ 6972 558 104""", subj="ΔΙΑΚΟΠΗ", pii=["ΜΑΝΩΛΗΣ ΚΟΡΔΑΣ", "6972 558 104"], topic='cancel-contract')
T('w', 'term', 'nacc', """Εκανα διακοπη τον προηγουμενο μηνα και μου ηρθε λογαριασμος 160€ για τον αποκωδικοποιητη της τηλεορασης. Τον εχω ακομα, δεν ηξερα οτι πρεπει να τον επιστρεψω. Τι κανω;""", topic='return-equipment')
T('c', 'term', 'en', """how much is the early termination fee? I'm 14 months into a 24 month contract""", topic='early-termination-fee', lang='en')
T('e', 'term', 'long', """Καλησπέρα,

είμαι πελάτισσα σας 9 χρόνια, από τότε που ήσασταν ακόμα με άλλο όνομα. Τον τελευταίο χρόνο έχω απογοητευτεί: δύο φορές χάλασε η γραμμή και περίμενα τεχνικό μια εβδομάδα, τώρα ανέβηκε και η τιμή χωρίς να με ρωτήσει κανείς. Η κόρη μου μού λέει να πάω αλλού και μάλλον θα την ακούσω. Πριν το κάνω θέλω να ξέρω: υπάρχει ποινή επειδή ανανέωσα το συμβόλαιο τον Μάρτιο; Και το router, πρέπει να το φέρω εγώ στο κατάστημα ή θα έρθει κάποιος να το πάρει; Δεν οδηγώ.

Ευγενία Κατσαρού
Πατησίων 112, Αθήνα""", subj="Σκέφτομαι να φύγω", pii=["Ευγενία Κατσαρού", "Πατησίων 112, Αθήνα"], topic='cancel-contract')
T('c', 'term', 'short', """διακοπη συμβολαιου πως""", topic='cancel-contract')

# ---------------------------------------------------------------- My Aeras app
T('c', 'app', 'nacc', """δεν μου ερχεται ο κωδικος με sms για να μπω στην εφαρμογη""", topic='app-otp')
T('e', 'app', 'gl', """ksexasa ton kwdiko tou my aeras kai to email pou exw dhlwsei den to exw pia. ti kanw?""", subj="kwdikos my aeras", topic='app-password')
T('w', 'app', 'acc', """Η εφαρμογή κλείνει μόλις την ανοίγω από την τελευταία ενημέρωση. Έχω Samsung A52.""", topic='app-crash')
T('c', 'app', 'en', """How do I add my wife's number to my My Aeras account? Both lines are under my name.""", topic='app-add-line', lang='en')
T('p', 'app', 'acc', """Η συνδρομήτρια δεν μπορεί να κάνει εγγραφή στο My Aeras γιατί δεν ξέρει τον αριθμό πελάτη. Της υποδείχθηκε ότι βρίσκεται στον λογαριασμό, πάνω δεξιά. Θα δοκιμάσει ξανά. Email: eleni at yahoo dot gr""", pii=["eleni at yahoo dot gr"], topic='app-register')
T('e', 'app', 'acc', """Καλησπέρα,
προσπάθησα πολλές φορές να συνδεθώ και τώρα μου λέει ότι ο λογαριασμός κλειδώθηκε. Για πόσο;
Ευχαριστώ, Φώτης""", subj="Κλείδωμα λογαριασμού My Aeras", topic='app-otp')
T('c', 'app', 'caps', """ΠΩΣ ΚΑΝΩ ΕΓΓΡΑΦΗ ΣΤΟ MY AERAS""", topic='app-register')
T('w', 'app', 'nacc', """Πατησα ξεχασα τον κωδικο και το link που ηρθε στο mail λεει οτι εληξε. Το ανοιξα μετα απο 2 ωρες.""", topic='app-password')
T('e', 'app', 'short', """Πώς μπαίνω στο My Aeras από υπολογιστή;""", subj="My Aeras", topic='app-register')
T('c', 'app', 'gl', """to app den anoigei, kleinei amesws. exw iphone 11""", topic='app-crash')
T('e', 'app', 'en', """Hello,
I registered on My Aeras with my mobile number, but I can't see my home internet line there. How do I add it?
Regards, Pieter""", subj="My Aeras - missing line", topic='app-add-line', lang='en')

# ---------------------------------------------------------------- Aeras TV
T('c', 'tv', 'acc', """Η τηλεόραση κολλάει συνέχεια και βγάζει «Σφάλμα σύνδεσης». Τι να κάνω;""", topic='tv-error')
T('e', 'tv', 'gl', """kalhspera, pws mporw na valw to paketo me ta a8lhtika? 8elw na vlepw to mats thn kyriakh""", subj="a8lhtika kanalia", topic='tv-sports-package')
T('w', 'tv', 'nacc', """Μπορω να βλεπω Aeras TV και στο tablet του παιδιου ταυτοχρονα με την τηλεοραση;""", topic='tv-devices')
T('c', 'tv', 'en', """what's the parental control pin on the tv box? tried 1234""", topic='tv-pin', lang='en')
T('p', 'tv', 'acc', """Ο συνδρομητής ζητά δεύτερο αποκωδικοποιητή για το υπνοδωμάτιο. Ενημερώθηκε για το κόστος 3€/μήνα. Θα το ζητήσει από το My Aeras. Αρ. πελάτη 4002876315.""", pii=["4002876315"], topic='tv-devices')
T('e', 'tv', 'acc', """Καλημέρα,
θέλω να σταματήσω το πακέτο με τις ταινίες, από πότε σταματάει να χρεώνεται;
Ευχαριστώ
Στέλλα Μπούρα""", subj="Αφαίρεση πακέτου TV", pii=["Στέλλα Μπούρα"], topic='tv-sports-package')
T('c', 'tv', 'caps', """ΞΕΧΑΣΑ ΤΟ PIN ΤΗΣ ΤΗΛΕΟΡΑΣΗΣ""", topic='tv-pin')
T('w', 'tv', 'acc', """Τι ταχύτητα internet χρειάζεται για την Aeras TV; Έχω ADSL 24 στο εξοχικό.""", topic='tv-requirements')
T('c', 'tv', 'gl', """to tv box kollaei sto mats kathe 5 lepta, einai se wifi""", topic='tv-error')
T('e', 'tv', 'short', """Πόσο κοστίζει δεύτερο box;""", subj="TV", topic='tv-devices')
# ---------------------------------------------------------------- answered by two articles
T('c', ('roam', 'data'), 'acc', """Είμαι στην Ισπανία και μου τελείωσαν τα GB. Μπορώ να αγοράσω επιπλέον πακέτο από εδώ και θα ισχύει στο εξωτερικό;""", topic='roaming-data-used-up', d='2026-08')
T('e', ('move', 'term'), 'acc', """Καλησπέρα,
μετακομίζουμε μόνιμα σε χωριό έξω από τα Τρίκαλα και απ' ό,τι είδα δεν έχετε σύνδεση εκεί. Αν δεν μπορείτε να μας δώσετε internet στο νέο σπίτι, πώς κάνω διακοπή και θα πληρώσω το υπόλοιπο του συμβολαίου;
Ευχαριστώ,
Βασίλης Τσακίρης""", subj="Μετακόμιση - διακοπή;", pii=["Βασίλης Τσακίρης"], topic='move-no-coverage')
T('w', ('lost', 'esim'), 'nacc', """Μου εκλεψαν το κινητο, ειχα e-SIM. Πως παιρνω ξανα τη γραμμη μου σε αλλο κινητο, θελει καινουριο QR;""", topic='stolen-phone-esim')
T('e', ('bill', 'pay'), 'gl', """geia sas, o logariasmos tou mhna einai 142 euro, poly megalos, den katalavainw ti einai oi xrewseis ektos programmatos. kai mporw na ton plhrwsw se doseis?""", subj="megalos logariasmos", topic='high-bill-instalments')
T('c', ('port', 'term'), 'en', """If I port my number to another provider, is the contract with you closed automatically? And do I pay a fee? 10 months left.""", topic='leaving-with-porting')
T('c', ('router', 'wifi'), 'nacc', """μολις συνδεσα το καινουριο ρουτερ. ποιο ειναι το ονομα του wifi και πως βαζω δικο μου κωδικο?""", topic='router-wifi-credentials')
T('e', ('overdue', 'pay'), 'acc', """Καλησπέρα, πλήρωσα με μεταφορά από την τράπεζα προχθές τον ληξιπρόθεσμο λογαριασμό αλλά η γραμμή είναι ακόμα σε φραγή και στην εφαρμογή φαίνεται απλήρωτος. Πότε θα φανεί η πληρωμή και πότε θα ανοίξει η γραμμή;

Κυριάκος Μελετίου
6951 407 223""", subj="Πληρωμή και φραγή", pii=["Κυριάκος Μελετίου", "6951 407 223"], topic='barred-line')
T('p', ('tv', 'slow'), 'acc', """Ο συνδρομητής αναφέρει ότι κολλάει η εικόνα στην Aeras TV και ότι γενικά το internet είναι αργό τα βράδια. Του προτάθηκε επανεκκίνηση router και box, σύνδεση του box με καλώδιο και μέτρηση ταχύτητας. Θα επανέλθει.""", topic='tv-error')
T('e', 'roam', 'en', """Hi, I'm travelling to Japan next month and bought a local travel eSIM there, but I also want to keep my Aeras line active for calls. Do I need to do anything for roaming outside the EU? And is my Aeras eSIM fine to keep alongside the other one?
Thanks, Yannis""", subj="Japan trip", topic='roaming-non-eu', d='2026-04')
# ================================================================ MISSING TOPICS
# ---- admin-fee (growing: new "network management fee" on bills from summer 2026)
M = 'missing:admin-fee'
T('e', M, 'acc', """Καλησπέρα, στον λογαριασμό Απριλίου βλέπω μια γραμμή «Τέλος διαχείρισης δικτύου 1,99€». Τι είναι αυτό; Δεν το είχα ποτέ πριν.""", subj="Νέα χρέωση;", topic='admin-fee', d='2026-04')
T('c', M, 'nacc', """τι ειναι το τελος διαχειρισης δικτυου που μπηκε στον λογαριασμο; κανεις δεν μου ειπε τιποτα""", topic='admin-fee', d='2026-05')
T('w', M, 'en', """There is a new line on my bill called "network management fee" 1.99. What is this? I did not agree to it.""", topic='admin-fee', d='2026-06')
T('e', M, 'caps', """ΓΙΑΤΙ ΜΟΥ ΒΑΛΑΤΕ ΚΑΙΝΟΥΡΙΑ ΧΡΕΩΣΗ 1,99 "ΤΕΛΟΣ ΔΙΑΧΕΙΡΙΣΗΣ"; ΕΧΩ ΣΥΜΒΟΛΑΙΟ ΜΕ ΣΤΑΘΕΡΗ ΤΙΜΗ!!!""", subj="ΑΥΘΑΙΡΕΤΗ ΧΡΕΩΣΗ", topic='admin-fee', d='2026-07')
T('c', M, 'gl', """giati mou xrewsate 1,99 parapanw? leei telos diaxeirishs""", topic='admin-fee', d='2026-07')
T('p', M, 'acc', """Ο συνδρομητής διαμαρτύρεται για τη νέα χρέωση «Τέλος διαχείρισης δικτύου» στον λογαριασμό Ιουλίου. Ρωτά αν είναι νόμιμη και αν μπορεί να φύγει χωρίς ποινή λόγω μονομερούς αλλαγής. Αρ. πελάτη 4006620418. Δεν υπήρχε διαθέσιμη πληροφόρηση, προωθήθηκε στο τμήμα λογαριασμών.""", pii=["4006620418"], topic='admin-fee', d='2026-07')
T('e', M, 'acc', """Καλησπέρα σας,

παρατήρησα ότι και στις δύο γραμμές κινητού που έχω στο όνομά μου χρεώνεστε από τον Αύγουστο 1,99€ ως «τέλος διαχείρισης δικτύου», δηλαδή σχεδόν 48€ τον χρόνο. Θα ήθελα να μάθω με ποιο δικαίωμα προστέθηκε αυτή η χρέωση και αν ενημερώθηκαν οι πελάτες. Εγώ δεν έλαβα τίποτα.

Με εκτίμηση,
Ηλίας Γεωργακόπουλος""", subj="Τέλος διαχείρισης δικτύου", pii=["Ηλίας Γεωργακόπουλος"], topic='admin-fee', d='2026-08')
T('c', M, 'en', """hi, my bill went up by 1.99 this month, says network management fee. is this for everyone?""", topic='admin-fee', d='2026-08')
T('w', M, 'nacc', """Καινουρια χρεωση 1,99 στο λογαριασμο του σταθερου και του κινητου. Τι ειναι και πως την αφαιρω;""", topic='admin-fee', d='2026-08')
T('e', M, 'gl', """kalhspera, eida sto logariasmo kati "telos diaxeirishs diktyou". ti einai auto? mporw na to akyrwsw?
Vaggelis""", subj="xrewsh", topic='admin-fee', d='2026-09')
T('p', M, 'nacc', """Η συνδρομητρια ρωτα γιατι αυξηθηκε ο λογαριασμος της κατα 1,99€. Επιβεβαιωθηκε οτι προκειται για το τελος διαχειρισης δικτυου. Ζητησε γραπτη εξηγηση στο email mar.pappa@gmail.com.""", pii=["mar.pappa@gmail.com"], topic='admin-fee', d='2026-09')
T('e', M, 'long-en', """Hello,

I've been an Aeras customer for four years and I've always recommended you to friends because the bills were simple and predictable. This month I noticed a new item, "Network management fee €1.99", on both my mobile and my home fibre bill. I went through all the emails I received from you this year and found nothing announcing it. I also checked your help pages and there's nothing about it either. My contract says the monthly price is fixed for 24 months. So: what is this fee, is it going to stay, and if it's a price change, do I have the right to leave without paying the early termination fee?

Kind regards,
Helen Carter""", subj="New fee on my bill", pii=["Helen Carter"], topic='admin-fee', d='2026-09')
T('c', M, 'acc', """Γιατί μπήκε τέλος διαχείρισης στον λογαριασμό; Είναι μόνιμο;""", topic='admin-fee', d='2026-10')
T('e', M, 'acc', """ΑΠ: Ο λογαριασμός σας Οκτωβρίου είναι διαθέσιμος

Καλησπέρα, στον λογαριασμό που μου στείλατε υπάρχει πάλι το «τέλος διαχείρισης δικτύου». Είχα ρωτήσει και τον προηγούμενο μήνα στο chat και δεν πήρα απάντηση. Τι ακριβώς πληρώνω;

Μαρία Κ.

{QEL}
> Αγαπητή πελάτισσα, ο λογαριασμός σας Οκτωβρίου είναι διαθέσιμος στο My Aeras.
> Ποσό: 44,89€""", subj="ΑΠ: Ο λογαριασμός σας Οκτωβρίου είναι διαθέσιμος", topic='admin-fee', d='2026-10-14')
T('w', M, 'caps', """ΤΙ ΕΙΝΑΙ ΤΟ ΤΕΛΟΣ ΔΙΑΧΕΙΡΙΣΗΣ ΔΙΚΤΥΟΥ 1,99???""", topic='admin-fee', d='2026-10')
T('c', M, 'short-en', """what's the 1.99 network fee""", topic='admin-fee', d='2026-11')
T('e', M, 'nacc', """Καλημερα. Η μητερα μου εχει καρτοκινητη και της αφαιρεθηκαν 1,99 απο το υπολοιπο με περιγραφη "τελος διαχειρισης". Ισχυει και για καρτοκινητα αυτο;""", subj="καρτοκινητη χρεωση 1,99", topic='admin-fee', d='2026-11')
T('p', M, 'acc', """Ο πελάτης ζητά αναλυτική εξήγηση για το τέλος διαχείρισης δικτύου και απειλεί να κάνει καταγγελία στην ΕΕΤΤ. Τηλ. 6974 903 118. Του υποσχέθηκε επιστροφή κλήσης από το τμήμα λογαριασμών.""", pii=["6974 903 118"], topic='admin-fee', d='2026-11')

# ---- 5g-coverage in specific places
M = 'missing:5g-coverage'
T('c', M, 'acc', """Καλησπέρα, υπάρχει 5G στη Νάξο; Στη Χώρα το κινητό γράφει μόνο 4G.""", topic='5g-coverage', d='2026-07')
T('e', M, 'gl', """geia sas, menw Kalamata kai to kinhto pote den pianei 5G, enw o filos mou me allh etaireia exei. pote 8a exete 5G edw?""", subj="5G kalamata", topic='5g-coverage')
T('w', M, 'en', """Is there 5G coverage in Chania? My iPhone 15 only shows LTE.""", topic='5g-coverage')
T('c', M, 'nacc', """στην Κηφισια γιατι εχω 5G στον δρομο αλλα μεσα στο σπιτι πεφτει σε 4G?""", topic='5g-coverage')
T('e', M, 'acc', """Καλημέρα,
πληρώνω το πρόγραμμα Aeras Max που λέει «με 5G» αλλά στα Ιωάννινα που μένω δεν έχω δει ποτέ 5G. Υπάρχει κάποιος χάρτης κάλυψης; Πότε έρχεται;
Γρηγόρης Νάστος""", subj="5G Ιωάννινα", pii=["Γρηγόρης Νάστος"], topic='5g-coverage')
T('p', M, 'acc', """Ο συνδρομητής ρωτά αν υπάρχει κάλυψη 5G στη Λάρισα, στην περιοχή Νεάπολη, γιατί θέλει να αγοράσει κινητό 5G. Δεν υπήρχε διαθέσιμη πληροφόρηση για την περιοχή. Ζητήθηκε επιστροφή κλήσης στο 6986 145 302.""", pii=["6986 145 302"], topic='5g-coverage')
T('c', M, 'en', """do you have 5G in Paros? going there for the summer and need good data for work""", topic='5g-coverage', d='2026-06')
T('w', M, 'caps', """ΠΟΤΕ ΘΑ ΒΑΛΕΤΕ 5G ΣΤΗΝ ΞΑΝΘΗ;""", topic='5g-coverage')
T('e', M, 'nacc', """Καλησπερα, εχω Samsung S24 και στην Πατρα, στο κεντρο, το 5G εμφανιζεται και εξαφανιζεται συνεχεια και μου τρωει μπαταρια. Εχετε κανονικη καλυψη εκει η οχι ακομα;""", subj="5G Πατρα", topic='5g-coverage')
T('c', M, 'gl', """exete 5G sth Rodo? sto Faliraki?""", topic='5g-coverage', d='2026-05')
T('e', M, 'en', """Hello,
We're considering a house in Sithonia, Halkidiki (near Nikiti) for remote work. Do you have 5G there, or at least decent 4G? I'd rather know before signing the lease.
Thanks,
Michael Brandt""", subj="Coverage in Halkidiki", pii=["Michael Brandt"], topic='5g-coverage')
T('c', M, 'short', """5G Βόλο έχετε;""", topic='5g-coverage')
T('w', M, 'acc', """Στο Ηράκλειο Κρήτης, περιοχή Μασταμπά, το κινητό δείχνει 5G αλλά η ταχύτητα είναι χειρότερη από το 4G. Είναι σε δοκιμαστική λειτουργία το δίκτυο εκεί;""", topic='5g-coverage')
T('p', M, 'nacc', """Συνδρομητρια απο Κομοτηνη ρωτα αν θα υπαρξει 5G στην πολη φετος, γιατι σκεφτεται να αλλαξει παροχο. Δεν δοθηκε ημερομηνια.""", topic='5g-coverage')
T('e', M, 'acc', """Καλησπέρα, δουλεύω στα ορυχεία της Μεγαλόπολης και θα ήθελα να ξέρω αν υπάρχει σχέδιο για 5G στην περιοχή. Δεν βρήκα πουθενά χάρτη κάλυψης στο site σας.""", subj="Χάρτης κάλυψης 5G", topic='5g-coverage')
T('c', M, 'en', """is 5G available on Aeras prepaid or only on contracts? I'm in Thessaloniki""", topic='5g-coverage')

# ---- data-breach / scam scare
M = 'missing:data-breach'
T('e', M, 'acc', """Καλησπέρα, διάβασα σήμερα σε ειδησεογραφικό site ότι διέρρευσαν στοιχεία πελατών της Aeras. Ισχύει; Είναι ανάμεσά τους και τα δικά μου; Είχα δώσει ταυτότητα και ΑΦΜ όταν έκανα το συμβόλαιο.

Δέσποινα Χατζή""", subj="Διαρροή δεδομένων;", pii=["Δέσποινα Χατζή"], topic='data-breach', d='2026-03')
T('c', M, 'nacc', """μου ηρθε sms απο "Aeras" οτι εχω επιστροφη χρηματων και να πατησω ενα link. ειναι δικο σας??""", topic='data-breach', d='2026-03')
T('p', M, 'acc', """Ο συνδρομητής αναφέρει ότι τον κάλεσε κάποιος που δήλωσε υπάλληλος της Aeras και του ζήτησε τον κωδικό που μόλις του ήρθε με SMS. Δεν τον έδωσε. Ρωτά αν έχουν διαρρεύσει τα στοιχεία του, αφού ο καλών ήξερε το ονοματεπώνυμο και τη διεύθυνσή του (Καλλιδρομίου 45, Εξάρχεια). Τηλ. 6931 870 244.""", pii=["Καλλιδρομίου 45, Εξάρχεια", "6931 870 244"], topic='data-breach', d='2026-03')
T('e', M, 'en', """Hi,
There are news reports about a data breach at Aeras. Was my data affected? What exactly leaked, and should I cancel my cards? I paid by card in your app.
Regards,
Nadia Petrova""", subj="Data breach?", pii=["Nadia Petrova"], topic='data-breach', d='2026-03')
T('w', M, 'gl', """diavasa gia diarroh stoixeiwn pelatwn. ta dika mou einai asfalh? exw dwsei AMKA kai ta8ero""", topic='data-breach', d='2026-03')
T('c', M, 'acc', """Μου ήρθε email ότι «λόγω περιστατικού ασφαλείας» πρέπει να αλλάξω κωδικό στο My Aeras. Είναι αληθινό ή απάτη;""", topic='data-breach', d='2026-04')
T('e', M, 'caps', """ΘΕΛΩ ΝΑ ΜΑΘΩ ΑΝ ΤΑ ΣΤΟΙΧΕΙΑ ΜΟΥ ΕΙΝΑΙ ΣΤΗ ΔΙΑΡΡΟΗ. ΑΜΚΑ 12037801234. ΘΑ ΚΑΝΩ ΚΑΤΑΓΓΕΛΙΑ ΣΤΗΝ ΑΡΧΗ ΠΡΟΣΤΑΣΙΑΣ ΔΕΔΟΜΕΝΩΝ""", subj="ΔΙΑΡΡΟΗ", pii=["12037801234"], topic='data-breach', d='2026-03')
T('c', M, 'en', """got an sms saying my aeras account is suspended and i must verify my card at some link. scam right? is this related to the leak?""", topic='data-breach', d='2026-04')
T('e', M, 'nacc', """Καλησπερα,
απο οταν βγηκε η ειδηση για τη διαρροη μου ερχονται 5-6 κλησεις την ημερα απο αγνωστους αριθμους εξωτερικου. Τι μετρα εχετε παρει; Πρεπει να αλλαξω αριθμο;
Χαραλαμπος""", subj="Κλησεις μετα τη διαρροη", topic='data-breach', d='2026-04')
T('p', M, 'nacc', """Η συνδρομητρια ζητα να μαθει ποια στοιχεια της τηρει η εταιρεια και αν επηρεαστηκε απο το περιστατικο ασφαλειας. Ζητησε γραπτη απαντηση στη διευθυνση Ερμου 22, 54624 Θεσσαλονικη.""", pii=["Ερμου 22, 54624 Θεσσαλονικη"], topic='data-breach', d='2026-04')
T('w', M, 'acc', """Έχετε στείλει επίσημη ενημέρωση στους πελάτες για τη διαρροή; Εγώ δεν έλαβα τίποτα και το έμαθα από την τηλεόραση.""", topic='data-breach', d='2026-03')
T('e', M, 'long', """Καλησπέρα,

δεν ξέρω αν είναι σύμπτωση, αλλά από τον Μάρτιο, που άκουσα ότι είχατε διαρροή, συμβαίνουν περίεργα πράγματα. Πρώτα μου ήρθε SMS ότι «το δέμα σας από Aeras περιμένει», μετά ένα email με το λογότυπό σας που έλεγε ότι έχω επιστροφή 38€, και χθες με πήρε τηλέφωνο μια κυρία που ήξερε τον αριθμό πελάτη μου και ρωτούσε για την κάρτα μου. Δεν έδωσα τίποτα, αλλά η μητέρα μου, που είναι κι αυτή πελάτισσά σας, έδωσε τον αριθμό της κάρτας της σε ένα παρόμοιο τηλεφώνημα. Τι πρέπει να κάνουμε; Ποια στοιχεία μας έχουν διαρρεύσει; Και πώς ξέρω ότι κάτι που μου έρχεται είναι όντως από εσάς;

Ευχαριστώ,
Ολυμπία Σαρρή
6945 610 327""", subj="Απάτες μετά τη διαρροή", pii=["Ολυμπία Σαρρή", "6945 610 327"], topic='data-breach', d='2026-05')
T('c', M, 'gl', """mou zhthsan ton kwdiko sms kapoios pou eipe oti einai apo thn Aeras. to edwsa... ti kanw twra?""", topic='data-breach', d='2026-05')
T('e', M, 'short-en', """Was I affected by the breach?""", subj="breach", topic='data-breach', d='2026-03')
# ---- wifi-calling
M = 'missing:wifi-calling'
T('c', M, 'acc', """Υποστηρίζετε κλήσεις μέσω Wi-Fi; Στο υπόγειο που δουλεύω δεν έχω καθόλου σήμα.""", topic='wifi-calling')
T('e', M, 'en', """Hi,
Does Aeras support Wi-Fi Calling on iPhone? The toggle is greyed out in Settings > Phone. My previous provider in the UK had it.
Thanks, Sarah""", subj="WiFi calling", topic='wifi-calling')
T('w', M, 'gl', """exw VoWiFi sto kinhto alla den energopoieitai me thn karta sas. to exete?""", topic='wifi-calling')
T('c', M, 'nacc', """στο σπιτι μου στο χωριο δεν πιανει σημα, γινεται να μιλαω απο το wifi χωρις viber?""", topic='wifi-calling')
T('p', M, 'acc', """Ο συνδρομητής μένει σε ισόγειο με κακή κάλυψη και ρωτά αν μπορεί να ενεργοποιηθεί η λειτουργία «κλήσεις Wi-Fi» στο Samsung του. Δεν υπήρχε διαθέσιμη πληροφορία για την υπηρεσία. Αριθμός 6973 225 819, οδός Μαιζώνος 14, Πάτρα.""", pii=["6973 225 819", "Μαιζώνος 14, Πάτρα"], topic='wifi-calling')
T('e', M, 'acc', """Καλησπέρα,
θα ήθελα να ρωτήσω αν θα έχετε σύντομα Wi-Fi Calling. Μένω σε ορεινό χωριό της Αρκαδίας και το σήμα είναι μόνο στο μπαλκόνι. Έχω το internet σας στο σπίτι.
Ευχαριστώ,
Αντώνης Ρέππας""", subj="Κλήσεις μέσω Wi-Fi", pii=["Αντώνης Ρέππας"], topic='wifi-calling')
T('c', M, 'en', """wifi calling - yes or no?""", topic='wifi-calling')
T('e', M, 'caps', """ΓΙΑΤΙ ΔΕΝ ΕΧΕΤΕ WIFI CALLING ΟΠΩΣ ΟΛΕΣ ΟΙ ΑΛΛΕΣ ΕΤΑΙΡΙΕΣ; ΣΤΟ ΓΡΑΦΕΙΟ ΔΕΝ ΜΠΟΡΩ ΝΑ ΜΙΛΗΣΩ""", subj="WIFI CALLING", topic='wifi-calling')
T('w', M, 'en', """I use Wi-Fi calling when abroad with my Dutch SIM to avoid roaming charges. Does Aeras offer this, and would calls over Wi-Fi from outside the EU be charged as roaming?""", topic='wifi-calling')
T('c', M, 'gl', """wifi calling exete? to xiaomi mou to exei alla den anavei""", topic='wifi-calling')
T('e', M, 'nacc', """Καλημερα, αγορασα Pixel 8 και βλεπω μια επιλογη "Κλησεις Wi-Fi" που δεν μπορω να ενεργοποιησω. Χρειαζεται να το ανοιξετε εσεις απο τη μερια σας;""", subj="Κλησεις Wi-Fi", topic='wifi-calling')
T('c', M, 'short', """vowifi?""", topic='wifi-calling')
T('p', M, 'en', """Caller asks whether Wi-Fi Calling is supported for her iPhone 14 on Aeras; she has no indoor signal in her flat in Glyfada. No information available, ticket opened for product team. Contact: linda.harris@outlook.com""", pii=["linda.harris@outlook.com"], topic='wifi-calling')

# ---- student / youth discount
M = 'missing:student-discount'
T('c', M, 'acc', """Καλησπέρα, έχετε κάποιο φοιτητικό πρόγραμμα ή έκπτωση για φοιτητές;""", topic='student-discount', d='2026-09')
T('e', M, 'gl', """geia sas, eimai foithths sth 8essalonikh, yparxei kapoio paketo me ekptwsh gia neous? exw kartokinhto""", subj="foithtiko", topic='student-discount', d='2026-10')
T('w', M, 'nacc', """Ο γιος μου περασε στο πανεπιστημιο στην Κρητη. Υπαρχει νεανικο προγραμμα με περισσοτερα GB; Τι χαρτια χρειαζεται, πασο;""", topic='student-discount', d='2026-09')
T('c', M, 'en', """Erasmus student here (Athens, 5 months). Any student plans or discounts?""", topic='student-discount', d='2026-02')
T('e', M, 'acc', """Καλημέρα,
η Cosmote και η Vodafone έχουν νεανικά προγράμματα για κάτω των 25. Εσείς έχετε κάτι αντίστοιχο; Είμαι 21 και θέλω να μεταφέρω τον αριθμό μου αλλά μόνο αν υπάρχει κάτι φθηνότερο.
Ευχαριστώ, Ραφαέλα""", subj="Νεανικό πρόγραμμα", topic='student-discount', d='2026-09')
T('c', M, 'caps', """ΕΧΕΤΕ ΦΟΙΤΗΤΙΚΗ ΕΚΠΤΩΣΗ;""", topic='student-discount')
T('p', M, 'acc', """Η μητέρα φοιτήτριας ρωτά αν υπάρχει έκπτωση στο internet σπιτιού για φοιτητική εστία/διαμέρισμα στα Ιωάννινα. Δεν υπήρχε διαθέσιμη προσφορά. Στοιχεία: Ευτυχία Λάμπρου, 6978 402 551.""", pii=["Ευτυχία Λάμπρου", "6978 402 551"], topic='student-discount', d='2026-09')
T('w', M, 'en', """Do you offer a student discount on home internet? I'm a PhD student at NTUA and my flatmates and I need fibre. Student ID available.""", topic='student-discount', d='2026-10')
T('c', M, 'nacc', """υπαρχει προγραμμα για παιδια με ακαδημαικη ταυτοτητα;""", topic='student-discount', d='2026-10')
T('e', M, 'gl', """kalhspera, eimai 19 xronwn. exete kati sa to youth plan twn allwn? 8elw polla GB gia tiktok kai youtube xaxa""", subj="neaniko", topic='student-discount', d='2026-03')
T('c', M, 'short-en', """student plan?""", topic='student-discount', d='2026-09')
T('e', M, 'nacc', """Καλησπερα. Η κορη μου ειναι 17 και θελω να της παρω συμβολαιο. Εχετε εκπτωση για μαθητες ή για δευτερη γραμμη στην οικογενεια;""", subj="Προγραμμα για μαθητρια", topic='student-discount', d='2026-08')

# ---- static-ip / port forwarding / CGNAT
M = 'missing:static-ip'
T('e', M, 'acc', """Καλησπέρα,
χρειάζομαι στατική IP για το γραφείο μου (λογιστικό) για απομακρυσμένη σύνδεση στον server. Παρέχετε στατική IP στο fibre και με τι κόστος;
Στέφανος Μαυρίδης
Μαυρίδης & Συνεργάτες, ΑΦΜ 801234567""", subj="Στατική IP", pii=["Στέφανος Μαυρίδης", "801234567"], topic='static-ip')
T('c', M, 'nacc', """εκανα port forwarding για τις καμερες αλλα δεν βλεπω τιποτα απ'εξω. μηπως ειμαι πισω απο cgnat?""", topic='static-ip')
T('w', M, 'en', """Can I get a public static IPv4 address on a residential fibre plan? I host a small home lab and my IP changes every few days.""", topic='static-ip')
T('c', M, 'gl', """8elw na vlepw tis kameres tou magaziou apo to kinhto, o texnikos leei oti xreiazomai statiki ip. to dinete?""", topic='static-ip')
T('p', M, 'acc', """Ο πελάτης (κατάστημα) ζητά στατική IP για σύστημα POS/συναγερμού. Ρωτά κόστος και χρόνο ενεργοποίησης. Δεν υπάρχει σχετικό πρόγραμμα στη λίστα, προωθήθηκε στο επιχειρηματικό τμήμα. Διεύθυνση: Τσιμισκή 51, Θεσσαλονίκη. Τηλ. 2310.224.918.""", pii=["Τσιμισκή 51, Θεσσαλονίκη", "2310.224.918"], topic='static-ip')
T('e', M, 'en', """Hello,
Playing online games and my NAT type is always "Strict". My friends with other providers have "Open". Is your internet behind CG-NAT? Can I get a public IP?
Thanks,
Jake""", subj="NAT type strict / public IP", topic='static-ip')
T('c', M, 'acc', """Η IP μου ξεκινάει από 100.64. Γιατί δεν έχω δημόσια IP; Δεν λειτουργεί το VPN του γραφείου.""", topic='static-ip')
T('e', M, 'caps', """ΧΡΕΙΑΖΟΜΑΙ ΣΤΑΘΕΡΗ IP ΓΙΑ ΤΟ ΣΥΝΑΓΕΡΜΟ. ΠΟΣΟ ΚΑΝΕΙ;""", subj="IP", topic='static-ip')
T('w', M, 'nacc', """Ο τεχνικος του DVR μου λεει οτι πρεπει να μου ανοιξετε θυρες ή να μου δωσετε στατικη διευθυνση. Γινεται αυτο στο οικιακο προγραμμα;""", topic='static-ip')
T('c', M, 'en', """do you support IPv6 and can I get a static IP? running a Plex server""", topic='static-ip')
T('e', M, 'long', """Καλησπέρα σας,

είμαι αρχιτέκτονας και δουλεύω από το σπίτι δύο μέρες την εβδομάδα. Το γραφείο μας έχει NAS και μέχρι τον Σεπτέμβριο, που ήμουν σε άλλη εταιρεία, συνδεόμουν κανονικά με VPN. Από τότε που έβαλα το fibre σας δεν μπορώ. Ο συνάδελφος που ασχολείται με τα IT λέει ότι ο server του γραφείου επιτρέπει συνδέσεις μόνο από συγκεκριμένες IP και ότι η δική μου αλλάζει συνέχεια. Ρώτησα στο κατάστημα και μου είπαν να στείλω email. Μπορείτε να μου δώσετε μόνιμη IP; Αν χρειάζεται να αλλάξω πρόγραμμα, ποιο;

Ευχαριστώ,
Ιάσονας Μπέλλος
Λεωφ. Κηφισίας 268, Χαλάνδρι""", subj="Μόνιμη IP για VPN", pii=["Ιάσονας Μπέλλος", "Λεωφ. Κηφισίας 268, Χαλάνδρι"], topic='static-ip')
T('c', M, 'short', """στατικη ip εχετε?""", topic='static-ip')

# ---- smartwatch e-SIM / number sharing
M = 'missing:smartwatch-esim'
T('c', M, 'acc', """Καλησπέρα, πήρα Apple Watch με cellular. Υποστηρίζετε να έχει τον ίδιο αριθμό με το iPhone μου;""", topic='smartwatch-esim', d='2026-01')
T('e', M, 'en', """Hi,
I have a Galaxy Watch 6 LTE. When I try to add a mobile plan in the Wearable app, it says "your carrier does not support this". Does Aeras support eSIM for smartwatches?
Regards,
Tom Whitaker""", subj="Galaxy Watch LTE", pii=["Tom Whitaker"], topic='smartwatch-esim')
T('w', M, 'gl', """8elw na valw to roloi mou (apple watch) na exei internet xwris to kinhto gia to trexmo. ginetai me aeras?""", topic='smartwatch-esim')
T('c', M, 'nacc', """το ρολοι λεει οτι ο παροχος δεν υποστηριζει κινητη υπηρεσια. θα το υποστηριξετε καποτε;""", topic='smartwatch-esim')
T('p', M, 'acc', """Ο συνδρομητής ρωτά για υπηρεσία «ένας αριθμός σε δύο συσκευές» για το smartwatch του. Δεν υπάρχει διαθέσιμη υπηρεσία στο σύστημα. Αριθμός γραμμής 6989 017 632.""", pii=["6989 017 632"], topic='smartwatch-esim')
T('e', M, 'acc', """Καλημέρα,
θέλω να πάρω στον γιο μου (10 χρονών) ένα ρολόι με κάρτα για να μπορεί να με παίρνει τηλέφωνο. Μπορώ να βάλω e-SIM της Aeras σε παιδικό smartwatch; Τι πρόγραμμα χρειάζεται;
Ευχαριστώ, Κατερίνα Δούκα""", subj="Smartwatch για παιδί", pii=["Κατερίνα Δούκα"], topic='smartwatch-esim')
T('c', M, 'en', """apple watch cellular with aeras - possible?""", topic='smartwatch-esim', d='2026-09')
T('w', M, 'caps', """ΘΕΛΩ ΝΑ ΕΝΕΡΓΟΠΟΙΗΣΩ ΤΟ ΚΙΝΗΤΟ ΔΙΚΤΥΟ ΣΤΟ ΡΟΛΟΙ ΜΟΥ. ΠΩΣ ΓΙΝΕΤΑΙ;""", topic='smartwatch-esim')
T('e', M, 'gl', """kalhspera, to Pixel Watch mou exei LTE. mporw na parw deuterh esim me ton idio ari8mo gia to roloi? xreiazetai extra pagio?""", subj="pixel watch esim", topic='smartwatch-esim')
T('c', M, 'acc', """Πόσο κοστίζει η υπηρεσία για να έχει το ρολόι τον ίδιο αριθμό με το κινητό;""", topic='smartwatch-esim', d='2026-09')
T('e', M, 'long-en', """Hello,

My husband got me an Apple Watch Series 10 GPS + Cellular for my birthday, mostly so I can go swimming and running without my phone and still be reachable (my mother is elderly and I'm her main contact). The watch set-up went fine until the "Mobile" step, where it says my carrier doesn't support this watch. I'm on an Aeras contract, iPhone 15, line in my name. I asked in the Aeras shop in Kifisia and the young man said he'd never heard of it. Is this something you offer under another name, something that's coming soon, or should I just return the watch and get the GPS model instead? The return window ends in 10 days, so an answer soon would be appreciated.

Many thanks,
Claire Dubois
claire.dubois at gmail dot com""", subj="Apple Watch cellular", pii=["Claire Dubois", "claire.dubois at gmail dot com"], topic='smartwatch-esim', d='2026-10')
T('c', M, 'short', """esim για ρολοι;""", topic='smartwatch-esim')

# ---- deceased account holder
M = 'missing:deceased-holder'
T('e', M, 'acc', """Καλησπέρα σας,

ο πατέρας μου απεβίωσε τον περασμένο μήνα. Είχε κινητό και σταθερό στην Aeras. Η μητέρα μου θέλει να κρατήσει τον αριθμό του σταθερού στο όνομά της. Τι δικαιολογητικά χρειάζονται;

Ευχαριστώ,
Νεκταρία Φραγκιαδάκη""", subj="Αλλαγή ονόματος μετά από θάνατο", pii=["Νεκταρία Φραγκιαδάκη"], topic='deceased-holder')
T('c', M, 'nacc', """καλησπερα, η γιαγια μου πεθανε και θελουμε να κλεισουμε τη γραμμη της. τι χρειαζεται; ληξιαρχικη πραξη;""", topic='deceased-holder')
T('p', M, 'acc', """Η κόρη εκλιπόντος συνδρομητή ζητά διακοπή της γραμμής του και ενημέρωση για το αν θα χρεωθεί τέλος πρόωρης αποχώρησης. Στοιχεία συνδρομητή: Ανδρέας Σκουλάς, αρ. πελάτη 4000871136. Δεν υπήρχε οδηγία για την περίπτωση, προωθήθηκε.""", pii=["Ανδρέας Σκουλάς", "4000871136"], topic='deceased-holder')
T('e', M, 'en', """Dear Aeras,
My mother, who lived in Corfu, passed away in January. She had a mobile contract with you. I live in Manchester. How can I close her account and settle the final bill from abroad? Do you need a death certificate, and in what form?
Kind regards,
Peter Lykourgos""", subj="Closing my late mother's account", pii=["Peter Lykourgos"], topic='deceased-holder')
T('w', M, 'gl', """o pateras mou apebiwse, 8elw na kratisw to noumero tou kinhtou gia sunaisthimatikous logous. ginetai na metafer8ei sto onoma mou?""", topic='deceased-holder')
T('c', M, 'acc', """Ο σύζυγός μου έφυγε από τη ζωή και η πάγια εντολή τραβάει ακόμα από τον λογαριασμό του. Πώς αλλάζουμε τον δικαιούχο της σύνδεσης;""", topic='deceased-holder')
T('e', M, 'nacc', """Καλησπερα, ειμαι ο γιος του Ευαγγελου Μπαλτα (ΑΦΜ 036519874) που πεθανε τον Οκτωβριο. Εξακολουθουν να ερχονται λογαριασμοι στο ονομα του. Θελουμε να σταματησουν. Τι πρεπει να στειλουμε;""", subj="Λογαριασμοι θανοντος", pii=["Ευαγγελου Μπαλτα", "036519874"], topic='deceased-holder', d='2026-11')
T('p', M, 'nacc', """Κληρονομος συνδρομητριας ρωτα αν μπορει να μεταφερθει το συμβολαιο internet στο ονομα του χωρις νεα δεσμευση 24 μηνων. Ζητησε απαντηση στο 6962 380 517.""", pii=["6962 380 517"], topic='deceased-holder')
T('c', M, 'en', """my father passed away, how do I transfer his phone number to my name?""", topic='deceased-holder')
T('e', M, 'caps', """Ο ΑΝΤΡΑΣ ΜΟΥ ΠΕΘΑΝΕ ΚΑΙ ΜΟΥ ΖΗΤΑΤΕ ΤΕΛΟΣ ΠΡΟΩΡΗΣ ΑΠΟΧΩΡΗΣΗΣ. ΕΙΝΑΙ ΔΥΝΑΤΟΝ;;; ΘΕΛΩ ΑΠΑΝΤΗΣΗ""", subj="ΑΠΑΡΑΔΕΚΤΟ", topic='deceased-holder')
# ================================================================ NOISE
N = 'noise'
T('c', N, 'short', """γεια σας""", topic='greeting')
T('c', N, 'short', """οκ ευχαριστω""", topic='thanks')
T('c', N, 'short', """Καλησπέρα""", topic='greeting')
T('c', N, 'short-en', """hello?""", topic='greeting')
T('c', N, 'nacc', """ευχαριστω πολυ για τη βοηθεια, ολα οκ τωρα""", topic='thanks')
T('c', N, 'gl', """ok euxaristw""", topic='thanks')
T('c', N, 'short', """;""", topic='greeting')
T('e', N, 'acc', """Χρόνια πολλά σε όλη την ομάδα της εξυπηρέτησης! Καλές γιορτές!
Μαρίνα""", subj="Χρόνια πολλά!", topic='seasonal-wishes', d='2025-12-24')
T('e', N, 'acc', """Καλή χρονιά, υγεία και ευτυχία!

Γιάννης Πετρίδης
Πετρίδης Ηλεκτρολογικά""", subj="Καλή χρονιά", pii=["Γιάννης Πετρίδης"], topic='seasonal-wishes', d='2026-01-02')
T('w', N, 'caps', """ΚΑΛΟ ΠΑΣΧΑ ΣΕ ΟΛΟΥΣ""", topic='seasonal-wishes', d='2026-04-10')
T('e', N, 'en', """Merry Christmas and thanks for sorting out my router last week!
Tim""", subj="Merry Christmas", topic='seasonal-wishes', d='2025-12-23')
T('e', N, 'short-en', """test""", subj="test", topic='test')
T('w', N, 'short', """δοκιμη""", topic='test')
T('e', N, 'en', """Thank you for your message. I am out of the office until 22 August with limited access to email. For urgent matters please contact my colleague at office@kritikos-law.example.

Kind regards,
Anna Kritikou""", subj="Automatic reply: Your Aeras bill for July", pii=["Anna Kritikou"], topic='auto-reply', d='2026-08-12')
T('e', N, 'acc', """Σας ευχαριστούμε για το μήνυμά σας. Το γραφείο μας είναι κλειστό λόγω θερινών διακοπών από 10/8 έως 24/8. Θα σας απαντήσουμε με την επιστροφή μας.

Φαρμακείο Λιάκου""", subj="Αυτόματη απάντηση: Ενημέρωση για τον λογαριασμό σας", topic='auto-reply', d='2026-08-11')
T('e', N, 'en', """This is the mail system at host mx2.aeras.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<k.vasileiou@hotmial.com>: host not found: hotmial.com

Reporting-MTA: dns; mx2.aeras.example
Status: 5.1.2
Diagnostic-Code: X-Postfix; Host or domain name not found""", subj="Undelivered Mail Returned to Sender", pii=["k.vasileiou@hotmial.com"], topic='bounce')
T('e', N, 'en', """Delivery has failed to these recipients or groups:

info@stathopoulos-ae.example
The recipient's mailbox is full and can't accept messages now.

Diagnostic information for administrators:
Remote server returned '552 5.2.2 mailbox full'""", subj="Delivery Status Notification (Failure)", topic='bounce')
T('e', N, 'acc', """Αξιότιμοι κύριοι,

με το παρόν σας αποστέλλω το βιογραφικό μου σημείωμα για τη θέση Συνεργάτη Εξυπηρέτησης Πελατών που είδα στο Kariera. Έχω τριετή εμπειρία σε τηλεφωνικό κέντρο τηλεπικοινωνιών και άριστη γνώση αγγλικών.

Παραμένω στη διάθεσή σας για συνέντευξη.

Με εκτίμηση,
Αλεξάνδρα Νικολαΐδου
τηλ. 6950 433 871
alex.nikolaidou@gmail.com""", subj="Αίτηση για θέση εξυπηρέτησης πελατών", pii=["Αλεξάνδρα Νικολαΐδου", "6950 433 871", "alex.nikolaidou@gmail.com"], topic='job-application')
T('e', N, 'en', """Hi there,

I noticed that help.aeras.example is not ranking on the first page of Google for "mobile plans Greece". Our SEO team can get you to the top 3 in 90 days, guaranteed. Would you be open to a quick 15-minute call this week?

Best,
Ryan | GrowthRank Digital""", subj="Quick question about your website", topic='seo-spam')
T('e', N, 'en', """Join our free webinar: "AI chatbots for telecom customer service — cut costs by 60%". Thursday 14:00 CET. Register now, seats are limited!

Unsubscribe""", subj="[Webinar] AI for Telecom Support", topic='webinar-ad')
T('e', N, 'acc', """Αποκλειστική προσφορά για την επιχείρησή σας! Μαζικά SMS από 0,019€/μήνυμα. Στείλτε τις προσφορές σας σε χιλιάδες πελάτες σε δευτερόλεπτα. Καλέστε μας σήμερα για δωρεάν δοκιμή 500 SMS.

SmsPro Hellas""", subj="Μαζικά SMS για την επιχείρησή σας", topic='sms-marketing-ad')
T('e', N, 'en', """Dear Customer,

Your mailbox storage is full. Your account will be suspended within 24 hours. Click below to verify your account and upgrade your storage for free.

VERIFY NOW: http://aeras-secure-login.example.ru/verify

Webmail Administrator""", subj="Action required: mailbox suspended", topic='phishing')
T('e', N, 'acc', """Ευχαριστώ πολύ, λύθηκε!

{QEL}
> Καλησπέρα σας, η γραμμή σας ενεργοποιήθηκε ξανά. Παρακαλούμε κάντε επανεκκίνηση στη συσκευή σας.
> Με εκτίμηση,
> Εξυπηρέτηση Πελατών Aeras""", subj="Re: Η γραμμή μου δεν λειτουργεί", topic='thanks')
T('e', N, 'en', """Thanks, that worked.

Sent from my Galaxy

{QEN}
> Hello Mr. Hughes, we've reset the eSIM profile. Please scan the new QR code we've just sent.""", subj="Re: eSIM not working", topic='thanks')
T('e', N, 'nacc', """Ευχαριστω πολυ για την αμεση εξυπηρετηση της κ. Ελενης στο καταστημα της Ερμου. Ηταν πολυ ευγενικη.""", subj="Ευχαριστω", topic='compliment')
T('w', N, 'gl', """geia""", topic='greeting')
T('c', N, 'en', """ok thanks bye""", topic='thanks')
T('c', N, 'acc', """Εντάξει, θα περιμένω. Ευχαριστώ!""", topic='thanks')
T('e', N, 'short', """.""", subj="(χωρίς θέμα)", topic='empty')
T('e', N, 'en', """Sent from my iPhone""", subj="(no subject)", topic='empty')
T('p', N, 'acc', """Η κλήση διακόπηκε πριν ο συνδρομητής αναφέρει το θέμα του. Δεν υπήρξε δυνατότητα επανάκλησης (απόκρυψη αριθμού).""", topic='dropped-call')
T('p', N, 'acc', """Ο καλών ζήτησε τον αριθμό τηλεφώνου ενός ταξί στη Γλυφάδα. Ενημερώθηκε ότι δεν παρέχουμε υπηρεσία καταλόγου. Λάθος κλήση.""", topic='wrong-number')
T('e', N, 'acc', """Fwd: Πρόσκληση

Χρόνια πολλά για τη γιορτή σου Κωνσταντίνε! Σε περιμένουμε Κυριακή στις 2.

---------- Προωθημένο μήνυμα ---------
Από: Ρένα""", subj="Fwd: Πρόσκληση", topic='misdirected', d='2026-05-21')
T('w', N, 'acc', """Καλό καλοκαίρι σε όλους σας!""", topic='seasonal-wishes', d='2026-06')
T('e', N, 'en', """Hi, we are a Chinese manufacturer of fibre optic patch cords and ONT boxes, ISO certified, factory prices. Please find our catalogue attached. WhatsApp +86 138 0013 8000.

Best regards
Lily Chen
Sales Manager""", subj="Fibre optic products supplier", topic='supplier-spam')
T('e', N, 'acc', """Ευχαριστώ για την ενημέρωση.

Στις Δευ, 2 Φεβ 2026 στις 11:04 π.μ., ο χρήστης Aeras <noreply@aeras.example> έγραψε:
> Ο λογαριασμός σας Ιανουαρίου ύψους 29,90€ είναι διαθέσιμος στο My Aeras.""", subj="Re: Ο λογαριασμός σας Ιανουαρίου", topic='thanks', d='2026-02-02')
T('c', N, 'gl', """kalhmera""", topic='greeting')
T('e', N, 'acc', """Θα ήθελα να σας συγχαρώ για το νέο κατάστημα στη Λάρισα, πολύ ωραίο!""", subj="Συγχαρητήρια", topic='compliment')
T('e', N, 'en', """Your parcel is waiting for delivery. Please confirm the payment of €1.99 for shipping: http://dhl-track-parcel.example.top/gr
DHL Express""", subj="DHL: Your parcel is on hold", topic='phishing')
T('w', N, 'en', """Hi, just testing the contact form, please ignore.""", topic='test')
# ================================================================ a few more one-liners / stories
T('c', 'wifi', 'short-en', """wifi password change how""", topic='wifi-password-change')
T('w', 'data', 'short-en', """How do I check remaining GB?""", topic='data-used-up')
T('c', 'roam', 'short-en', """do I pay extra for data in Italy?""", topic='roaming-eu', d='2026-06')
T('e', 'port', 'long', """Καλημέρα,

θα σας πω τι έγινε γιατί δεν καταλαβαίνω. Την Τρίτη πήγα στο κατάστημά σας στην Καλλιθέα για να φέρω το κινητό μου από άλλη εταιρεία. Μου έδωσαν κάρτα και μου είπαν «αύριο θα είσαι έτοιμη». Την Τετάρτη όλη μέρα είχα το παλιό δίκτυο, την Πέμπτη επίσης. Τηλεφώνησα στην παλιά εταιρεία και μου είπαν ότι δεν έχουν λάβει τίποτα. Χθες μου ήρθε ένα SMS από εσάς που έλεγε κάτι για «απόρριψη αιτήματος» και να επικοινωνήσω. Το κινητό είναι στο όνομα του πρώην συζύγου μου, αλλά το χρησιμοποιώ εγώ 12 χρόνια και τον λογαριασμό τον πληρώνω εγώ. Τι ακριβώς πρέπει να κάνω για να περάσει η φορητότητα;

Ευχαριστώ,
Ροδάνθη Κεχαγιά
6943 508 219""", subj="Φορητότητα δεν έγινε", pii=["Ροδάνθη Κεχαγιά", "6943 508 219"], topic='port-rejected')
T('e', 'overdue', 'long-en', """Hello,

I'm writing on behalf of my elderly neighbour, Mrs. Kalliopi Dimou, who doesn't use email. She's had an Aeras landline for years, and her son used to pay the bills for her online, but he moved to Australia in the spring and it seems nobody paid for a couple of months. Yesterday her phone stopped making calls, though she can still receive them. She's quite anxious because it's the only way she calls her doctor. I paid the outstanding €58.20 this morning by card through your website on her behalf. Could you tell me how long before she can call out again, and whether there's anything else we need to do, or any extra charge we should expect?

Many thanks,
David Morgan""", subj="Neighbour's landline blocked", pii=["Kalliopi Dimou", "David Morgan"], topic='barred-line')
T('c', 'ebill', 'en', """I want my bills by email not paper, how?""", topic='ebill-signup')

# ================================================================ more English tickets
T('e', 'pay', 'en', """Hello,

I paid my September bill in the app with my card 4532 7712 0398 1146 and the payment failed with an error, so I paid again. Now I see two charges of €34.90 on my bank statement. Will you refund one of them or keep it for next month?

Regards,
Martin Koller""", subj="Charged twice for September", pii=["4532 7712 0398 1146", "Martin Koller"], topic='double-payment', d='2026-09')
T('w', 'roam', 'en', """Driving to Montenegro and Albania in August. Are these EU for roaming? My number is +30 693 551 0827, contract plan.""", pii=["+30 693 551 0827"], topic='roaming-non-eu', d='2026-07')
T('c', 'esim', 'en', """Hi! Just got a new iPhone 16, I want to move my Aeras line 6907 334 218 to eSIM. What do I do?""", pii=["6907 334 218"], topic='esim-activate')
T('e', 'router', 'en', """Hi,
The fibre technician came today to Ippokratous 45, 10680 Athina and installed the white box. Your router is here too. Do I connect it myself now or does someone else come? The Internet light is off.
Thanks,
Chiara Rossi""", subj="Fibre installed - next steps?", pii=["Ippokratous 45, 10680 Athina", "Chiara Rossi"], topic='router-install')
T('e', 'slow', 'en', """Dear support,
I'm on the 100 Mbps plan but speed tests over Wi-Fi show around 30 Mbps most evenings. Customer no. 4007713350. Is there a problem with my line or is it my Wi-Fi?
Best,
Ahmed Farouk""", subj="Speed much lower than plan", pii=["4007713350", "Ahmed Farouk"], topic='slow-speed')
T('w', 'port', 'en', """I'd like to port my Nova mobile number to Aeras. I'm a foreign resident, I have a residence permit and AFM 164930275. Is that enough or do you need a passport?""", pii=["164930275"], topic='port-in')
T('c', 'topup', 'en', """voucher code says invalid when I call 1313. number 6984 220 913""", pii=["6984 220 913"], topic='topup-voucher')
T('p', 'bill', 'en', """Caller (English speaking) did not understand why the first bill is €52 when the plan is €30. Explained pro-rata monthly fee. She asked for the explanation in writing at maria.k.smith@yahoo.co.uk.""", pii=["maria.k.smith@yahoo.co.uk"], topic='first-bill-higher')
T('e', 'missing:5g-coverage', 'en', """Hi,
I'm thinking of switching to Aeras because of your 5G plans, but I live in Preveza. Do you actually have 5G there? Your site doesn't seem to have a coverage map.
Thanks,
Ben Sutton
+44 7700 900412""", subj="5G in Preveza?", pii=["Ben Sutton", "+44 7700 900412"], topic='5g-coverage')
T('e', 'missing:static-ip', 'en', """Hello,
We run a small guesthouse in Nafplio (Staikopoulou 12) and our booking system provider needs a fixed IP address to whitelist us. Can you provide one on our business fibre and what's the monthly cost?
Regards,
Elena Markou""", subj="Fixed IP address", pii=["Staikopoulou 12", "Elena Markou"], topic='static-ip')
T('w', 'missing:data-breach', 'en', """I gave you my AMKA 23118503456 when I signed up. After the news about the leak, I want to know if it was exposed and how you store it.""", pii=["23118503456"], topic='data-breach', d='2026-04')
T('c', 'missing:wifi-calling', 'en', """My flat in Pangrati has zero signal inside. Does Aeras have VoWiFi or a signal booster?""", topic='wifi-calling')
T('e', 'missing:student-discount', 'en', """Hi,
I'm starting a master's at the University of Crete in October. Do you have any student deals for mobile? I'd be porting from a UK number, so I'd need a new one.
Cheers,
Owen Price
owen.price@hotmail.co.uk""", subj="Student deal?", pii=["Owen Price", "owen.price@hotmail.co.uk"], topic='student-discount', d='2026-09')
T('c', 'missing:smartwatch-esim', 'en', """Do you support eSIM on Galaxy Watch? Mine is the LTE version""", topic='smartwatch-esim')

# first names / names appearing in signatures or notes are personal values too
NAME_PII = ["Nikos", "Ελενη", "Liam", "Θοδωρής", "Marco", "Ιωάννα Μ.", "Κώστας", "Rachel", "Emily",
            "Γιώργος", "Ραφαηλίδη", "Pieter", "Φώτης", "Vaggelis", "Μαρία Κ.", "Jake", "Sarah", "Ραφαέλα",
            "Χαραλαμπος", "Yannis", "Π. Αλεξίου", "Μαρίνα", "Tim", "Lily Chen", "Hughes", "Ελενης",
            "Κωνσταντίνε", "Ρένα", "Ryan"]
for v in NAME_PII:
    hits = [r for r in RAW if re.search(r'(?<!\w)' + re.escape(v) + r'(?!\w)', (r['subj'] or '') + '\n' + r['body'])]
    assert hits, v
    for r in hits:
        if v not in r['pii']:
            r['pii'].append(v)

# ================================================================ build
START, END = dt.datetime(2025, 12, 1), dt.datetime(2026, 11, 30, 23, 59)
DAY_EL = ['Δευ', 'Τρί', 'Τετ', 'Πέμ', 'Παρ', 'Σάβ', 'Κυρ']
MON_EL = ['Ιαν', 'Φεβ', 'Μαρ', 'Απρ', 'Μαΐ', 'Ιουν', 'Ιουλ', 'Αυγ', 'Σεπ', 'Οκτ', 'Νοε', 'Δεκ']
HOURS = {'e': (7, 23), 'c': (8, 22), 'p': (8, 21), 'w': (0, 23)}

def pick_time(ch, day):
    lo, hi = HOURS[ch]
    h = random.randint(lo, hi)
    if ch == 'w' and random.random() < .7:
        h = random.randint(8, 23)
    return day.replace(hour=h, minute=random.randint(0, 59), second=0)

def pick_date(ch, d):
    if d is None:
        while True:
            day = START + dt.timedelta(days=random.randint(0, (END - START).days))
            if day.weekday() < 5 or random.random() < .45:   # fewer tickets at weekends
                break
    elif len(d) == 7:
        y, m = map(int, d.split('-'))
        first = dt.datetime(y, m, 1)
        nxt = dt.datetime(y + (m == 12), m % 12 + 1, 1)
        day = first + dt.timedelta(days=random.randint(0, (nxt - first).days - 1))
    else:
        day = dt.datetime.strptime(d, '%Y-%m-%d')
    return pick_time(ch, day)

def quote_header(created, lang):
    q = created - dt.timedelta(days=random.randint(1, 3), hours=random.randint(0, 5))
    q = q.replace(hour=max(9, min(q.hour, 17)))
    if lang == 'el':
        ampm = 'π.μ.' if q.hour < 12 else 'μ.μ.'
        h12 = q.hour if q.hour <= 12 else q.hour - 12
        return (f"Στις {DAY_EL[q.weekday()]}, {q.day} {MON_EL[q.month-1]} {q.year} στις "
                f"{h12}:{q.minute:02d} {ampm}, ο χρήστης Aeras Εξυπηρέτηση Πελατών "
                f"<support@aeras.example> έγραψε:")
    return (f"On {q.strftime('%a')}, {q.day} {q.strftime('%b')} {q.year} at {q.strftime('%H:%M')}, "
            f"Aeras Support <support@aeras.example> wrote:")

def truth_path(key, lang):
    if lang == 'en' and key in EN_TRANSLATED:
        return 'en/' + ART[key]
    return 'el/' + ART[key]

def category(truth):
    if truth == 'noise':
        return 'other'
    if isinstance(truth, str) and truth.startswith('missing:'):
        return MISSING_CAT[truth[8:]]
    key = truth[0] if isinstance(truth, tuple) else truth
    return ART[key].split('/')[0]

CH = {'e': 'email', 'c': 'chat', 'w': 'web', 'p': 'phone'}
out = []
for r in RAW:
    lang = r['lang'] or ('en' if r['style'] in ('en', 'long-en', 'short-en') else 'el')
    created = pick_date(r['ch'], r['d'])
    body = r['body']
    if r['subj'] and body.startswith(r['subj'] + '\n'):
        body = body[len(r['subj']):].lstrip('\n')
    body = body.replace('{QEL}', quote_header(created, 'el')).replace('{QEN}', quote_header(created, 'en'))
    ch = r['ch']
    if ch == 'c':
        subj = 'Live chat' if lang == 'en' or random.random() < .25 else 'Συνομιλία'
    elif ch == 'p':
        subj = 'Σημείωμα τηλεφωνικής κλήσης'
    elif ch == 'w':
        cat = category(r['truth'])
        subj = ('Φόρμα επικοινωνίας: ' + WEB_EL[cat]) if lang == 'el' else ('Web form: ' + WEB_EN[cat])
    else:
        subj = r['subj']
        assert subj, body[:60]
    t = r['truth']
    if isinstance(t, tuple):
        truth = [truth_path(k, lang) for k in t]
    elif t == 'noise' or t.startswith('missing:'):
        truth = t
    else:
        truth = truth_path(t, lang)
    topic = r['topic'] or (t[8:] if isinstance(t, str) and t.startswith('missing:') else None)
    assert topic, body[:60]
    for v in r['pii']:
        assert v in subj + '\n' + body, (v, body[:60])
    out.append(dict(channel=CH[ch], subject=subj, body=body,
                    created_at=created.strftime('%Y-%m-%dT%H:%M:00'),
                    truth=truth, lang=lang, style=STYLE[r['style']], pii=r['pii'], topic=topic))

out.sort(key=lambda x: x['created_at'])
with open(os.path.join(HERE, 'tickets.jsonl'), 'w', encoding='utf-8') as f:
    for i, x in enumerate(out, 1):
        rec = {'id': f'T-{i:04d}', **x}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')

# ---- summary for README
def kind(x):
    t = x['truth']
    if isinstance(t, list):
        return 'covered (two articles)'
    if t == 'noise':
        return 'noise'
    if t.startswith('missing:'):
        return 'missing'
    return 'covered'
C = collections.Counter
print('total', len(out))
for name, fn in [('truth kind', kind), ('lang', lambda x: x['lang']), ('style', lambda x: x['style']),
                 ('channel', lambda x: x['channel'])]:
    print(name, dict(C(fn(x) for x in out).most_common()))
print('missing', dict(C(x['truth'] for x in out if kind(x) == 'missing').most_common()))
print('with pii', sum(1 for x in out if x['pii']))
print('en on el-only article', sum(1 for x in out if x['lang'] == 'en' and kind(x).startswith('covered')
      and any(p.startswith('el/') for p in (x['truth'] if isinstance(x['truth'], list) else [x['truth']]))))
print('per article', dict(sorted(C(p.split('/', 1)[1] for x in out if kind(x).startswith('covered')
      for p in (x['truth'] if isinstance(x['truth'], list) else [x['truth']])).items())))
af = [x['created_at'][:7] for x in out if x['truth'] == 'missing:admin-fee']
print('admin-fee months', dict(sorted(C(af).items())))
