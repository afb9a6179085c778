from common import T

# ---------------- plant-sitting ----------------
S = "m:plant-sitting"
T("c", None, "Καλησπέρα, φεύγουμε για δύο εβδομάδες τον Αύγουστο. Έχετε κάποια υπηρεσία που να έρχεται να ποτίζει τα φυτά;", S, "acc", when="2026-07")
T("e", "Plant sitting while on holiday?", """
Hi,
I'll be away for three weeks in August and my balcony is full of plants I bought from you. Do you offer a plant-sitting service, someone coming to water them? I'm in Pangrati.
Thanks,
Lucy Adams
""", S, "en", ["Lucy Adams"], when="2026-07")
T("c", None, "exete kapoion na erxetai na potizei ta fyta otan leipoume diakopes?", S, "gl", when="2026-06")
T("w", "Υπηρεσίες", "θα λειπω 10 μερες στο εξωτερικο, μπορει να ερθει καποιος δικος σας να ποτιζει τις γλαστρες; Διευθυνση: Ηπειρου 18, 2ος οροφος, Κυψελη. Πληρωνω οσο χρειαστει.", S, "nacc", ["Ηπειρου 18, 2ος οροφος"], when="2026-07")
T("p", None, "Η κα Φωτεινή Λαζαρίδου ρωτά αν έχουμε υπηρεσία φροντίδας φυτών όσο λείπει στο νοσοκομείο για εγχείρηση (περίπου 3 εβδομάδες). Έχει πολλά φυτά εσωτερικού. Τηλ. 6957 330 214.", S, "acc", ["Φωτεινή Λαζαρίδου", "6957 330 214"], when="2026-03")
T("c", None, "do you do plant sitting? like someone checks on my plants while im away for a month", S, "en", when="2026-08")
T("e", "ΠΟΤΙΣΜΑ ΟΣΟ ΛΕΙΠΟΥΜΕ", "ΚΑΛΗΜΕΡΑ, ΕΧΕΤΕ ΑΤΟΜΟ ΠΟΥ ΝΑ ΠΟΤΙΖΕΙ ΤΟΝ ΚΗΠΟ ΟΣΟ ΕΙΜΑΣΤΕ ΣΤΟ ΧΩΡΙΟ; ΓΛΥΦΑΔΑ, ΑΠΟ 1 ΕΩΣ 20 ΑΥΓΟΥΣΤΟΥ.", S, "caps", when="2026-07")
T("c", None, "Μπορώ να σας αφήσω τα φυτά μου να τα φροντίσετε για ένα μήνα; Σαν «ξενοδοχείο φυτών» ας πούμε. Υπάρχει κάτι τέτοιο;", S, "acc", when="2026-06")
T("e", "Holiday care for plants", """
Hello Kipos,

We're moving abroad for six months for work and don't want to lose our plant collection (about 30 indoor plants, some quite big). Would you be able to look after them, either at our place or yours? Happy to pay. We live at Leoforos Alexandras 74, Athens.

Regards,
Sam & Kate Turner
""", S, "en", ["Leoforos Alexandras 74, Athens", "Sam & Kate Turner"], when="2026-09")
T("w", "Φυτά", "Καλησπέρα, μήπως συνεργάζεστε με κάποιον που κάνει φροντίδα φυτών σε διακοπές; Στη Θεσσαλονίκη. Ευχαριστώ, Μαίρη 2310 281 644", S, "acc", ["Μαίρη", "2310 281 644"], when="2026-07")
T("c", None, "θα λειπω καλοκαιρι, ερχεστε να ποτιζετε;", S, "nacc", when="2026-06")
T("e", "fytά kai diakopes", """
Kalhspera, leipw 2 evdomades ton Iouli. Mporei kapoios apo to katasthma na erxetai 2 fores thn evdomada na potizei? Menw Marousi.
Eyxaristw
Alexandra
""", S, "gl", ["Alexandra"], when="2026-06")
T("p", None, "Customer (English-speaking, lives in Voula) asked whether we offer plant care visits during the summer while she is in the UK. Mentioned she has about 15 pots on a roof terrace.", S, "en", when="2026-05")
T("c", None, "Φροντίδα φυτών σε διακοπές κάνετε;", S, "short", when="2026-08")

# ---------------- gift-wrapping ----------------
W = "m:gift-wrapping"
T("c", None, "Καλησπέρα, μπορείτε να τυλίξετε την ορχιδέα σε χαρτί δώρου και να βάλετε ένα καρτελάκι με ευχές; Είναι για τη γιορτή της πεθεράς μου.", W, "acc", when="2026-05")
T("e", "Gift wrapping", """
Hi,
I'm sending a bonsai to my dad in Thessaloniki for Christmas. Can you gift wrap it and add a short message? And please make sure the price isn't on the invoice in the box.
Thanks,
Ben Kavanagh
""", W, "en", ["Ben Kavanagh"], when="2025-12")
T("c", None, "mporeite na to kanete paketo dwro? einai gia thn giorth ths manas mou", W, "gl", when="2026-05")
T("w", "Παραγγελία", "στελνω δωρο σε φιλη μου στη διευθυνση της. μπορειτε να μην βαλετε αποδειξη με τιμες μεσα στο δεμα και να γραψετε ενα μηνυμα;", W, "nacc", when="2025-12")
T("c", None, "is there an option to add a gift note to my order?", W, "en", when="2026-02")
T("e", "ΣΥΣΚΕΥΑΣΙΑ ΔΩΡΟΥ", "ΓΕΙΑ ΣΑΣ. ΘΕΛΩ ΤΗΝ ΠΑΡΑΓΓΕΛΙΑ ΣΕ ΣΥΣΚΕΥΑΣΙΑ ΔΩΡΟΥ, ΕΧΕΤΕ ΑΥΤΗ ΤΗΝ ΕΠΙΛΟΓΗ; ΔΕΝ ΤΗΝ ΒΡΙΣΚΩ ΣΤΟ ΚΑΛΑΘΙ.", W, "caps", when="2025-12")
T("p", None, "Ο κ. Λευτέρης Καλογεράκης θέλει να στείλει ένα σετ βοτάνων στη μητέρα του για την Ημέρα της Μητέρας και ρωτά αν μπορούμε να το στείλουμε σε κουτί δώρου με κάρτα που θα γράφει «Χρόνια πολλά μαμά, Λευτέρης». Η διεύθυνση παράδοσης είναι Αγίου Δημητρίου 33, 54632 Θεσσαλονίκη.", W, "acc", ["Λευτέρης Καλογεράκης", "Αγίου Δημητρίου 33, 54632 Θεσσαλονίκη"], when="2026-05")
T("c", None, "Γεια σας! Κάνετε περιτύλιγμα δώρου; Θέλω να στείλω ένα κλουβάκι με λιχουδιές για το κουνέλι της ανιψιάς μου.", W, "acc", when="2026-03")
T("w", "Orders", "Can I write a personal message that gets printed and put in the box? It's a birthday present for a friend in Rhodes.", W, "en", when="2026-08")
T("e", "dwro", """
Kalhspera sas, stelnw mia glastra me kyklamino gia dwro kai 8elw na exei kordela h kati pio omorfo apo to kouti. Ginetai? Plhrwnw kai extra.
Vicky
""", W, "gl", ["Vicky"], when="2025-12")
T("c", None, "χαρτι δωρου βαζετε;", W, "nacc", when="2025-12")
T("e", "Δώρο για γάμο", """
Καλησπέρα,
θέλουμε να στείλουμε μια μεγάλη ελιά σε γλάστρα ως δώρο γάμου σε φίλους μας. Υπάρχει δυνατότητα να έρθει με κορδέλα και κάρτα με ευχές, και να μη φαίνεται η τιμή πουθενά;
Ευχαριστούμε,
Τάσος και Δέσποινα
""", W, "acc", ["Τάσος και Δέσποινα"], when="2026-09")
T("c", None, "Gift wrap available?", W, "short", lang="en", when="2025-12")
T("e", "Re: Your order KP-55120", """
Thanks for the quick confirmation! One more thing: this is a surprise for my sister, could you leave out the packing slip with prices and maybe add a little card saying "Happy housewarming, love Jo"?

Jo

{QEN}, Kipos <orders@kipos.example> wrote:
> Thank you for your order!
> Order number: KP-55120
""", W, "en", ["Jo"], when="2026-10")

# ---------------- live-animals ----------------
A = "m:live-animals"
T("c", None, "Καλησπέρα, πουλάτε χρυσόψαρα; Πήρα από εσάς ενυδρείο και τώρα θέλω ψαράκια.", A, "acc")
T("c", None, "do you sell live fish or only aquarium equipment?", A, "en")
T("c", None, "exete papagalakia h kanarinia gia agora?", A, "gl")
T("w", "Κατοικίδια", "θα ηθελα να αγορασω ενα κουνελακι νανο για την κορη μου. το στελνετε σπιτι ή πρεπει να ερθουμε καπου;", A, "nacc")
T("e", "Live crickets", """
Hi,
I have a bearded dragon and I'm looking for live crickets or mealworms delivered regularly. Do you sell live feeder insects?
Thanks, Ollie
""", A, "en", ["Ollie"])
T("c", None, "ΕΧΕΤΕ ΧΕΛΩΝΑΚΙΑ ΝΕΡΟΥ;", A, "caps")
T("p", None, "Ο πελάτης ρωτά αν πουλάμε ζωντανά ψάρια για λιμνούλα κήπου (κόι ή χρυσόψαρα) και αν γίνεται αποστολή στην Κόρινθο.", A, "acc")
T("c", None, "Γεια σας, έχετε κουτάβια ή γατάκια για υιοθεσία ή πώληση; Ή ξέρετε κάποιο καταφύγιο που συνεργάζεστε;", A, "acc")
T("e", "hamster", """
kalhmera, 8elw na parw ena hamster gia to paidi mou mazi me to klouvi pou exete sto site. to zwaki to stelnete kai auto?
""", A, "gl")
T("c", None, "ζωντανα σκουληκια για ψαρεμα ή για κοτες εχετε;", A, "nacc")
T("w", "Pets", "Do you sell baby chicks or laying hens? We have a big garden and want to start keeping chickens. We already bought the coop from you.", A, "en")
T("c", None, "Ψάρια για ενυδρείο έχετε;", A, "short")
T("e", "Ερώτηση για πτηνά", """
Καλησπέρα σας,
είδα ότι έχετε κλουβιά και τροφές για παπαγάλους. Μήπως φέρνετε και τα ίδια τα πουλιά ή μπορείτε να μου προτείνετε κάποιον αξιόπιστο εκτροφέα;
Φίλιππος Ζαχαρίου
""", A, "acc", ["Φίλιππος Ζαχαρίου"])

# ---------------- price-match ----------------
M = "m:price-match"
T("c", None, "Καλησπέρα, το ίδιο σύστημα ποτίσματος το βρήκα 20 ευρώ φθηνότερα σε άλλο site. Κάνετε την ίδια τιμή;", M, "acc")
T("e", "Price dropped after I bought", """
Hi,

I bought the teak garden bench on Monday for EUR 349 and today it's on sale for EUR 289. Can you refund me the difference? Order KP-56034.

Thanks,
Kevin Walsh
""", M, "en", ["Kevin Walsh"], when="2026-11")
T("c", None, "pira to trapezi kipou prin 5 meres kai twra exei ekptwsh 30%. mou epistrefete th diafora?", M, "gl", when="2026-11")
T("w", "Τιμές", "βρηκα την ιδια τροφη γατας φθηνοτερα σε αλλο κατασταημα, μου κανετε εκπτωση για να την παρω απο εσας;", M, "nacc")
T("e", "ΔΙΑΦΟΡΑ ΤΙΜΗΣ", """
ΑΓΟΡΑΣΑ ΤΗΝ ΠΕΡΓΚΟΛΑ ΜΕ 520 ΕΥΡΩ ΚΑΙ ΣΗΜΕΡΑ ΤΗΝ ΒΛΕΠΩ 430 ΣΤΗ BLACK FRIDAY. ΘΕΛΩ ΤΑ ΛΕΦΤΑ ΜΟΥ ΠΙΣΩ. IBAN: GR88 0172 0100 0050 1234 5678 901.
ΠΑΝΑΓΙΩΤΑ ΛΙΑΚΟΥ
""", M, "caps", ["GR88 0172 0100 0050 1234 5678 901", "ΠΑΝΑΓΙΩΤΑ ΛΙΑΚΟΥ"], when="2026-11")
T("c", None, "do you price match? same pot is cheaper on another greek site", M, "en")
T("p", None, "Ο κ. Χαράλαμπος Ξενάκης ρωτά αν ταιριάζουμε τιμές με ανταγωνιστές. Έχει βρει το ίδιο χλοοκοπτικό φθηνότερα σε μεγάλη αλυσίδα και θα προτιμούσε να το πάρει από εμάς.", M, "acc", ["Χαράλαμπος Ξενάκης"])
T("c", None, "Μόλις είδα ότι η τροφή που πήρα χθες έχει σήμερα προσφορά. Γίνεται να μου επιστρέψετε τη διαφορά σε κουπόνι;", M, "acc")
T("e", "Price match request", """
Hello,
a competitor sells the same 80L potting soil for 9.90 while you're at 12.50. Would you match that price if I buy 10 bags?
Best, Aris
""", M, "en", ["Aris"])
T("w", "Prices", "Your prices went down the day after I ordered. Do you have a price protection policy?", M, "en", when="2026-11")
T("c", None, "γιατι σε εσας ειναι ακριβοτερο το ιδιο προιον; κανετε ταιριασμα τιμης;", M, "nacc")
T("e", "timh", """
Geia sas, to idio fytwrio stin geitonia mou exei th monstera 15 eurw pio fthna. An sas steilw fwtografia me thn timh, mou kanete thn idia?
""", M, "gl")
T("c", None, "Κάνετε ταίριασμα τιμής;", M, "short")
