from common import T

# ---------------- plant-guarantee ----------------
T("w", "Φυτό", "Η καλάθεα που πήρα πριν από δύο εβδομάδες έχει ξεραθεί εντελώς, ενώ την ποτίζω ακριβώς όπως λέει το καρτελάκι. Ισχύει κάποια εγγύηση; Έχω και φωτογραφίες.", "gu", "acc")
T("e", "Dead plant", """
Hello,

My olive tree (ordered three weeks ago) has lost almost all of its leaves. It's on a sunny balcony and I water it once a week. Is it covered by your guarantee? Photos attached.

Kind regards,
Laura Bennett
""", "gu", "en", ["Laura Bennett"])
T("c", None, "kalhspera, h orxidea pou phra prin 20 meres exei rixei ola ta louloudia kai ta fylla kitrinizoun. kalyptetai apo thn eggyhsh?", "gu", "gl")
T("e", "εγγυηση", "γεια σας, το αλεξανδρινο που πηρα για τα χριστουγεννα εχει μαραθει τελειως, θα μου στειλετε αλλο;", "gu", "nacc", when="2026-01")
T("c", None, "how long is the plant guarantee? my cactus is rotting at the base", "gu", "en")
T("c", None, "ΤΟ ΦΥΤΟ ΠΕΘΑΝΕ ΜΕΤΑ ΑΠΟ 10 ΜΕΡΕΣ. ΘΕΛΩ ΚΑΙΝΟΥΡΓΙΟ.", "gu", "caps")
T("p", None, "Ο κ. Μιχάλης Τσακίρης αναφέρει ότι οι τρεις λεβάντες που φύτεψε στον κήπο ξεράθηκαν μετά τον παγετό της περασμένης εβδομάδας. Ρωτά αν καλύπτονται από την εγγύηση. Κινητό 6977 456 120.", "gu", "acc", ["Μιχάλης Τσακίρης", "6977 456 120"], when=("2026-01", "2026-02"))
T("w", "Plant care", "My replacement monstera is also dying now. Can I get another one under the guarantee?", "gu", "en")
T("e", "Re: Αντικατάσταση φυτού", """
Ευχαριστώ πολύ! Χρειάζεται να σας στείλω πίσω το παλιό φυτό ή το πετάω;

{QEL}, Kipos Εξυπηρέτηση <support@kipos.example> έγραψε:
> Καλησπέρα σας,
> λυπούμαστε για τη σανσεβιέρια σας. Θα σας στείλουμε νέο φυτό
> με την επόμενη αποστολή της Δευτέρας.
""", "gu", "acc")
T("e", "eggyhsh fyta", """
Geia sas, metafyteusa to fikus se megalyterh glastra kai meta apo mia evdomada arxise na rixnei fylla. Isxyei h eggyhsh?
Dimitris Karras
""", "gu", "gl", ["Dimitris Karras"])
T("c", None, "Εγγύηση στα φυτά έχετε;", "gu", "short")
T("e", "My poor bird of paradise", """
Hi Kipos team,

I'm writing about the strelitzia I bought from you at the start of last month. It arrived beautifully packed, no complaints there at all. The problem is that right after it arrived we had to move flats at short notice (long story, the landlord sold the building) and the plant spent about four days in a hallway with hardly any light while we carried boxes around. Since then it has been going downhill: the big leaves are splitting and going brown at the edges, and now one of the stems is soft. I've been watering it every five days or so, moved it next to the big window, even bought a humidifier. It's been 26 days since delivery.

Is this something your guarantee covers, or is it my fault because of the move? Happy to send photos.

Thanks,
Georgia Hill
""", "gu", "long", ["Georgia Hill"], lang="en")

# ---------------- payment-methods ----------------
T("c", None, "Καλησπέρα, μπορώ να πληρώσω με αντικαταβολή; Πόσο είναι η επιβάρυνση;", "pay", "acc")
T("c", None, "dexeste iris?", "pay", "gl")
T("e", "Payment declined", """
Hi,
I've tried three times to pay with my Visa and it keeps saying declined. There's money on it. What's wrong?
James O'Connor
""", "pay", "en", ["James O'Connor"])
T("w", "Πληρωμή", "πληρωσα με καρτα αλλα η παραγγελια δεν ολοκληρωθηκε και το ποσο φαινεται ακομα δεσμευμενο στην τραπεζα. ποτε θα αποδεσμευτει;", "pay", "nacc")
T("c", None, "do you take paypal?", "pay", "en")
T("e", "ΧΡΕΩΣΗ ΔΥΟ ΦΟΡΕΣ", """
ΜΟΥ ΕΧΕΤΕ ΧΡΕΩΣΕΙ ΔΥΟ ΦΟΡΕΣ ΤΟ ΙΔΙΟ ΠΟΣΟ 67,80 ΣΤΗΝ ΚΑΡΤΑ 5168 7412 0093 2256. ΠΑΡΑΓΓΕΛΙΑ ΕΚΑΝΑ ΜΙΑ! ΠΟΤΕ ΘΑ ΓΥΡΙΣΟΥΝ ΤΑ ΧΡΗΜΑΤΑ;
ΓΙΑΝΝΗΣ ΡΑΠΤΗΣ
""", "pay", "caps", ["5168 7412 0093 2256", "ΓΙΑΝΝΗΣ ΡΑΠΤΗΣ"])
T("e", "Τραπεζική κατάθεση", """
Καλημέρα,
επέλεξα πληρωμή με κατάθεση αλλά δεν βρίσκω σε ποιον λογαριασμό να καταθέσω τα χρήματα. Επίσης πόσες μέρες έχω για να πληρώσω; Θα πάω στην τράπεζα Δευτέρα.

Ευχαριστώ,
Πόπη Νικολάου
""", "pay", "acc", ["Πόπη Νικολάου"])
T("p", None, "Ηλικιωμένη πελάτισσα από την Πάτρα ρωτά αν μπορεί να πληρώσει τον κούριερ με μετρητά γιατί δεν έχει κάρτα. Η παραγγελία θα είναι γύρω στα 80 ευρώ.", "pay", "acc")
T("w", "Billing", "Can I pay with Apple Pay on your website? I can't see the button on my laptop.", "pay", "en")
T("e", "plhrwmh", """
Kalhmera, h karta mou den pernaei, mou zhtaei kwdiko apo thn trapeza alla den erxetai to sms. Ti na kanw?
Xristina 6945.332.118
""", "pay", "gl", ["Xristina", "6945.332.118"])
T("c", None, "When will my card be charged? Now or when the order ships?", "pay", "en")
T("c", None, "χρεωστικη καρτα δεχεστε ή μονο πιστωτικες;", "pay", "nacc")

# ---------------- instalments ----------------
T("e", "Δόσεις", """
Καλησπέρα,
ενδιαφέρομαι για το σετ σαλονιού κήπου των 640 €. Μπορώ να το πληρώσω σε δόσεις; Με πόσες;

Ευχαριστώ,
Αλέξανδρος Βλάχος
""", "ins", "acc", ["Αλέξανδρος Βλάχος"], when=("2026-03", "2026-06"))
T("c", None, "ginetai se doseis me xrewstikh karta?", "ins", "gl")
T("e", "Instalments", """
Hi,
I'd like to buy the automatic irrigation kit (EUR 289) but pay in instalments. Is that possible with a credit card from a Cypriot bank?
Thanks, Nicos
""", "ins", "en", ["Nicos"])
T("c", None, "interest free installments available?", "ins", "en")
T("w", "Πληρωμή", "εβαλα την καρτα αλλα δεν μου βγαζει επιλογη για δοσεις, η παραγγελια ειναι 120 ευρω. γιατι;", "ins", "nacc")
T("c", None, "ΔΟΣΕΙΣ ΜΕ PAYPAL ΓΙΝΕΤΑΙ;", "ins", "caps")
T("p", None, "Ο πελάτης πλήρωσε εφάπαξ 950 € για την ξύλινη πέργκολα και ρωτά αν μπορούμε να το μετατρέψουμε σε 12 δόσεις. Λέει ότι δεν είδε την επιλογή.", "ins", "acc")
T("w", "Billing", "I'm buying garden furniture for about 850 euros. How many instalments can I get and is there any extra fee?", "ins", "en")
T("c", None, "Αν επιστρέψω ένα από τα προϊόντα που πήρα με δόσεις, τι γίνεται με τις υπόλοιπες δόσεις;", "ins", "acc")

# ---------------- gift-cards ----------------
T("e", "Δωροκάρτα", """
Καλημέρα,
θέλω να κάνω δώρο μια δωροκάρτα 50 € στη μητέρα μου για τη γιορτή της στις 21/5. Μπορώ να ορίσω να της έρθει εκείνη τη μέρα και όχι σήμερα;
Ευχαριστώ,
Ιωάννα
""", "gc", "acc", ["Ιωάννα"], when="2026-05")
T("c", None, "hi, I got a kipos gift card for my birthday but can't find where to enter the code", "gc", "en")
T("c", None, "h dwrokarta exei hmeromhnia lhkshs? thn exw apo ta xristougenna", "gc", "gl", when=("2026-02", "2026-06"))
T("e", "δωροκαρτα δεν ηρθε", "καλησπερα, εστειλα δωροκαρτα στην αδερφη μου (elena.markou at gmail dot com) πριν 3 μερες αλλα δεν την εχει λαβει ακομα. μπορειτε να την ξαναστειλετε;", "gc", "nacc", ["elena.markou at gmail dot com"])
T("e", "Gift card balance", "Hi, how can I check how much is left on my gift card? I used part of it in March and don't remember the amount.", "gc", "en", when=("2026-04", "2026-09"))
T("w", "Δωροκάρτες", "ΜΠΟΡΩ ΝΑ ΠΑΡΩ ΜΕΤΡΗΤΑ ΓΙΑ ΤΟ ΥΠΟΛΟΙΠΟ ΤΗΣ ΔΩΡΟΚΑΡΤΑΣ; ΕΧΟΥΝ ΜΕΙΝΕΙ 14 ΕΥΡΩ.", "gc", "caps")
T("c", None, "Υπάρχει και έντυπη δωροκάρτα, για να τη βάλω σε φάκελο μαζί με την κάρτα ευχών;", "gc", "acc", when="2025-12")
T("w", "Gift cards", "My order is 72 euros and my gift card is 50. Can I pay the rest by card?", "gc", "en")
T("p", None, "Ο πελάτης αγόρασε δωροκάρτα 100 € για συνάδελφο αλλά έγραψε λάθος email παραλήπτη. Ζητά να σταλεί στο sakis.petrou@yahoo.gr. Αρ. παραγγελίας KP-44019.", "gc", "acc", ["sakis.petrou@yahoo.gr"], when="2025-12")
T("e", "dwrokarta", """
Kalhspera! Mporw na parw dwrokarta 30 eurw? Vlepw mono 20 kai 50.
Eyxaristw,
Marianna
""", "gc", "gl", ["Marianna"])
T("c", None, "can i get a refund for a gift card i bought by mistake?", "gc", "en")

# ---------------- change-cancel-order ----------------
T("c", None, "Γεια σας, έκανα πριν από 10 λεπτά μια παραγγελία και έβαλα λάθος διεύθυνση. Πώς τη διορθώνω;", "cc", "acc")
T("c", None, "8elw na akyrwsw thn paraggelia mou, thn ekana kata lathos dyo fores", "cc", "gl")
T("e", "Ακυρωση παραγγελιας KP-50990", """
καλημερα, θελω να ακυρωσω την παραγγελια. πληρωσα με καρτα, ποτε θα μου επιστραφουν τα χρηματα;
ευχαριστω
Χρηστος Δημας
6932 118 774
""", "cc", "nacc", ["Χρηστος Δημας", "6932 118 774"])
T("e", "Change my order", """
Hi, I ordered 2 bags of cat litter but I actually need 4. Can I change the quantity? Order KP-51220.
Thanks, Helen
""", "cc", "en", ["Helen"])
T("c", None, "i need to cancel my order asap!! status says packing", "cc", "en")
T("c", None, "ΘΕΛΩ ΝΑ ΠΡΟΣΘΕΣΩ ΚΑΙ ΕΝΑ ΣΑΚΙ ΧΩΜΑ ΣΤΗΝ ΠΑΡΑΓΓΕΛΙΑ ΠΟΥ ΕΚΑΝΑ ΤΟ ΠΡΩΙ", "cc", "caps")
T("p", None, "Η πελάτισσα τηλεφώνησε για να αλλάξει τη διεύθυνση παράδοσης. Νέα διεύθυνση: Ερμού 5, 3ος όροφος, Χαλάνδρι. Η παραγγελία εμφανίζεται ήδη «Στάλθηκε». Ρωτά αν μπορεί να γίνει ακόμα η αλλαγή.", "cc", "acc", ["Ερμού 5, 3ος όροφος"])
T("w", "Παραγγελία", "Καλησπέρα, θέλω να αλλάξω το τηλέφωνο επικοινωνίας στην παραγγελία μου, έβαλα λάθος νούμερο. Το σωστό είναι 6981 224 309. Αρ. παραγγελίας KP-52001. Ευχαριστώ.", "cc", "acc", ["6981 224 309"])
T("w", "Orders", "Can I remove one item from my order? I ordered two rose bushes and a trellis and don't want the trellis anymore.", "cc", "en")
T("e", "Akyrwsh", """
Kalhmera, 8elw na akyrwsw thn paraggelia KP-49870 giati vrhka ta idia pio fthna. An exei fygei hdh ti kanw?
Eyxaristw,
Panagiotis
""", "cc", "gl", ["Panagiotis"])
T("c", None, "Ακύρωση παραγγελίας πώς;", "cc", "short")
T("c", None, "εκανα παραγγελια και ξεχασα να βαλω τα γαντια κηπου, να κανω καινουρια; θα πληρωσω παλι μεταφορικα;", "cc", "nacc")

# ---------------- invoice ----------------
T("e", "Τιμολόγιο", """
Καλησπέρα σας,

χρειάζομαι τιμολόγιο για την παραγγελία KP-50417. Στοιχεία:
Ανθοκομική Αιγάλεω ΙΚΕ
ΑΦΜ 801234567, ΔΟΥ Αιγάλεω
Λεωφ. Θηβών 112, Αιγάλεω

Ευχαριστώ,
Κώστας Μπαλτάς
""", "inv", "acc", ["801234567", "Λεωφ. Θηβών 112, Αιγάλεω", "Κώστας Μπαλτάς"])
T("c", None, "kalhspera, ksexasa na valw timologio sthn paraggelia, mporei na allaxei?", "inv", "gl")
T("e", "Invoice needed", """
Hello,

I run a small café and need a VAT invoice for the planters I bought. Can you convert my receipt into an invoice? The order shipped yesterday.

Kind regards,
Petros Anagnostou
VAT no. 998877665
""", "inv", "en", ["Petros Anagnostou", "998877665"])
T("w", "Παραστατικά", "που μπορω να βρω την αποδειξη της παραγγελιας μου; τη χρειαζομαι για την εγγυηση του θαμνοκοπτικου", "inv", "nacc")
T("e", "ΛΑΘΟΣ ΤΙΜΟΛΟΓΙΟ", "ΣΤΟ ΤΙΜΟΛΟΓΙΟ ΓΡΑΨΑΤΕ ΛΑΘΟΣ ΕΠΩΝΥΜΙΑ. ΤΟ ΣΩΣΤΟ ΕΙΝΑΙ «ΠΡΑΣΙΝΗ ΓΩΝΙΑ Ο.Ε.», ΑΦΜ 094512378. ΠΑΡΑΚΑΛΩ ΔΙΟΡΘΩΣΤΕ ΤΟ.", "inv", "caps", ["094512378"])
T("p", None, "Η λογίστρια εταιρείας-πελάτη ρωτά πώς θα αποθηκεύσουν τα στοιχεία τιμολόγησης στον λογαριασμό, ώστε να βγαίνει πάντα τιμολόγιο και όχι απόδειξη.", "inv", "acc")
T("w", "Billing", "Where do I download my receipt as a PDF?", "inv", "en")
T("c", None, "Εκδίδετε ηλεκτρονικά τιμολόγια μέσω myDATA;", "inv", "acc")
T("e", "timologio", """
Geia sas, eimai agrotis kai thelw timologio gia ta sporia kai to potistiko pou pira. AFM 047812369. Pws to kanw gia thn epomenh paraggelia?
""", "inv", "gl", ["047812369"])

# ---------------- reset-password ----------------
T("e", "Κωδικός", """
Καλημέρα,
ξέχασα τον κωδικό μου και πατάω «Ξέχασα τον κωδικό» αλλά δεν μου έρχεται κανένα email. Το email μου είναι katerina.vlachou@gmail.com.
Ευχαριστώ
""", "pw", "acc", ["katerina.vlachou@gmail.com"])
T("c", None, "den mporw na mpw sto logariasmo mou, ksexasa to password", "pw", "gl")
T("c", None, "password reset link says expired??", "pw", "en")
T("w", "Λογαριασμός", "θελω να αλλαξω τον κωδικο μου γιατι νομιζω οτι τον ξερει και καποιος αλλος. πως γινεται;", "pw", "nacc")
T("e", "ΔΕΝ ΜΠΑΙΝΩ", "ΔΕΝ ΜΠΟΡΩ ΝΑ ΜΠΩ ΣΤΟΝ ΛΟΓΑΡΙΑΣΜΟ ΜΟΥ ΕΔΩ ΚΑΙ 2 ΜΕΡΕΣ. ΕΒΑΛΑ ΝΕΟ ΚΩΔΙΚΟ ΑΛΛΑ ΠΑΛΙ ΜΟΥ ΛΕΕΙ ΛΑΘΟΣ.", "pw", "caps")
T("e", "Can't log in", """
Hi,
I think I made my account with my Google account, but now the site asks for a password. I never set one. What do I do?
Thanks,
Rachel
""", "pw", "en", ["Rachel"])
T("p", None, "Ο κ. Ηλίας Γκούμας δεν έχει πια πρόσβαση στο παλιό του email (hotmail) και θέλει να αλλάξει το email του λογαριασμού. Νέο email: ilias.goumas(at)otenet(dot)gr. Τηλ. 2310 456 782.", "pw", "acc", ["Ηλίας Γκούμας", "ilias.goumas(at)otenet(dot)gr", "2310 456 782"])
T("c", None, "Καλησπέρα, πατάω τον σύνδεσμο για νέο κωδικό και μου βγάζει «μη έγκυρος σύνδεσμος». Το έχω ζητήσει 3-4 φορές.", "pw", "acc")
T("w", "Account", "What are the password requirements? The site keeps rejecting my new password.", "pw", "en")
T("e", "kodikos", """
geia sas, den thymamai ton kwdiko kai to email pou eixa valei den to xrhsimopoiw pleon. pws mporw na mpw?
onoma Vaggelis Tzanetos, thl 6973 55 21 08
""", "pw", "gl", ["Vaggelis Tzanetos", "6973 55 21 08"])
T("c", None, "forgot password", "pw", "short", lang="en")
T("e", "Re: Επαναφορά κωδικού Kipos", """
Μου ήρθε το email αλλά όταν πατάω το κουμπί δεν γίνεται τίποτα, μου λέει ότι έληξε. Το άνοιξα το πρωί, το μήνυμα ήρθε χθες βράδυ.

{QEL}, Kipos <no-reply@kipos.example> έγραψε:
> Λάβαμε αίτημα επαναφοράς του κωδικού σας.
> Πατήστε το παρακάτω κουμπί για να ορίσετε νέο κωδικό.
""", "pw", "acc")

# ---------------- pet-food-subscription ----------------
T("e", "Συνδρομή τροφής", """
Καλησπέρα,
έχω δύο γάτες και παίρνω κάθε μήνα την ίδια τροφή. Είδα ότι έχετε συνδρομή. Πώς τη βάζω και τι έκπτωση έχει;
Ευχαριστώ,
Λίνα Χατζή
""", "sub", "acc", ["Λίνα Χατζή"])
T("c", None, "thelw na akyrwsw th syndromh gia thn trofh tou skylou", "sub", "gl")
T("c", None, "how do I skip next month's delivery of dog food? we're away on holiday", "sub", "en", when="2026-07")
T("e", "Subscription charged after cancel", """
I cancelled my subscription on Monday but got charged today and apparently an order is on the way. Why?
Regards,
Daniel Murphy
""", "sub", "en", ["Daniel Murphy"])
T("w", "Συνδρομή", "θελω να αλλαξω την τροφη της συνδρομης απο κοτοπουλο σε σολομο. απο που γινεται;", "sub", "nacc")
T("c", None, "ΠΟΣΟ ΣΥΧΝΑ ΜΠΟΡΩ ΝΑ ΠΑΙΡΝΩ ΤΗΝ ΤΡΟΦΗ ΜΕ ΤΗ ΣΥΝΔΡΟΜΗ; ΘΕΛΩ ΚΑΘΕ 10 ΜΕΡΕΣ", "sub", "caps")
T("p", None, "Ο πελάτης ρωτά αν η συνδρομή τροφής έχει δωρεάν μεταφορικά και αν μπορεί να πληρώνει με αντικαταβολή κάθε φορά.", "sub", "acc")
T("w", "Subscription", "Can I add cat litter to my food subscription?", "sub", "en")
T("c", None, "Πώς βάζω σε παύση τη συνδρομή «Γεμάτο Μπολ»; Ο σκύλος μας θα είναι σε ειδική δίαιτα για δύο μήνες.", "sub", "acc")
T("e", "syndromh", """
Kalhmera sas, pira trofh me syndromh ana 4 evdomades alla einai poly syxna, mazevetai trofh. Mporw na to kanw ana 6?
Eyxaristw,
Stelios
""", "sub", "gl", ["Stelios"])
T("e", "Food for our rescue dog", """
Hello,

We adopted a rescue greyhound called Bolt two months ago (from a shelter in Megara, lovely people) and he's finally put some weight back on. The vet wants him on the same grain-free food long term, and I'm tired of running out and driving to the pet shop on a Sunday evening to find it closed. A friend told me you have some kind of repeat delivery with a discount. He eats roughly a 12 kg bag every five weeks, maybe a bit more now that he's healthier.

How do I set this up, and can I change how often it comes if he starts eating more?

Thank you!
Hannah Cole
""", "sub", "long", ["Hannah Cole"], lang="en")
T("e", "Fwd: Υπενθύμιση: η επόμενη παράδοση της συνδρομής σας", """
μου ηρθε αυτο αλλα θελω να αλλαξω την ημερομηνια γιατι θα λειπω εκεινη την εβδομαδα. πως;

---------- Προωθημένο μήνυμα ---------
Από: Kipos <no-reply@kipos.example>
Θέμα: Υπενθύμιση: η επόμενη παράδοση της συνδρομής σας

Η επόμενη παράδοση της συνδρομής «Γεμάτο Μπολ» θα χρεωθεί σε 3 ημέρες.
""", "sub", "nacc")

# ---------------- tickets answered by two articles ----------------
T("c", None, "Η λεμονιά ήρθε πριν από μια εβδομάδα με λίγα κίτρινα φύλλα, τώρα έχει ρίξει σχεδόν τα μισά. Τι κάνω;", ["dmg", "gu"], "acc", topic="plant-guarantee")
T("c", None, "pote tha erthei h paraggelia mou? thn ekana deytera, exei fygei?", ["tr", "dt"], "gl", topic="order-tracking")
T("e", "Ακύρωση μετά την αποστολή", """
Καλημέρα, θέλω να ακυρώσω την παραγγελία με τις γλάστρες αλλά μου γράφει ότι έχει ήδη σταλεί. Αν την αρνηθώ στον κούριερ, θα πάρω πίσω τα χρήματα; Ή πρέπει να κάνω επιστροφή;
""", ["cc", "ret"], "acc", topic="change-cancel-order")
T("w", "Billing", "Which cards do you accept, and can I split a 400 euro order into monthly payments?", ["pay", "ins"], "en", topic="payment-methods")
