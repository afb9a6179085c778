from common import T

# ---------------- locker-delivery (growing: 3 early, 14 from July) ----------------
L = "m:locker-delivery"
T("c", None, "Γεια σας, μπορώ να παραλάβω την παραγγελία από locker; Δουλεύω όλη μέρα και δεν με βρίσκει ποτέ ο κούριερ.", L, "acc", when="2026-01")
T("e", "Locker delivery?", "Hi, do you offer delivery to parcel lockers (like BOX NOW)? I'm never home during the day.\nThanks, Niamh", L, "en", ["Niamh"], when="2026-03")
T("c", None, "stelnete se box now?", L, "gl", when="2026-05")
T("c", None, "Καλησπέρα! Στο ταμείο δεν βλέπω επιλογή για παραλαβή από αυτόματο σταθμό (locker). Υπάρχει και δεν τη βρίσκω;", L, "acc", when="2026-07")
T("w", "Αποστολή", "θα ηθελα να παραλαβω απο το locker που ειναι στο σουπερμαρκετ της γειτονιας μου, Λεωφ. Συγγρού 45. γινεται;", L, "nacc", ["Λεωφ. Συγγρού 45"], when="2026-07")
T("c", None, "hi can you ship to a locker instead of my home address?", L, "en", when="2026-07")
T("e", "Παραλαβή από locker", """
Καλημέρα σας,
τα περισσότερα καταστήματα πλέον στέλνουν σε lockers, εσείς σκοπεύετε να το βάλετε; Θα με βόλευε πολύ γιατί ο κούριερ αφήνει τα δέματα στην είσοδο της πολυκατοικίας και τα παίρνουν άλλοι.
Νίκη Σαμαρά
""", L, "acc", ["Νίκη Σαμαρά"], when="2026-08")
T("c", None, "MPOREI NA ERTHEI SE LOCKER H PARAGGELIA? DEN EIMAI SPITI OLH THN EVDOMADA", L, "gl", when="2026-08")
T("p", None, "Ο πελάτης ρωτά αν μπορεί να επιλέξει παράδοση σε θυρίδα/locker της ACS ή σε BOX NOW. Είπε ότι το έχει δει σε άλλα καταστήματα και θέλει να ξέρει αν γίνεται και για μικρά δέματα όπως σπόρους.", L, "acc", when="2026-08")
T("w", "Shipping", "Do you deliver to BOX NOW lockers? If yes, is it cheaper than home delivery?", L, "en", when="2026-09")
T("c", None, "ΜΠΟΡΩ ΝΑ ΠΑΡΩ ΤΟ ΔΕΜΑ ΑΠΟ LOCKER;", L, "caps", when="2026-09")
T("e", "Re: Η παραγγελία σας στάλθηκε", """
Καλησπέρα, μπορώ να ζητήσω να πάει το δέμα σε κάποιο locker αντί για το σπίτι; Δεν θα είμαι εκεί αυτές τις μέρες.
Ευχαριστώ

{QEL}, Kipos <orders@kipos.example> έγραψε:
> Καλά νέα! Η παραγγελία σας έφυγε από την αποθήκη μας.
> Αριθμός αποστολής: 7311520943
""", L, "acc", when="2026-09")
T("c", None, "γεια σας, εχετε παραλαβη απο lockers; αν ναι και για τροφες σκυλου των 15 κιλων;", L, "nacc", when="2026-10")
T("e", "parcel locker", """
Hello,

I live in a building in Thessaloniki with no concierge and parcels keep disappearing from the entrance. Is there any way to send my orders to a locker? There's one right next to my work.

Best,
Elena K.
""", L, "en", ["Elena K."], when="2026-10")
T("c", None, "locker?", L, "short", when="2026-10")
T("w", "Παραγγελία", "Καλησπέρα, θα βάλετε επιτέλους αποστολή σε lockers; Είμαι τρίτη φορά που ρωτάω και στο chat μου είπαν «σύντομα».", L, "acc", when="2026-11")
T("c", None, "kalhmera, mporw na dialexw apostolh se locker? to vlepw se ola ta eshop ektos apo sas", L, "gl", when="2026-11")

# ---------------- garden-design-visit ----------------
G = "m:garden-design-visit"
T("e", "Σχεδιασμός κήπου", """
Καλησπέρα σας,
έχουμε μια αυλή περίπου 60 τ.μ. που είναι χώμα και λίγα χορτάρια. Θα θέλαμε να έρθει κάποιος να τη δει και να μας προτείνει τι να φυτέψουμε και πού να μπει ποτιστικό. Κάνετε τέτοιες επισκέψεις; Πόσο κοστίζει;
Διεύθυνση: Οδός Πατησίων 12, 11257 Αθήνα (ισόγειο με αυλή)
Σπύρος Λιάπης, 6948 712 305
""", G, "acc", ["Οδός Πατησίων 12, 11257 Αθήνα", "Σπύρος Λιάπης", "6948 712 305"], when="2026-02")
T("c", None, "Γεια σας, έχετε γεωπόνο ή σχεδιαστή που να έρχεται στο σπίτι για μελέτη κήπου;", G, "acc", when="2026-03")
T("w", "Garden design", "Hello, we just bought a house with a big garden near Patision 12, 11257 Athens and have no idea where to start. Do you offer on-site garden design consultations?", G, "en", ["Patision 12, 11257 Athens"], when="2026-03")
T("c", None, "kanete meletes kipou? thelw na ftiaxw thn tarratsa mou", G, "gl", when="2026-03")
T("p", None, "Η κα Αγγελική Σωτηροπούλου ρωτά αν μπορεί να έρθει κάποιος από εμάς να δει το μπαλκόνι της (περίπου 25 τ.μ., νότιο) και να της προτείνει φυτά και γλάστρες. Θα αγόραζε όλα τα προϊόντα από εμάς. Μένει στο Παγκράτι, τηλ. 210 752 9341.", G, "acc", ["Αγγελική Σωτηροπούλου", "210 752 9341"], when="2026-04")
T("e", "Garden visit", """
Hi,

Could someone from your team come and look at our garden in Glyfada and give us a plan? We'd buy the plants and irrigation from you of course. What does it cost?

Thanks,
Peter & Sue Hanley
""", G, "en", ["Peter & Sue Hanley"], when="2026-04")
T("c", None, "θελω καποιον να ερθει να μου πει τι φυτα να βαλω στον κηπο, εχετε τετοια υπηρεσια;", G, "nacc", when="2026-04")
T("e", "ΜΕΛΕΤΗ ΚΗΠΟΥ", "ΚΑΛΗΜΕΡΑ. ΕΧΩ ΕΞΟΧΙΚΟ ΣΤΗΝ ΑΡΤΕΜΙΔΑ ΚΑΙ ΘΕΛΩ ΝΑ ΦΤΙΑΞΩ ΚΗΠΟ ΜΕ ΜΕΣΟΓΕΙΑΚΑ ΦΥΤΑ. ΕΡΧΕΣΤΕ ΓΙΑ ΑΥΤΟΨΙΑ; ΠΟΣΟ ΧΡΕΩΝΕΤΕ;", G, "caps", when="2026-04")
T("w", "Υπηρεσίες", "Καλησπέρα, μου είπε μια φίλη ότι κάνετε σχεδιασμό για μπαλκόνια. Πώς κλείνω ραντεβού; Είμαι στη Νέα Σμύρνη.", G, "acc", when="2026-05")
T("c", None, "do you have a landscaper who can come over and design a small courtyard?", G, "en", when="2026-05")
T("e", "sxediasmos aylis", """
Kalhspera, exoume mia aylh sto Peristeri kai 8eloume na th ftiaksoume. Erxetai kapoios apo sas na th dei? H dieythynsh einai Thivon 210, Peristeri.
Eyxaristw, Manolis
""", G, "gl", ["Thivon 210, Peristeri", "Manolis"], when="2026-05")
T("e", "Πρόταση για τον κήπο μας", """
Καλησπέρα σας,

είμαστε πελάτες σας εδώ και τρία χρόνια, κυρίως για τροφές γάτας και κάποια φυτά εσωτερικού. Φέτος πήραμε επιτέλους μονοκατοικία στο Κορωπί με έναν κήπο γύρω στα 200 τ.μ., που ο προηγούμενος ιδιοκτήτης τον είχε αφήσει εντελώς. Έχει δύο μεγάλες ελιές που θέλουμε να κρατήσουμε, μια χαλασμένη πέργκολα και πολύ ήλιο όλο το απόγευμα. Έχουμε δει διάφορα βίντεο αλλά στο τέλος δεν ξέρουμε αν πρέπει να βάλουμε γκαζόν, χαλίκι ή φυτά εδαφοκάλυψης, και φοβόμαστε μη σπαταλήσουμε χρήματα. Ο γείτονας μάς σύστησε κάποιον, αλλά προτιμάμε να δουλέψουμε με εσάς αφού έτσι κι αλλιώς από εσάς θα τα πάρουμε.

Υπάρχει δυνατότητα να έρθει κάποιος σας να δει τον χώρο και να μας κάνει μια πρόταση; Τι κόστος έχει και πόσο γρήγορα μπορεί να γίνει;

Με εκτίμηση,
Θοδωρής και Νεφέλη Καραγιάννη
""", G, "long", ["Θοδωρής και Νεφέλη Καραγιάννη"], when="2026-03")
T("c", None, "Καλησπέρα, υπάρχει δυνατότητα για επίσκεψη στον χώρο μας για πρόταση φύτευσης; Έχουμε μια ταράτσα 40 τ.μ.", G, "acc", when="2026-06")
T("w", "Services", "Do you offer garden design visits in Thessaloniki or only in Athens?", G, "en", when="2026-09")
T("p", None, "Πελάτης από τα Χανιά ρωτά αν κάνουμε σχεδιασμό κήπου με επίσκεψη ή έστω online με φωτογραφίες. Έχει 1 στρέμμα και θέλει πρόταση για φυτά και σύστημα ποτίσματος.", G, "acc", when="2026-10")
T("c", None, "σχεδιασμο κηπου κανετε;", G, "short", when="2026-02")

# ---------------- business-bulk-orders ----------------
B = "m:business-bulk-orders"
T("e", "Χονδρική τιμή για ξενοδοχείο", """
Καλημέρα σας,

διευθύνω ένα μικρό ξενοδοχείο 24 δωματίων στη Νάξο και για τη νέα σεζόν θέλουμε περίπου 80 γλάστρες με βουκαμβίλιες, γιασεμιά και λεβάντες, καθώς και 30 κεραμικές γλάστρες μεγάλου μεγέθους. Υπάρχει δυνατότητα χονδρικής τιμής ή έκπτωσης ποσότητας; Μπορείτε να μας στείλετε προσφορά;

Με εκτίμηση,
Μάρκος Βενετσάνος
Naxos Blue Suites
Τηλ. 22850 24 118
""", B, "acc", ["Μάρκος Βενετσάνος", "22850 24 118"], when="2026-02")
T("e", "Bulk order for offices", """
Dear Kipos team,

We are moving into new offices at Leof. Kifisias 230, Marousi and would like to order around 60 large indoor plants with self-watering pots. Do you provide corporate pricing and invoicing on 60-day terms? Could someone contact me to discuss?

Kind regards,
Eleanor Price
Facilities Manager
+30 210 809 4471
""", B, "en", ["Leof. Kifisias 230, Marousi", "Eleanor Price", "+30 210 809 4471"], when="2026-01")
T("c", None, "kalhspera eimai kipouros kai pairnw polla fyta kathe mhna. exete timh xondrikhs h kapoia ekptosh gia epaggelmaties?", B, "gl")
T("w", "Προσφορά", "Είμαστε δήμος της Αττικής και ενδιαφερόμαστε για 500 θάμνους για δημόσιο πάρκο. Δίνετε προσφορές για δημόσιους φορείς; Παρακαλώ επικοινωνήστε στο prom.ydr@dimos-example.gr", B, "acc", ["prom.ydr@dimos-example.gr"])
T("c", None, "do you have wholesale prices for cafés/restaurants? we need 40 planters for our terrace", B, "en", when="2026-04")
T("e", "συνεργασια", """
καλησπερα, εχω pet shop στη Λαρισα και θα ηθελα να παιρνω τροφες απο εσας σε ποσοτητα για μεταπωληση. υπαρχει τιμοκαταλογος χονδρικης;
ΑΦΜ 112233445
Ιωαννης Ντελης, 6936 401 282
""", B, "nacc", ["112233445", "Ιωαννης Ντελης", "6936 401 282"])
T("p", None, "Ο κ. Θεόδωρος Αλεξανδρόπουλος, ιδιοκτήτης εταιρείας φύτευσης κήπων, ρωτά αν μπορεί να ανοίξει επαγγελματικό λογαριασμό με σταθερή έκπτωση και πληρωμή με τιμολόγιο στο τέλος του μήνα. Για ταυτοποίηση έδωσε ΑΔΤ ΑΚ 482913. Τηλ. 6974 250 661.", B, "acc", ["Θεόδωρος Αλεξανδρόπουλος", "ΑΚ 482913", "6974 250 661"])
T("e", "Wedding - 150 small plants", """
Hi!

We're getting married in Thessaloniki in June and would love to give each guest a small potted succulent or herb. We'd need around 150. Do you do bulk orders like this, with a discount? And could they all come in one delivery close to the date?

Thanks so much,
Chloe & Yannis
""", B, "en", ["Chloe & Yannis"], when="2026-03")
T("c", None, "ΘΕΛΟΥΜΕ ΝΑ ΠΑΡΟΥΜΕ 200 ΣΑΚΙΑ ΧΩΜΑ ΓΙΑ ΤΟ ΦΥΤΩΡΙΟ ΜΑΣ. ΕΧΕΤΕ ΤΙΜΗ ΓΙΑ ΠΑΛΕΤΑ;", B, "caps")
T("w", "Business", "We're a property management company with 12 holiday villas in Crete. Could we get a B2B account with volume discounts for plants and garden furniture?", B, "en", when="2025-12")
T("e", "Εταιρικά δώρα", """
Καλησπέρα,
θα θέλαμε να στείλουμε σε 70 πελάτες της εταιρείας μας ένα μικρό φυτό για τα Χριστούγεννα, με παράδοση σε διαφορετικές διευθύνσεις. Μπορείτε να αναλάβετε κάτι τέτοιο και με τι έκπτωση;
Χαρά Δρόσου, Υπεύθυνη Marketing
""", B, "acc", ["Χαρά Δρόσου"], when="2025-12")
T("c", None, "γεια, για σχολείο θελουμε 30 γλαστρακια και σπορους για μαθημα, κανετε εκπτωση σε σχολεια;", B, "nacc", when="2026-02")
T("e", "prosfora", """
Geia sas, exw taverna sth Syros kai thelw 25 megales glastres kai 25 elies mikres gia thn aylh. Mporeite na mou kanete kalh timh? Plhrwmh me katathesh.
Giorgos Fragkos
""", B, "gl", ["Giorgos Fragkos"], when="2026-03")
T("p", None, "Εκπρόσωπος αλυσίδας γυμναστηρίων ρωτά για προσφορά σε 45 φυτά εσωτερικού χώρου για 3 καταστήματα και αν μπορούμε να στείλουμε δείγματα πριν την παραγγελία.", B, "acc")
T("c", None, "Hello, is there a discount if I order 20 of the same irrigation kit for my clients? I'm a gardener.", B, "en")
T("w", "Χονδρική", "Καλησπέρα, για παραγγελίες πάνω από 1.000 € υπάρχει κάποια επιπλέον έκπτωση; Είμαστε κατασκευαστική εταιρεία και φτιάχνουμε κοινόχρηστους κήπους σε πολυκατοικίες.", B, "acc")

# ---------------- pest-diagnosis ----------------
P = "m:pest-diagnosis"
T("e", "Άσπρα ζουζούνια στη λεμονιά", """
Καλησπέρα,
η λεμονιά μου στο μπαλκόνι έχει γεμίσει κάτι μικρά άσπρα ζουζουνάκια κάτω από τα φύλλα και τα φύλλα κολλάνε. Τι είναι και τι να ψεκάσω; Έχετε κάποιο σκεύασμα να μου προτείνετε;
Ευχαριστώ,
Στέλλα
""", P, "acc", ["Στέλλα"], when="2026-05")
T("c", None, "my tomato plants have yellow spots and the leaves are curling, what disease is it? can you recommend a spray?", P, "en", when="2026-06")
T("c", None, "ta triantafylla mou exoun mavres boules sta fylla, ti na rixw?", P, "gl", when="2026-05")
T("w", "Φυτά", "η τριανταφυλλια μου εχει γεμισει ψειρες, ποιο εντομοκτονο ειναι καλο και ασφαλες για τη γατα μου που κυκλοφορει στο μπαλκονι;", P, "nacc", when="2026-04")
T("e", "Plant problem - photos", """
Hello,

I'm attaching photos of my olive tree. There are these black sooty patches on the leaves and some small bumps on the branches. I didn't buy it from you, but I'd like to buy a treatment from your shop. Which product would you recommend?

Best,
Martin
""", P, "en", ["Martin"], when="2026-07")
T("c", None, "ΤΑ ΦΥΛΛΑ ΤΗΣ ΜΠΟΥΚΑΜΒΙΛΙΑΣ ΕΧΟΥΝ ΤΡΥΠΕΣ. ΤΙ ΤΙΣ ΤΡΩΕΙ;", P, "caps", when="2026-06")
T("p", None, "Πελάτισσα περιγράφει ότι η γαρδένια της έχει κιτρινίσει και έχει κάτι σαν ιστό αράχνης κάτω από τα φύλλα. Ρωτά τι είναι και αν πουλάμε κάτι για αυτό. Ζήτησε να της τηλεφωνήσει ο γεωπόνος.", P, "acc", when="2026-07")
T("c", None, "Γεια σας, στη ντοματιά μου έχει πέσει κάτι σαν άσπρη σκόνη στα φύλλα. Είναι ωίδιο; Τι να κάνω;", P, "acc", when="2026-06")
T("e", "mirmigia", """
kalhmera, exw mirmigia stis glastres tou mpalkoniou kai trwne tis rizes mallon. ti mporw na kanw xwris xhmika giati exw mikro paidi?
""", P, "gl", when="2026-05")
T("w", "Plant care", "Something is eating my basil overnight, there are holes everywhere but I never see any insects. What could it be and what do you sell for it?", P, "en", when="2026-07")
T("c", None, "το γκαζον μου εχει κιτρινες κηλιδες σε κυκλους, ειναι μυκητας; τι σκευασμα να παρω;", P, "nacc", when="2026-08")
T("e", "Τι έχει η ορτανσία μου;", """
Καλησπέρα σας,

θέλω να σας ρωτήσω κάτι που δεν αφορά παραγγελία, ελπίζω να μη σας ενοχλώ. Η ορτανσία μου, που την έχω τέσσερα χρόνια σε μια μεγάλη γλάστρα στη βεράντα και κάθε χρόνο κάνει τεράστιες μπλε μπάλες, φέτος έβγαλε λίγα λουλούδια και τα φύλλα της έχουν καφέ κηλίδες με κίτρινο γύρο. Η μάνα μου λέει ότι φταίει το νερό της βρύσης, η γειτόνισσα λέει ότι είναι μύκητας, ο γαμπρός μου λέει να την ξεριζώσω και να βάλω άλλη. Την ποτίζω κάθε δεύτερη μέρα και της έβαλα λίπασμα τον Απρίλιο.

Τι λέτε εσείς ότι έχει και αν υπάρχει κάποιο προϊόν σας που να τη βοηθήσει;

Σας ευχαριστώ,
Ευδοκία Μπέη
""", P, "long", ["Ευδοκία Μπέη"], when="2026-06")
T("c", None, "white fluffy stuff on my succulents, is that mealybug? what do i use?", P, "en", when="2026-09")
T("c", None, "ti na psekasw tis elies gia to dako?", P, "gl", when="2026-09")
T("c", None, "Αφίδες στα τριαντάφυλλα. Τι βάζω;", P, "short", when="2026-04")
