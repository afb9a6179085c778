"""The words of a new help center (``kbgen init``), per language.

A writer keeps the shape and replaces the facts: a home page, two categories, a
FAQ about accounts, a sign-up tutorial with an annotated screenshot and a short
article with a video. Languages without their own text get the English one.
"""

from __future__ import annotations

from typing import Any

TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "site": "Help Center",
        "new_example": "How do I change my plan?",
        "home": ("Answers about getting started, your account and billing.",
                 "Search for an answer, or browse the topics below. Can't find it? "
                 "Our team is one message away."),
        "categories": {
            "getting-started": ("Getting started",
                                "Create your account and find your way around."),
            "account": ("Account and billing",
                        "Passwords, email address, invoices and closing an account."),
        },
        "faq": {
            "title": "Questions about your account",
            "description": "Passwords, email address, invoices and closing your account.",
            "intro": "The questions we are asked most about accounts. New here? Start with "
                     "[Create your account](../getting-started/create-account.md).",
            "entries": [
                ("How do I change my password?",
                 "Go to **Settings › Security** and choose **Change password**. Enter your "
                 "current password, then the new one (at least 10 characters). Your other "
                 "devices are signed out, so sign in again there."),
                ("I forgot my password. What do I do?",
                 "On the sign-in page choose **Forgot your password?** and enter your email "
                 "address. We send you a link that is valid for one hour; if it has not "
                 "arrived within five minutes, check your spam folder."),
                ("How do I change the email address of my account?",
                 "In **Settings › Profile**, type the new address and choose **Save**. We send "
                 "a confirmation link to the new address; the change applies once you open it."),
                ("Where do I find my invoices?",
                 "In **Settings › Billing › Invoices**, as PDF files, from your first one. "
                 "Each invoice is also emailed to your billing address."),
                ("How do I close my account?",
                 "Write to us from the email address of the account (our contact details are "
                 "at the bottom of this page). We confirm within one working day and delete "
                 "your data after 30 days."),
            ],
        },
        "tutorial": {
            "title": "Create your account",
            "description": "Sign up with your email address in three steps, in about five "
                           "minutes.",
            "prerequisite": "An email address you can open now",
            "intro": "By the end you will have an account and be signed in.",
            "steps": [
                ("Open the sign-up page",
                 "On our website, choose **Sign up** at the top right. The sign-up form "
                 "opens."),
                ("Fill in the form",
                 "Enter your email address and a password of at least 10 characters, then "
                 "choose **Create account**."),
                ("Confirm your email address",
                 "We send you an email with a **Confirm** button; the link is valid for 24 "
                 "hours. Once you confirm, you are signed in. Nothing after five minutes? "
                 "Check your spam folder, or see the "
                 "[questions about your account](../account/faq.md)."),
            ],
            "alt": "The sign-up form with the email field, the password field and the "
                   "Create account button",
            "markers": ("Your email address", "A password of at least 10 characters",
                        "Create account"),
        },
        "video": {
            "title": "A two-minute tour",
            "description": "Where to find the dashboard, your settings and help, in a short "
                           "video.",
            "intro": "This short video shows the main screens: the dashboard, your settings "
                     "and where to find help.",
            "heading": "In this video",
            "points": ("The dashboard: your recent activity at a glance",
                       "Settings: profile, security and billing",
                       "Help: this help center and how to contact us"),
        },
        "support": {
            "intro": "Write to us, call or chat with us: a person answers.",
            "email": "Email", "phone": "Phone", "chat": "Live chat",
            "chat_where": "From the chat bubble at the bottom right of our website",
            "email_time": "Within 1 working day",
            "phone_time": "Right away, during opening hours",
            "chat_time": "2 minutes on average",
            "weekdays": "Monday–Friday", "weekend": "Weekends and public holidays",
            "email_only": "Email only",
            "advice": "Tell us your account's email address and what you tried; a screenshot "
                      "helps.",
        },
    },
    "el": {
        "site": "Κέντρο βοήθειας",
        "new_example": "Πώς αλλάζω το πρόγραμμά μου;",
        "home": ("Απαντήσεις για τα πρώτα βήματα, τον λογαριασμό σας και τις χρεώσεις.",
                 "Αναζητήστε μια απάντηση ή διαλέξτε ένα θέμα παρακάτω. Δεν τη βρίσκετε; "
                 "Η ομάδα μας απέχει ένα μήνυμα."),
        "categories": {
            "getting-started": ("Πρώτα βήματα",
                                "Δημιουργήστε λογαριασμό και βρείτε τον δρόμο σας."),
            "account": ("Λογαριασμός και χρεώσεις",
                        "Κωδικός πρόσβασης, email, τιμολόγια και κλείσιμο λογαριασμού."),
        },
        "faq": {
            "title": "Ερωτήσεις για τον λογαριασμό σας",
            "description": "Κωδικός πρόσβασης, διεύθυνση email, τιμολόγια και κλείσιμο "
                           "λογαριασμού.",
            "intro": "Οι ερωτήσεις που μας κάνετε πιο συχνά για τον λογαριασμό. Είστε νέος "
                     "χρήστης; Ξεκινήστε από τη "
                     "[δημιουργία λογαριασμού](../getting-started/create-account.md).",
            "entries": [
                ("Πώς αλλάζω τον κωδικό πρόσβασης;",
                 "Από τις **Ρυθμίσεις › Ασφάλεια** επιλέξτε **Αλλαγή κωδικού**. Πληκτρολογήστε "
                 "τον τωρινό κωδικό και μετά τον νέο (τουλάχιστον 10 χαρακτήρες). Οι άλλες "
                 "συσκευές σας αποσυνδέονται, οπότε συνδεθείτε ξανά εκεί."),
                ("Ξέχασα τον κωδικό μου. Τι κάνω;",
                 "Στη σελίδα σύνδεσης επιλέξτε **Ξεχάσατε τον κωδικό;** και γράψτε το email σας. "
                 "Θα σας στείλουμε έναν σύνδεσμο που ισχύει για μία ώρα· αν δεν έχει φτάσει σε "
                 "πέντε λεπτά, κοιτάξτε στα ανεπιθύμητα."),
                ("Πώς αλλάζω το email του λογαριασμού μου;",
                 "Στις **Ρυθμίσεις › Προφίλ** γράψτε τη νέα διεύθυνση και επιλέξτε "
                 "**Αποθήκευση**. Στέλνουμε σύνδεσμο επιβεβαίωσης στη νέα διεύθυνση· η αλλαγή "
                 "ισχύει μόλις τον ανοίξετε."),
                ("Πού βρίσκω τα τιμολόγιά μου;",
                 "Στις **Ρυθμίσεις › Χρεώσεις › Τιμολόγια**, σε αρχεία PDF, από το πρώτο. Κάθε "
                 "τιμολόγιο σας έρχεται και με email στη διεύθυνση χρέωσης."),
                ("Πώς κλείνω τον λογαριασμό μου;",
                 "Γράψτε μας από το email του λογαριασμού (τα στοιχεία επικοινωνίας είναι στο "
                 "τέλος της σελίδας). Επιβεβαιώνουμε μέσα σε μία εργάσιμη ημέρα και διαγράφουμε "
                 "τα δεδομένα σας μετά από 30 ημέρες."),
            ],
        },
        "tutorial": {
            "title": "Δημιουργήστε τον λογαριασμό σας",
            "description": "Εγγραφή με το email σας σε τρία βήματα, σε περίπου πέντε λεπτά.",
            "prerequisite": "Ένα email που μπορείτε να ανοίξετε τώρα",
            "intro": "Στο τέλος θα έχετε λογαριασμό και θα είστε συνδεδεμένοι.",
            "steps": [
                ("Ανοίξτε τη σελίδα εγγραφής",
                 "Στον ιστότοπό μας επιλέξτε **Εγγραφή** πάνω δεξιά. Ανοίγει η φόρμα εγγραφής."),
                ("Συμπληρώστε τη φόρμα",
                 "Γράψτε το email σας και έναν κωδικό τουλάχιστον 10 χαρακτήρων και επιλέξτε "
                 "**Δημιουργία λογαριασμού**."),
                ("Επιβεβαιώστε το email σας",
                 "Θα λάβετε ένα email με το κουμπί **Επιβεβαίωση**· ο σύνδεσμος ισχύει 24 ώρες. "
                 "Μόλις επιβεβαιώσετε, είστε συνδεδεμένοι. Δεν ήρθε σε πέντε λεπτά; Κοιτάξτε "
                 "στα ανεπιθύμητα ή δείτε τις "
                 "[ερωτήσεις για τον λογαριασμό](../account/faq.md)."),
            ],
            "alt": "Η φόρμα εγγραφής με το πεδίο email, το πεδίο κωδικού και το κουμπί "
                   "«Δημιουργία λογαριασμού»",
            "markers": ("Το email σας", "Κωδικός τουλάχιστον 10 χαρακτήρων",
                        "«Δημιουργία λογαριασμού»"),
        },
        "video": {
            "title": "Μια ξενάγηση δύο λεπτών",
            "description": "Πού βρίσκονται ο πίνακας ελέγχου, οι ρυθμίσεις και η βοήθεια, σε "
                           "ένα σύντομο βίντεο.",
            "intro": "Το βίντεο δείχνει τις βασικές οθόνες: τον πίνακα ελέγχου, τις ρυθμίσεις "
                     "και πού θα βρείτε βοήθεια.",
            "heading": "Τι δείχνει το βίντεο",
            "points": ("Ο πίνακας ελέγχου: η πρόσφατη δραστηριότητά σας με μια ματιά",
                       "Ρυθμίσεις: προφίλ, ασφάλεια και χρεώσεις",
                       "Βοήθεια: αυτό το κέντρο βοήθειας και πώς επικοινωνείτε μαζί μας"),
        },
        "support": {
            "intro": "Γράψτε μας, τηλεφωνήστε ή συνομιλήστε μαζί μας: απαντά άνθρωπος.",
            "email": "Email", "phone": "Τηλέφωνο", "chat": "Ζωντανή συνομιλία",
            "chat_where": "Από το εικονίδιο συνομιλίας κάτω δεξιά στον ιστότοπό μας",
            "email_time": "Εντός 1 εργάσιμης ημέρας",
            "phone_time": "Άμεσα, εντός ωραρίου",
            "chat_time": "Σε 2 λεπτά κατά μέσο όρο",
            "weekdays": "Δευτέρα–Παρασκευή", "weekend": "Σαββατοκύριακα και αργίες",
            "email_only": "Μόνο email",
            "advice": "Γράψτε μας το email του λογαριασμού σας και τι δοκιμάσατε· ένα "
                      "στιγμιότυπο οθόνης βοηθά.",
        },
    },
    "fr": {
        "site": "Centre d'aide",
        "new_example": "Comment changer d'offre ?",
        "home": ("Des réponses pour bien démarrer, sur votre compte et la facturation.",
                 "Cherchez une réponse ou parcourez les thèmes ci-dessous. Vous ne trouvez "
                 "pas ? Notre équipe est à un message de vous."),
        "categories": {
            "getting-started": ("Premiers pas", "Créez votre compte et repérez-vous."),
            "account": ("Compte et facturation",
                        "Mot de passe, adresse e-mail, factures et fermeture du compte."),
        },
        "faq": {
            "title": "Questions sur votre compte",
            "description": "Mot de passe, adresse e-mail, factures et fermeture de votre "
                           "compte.",
            "intro": "Les questions qu'on nous pose le plus sur les comptes. Nouveau ? "
                     "Commencez par [créer votre compte](../getting-started/create-account.md).",
            "entries": [
                ("Comment changer mon mot de passe ?",
                 "Dans **Paramètres › Sécurité**, choisissez **Changer le mot de passe**. "
                 "Saisissez le mot de passe actuel, puis le nouveau (au moins 10 caractères). "
                 "Vos autres appareils sont déconnectés : reconnectez-vous-y."),
                ("J'ai oublié mon mot de passe. Que faire ?",
                 "Sur la page de connexion, choisissez **Mot de passe oublié ?** et saisissez "
                 "votre adresse e-mail. Nous vous envoyons un lien valable une heure ; s'il "
                 "n'est pas arrivé au bout de cinq minutes, regardez dans vos spams."),
                ("Comment changer l'adresse e-mail de mon compte ?",
                 "Dans **Paramètres › Profil**, saisissez la nouvelle adresse et choisissez "
                 "**Enregistrer**. Nous envoyons un lien de confirmation à la nouvelle "
                 "adresse ; le changement s'applique dès que vous l'ouvrez."),
                ("Où trouver mes factures ?",
                 "Dans **Paramètres › Facturation › Factures**, en PDF, depuis la première. "
                 "Chaque facture est aussi envoyée par e-mail à votre adresse de facturation."),
                ("Comment fermer mon compte ?",
                 "Écrivez-nous depuis l'adresse e-mail du compte (nos coordonnées sont en bas "
                 "de cette page). Nous confirmons sous un jour ouvré et supprimons vos données "
                 "après 30 jours."),
            ],
        },
        "tutorial": {
            "title": "Créer votre compte",
            "description": "Inscrivez-vous avec votre adresse e-mail en trois étapes, en cinq "
                           "minutes environ.",
            "prerequisite": "Une adresse e-mail que vous pouvez consulter maintenant",
            "intro": "À la fin, vous aurez un compte et serez connecté.",
            "steps": [
                ("Ouvrez la page d'inscription",
                 "Sur notre site, choisissez **S'inscrire** en haut à droite. Le formulaire "
                 "d'inscription s'ouvre."),
                ("Remplissez le formulaire",
                 "Saisissez votre adresse e-mail et un mot de passe d'au moins 10 caractères, "
                 "puis choisissez **Créer le compte**."),
                ("Confirmez votre adresse e-mail",
                 "Vous recevez un e-mail avec un bouton **Confirmer** ; le lien est valable "
                 "24 heures. Une fois confirmé, vous êtes connecté. Rien après cinq minutes ? "
                 "Regardez dans vos spams ou consultez les "
                 "[questions sur votre compte](../account/faq.md)."),
            ],
            "alt": "Le formulaire d'inscription avec le champ e-mail, le champ mot de passe "
                   "et le bouton Créer le compte",
            "markers": ("Votre adresse e-mail", "Un mot de passe d'au moins 10 caractères",
                        "« Créer le compte »"),
        },
        "video": {
            "title": "Une visite en deux minutes",
            "description": "Où trouver le tableau de bord, vos paramètres et l'aide, en une "
                           "courte vidéo.",
            "intro": "Cette courte vidéo montre les écrans principaux : le tableau de bord, "
                     "vos paramètres et où trouver de l'aide.",
            "heading": "Dans cette vidéo",
            "points": ("Le tableau de bord : votre activité récente en un coup d'œil",
                       "Paramètres : profil, sécurité et facturation",
                       "Aide : ce centre d'aide et comment nous contacter"),
        },
        "support": {
            "intro": "Écrivez-nous, appelez-nous ou discutez avec nous : une personne vous "
                     "répond.",
            "email": "E-mail", "phone": "Téléphone", "chat": "Chat en direct",
            "chat_where": "Depuis la bulle de chat en bas à droite de notre site",
            "email_time": "Sous 1 jour ouvré",
            "phone_time": "Immédiatement, aux heures d'ouverture",
            "chat_time": "2 minutes en moyenne",
            "weekdays": "Lundi–vendredi", "weekend": "Week-ends et jours fériés",
            "email_only": "E-mail uniquement",
            "advice": "Indiquez l'adresse e-mail de votre compte et ce que vous avez essayé ; "
                      "une capture d'écran aide.",
        },
    },
    "de": {
        "site": "Hilfe-Center",
        "new_example": "Wie wechsle ich meinen Tarif?",
        "home": ("Antworten zum Einstieg, zu Ihrem Konto und zur Abrechnung.",
                 "Suchen Sie nach einer Antwort oder stöbern Sie in den Themen unten. Nichts "
                 "gefunden? Unser Team ist nur eine Nachricht entfernt."),
        "categories": {
            "getting-started": ("Erste Schritte", "Konto anlegen und zurechtfinden."),
            "account": ("Konto und Abrechnung",
                        "Passwort, E-Mail-Adresse, Rechnungen und Kontoschließung."),
        },
        "faq": {
            "title": "Fragen zu Ihrem Konto",
            "description": "Passwort, E-Mail-Adresse, Rechnungen und die Schließung Ihres "
                           "Kontos.",
            "intro": "Die häufigsten Fragen zum Konto. Neu hier? Beginnen Sie mit "
                     "[Konto anlegen](../getting-started/create-account.md).",
            "entries": [
                ("Wie ändere ich mein Passwort?",
                 "Wählen Sie unter **Einstellungen › Sicherheit** die Option **Passwort "
                 "ändern**. Geben Sie Ihr aktuelles und dann das neue Passwort ein (mindestens "
                 "10 Zeichen). Ihre anderen Geräte werden abgemeldet; melden Sie sich dort neu "
                 "an."),
                ("Ich habe mein Passwort vergessen. Was tun?",
                 "Wählen Sie auf der Anmeldeseite **Passwort vergessen?** und geben Sie Ihre "
                 "E-Mail-Adresse ein. Wir senden Ihnen einen Link, der eine Stunde gültig ist; "
                 "ist er nach fünf Minuten nicht da, sehen Sie im Spam-Ordner nach."),
                ("Wie ändere ich die E-Mail-Adresse meines Kontos?",
                 "Geben Sie unter **Einstellungen › Profil** die neue Adresse ein und wählen "
                 "Sie **Speichern**. Wir senden einen Bestätigungslink an die neue Adresse; die "
                 "Änderung gilt, sobald Sie ihn öffnen."),
                ("Wo finde ich meine Rechnungen?",
                 "Unter **Einstellungen › Abrechnung › Rechnungen** als PDF, ab der ersten. "
                 "Jede Rechnung geht außerdem per E-Mail an Ihre Rechnungsadresse."),
                ("Wie schließe ich mein Konto?",
                 "Schreiben Sie uns von der E-Mail-Adresse des Kontos (unsere Kontaktdaten "
                 "stehen unten auf dieser Seite). Wir bestätigen innerhalb eines Werktags und "
                 "löschen Ihre Daten nach 30 Tagen."),
            ],
        },
        "tutorial": {
            "title": "Konto anlegen",
            "description": "Registrieren Sie sich mit Ihrer E-Mail-Adresse in drei Schritten, "
                           "in etwa fünf Minuten.",
            "prerequisite": "Eine E-Mail-Adresse, die Sie jetzt abrufen können",
            "intro": "Am Ende haben Sie ein Konto und sind angemeldet.",
            "steps": [
                ("Öffnen Sie die Registrierungsseite",
                 "Wählen Sie auf unserer Website oben rechts **Registrieren**. Das "
                 "Registrierungsformular öffnet sich."),
                ("Füllen Sie das Formular aus",
                 "Geben Sie Ihre E-Mail-Adresse und ein Passwort mit mindestens 10 Zeichen ein "
                 "und wählen Sie **Konto erstellen**."),
                ("Bestätigen Sie Ihre E-Mail-Adresse",
                 "Sie erhalten eine E-Mail mit der Schaltfläche **Bestätigen**; der Link ist "
                 "24 Stunden gültig. Nach der Bestätigung sind Sie angemeldet. Nach fünf "
                 "Minuten nichts da? Sehen Sie im Spam-Ordner nach oder lesen Sie die "
                 "[Fragen zu Ihrem Konto](../account/faq.md)."),
            ],
            "alt": "Das Registrierungsformular mit dem E-Mail-Feld, dem Passwortfeld und der "
                   "Schaltfläche Konto erstellen",
            "markers": ("Ihre E-Mail-Adresse", "Ein Passwort mit mindestens 10 Zeichen",
                        "„Konto erstellen“"),
        },
        "video": {
            "title": "Ein Rundgang in zwei Minuten",
            "description": "Wo Sie das Dashboard, Ihre Einstellungen und Hilfe finden, in "
                           "einem kurzen Video.",
            "intro": "Dieses kurze Video zeigt die wichtigsten Bildschirme: das Dashboard, "
                     "Ihre Einstellungen und wo Sie Hilfe finden.",
            "heading": "In diesem Video",
            "points": ("Das Dashboard: Ihre letzten Aktivitäten auf einen Blick",
                       "Einstellungen: Profil, Sicherheit und Abrechnung",
                       "Hilfe: dieses Hilfe-Center und wie Sie uns erreichen"),
        },
        "support": {
            "intro": "Schreiben Sie uns, rufen Sie an oder chatten Sie mit uns: Ein Mensch "
                     "antwortet.",
            "email": "E-Mail", "phone": "Telefon", "chat": "Live-Chat",
            "chat_where": "Über die Chat-Blase unten rechts auf unserer Website",
            "email_time": "Innerhalb von 1 Werktag",
            "phone_time": "Sofort, während der Öffnungszeiten",
            "chat_time": "Im Schnitt 2 Minuten",
            "weekdays": "Montag–Freitag", "weekend": "Wochenenden und Feiertage",
            "email_only": "Nur E-Mail",
            "advice": "Nennen Sie uns die E-Mail-Adresse Ihres Kontos und was Sie versucht "
                      "haben; ein Screenshot hilft.",
        },
    },
    "es": {
        "site": "Centro de ayuda",
        "new_example": "¿Cómo cambio de plan?",
        "home": ("Respuestas para empezar, sobre su cuenta y la facturación.",
                 "Busque una respuesta o explore los temas de abajo. ¿No la encuentra? "
                 "Nuestro equipo está a un mensaje de distancia."),
        "categories": {
            "getting-started": ("Primeros pasos", "Cree su cuenta y oriéntese."),
            "account": ("Cuenta y facturación",
                        "Contraseña, correo electrónico, facturas y cierre de la cuenta."),
        },
        "faq": {
            "title": "Preguntas sobre su cuenta",
            "description": "Contraseña, correo electrónico, facturas y cierre de su cuenta.",
            "intro": "Las preguntas que más nos hacen sobre las cuentas. ¿Es nuevo? Empiece "
                     "por [crear su cuenta](../getting-started/create-account.md).",
            "entries": [
                ("¿Cómo cambio mi contraseña?",
                 "En **Ajustes › Seguridad**, elija **Cambiar contraseña**. Escriba la "
                 "contraseña actual y luego la nueva (al menos 10 caracteres). Se cierra la "
                 "sesión en sus otros dispositivos, así que vuelva a iniciarla en ellos."),
                ("He olvidado mi contraseña. ¿Qué hago?",
                 "En la página de inicio de sesión, elija **¿Ha olvidado su contraseña?** y "
                 "escriba su correo electrónico. Le enviamos un enlace válido durante una hora; "
                 "si no ha llegado en cinco minutos, revise la carpeta de spam."),
                ("¿Cómo cambio el correo electrónico de mi cuenta?",
                 "En **Ajustes › Perfil**, escriba la nueva dirección y elija **Guardar**. "
                 "Enviamos un enlace de confirmación a la nueva dirección; el cambio se aplica "
                 "en cuanto lo abra."),
                ("¿Dónde encuentro mis facturas?",
                 "En **Ajustes › Facturación › Facturas**, en PDF, desde la primera. Cada "
                 "factura también se envía por correo electrónico a su dirección de "
                 "facturación."),
                ("¿Cómo cierro mi cuenta?",
                 "Escríbanos desde el correo electrónico de la cuenta (nuestros datos de "
                 "contacto están al final de esta página). Lo confirmamos en un día laborable "
                 "y borramos sus datos a los 30 días."),
            ],
        },
        "tutorial": {
            "title": "Cree su cuenta",
            "description": "Regístrese con su correo electrónico en tres pasos, en unos cinco "
                           "minutos.",
            "prerequisite": "Un correo electrónico que pueda abrir ahora",
            "intro": "Al final tendrá una cuenta y habrá iniciado sesión.",
            "steps": [
                ("Abra la página de registro",
                 "En nuestra web, elija **Registrarse** arriba a la derecha. Se abre el "
                 "formulario de registro."),
                ("Rellene el formulario",
                 "Escriba su correo electrónico y una contraseña de al menos 10 caracteres y "
                 "elija **Crear cuenta**."),
                ("Confirme su correo electrónico",
                 "Recibirá un correo con el botón **Confirmar**; el enlace es válido durante "
                 "24 horas. Al confirmar, habrá iniciado sesión. ¿No ha llegado en cinco "
                 "minutos? Revise la carpeta de spam o consulte las "
                 "[preguntas sobre su cuenta](../account/faq.md)."),
            ],
            "alt": "El formulario de registro con el campo de correo, el campo de contraseña "
                   "y el botón Crear cuenta",
            "markers": ("Su correo electrónico", "Una contraseña de al menos 10 caracteres",
                        "«Crear cuenta»"),
        },
        "video": {
            "title": "Un recorrido de dos minutos",
            "description": "Dónde están el panel, sus ajustes y la ayuda, en un vídeo corto.",
            "intro": "Este vídeo corto muestra las pantallas principales: el panel, sus "
                     "ajustes y dónde encontrar ayuda.",
            "heading": "En este vídeo",
            "points": ("El panel: su actividad reciente de un vistazo",
                       "Ajustes: perfil, seguridad y facturación",
                       "Ayuda: este centro de ayuda y cómo contactar con nosotros"),
        },
        "support": {
            "intro": "Escríbanos, llámenos o chatee con nosotros: le responde una persona.",
            "email": "Correo electrónico", "phone": "Teléfono", "chat": "Chat en vivo",
            "chat_where": "Desde la burbuja de chat abajo a la derecha de nuestra web",
            "email_time": "En 1 día laborable",
            "phone_time": "Al momento, en horario de atención",
            "chat_time": "2 minutos de media",
            "weekdays": "Lunes–viernes", "weekend": "Fines de semana y festivos",
            "email_only": "Solo correo electrónico",
            "advice": "Díganos el correo electrónico de su cuenta y qué ha probado; una "
                      "captura de pantalla ayuda.",
        },
    },
}

# Where the support team most likely works, from the site's first language.
TIMEZONES = {"el": "Europe/Athens", "en": "Europe/London", "fr": "Europe/Paris",
             "de": "Europe/Berlin", "es": "Europe/Madrid"}


def text(lang: str) -> dict[str, Any]:
    """The starter text of ``lang`` (``pt-BR`` uses ``pt``), or English."""
    return TEXT.get(lang) or TEXT.get(lang.split("-")[0].split("_")[0].lower()) or TEXT["en"]
