from common import T

# ---------------- delivery-times ----------------
T("e", "Πότε θα έρθει η παραγγελία;", """
Καλημέρα σας,
έκανα χθες το απόγευμα μια παραγγελία με δύο σακιά χώμα και ένα λεμονάκι σε γλάστρα. Μένω στην Καλαμάτα. Σε πόσες μέρες περίπου να την περιμένω;

Ευχαριστώ,
Γιώργος Παπαδάκης
""", "dt", "acc", ["Γιώργος Παπαδάκης"])
T("c", None, "kalhspera, thn paraggelia thn ekana proxthes kai meno Patra. poses meres kanei synithws na erthei?", "dt", "gl")
T("w", "Αποστολή", "ποσα ειναι τα μεταφορικα για Ηρακλειο Κρητης; αν παρω πανω απο 50 ευρω ειναι δωρεαν η αποστολη ή οχι για νησια;", "dt", "nacc")
T("e", "Shipping cost question", """
Hi,

How much is delivery to Thessaloniki? And is there a minimum order for free shipping? I'm putting together a balcony order and don't want to pay shipping twice.

Thanks,
Anna
""", "dt", "en", ["Anna"])
T("c", None, "hi, do you ship plants on weekends? I ordered a monstera on thursday night and it still says processing on saturday", "dt", "en")
T("p", None, "Ο πελάτης ρωτά γιατί η παραγγελία του (μια ελιά και δύο λεβάντες) δεν έχει φύγει ακόμη, αφού την έκανε την Πέμπτη το πρωί και σε άλλα e-shop του έρχεται την επόμενη μέρα. Θέλει να ξέρει πότε θα σταλεί και πότε να την περιμένει στη Λαμία.", "dt", "acc")
T("w", "Παραγγελία", "ΘΕΛΩ ΝΑ ΠΑΡΑΓΓΕΙΛΩ ΤΟ ΣΕΤ ΚΗΠΟΥ ΜΕ ΤΟ ΤΡΑΠΕΖΙ ΚΑΙ ΤΙΣ 4 ΚΑΡΕΚΛΕΣ. ΠΟΣΟ ΘΑ ΚΟΣΤΙΣΕΙ Η ΜΕΤΑΦΟΡΑ ΚΑΙ ΣΕ ΠΟΣΕΣ ΜΕΡΕΣ ΕΡΧΕΤΑΙ; ΜΕΝΩ ΣΤΗ ΛΑΡΙΣΑ. ΘΑ ΜΟΥ ΤΗΛΕΦΩΝΗΣΕΙ ΚΑΠΟΙΟΣ ΠΡΙΝ;", "dt", "caps")
T("e", "Delivery to Naxos", """
Hello,

We have a summer house in Naxos and I'd like to order some pots, a couple of bougainvilleas and potting soil to be delivered there. How long does delivery normally take to the islands? We arrive on the 20th and would like everything to be there by then.

Best wishes,
Claire Dubois
""", "dt", "en", ["Claire Dubois"], when="2026-06")
T("c", None, "Μεταφορικά πόσα;", "dt", "short")
T("e", "Re: Η παραγγελία σας KP-48213 ελήφθη", """
καλησπερα, βλεπω οτι η παραγγελια ειναι ακομα σε επεξεργασια. αν φυγει αυριο ποτε περιπου φτανει στον Βολο; δουλευω και θελω να ξερω αν θα ειμαι σπιτι να την παραλαβω.
ευχαριστω

{QEL}, Kipos <orders@kipos.example> έγραψε:
> Ευχαριστούμε για την παραγγελία σας!
> Αριθμός παραγγελίας: KP-48213
> Θα λάβετε νέο email μόλις η παραγγελία σας σταλεί.
""", "dt", "nacc")
T("e", "Apostoli", """
Geia sas, 8elw na parw 3 sakia xwma 50 litrwn. Sto kalathi grafei oti exei extra xrewsh varous, poso peripou einai? Kai an ta parw mazi me alla pragmata panw apo 49 euro den einai dwrean?
Ftanei se 2 meres Athina?
""", "dt", "gl")
T("w", "Shipping", "Is shipping free on orders over 49 euros even for heavy stuff like soil? My basket shows an extra 6,40 although I'm over the limit.", "dt", "en")
T("e", "Ερώτηση για αποστολή φυτών", """
Καλησπέρα σας,

θα ήθελα πρώτα να σας πω ότι είμαι πολύ ευχαριστημένη από τις προηγούμενες αγορές μου, η γαρδένια που μου στείλατε πέρσι έχει γίνει θηρίο και όλη η γειτονιά ρωτάει πού την πήρα. Η κόρη μου παντρεύεται τον Σεπτέμβριο και το τραπέζι θα γίνει στην αυλή του πατρικού μας στη Χαλκίδα, οπότε θέλουμε να τη στολίσουμε με γλάστρες, γιασεμιά, βασιλικούς και λίγες λευκές ορτανσίες. Ο άντρας μου λέει να πάμε στο φυτώριο της γειτονιάς αλλά εκεί οι τιμές είναι ό,τι να 'ναι και δεν έχουν ποικιλία. Το θέμα είναι ότι δεν θέλω να κάθονται τα φυτά μέρες στις κούτες με τέτοια ζέστη.

Αν κάνω την παραγγελία Παρασκευή, θα έρθει Δευτέρα ή Τρίτη; Ή είναι καλύτερα να παραγγείλω αρχές της εβδομάδας;

Με εκτίμηση,
Αικατερίνη Ζαφειρίου
""", "dt", "long", ["Αικατερίνη Ζαφειρίου"], when="2026-08")
T("c", None, "Γεια σας, με ποια courier στέλνετε; Στο χωριό μου (Άγιος Νικόλαος Μεσσηνίας) η ACS δεν έρχεται πάντα και πρέπει να πηγαίνω στην Καλαμάτα.", "dt", "acc")
T("p", None, "Customer (English speaker, lives in Corfu) asked how long delivery takes to Corfu and whether shipping is free if she orders over a certain amount. Asked us to send the details by email to j.hartley at outlook dot com.", "dt", "en", ["j.hartley at outlook dot com"])

# ---------------- order-tracking ----------------
T("e", "Πού είναι το δέμα μου;", """
Καλησπέρα,
η παραγγελία KP-51877 φαίνεται «Στάλθηκε» από την Τρίτη, αλλά όταν βάζω τον αριθμό στο site της ACS μου λέει ότι δεν βρέθηκε. Μήπως μου στείλατε λάθος αριθμό;

Ευχαριστώ,
Ελένη Σταθοπούλου
6944 281 903
""", "tr", "acc", ["Ελένη Σταθοπούλου", "6944 281 903"])
T("c", None, "geia sas, pou einai to dema mou?? pote tha erthei h paraggelia mou? den exw parei kanena mail me arithmo", "tr", "gl")
T("w", "Παραγγελία", "δεν μπορω να βρω που βλεπω την πορεια της παραγγελιας μου. ψωνισα χωρις να φτιαξω λογαριασμο, υπαρχει τροπος;", "tr", "nacc")
T("c", None, "hi, where can i track my order? got the confirmation email but no tracking number anywhere", "tr", "en")
T("e", "ΠΑΡΑΓΓΕΛΙΑ 49920", "ΕΔΩ ΚΑΙ 5 ΜΕΡΕΣ ΤΟ ΔΕΜΑ ΓΡΑΦΕΙ ΟΤΙ ΕΙΝΑΙ ΣΤΟ ΚΑΤΑΣΤΗΜΑ ΤΗΣ ΤΡΙΠΟΛΗΣ ΚΑΙ ΔΕΝ ΚΟΥΝΙΕΤΑΙ. ΤΙ ΓΙΝΕΤΑΙ; ΜΕΣΑ ΕΧΕΙ ΦΥΤΑ, ΘΑ ΞΕΡΑΘΟΥΝ!!!", "tr", "caps")
T("p", None, "Η κα Δήμητρα Κολοκοτρώνη τηλεφώνησε γιατί ο courier άφησε ειδοποίηση ότι δεν τη βρήκε, ενώ ήταν σπίτι όλη μέρα. Ρωτά πώς μπορεί να δει πού βρίσκεται τώρα το δέμα και τι πρέπει να κάνει. Τηλ. επικοινωνίας 210 671 2443.", "tr", "acc", ["Δήμητρα Κολοκοτρώνη", "210 671 2443"])
T("e", "Re: Your order has shipped", """
Hi, the tracking link in this email doesn't work for me, it just opens a blank page. Order KP-50331. Can you tell me where it is?
Thanks
Mark

Sent from my iPhone

{QEN}, Kipos <orders@kipos.example> wrote:
> Your order has shipped!
> Tracking number: 7304418825
> Track your parcel: https://kipos.example/track
""", "tr", "en", ["Mark"])
T("c", None, "Καλημέρα! Η παραγγελία μου γράφει ακόμα «Σε συσκευασία» από χθες. Είναι φυσιολογικό; Πότε θα πάρω αριθμό αποστολής;", "tr", "acc")
T("e", "paraggelia", """
kalhmera sas, exw kanei paraggelia sthn arxh tou mhna kai akoma den thn exw parei. mporeite na mou peite pou vrisketai? sto site leei apestalh.
Thanasis
""", "tr", "gl", ["Thanasis"])
T("c", None, "tracking?", "tr", "short", lang="en")
T("w", "Delivery", "My parcel shows as delivered since yesterday but I never got it. Neighbours don't have it either. Order KP-52980.", "tr", "en")
T("c", None, "γεια σας το voucher που μου στειλατε δεν βγαζει τιποτα στο site της εταιρειας, ποτε ενημερωνεται;", "tr", "nacc")
T("e", "Fwd: Η παραγγελία σας στάλθηκε", """
Καλησπέρα, σας προωθώ το email που μου ήρθε. Δεν καταλαβαίνω πού πρέπει να πατήσω για να δω πού βρίσκεται το δέμα. Μπορείτε να με βοηθήσετε;
Σταύρος

---------- Προωθημένο μήνυμα ---------
Από: Kipos <orders@kipos.example>
Θέμα: Η παραγγελία σας στάλθηκε

Καλά νέα! Η παραγγελία σας KP-47752 έφυγε από την αποθήκη μας.
""", "tr", "acc", ["Σταύρος"])
T("e", "Parcel for my mum", """
Hello there,

so a bit of background: my mother lives in Kifisia and she's turning 80 next week. I live in Manchester and can't be there, so I ordered her a big peace lily, a nice ceramic pot and a bag of her favourite cat treats for her cat Tiggy (the cat is 15, she's spoiled rotten). My brother was supposed to be at hers to receive it but now he's travelling for work, and my mum doesn't really check her phone or emails. I paid on Sunday and got an email that it shipped, but I honestly have no idea how to see where it is now, and I'm worried it'll be left outside. The order number is KP-50876.

Can you tell me where the parcel is and when it'll get there?

Many thanks,
Olivia Papas
""", "tr", "long", ["Olivia Papas"], lang="en")
T("c", None, "geia. h paraggelia KP-53302 leei apestalh alla h courier leei oti den exei paralavei akoma tipota. ti paizei?", "tr", "gl")

# ---------------- damaged-plants ----------------
T("e", "Φυτό σπασμένο", """
Καλησπέρα,
σήμερα παρέλαβα τη φίκο λυράτα και ο κορμός είναι σπασμένος στη μέση, το χώμα έχει χυθεί σε όλη την κούτα. Σας επισυνάπτω φωτογραφίες. Τι μπορούμε να κάνουμε;
Παραγγελία KP-47110

Μαρία Ιωαννίδου
""", "dmg", "acc", ["Μαρία Ιωαννίδου"])
T("w", "Damaged item", "The olive tree arrived today with half of its branches snapped. Photos attached. I'd like a replacement please. Order KP-50012.", "dmg", "en")
T("c", None, "kalhspera to fyto irthe maramenoo kai ta fylla peftoun, einai fysiologiko?? to phra xthes", "dmg", "gl")
T("c", None, "Η ΓΛΑΣΤΡΑ ΗΡΘΕ ΣΠΑΣΜΕΝΗ ΣΕ 3 ΚΟΜΜΑΤΙΑ!!! ΤΙ ΚΑΝΩ ΤΩΡΑ;", "dmg", "caps", topic="damaged-plants")
T("e", "ζημια", "καλημερα, η ορχιδεα ηρθε με σπασμενο το κοτσανι με τα λουλουδια. εχω πεταξει την κουτα δυστυχως γιατι βιαστηκα, ισχυει παλι η αντικατασταση;", "dmg", "nacc")
T("p", None, "Ο κ. Αντώνης Μαυρίδης καλεί για την παραγγελία με τις 6 τριανταφυλλιές. Οι δύο έφτασαν ξεριζωμένες και χωρίς χώμα. Ρωτά αν πρέπει να τις στείλει πίσω ή αν θα του στείλουμε καινούργιες. Θα στείλει φωτογραφίες με email.", "dmg", "acc", ["Αντώνης Μαυρίδης"])
T("e", "Broken pot", """
Hi there,

The large terracotta pot from my order arrived cracked right down the side. The box was a bit crushed too. What's the process for this?

Cheers,
Tom Whitfield

Sent from my iPhone
""", "dmg", "en", ["Tom Whitfield"])
T("c", None, "Γεια σας, μου ήρθε σήμερα η μονστέρα και έχει δύο φύλλα κίτρινα. Να ανησυχήσω ή είναι από το ταξίδι;", "dmg", "acc")
T("e", "Damaged plant - refund instead?", """
Hello,
the fern I ordered arrived completely dried out and brown. I don't want a new one to be honest, I'd rather send it back and get my money back. Is that possible with plants?
Regards
""", ["dmg", "lpr"], "en", topic="damaged-plants")
T("w", "Επιστροφή", "Το φυτό ήρθε χτυπημένο, με σπασμένα κλαδιά. Δεν θέλω να μου στείλετε άλλο, θέλω να το επιστρέψω και να πάρω τα χρήματα. Γίνεται;", ["dmg", "lpr"], "acc", topic="damaged-plants")
T("e", "spasmeno", """
Kalhmera, o kaktos irthe spasmenos sta dyo. Exw fwtografies. Ti prepei na kanw gia na mou steilete allon?
Eleni
697 123 4581
""", "dmg", "gl", ["Eleni", "697 123 4581"])
T("c", None, "Ήρθε χτυπημένο το φυτό.", "dmg", "short")
T("c", None, "Hi! My lavender plants arrived with the pots broken and soil everywhere, how do I report this? do you need photos?", "dmg", "en")

# ---------------- cyprus-delivery ----------------
T("e", "Delivery to Cyprus", """
Hello,

I live in Limassol. Do you deliver here, and how much is shipping?

Regards,
Andreas Georgiou
""", "cy", "en", ["Andreas Georgiou"])
T("c", None, "can i order a lemon tree to Paphos?", "cy", "en")
T("w", "Shipping", "Will I have to pay customs or extra VAT if I order from Cyprus? Thanks", "cy", "en")
T("e", "Cyprus order - cash on delivery?", """
Hi, I'm in Larnaca. Can I pay cash on delivery? I don't like using my card online.
Thank you,
Maria
""", "cy", "en", ["Maria"])
T("e", "Αποστολη Κυπρο", """
Γεια σας, μενω Λευκωσια, Μακαριου 25, 1065 Λευκωσια. Θελω να παραγγειλω γλαστρες και ενα τραπεζακι κηπου. Στελνετε εδω και ποσα ειναι τα μεταφορικα;
""", "cy", "nacc", ["Μακαριου 25, 1065 Λευκωσια"])
T("c", None, "geia sas apo kypro! stelnete fyta edw? thelw mia elia gia thn aylh", "cy", "gl")
T("p", None, "Πελάτης από τη Λεμεσό ρωτά αν ισχύει δωρεάν αποστολή και για Κύπρο, και από ποιο ποσό και πάνω.", "cy", "acc")
T("c", None, "Στέλνετε βολβούς τουλίπας στην Κύπρο; Ή μόνο στην Ελλάδα;", "cy", "acc", when="2025-12")
T("c", None, "ποσες μερες κανει για λαρνακα το δεμα;", "cy", "nacc")

# ---------------- return-policy ----------------
T("e", "Επιστροφή προϊόντος", """
Καλησπέρα,
αγόρασα ένα σύστημα ποτίσματος σταγόνας αλλά τελικά δεν μου κάνει, το μπαλκόνι μου είναι μικρότερο απ' ό,τι υπολόγισα. Δεν το έχω ανοίξει καν. Πώς μπορώ να το επιστρέψω;

Κατερίνα Λαμπράκη
""", "ret", "acc", ["Κατερίνα Λαμπράκη"])
T("c", None, "8elw na epistrepsw mia karekla kipou, pws ginetai?", "ret", "gl")
T("e", "epistrofi", """
Kalispera sas,
thelo na epistrepso to louri pou phra gia to skylo, einai mikro. Pou to stelno? Ta xrimata pote ta pairno piso?
Nikos
""", "ret", "gl", ["Nikos"])
T("w", "Returns", "I want to return a garden bench, it's still in the box. Do I have to pay for the pickup?", "ret", "en")
T("e", "Refund", """
Hi,

I returned a watering can and a set of hand tools two weeks ago (order KP-45127). The courier picked them up on the 3rd. I still haven't been refunded. How long does it take?

Best regards,
Sophie Lambert
""", "ret", "en", ["Sophie Lambert"])
T("c", None, "ανοιξα ενα σακι λιπασμα και δεν ειναι αυτο που ηθελα τελικα, μπορω να το επιστρεψω;", "ret", "nacc")
T("c", None, "Η γάτα μου δεν τρώει την τροφή που πήρα, το σακί είναι ανοιγμένο αλλά σχεδόν γεμάτο. Μπορώ να την επιστρέψω;", "ret", "acc")
T("e", "ΕΠΙΣΤΡΟΦΗ ΧΡΗΜΑΤΩΝ", """
ΚΑΛΗΜΕΡΑ. ΠΛΗΡΩΣΑ ΜΕ ΑΝΤΙΚΑΤΑΒΟΛΗ ΚΑΙ ΕΠΕΣΤΡΕΨΑ ΤΗ ΣΚΙΑΣΤΡΑ ΓΙΑΤΙ ΗΤΑΝ ΜΙΚΡΗ. ΠΩΣ ΘΑ ΠΑΡΩ ΠΙΣΩ ΤΑ ΧΡΗΜΑΤΑ; ΤΟ IBAN ΜΟΥ ΕΙΝΑΙ GR1601101250000000012300695.
ΒΑΣΙΛΗΣ ΚΟΝΤΟΣ
""", "ret", "caps", ["GR1601101250000000012300695", "ΒΑΣΙΛΗΣ ΚΟΝΤΟΣ"])
T("p", None, "Ο πελάτης ρωτά αν μπορεί να επιστρέψει ένα κρεβατάκι σκύλου που αγόρασε πριν από τρεις εβδομάδες. Το έχει χρησιμοποιήσει μία φορά, ο σκύλος δεν κάθεται μέσα. Θέλει να μάθει αν γίνεται και αν θα χρεωθεί κάτι.", "ret", "acc")
T("c", None, "hi, you sent me the wrong size pot (ordered 30cm, got 20cm). do i have to pay for sending it back?", "ret", "en")
T("e", "Γλάστρες που περίσσεψαν", """
Καλησπέρα σας και καλή εβδομάδα,

σας γράφω γιατί έχω ένα μικρό θέμα. Τον προηγούμενο μήνα έφτιαξα επιτέλους τη βεράντα μου, μετά από δύο χρόνια που έλεγα ότι θα το κάνω. Πήρα από εσάς έξι κεραμικές γλάστρες, χώμα, λεβάντες και δεντρολίβανα, και όλα ήρθαν μια χαρά, μπράβο σας. Τελικά όμως ο γιος μου μού έφερε από το χωριό δύο παλιά πιθάρια της γιαγιάς του και θέλω να φυτέψω εκεί τις λεβάντες, γιατί έχουν και συναισθηματική αξία. Έτσι μου περισσεύουν δύο γλάστρες, οι μεγάλες οι γκρι, που είναι ακόμα στο κουτί τους, δεν τις έχω ακουμπήσει.

Μπορώ να τις επιστρέψω; Τις παρέλαβα πριν από 9 μέρες.

Ευχαριστώ πολύ,
Ευανθία Ρούσσου
""", "ret", "long", ["Ευανθία Ρούσσου"])
T("e", "Returning part of my order", """
Hi,
my order had a rosemary plant, a pot and some gardening gloves. Can I return everything? I've changed my mind about the whole balcony project.
Thanks
""", ["ret", "lpr"], "en", topic="return-policy")
T("w", "Επιστροφή", "καλησπερα θελω να επιστρεψω μια ψαλιδα κλαδεματος που δεν κοβει καθολου, ειναι ελαττωματικη. πληρωνω εγω τα μεταφορικα της επιστροφης;", "ret", "nacc")
T("c", None, "how do I return something?", "ret", "short", lang="en")

# ---------------- live-plants-returns ----------------
T("e", "Επιστροφή φυτού", """
Καλημέρα,
παρέλαβα χθες μια αζαλέα αλλά είναι πολύ μικρότερη απ' ό,τι φαινόταν στη φωτογραφία. Θα ήθελα να την επιστρέψω και να πάρω πίσω τα χρήματά μου. Πώς γίνεται;

Ευχαριστώ,
Σοφία Αλεξίου
""", "lpr", "acc", ["Σοφία Αλεξίου"])
T("e", "Return a plant", """
Hi,
I bought a fiddle leaf fig but it doesn't really fit in my living room. Can I return it within the 14 days? It's perfectly healthy and I haven't repotted it.
""", "lpr", "en")
T("c", None, "you sent me a pink hydrangea, i ordered a blue one. can i swap it?", "lpr", "en")
T("c", None, "mporw na epistrepsw ena fyto? den mou aresei telika to xrwma twn louloudiwn", "lpr", "gl")
T("c", None, "αν δεν παραλαβω το δεμα με τα φυτα, θα μου επιστρεψετε τα χρηματα;", "lpr", "nacc")
T("w", "Επιστροφή", "ΓΙΑΤΙ ΔΕΝ ΜΠΟΡΩ ΝΑ ΕΠΙΣΤΡΕΨΩ ΤΗΝ ΕΛΙΑ;; ΤΟ ΣΥΣΤΗΜΑ ΜΟΥ ΛΕΕΙ ΟΤΙ ΤΟ ΠΡΟΪΟΝ ΔΕΝ ΕΠΙΣΤΡΕΦΕΤΑΙ. ΕΧΩ ΔΙΚΑΙΩΜΑ 14 ΗΜΕΡΩΝ ΑΠΟ ΤΟ ΝΟΜΟ!", "lpr", "caps")
T("p", None, "Η κα Ρένα Φραγκιαδάκη ρωτά αν μπορεί να επιστρέψει 10 γλαστράκια με βότανα που αγόρασε για μια εκδήλωση που τελικά ακυρώθηκε. Τα φυτά είναι σε άριστη κατάσταση, δεν τα έχει βγάλει από το κουτί.", "lpr", "acc", ["Ρένα Φραγκιαδάκη"])
T("w", "Returns", "Wrong plant in my parcel - I got basil instead of mint. How do I exchange it?", "lpr", "en")
T("e", "Re: Παραγγελία KP-52210", """
Σας ευχαριστώ για την απάντηση. Δηλαδή τα φυτά δεν επιστρέφονται καθόλου; Ούτε αν δεν έχω ανοίξει το κουτί; Μου φαίνεται περίεργο.

Γιάννα

{QEL}, Kipos Εξυπηρέτηση <support@kipos.example> έγραψε:
> Καλησπέρα σας,
> σχετικά με την παραγγελία KP-52210, θα θέλαμε να σας ενημερώσουμε ότι
> τα ζωντανά φυτά εξαιρούνται από το δικαίωμα υπαναχώρησης.
> Με εκτίμηση, Ομάδα Kipos
""", "lpr", "acc", ["Γιάννα"])
T("e", "lemonies", """
Kalhspera, phra 4 lemonies gia to ktima alla o adelfos mou eixe hdh agorasei apo to fytwrio kai twra exoume 8 kai den xwrane. Den tis exw fyteusei, einai akoma stis glastres tous. Mporw na sas tis gyrisw pisw kai na parw ta lefta?
Eyxaristw
""", "lpr", "gl")
