"""Demo forum content loaded by ``manage.py seed_demo``: categories, threads and posts.

Plain data only. Every person, institution and situation is invented; the practices discussed
(editorial calendars, live coverage, moderation of heated comment threads, reaching tourists
who speak other languages) are those of real museum communication teams.

Authors are demo members of ``network/demo_data.py``, referred to by e-mail. Categories are
keyed by ``slug`` (``topic`` is a topic slug of ``network/migrations/0002_roles_and_taxonomies``
or ``None``); the two structural categories, ``discussions`` and ``moderators-room``, come from
``forums/migrations/0002_structural_categories.py`` and are not repeated here.

Each thread has a stable ``key``, its ``category`` slug, ``language``, ``title``, ``author`` and
``posts``; the first post opens the thread and each post's ``minutes_after`` counts from the
thread's start, ``days_ago`` before the seed runs. Optional keys:

- ``pinned`` / ``locked``: the thread's flags (a locked thread ends with the moderator's
  explanation);
- ``accepted``: index in ``posts`` of the reply accepted as the answer;
- ``reactions``: ``{"post": index, "kind": "helpful" | "thanks" | "same-here", "by": [e-mails]}``;
- ``debate_title`` and ``split_reason``: the replies marked ``"split": True`` are moved by a
  moderator into a new debate thread with that title, linked to the original thread.

Mentions use member handles (the slugified display name, e.g. ``@camille-roussel``).
"""

from network.demo_data import DEMO_EMAIL_DOMAIN

CAMILLE = f"member@{DEMO_EMAIL_DOMAIN}"
ETIENNE = f"organiser@{DEMO_EMAIL_DOMAIN}"
HANNA = f"moderator@{DEMO_EMAIL_DOMAIN}"
LEA = f"editor@{DEMO_EMAIL_DOMAIN}"
JULIEN = f"admin@{DEMO_EMAIL_DOMAIN}"
INES = f"ines.benali@{DEMO_EMAIL_DOMAIN}"
MATHIEU = f"mathieu.perrin@{DEMO_EMAIL_DOMAIN}"
NORA = f"nora.hadjadj@{DEMO_EMAIL_DOMAIN}"
BAPTISTE = f"baptiste.lacoste@{DEMO_EMAIL_DOMAIN}"
AMANDINE = f"amandine.dufau@{DEMO_EMAIL_DOMAIN}"
MARGAUX = f"margaux.delpech@{DEMO_EMAIL_DOMAIN}"
KARIM = f"karim.ouazzani@{DEMO_EMAIL_DOMAIN}"
GWENAELLE = f"gwenaelle.lebihan@{DEMO_EMAIL_DOMAIN}"
MEI = f"mei.chen-laurent@{DEMO_EMAIL_DOMAIN}"
OLIVIER = f"olivier.sanchez@{DEMO_EMAIL_DOMAIN}"
CLEMENCE = f"clemence.aubry@{DEMO_EMAIL_DOMAIN}"
MARIE_EVE = f"marie-eve.tremblay@{DEMO_EMAIL_DOMAIN}"
FELIX = f"felix.cote-pelletier@{DEMO_EMAIL_DOMAIN}"
ANNIE = f"annie.levesque@{DEMO_EMAIL_DOMAIN}"
SAMUEL = f"samuel.nguyen@{DEMO_EMAIL_DOMAIN}"
ROSALIE = f"rosalie.bergeron@{DEMO_EMAIL_DOMAIN}"
JACINTHE = f"jacinthe.ouellet@{DEMO_EMAIL_DOMAIN}"
LAURENCE = f"laurence.pelletier@{DEMO_EMAIL_DOMAIN}"
HELENE = f"helene.marquis@{DEMO_EMAIL_DOMAIN}"
SARAH = f"sarah.dewandre@{DEMO_EMAIL_DOMAIN}"
MAXIME = f"maxime.henrotte@{DEMO_EMAIL_DOMAIN}"
NICOLAS = f"nicolas.rochat@{DEMO_EMAIL_DOMAIN}"
LUCIA = f"lucia.ferrer@{DEMO_EMAIL_DOMAIN}"
PAU = f"pau.marti@{DEMO_EMAIL_DOMAIN}"
JORIS = f"joris.bakker@{DEMO_EMAIL_DOMAIN}"
RACHEL = f"rachel.whitcombe@{DEMO_EMAIL_DOMAIN}"
OWEN = f"owen.pryce@{DEMO_EMAIL_DOMAIN}"
PRIYA = f"priya.raman@{DEMO_EMAIL_DOMAIN}"
AMIRA = f"amira.haddad@{DEMO_EMAIL_DOMAIN}"
KATRIN = f"katrin.vogel@{DEMO_EMAIL_DOMAIN}"
JONAS = f"jonas.albrecht@{DEMO_EMAIL_DOMAIN}"
GIULIA = f"giulia.rinaldi@{DEMO_EMAIL_DOMAIN}"

CATEGORIES = [
    {
        "slug": "welcome",
        "name_en": "Welcome and community life",
        "name_fr": "Accueil et vie de la communauté",
        "description_en": (
            "Introduce yourself, read the house rules and tell us how Museum Commons could "
            "work better for you."
        ),
        "description_fr": (
            "Présentez-vous, lisez les règles de la maison et dites-nous comment améliorer "
            "Museum Commons."
        ),
        "topic": None,
        "access": "everyone",
    },
    {
        "slug": "social-media-strategy",
        "name_en": "Social-media strategy",
        "name_fr": "Stratégie sur les réseaux sociaux",
        "description_en": (
            "Goals, audiences, which networks to keep or freeze, tone of voice, and what to do "
            "when a post goes viral."
        ),
        "description_fr": (
            "Objectifs, publics, réseaux à garder ou à mettre en veille, ton de la maison, et "
            "que faire quand une publication s'emballe."
        ),
        "topic": "social-media-strategy",
        "access": "everyone",
    },
    {
        "slug": "community-moderation",
        "name_en": "Community management and moderation",
        "name_fr": "Animation de communauté et modération",
        "description_en": (
            "Answering comments and messages, house rules, persistent critics, trolls and "
            "heated debates in your comment sections."
        ),
        "description_fr": (
            "Répondre aux commentaires et aux messages, chartes de modération, critiques "
            "tenaces, trolls et débats qui s'enflamment."
        ),
        "topic": "community-management",
        "access": "everyone",
    },
    {
        "slug": "editorial-planning",
        "name_en": "Editorial planning",
        "name_fr": "Planification éditoriale",
        "description_en": (
            "Editorial calendars, recurring formats, international days, and how to get "
            "colleagues to contribute ideas."
        ),
        "description_fr": (
            "Calendriers éditoriaux, rendez-vous récurrents, journées thématiques, et comment "
            "faire contribuer les collègues."
        ),
        "topic": "editorial-planning",
        "access": "everyone",
    },
    {
        "slug": "live-coverage",
        "name_en": "Live coverage of events",
        "name_fr": "Couverture en direct",
        "description_en": (
            "Openings, late nights, conferences and live streams: preparation, gear, "
            "check-lists and what to post afterwards."
        ),
        "description_fr": (
            "Vernissages, nocturnes, colloques et diffusions en direct : préparation, "
            "matériel, check-lists et suites à donner."
        ),
        "topic": "live-coverage",
        "access": "everyone",
    },
    {
        "slug": "international-audiences",
        "name_en": "Foreign-language and international audiences",
        "name_fr": "Publics étrangers et internationaux",
        "description_en": (
            "Tourists who don't speak your language, Chinese platforms, translation and "
            "subtitles, and French across borders."
        ),
        "description_fr": (
            "Touristes non francophones, plateformes chinoises, traduction et sous-titres, et "
            "le français d'un pays à l'autre."
        ),
        "topic": "audience-development",
        "access": "everyone",
    },
    {
        "slug": "small-museums",
        "name_en": "Small museums, no budget",
        "name_fr": "Petits musées, sans budget",
        "description_en": (
            "For teams of one to five, volunteers and associations: priorities, free tools, "
            "shared templates and time-saving habits."
        ),
        "description_fr": (
            "Pour les équipes d'une à cinq personnes, les bénévoles et les associations : "
            "priorités, outils gratuits, modèles partagés."
        ),
        "topic": "small-museums",
        "access": "everyone",
    },
    {
        "slug": "analytics",
        "name_en": "Analytics and reporting",
        "name_fr": "Statistiques et bilans",
        "description_en": (
            "What to measure, engagement formulas, UTM links, reporting tools and presenting "
            "results to your director."
        ),
        "description_fr": (
            "Quoi mesurer, formules d'engagement, liens UTM, outils de suivi et bilans "
            "présentés à la direction."
        ),
        "topic": "analytics",
        "access": "everyone",
    },
    {
        "slug": "accessibility-inclusion",
        "name_en": "Accessibility and inclusion",
        "name_fr": "Accessibilité et inclusion",
        "description_en": (
            "Alt text, subtitles, audio description, plain language, emoji and screen readers, "
            "and content for every audience."
        ),
        "description_fr": (
            "Textes alternatifs, sous-titres, audiodescription, langage clair, emojis et "
            "lecteurs d'écran, contenus pour tous les publics."
        ),
        "topic": "accessibility",
        "access": "everyone",
    },
    {
        "slug": "tools-platforms",
        "name_en": "Tools and platforms",
        "name_fr": "Outils et plateformes",
        "description_en": (
            "Mastodon, Bluesky, TikTok, Threads and the rest; schedulers, design tools and the "
            "bugs that ruin your Tuesday."
        ),
        "description_fr": (
            "Mastodon, Bluesky, TikTok, Threads et les autres ; outils de programmation, de "
            "création et bugs du mardi matin."
        ),
        "topic": None,
        "access": "everyone",
    },
    {
        "slug": "crisis-communication",
        "name_en": "Crisis communication",
        "name_fr": "Communication de crise",
        "description_en": (
            "Closures, strikes, controversial exhibitions, troll raids after a press article: "
            "protocols and lessons learned."
        ),
        "description_fr": (
            "Fermetures, grèves, expositions sensibles, raids de trolls après un article de "
            "presse : protocoles et retours d'expérience."
        ),
        "topic": "crisis-communication",
        "access": "everyone",
    },
    {
        "slug": "partnerships-creators",
        "name_en": "Partnerships and creators",
        "name_fr": "Partenariats et créateurs",
        "description_en": (
            "Working with content creators, tourism offices and other partners: fees, "
            "contracts, labelling and freedom of tone."
        ),
        "description_fr": (
            "Travailler avec des créateurs de contenu, des offices de tourisme et d'autres "
            "partenaires : rémunération, contrats, liberté de ton."
        ),
        "topic": "partnerships",
        "access": "everyone",
    },
    {
        "slug": "digital-mediation",
        "name_en": "Digital mediation",
        "name_fr": "Médiation numérique",
        "description_en": (
            "Curators on camera, storage-room videos, Q&A sites during closures: telling "
            "collections online."
        ),
        "description_fr": (
            "Conservateurs face caméra, vidéos dans les réserves, sites de questions pendant "
            "une fermeture : raconter les collections en ligne."
        ),
        "topic": "digital-mediation",
        "access": "everyone",
    },
    {
        "slug": "career-training",
        "name_en": "Careers and training",
        "name_fr": "Métiers et formation",
        "description_en": (
            "Job titles, training, contracts with agencies and freelancers, and moving into "
            "museum communication from elsewhere."
        ),
        "description_fr": (
            "Intitulés de poste, formations, contrats avec agences et indépendants, "
            "reconversions vers la communication muséale."
        ),
        "topic": None,
        "access": "everyone",
    },
]

THREADS = [
    {
        "key": "introduce-yourself",
        "category": "welcome",
        "language": "fr",
        "title": "Présentez-vous ici !",
        "author": JULIEN,
        "days_ago": 400,
        "pinned": True,
        "posts": [
            {
                "author": JULIEN,
                "body": (
                    "Bienvenue sur Museum Commons ! Ce fil sert à faire connaissance avant de "
                    "plonger dans les discussions. Pour vous présenter, quelques pistes (rien "
                    "d'obligatoire) :\n"
                    "\n"
                    "- **qui vous êtes** et dans quel établissement vous travaillez ;\n"
                    "- **ce que vous faites vraiment** au quotidien (les fiches de poste "
                    "mentent souvent un peu) ;\n"
                    "- **une réussite ou un raté** récent dont vous aimeriez parler ;\n"
                    "- **ce que vous cherchez ici** : des retours, des outils, des collègues "
                    "qui vivent la même chose.\n"
                    "\n"
                    "Je commence : Julien, coordinateur numérique d'un réseau d'une vingtaine "
                    "de petits musées en Bretagne intérieure. Mon quotidien, c'est de "
                    "fabriquer des modèles de publications que des équipes de deux ou trois "
                    "personnes peuvent reprendre sans y passer leur samedi. Mon dernier raté : "
                    "un visuel commun annonçant « entrée gratuite » envoyé à des musées qui ne "
                    "l'étaient pas. On en reparlera."
                ),
                "minutes_after": 0,
            },
            {
                "author": MATHIEU,
                "body": (
                    "Bonjour à toutes et à tous ! Mathieu, chargé de médiation numérique à "
                    "Lyon depuis trois semaines, après cinq ans en bibliothèque municipale. Je "
                    "conçois des parcours à suivre sur téléphone dans les salles permanentes. "
                    "Je découvre le musée vu de l'intérieur et j'ai déjà plein de questions, "
                    "notamment sur la façon dont médiation et communication se partagent les "
                    "réseaux. Content d'être là."
                ),
                "minutes_after": 95,
            },
            {
                "author": JACINTHE,
                "body": (
                    "Allô de Rimouski ! Jacinthe, agente de communication et de médiation dans "
                    "un musée d'art de sept employés. Je m'occupe de l'infolettre, de la page "
                    "Facebook et des groupes scolaires, souvent dans la même journée. Ma règle "
                    ": aucun contenu n'est publié une seule fois. Un texte de salle devient "
                    "une publication, puis un paragraphe d'infolettre, puis une fiche pour les "
                    "enseignants. Hâte de voir comment vous faites de votre bord."
                ),
                "minutes_after": 300,
            },
            {
                "author": NICOLAS,
                "body": (
                    "Bonjour ! Nicolas, archiviste à Lausanne. Je numérise nos affiches "
                    "touristiques anciennes et, par la force des choses, je m'occupe aussi de "
                    "nos comptes Pinterest et Mastodon. Surprise de l'année : une bonne partie "
                    "de nos abonnés Pinterest sont des graphistes qui cherchent des "
                    "typographies des années 1930. Ravi d'échanger avec d'autres services "
                    "d'archives."
                ),
                "minutes_after": 1500,
            },
            {
                "author": GIULIA,
                "body": (
                    "Bonjour, je me présente en français, soyez indulgents ! Giulia, "
                    "conservatrice et responsable de la communication (oui, les deux) dans un "
                    "petit musée d'histoire naturelle de la lagune, près de Venise. Nous "
                    "sommes trois salariés. Je suis ici surtout pour apprendre des petits "
                    "musées français et québécois, qui semblent avoir beaucoup d'idées avec "
                    "très peu de moyens."
                ),
                "minutes_after": 2900,
            },
            {
                "author": SAMUEL,
                "body": (
                    "Salut ! Samuel, producteur vidéo au centre des sciences, à Montréal. Je "
                    "fais des vidéos verticales de moins d'une minute avec nos animateurs. "
                    "Notre vidéo la plus vue est une expérience de fluide non newtonien qui a "
                    "complètement raté : 410 000 vues, contre 12 000 pour la version réussie. "
                    "Si vous avez des questions sur le tournage au téléphone, je suis là."
                ),
                "minutes_after": 8000,
            },
        ],
        "reactions": [
            {
                "post": 0,
                "kind": "thanks",
                "by": [
                    MATHIEU,
                    GIULIA,
                    JACINTHE,
                ],
            },
            {
                "post": 5,
                "kind": "same-here",
                "by": [
                    MARGAUX,
                    PAU,
                ],
            },
        ],
    },
    {
        "key": "community-guidelines",
        "category": "welcome",
        "language": "en",
        "title": "Community guidelines: please read before posting",
        "author": HANNA,
        "days_ago": 399,
        "pinned": True,
        "posts": [
            {
                "author": HANNA,
                "body": (
                    "Museum Commons works because people here share what actually happened, "
                    "including what went wrong. A few rules keep it that way:\n"
                    "\n"
                    "1. **Speak from your practice.** Numbers, tools and context help others "
                    'more than opinions about "museums in general".\n'
                    "2. **Disagree with ideas, not people.** Challenge a method as hard as you "
                    "like; never the person or their colleagues.\n"
                    "3. **Keep confidential things confidential.** No screenshots of private "
                    "messages, no unverifiable accusations about named companies or people.\n"
                    "4. **Stay on the thread's topic.** If a side-conversation takes over, "
                    "moderators may move it into its own debate thread. That is not a "
                    "punishment: it keeps both conversations readable.\n"
                    "5. **Write in French or English**, whichever you prefer. Replies in the "
                    "other language are welcome; a one-line summary helps.\n"
                    "6. **No selling.** Freelancers and agencies are welcome as members, not "
                    "as pitchers.\n"
                    "\n"
                    "If something bothers you, use the *Flag* button rather than replying in "
                    "anger. Flags go to the moderators, who read every one of them, usually "
                    "within a day.\n"
                    "\n"
                    "> Every moderator action (hiding, moving, locking) is logged, and you can "
                    "always ask us why in a private message."
                ),
                "minutes_after": 0,
            },
            {
                "author": CAMILLE,
                "body": (
                    "Merci Hanna ! Pour les francophones, en résumé : on parle de sa pratique "
                    "avec des exemples concrets, on critique les idées et pas les personnes, "
                    "on ne publie pas d'accusations invérifiables, on reste dans le sujet (les "
                    "digressions animées peuvent être déplacées dans un fil de débat à part), "
                    "on écrit en français ou en anglais, et on ne démarche pas. En cas de "
                    "souci : le bouton *Signaler* plutôt qu'une réponse à chaud."
                ),
                "minutes_after": 240,
            },
            {
                "author": AMIRA,
                "body": (
                    "One request from someone who researches this: could the moderation log be "
                    "visible to members in some form, even anonymised? In my interviews, staff "
                    "trust moderation far more when they can see it being applied consistently."
                ),
                "minutes_after": 1900,
            },
            {
                "author": HANNA,
                "body": (
                    "@amira-haddad Good point. Members can already see when a post was moved "
                    "or hidden, with the reason we gave. A public summary of the log is on our "
                    "list for the next update."
                ),
                "minutes_after": 2300,
            },
        ],
        "reactions": [
            {
                "post": 0,
                "kind": "helpful",
                "by": [
                    RACHEL,
                    OWEN,
                    GIULIA,
                    JULIEN,
                ],
            },
            {
                "post": 1,
                "kind": "thanks",
                "by": [
                    MATHIEU,
                    NORA,
                    JACINTHE,
                    MARGAUX,
                ],
            },
        ],
    },
    {
        "key": "how-many-networks",
        "category": "social-media-strategy",
        "language": "fr",
        "title": "Six réseaux, un mi-temps à deux : faut-il tout garder ?",
        "author": AMANDINE,
        "days_ago": 361,
        "accepted": 1,
        "posts": [
            {
                "author": AMANDINE,
                "body": (
                    "Au muséum, on a ouvert au fil des années Facebook, YouTube, Instagram, X, "
                    "LinkedIn et un compte TikTok jamais vraiment utilisé. Baptiste et moi y "
                    "consacrons à peine un mi-temps cumulé. Résultat : on publie partout la "
                    "même chose au même moment, et rien ne décolle vraiment.\n"
                    "\n"
                    "Est-ce qu'il faut tout garder ? Comment avez-vous décidé, vous, de fermer "
                    "ou de geler un compte ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": HELENE,
                "body": (
                    "Je vois ce cas dans presque tous les musées que j'accompagne. Avant de "
                    "parler réseaux, je pose trois questions :\n"
                    "\n"
                    "1. **Pour quoi faire ?** Faire venir des visiteurs, fidéliser des "
                    "habitués, parler aux enseignants, toucher la presse… Chaque objectif "
                    "n'appelle pas le même réseau.\n"
                    "2. **Pour qui ?** Décrivez deux ou trois publics précis. « Le grand "
                    "public » n'est pas une cible.\n"
                    "3. **Avec quel temps ?** Comptez 3 à 4 heures par semaine pour bien tenir "
                    "un réseau : publier, mais surtout répondre.\n"
                    "\n"
                    "Avec un mi-temps à deux, je garderais **deux réseaux actifs**, choisis "
                    "selon les réponses 1 et 2. Les autres, on ne les supprime pas : on les "
                    "**met en veille**, avec une publication épinglée qui renvoie vers les "
                    "comptes actifs et le site. Vous gardez le nom du compte, et personne "
                    "n'attend de réponse.\n"
                    "\n"
                    "Et fixez-vous un rendez-vous dans six mois pour vérifier que le choix "
                    "était le bon."
                ),
                "minutes_after": 130,
            },
            {
                "author": CAMILLE,
                "body": (
                    "Je confirme avec nos chiffres : quand on a divisé par deux le nombre de "
                    "publications, l'engagement a augmenté, parce qu'on avait enfin le temps "
                    "de répondre aux commentaires. C'est le temps de réponse qui fait qu'une "
                    "communauté revient, pas le nombre de comptes."
                ),
                "minutes_after": 400,
            },
            {
                "author": JULIEN,
                "body": (
                    "Dans le réseau, on a fait l'exercice avec douze musées l'an dernier. Un "
                    "tableau tout simple : pour chaque compte, le nombre d'abonnés, le temps "
                    "passé par semaine, et surtout le *nombre de messages ou commentaires qui "
                    "ont débouché sur quelque chose* (une réservation, un don d'objet, un "
                    "article). Quatre comptes X et deux chaînes YouTube n'avaient rien produit "
                    "en un an. Ils sont en veille, et personne ne s'en est plaint."
                ),
                "minutes_after": 1440,
            },
            {
                "author": AMANDINE,
                "body": (
                    "Merci, c'est très clair. On va remplir le tableau de Julien pour "
                    "objectiver, puis garder Facebook (nos publics locaux et les familles) et "
                    "YouTube (les vidéos des réserves, qui vivent longtemps). Je reviens dans "
                    "six mois avec les chiffres, promis."
                ),
                "minutes_after": 2000,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    AMANDINE,
                    BAPTISTE,
                    JULIEN,
                    GWENAELLE,
                    MARGAUX,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    AMANDINE,
                    HELENE,
                ],
            },
        ],
    },
    {
        "key": "is-x-still-worth-it",
        "category": "social-media-strategy",
        "language": "en",
        "title": "Is X still worth it for a small museum?",
        "author": RACHEL,
        "days_ago": 212,
        "posts": [
            {
                "author": RACHEL,
                "body": (
                    "Honest question from a volunteer-run mill museum. Our X account has 2,300 "
                    "followers, and over the last six months the average post got 180 "
                    "impressions and maybe two likes. Replies are mostly bots. But our "
                    'trustees are nervous about "disappearing", and the local paper still '
                    "tags us there.\n"
                    "\n"
                    "Has anyone frozen or closed an X account, and what happened?"
                ),
                "minutes_after": 0,
            },
            {
                "author": JONAS,
                "body": (
                    "We kept a log when we moved our main conversation to Mastodon and Bluesky "
                    "last year. Short version:\n"
                    "\n"
                    "- Referral traffic from X to our website had dropped by about 80% over "
                    "two years before we left.\n"
                    "- Journalists were the one group we worried about. We emailed the twelve "
                    "who mattered; nine followed us elsewhere or just wanted the press list.\n"
                    "- We did **not** delete the account. It has a pinned post saying where to "
                    "find us, and we check mentions once a week.\n"
                    "\n"
                    "Nothing bad happened. The only complaint came from a board member who "
                    "looks at follower numbers."
                ),
                "minutes_after": 55,
            },
            {
                "author": KATRIN,
                "body": (
                    "Same museum as Jonas, so I'll add the management side: what convinced our "
                    "director wasn't the numbers but brand safety. Our posts were appearing "
                    "next to content we would never accept on a poster in our building. Put "
                    "that question to your trustees: would they hang our banner there?"
                ),
                "minutes_after": 200,
            },
            {
                "author": LUCIA,
                "body": (
                    "Counterpoint from Valencia: X still works for us in one niche, "
                    "Spanish-language art journalism. Critics and arts editors are still "
                    "there. So we keep it for press and exhibition openings only, about four "
                    "posts a month, and put our real effort elsewhere. Maybe the question "
                    'isn\'t "stay or leave" but "for whom do we stay?"'
                ),
                "minutes_after": 1500,
            },
            {
                "author": RACHEL,
                "body": (
                    "Really useful, thank you. I think we'll do what Jonas describes: freeze "
                    "it with a pinned post, and email the two local journalists. "
                    "@jonas-albrecht would you mind sharing the wording of your pinned post?"
                ),
                "minutes_after": 2100,
            },
            {
                "author": JONAS,
                "body": (
                    "Sure, here it is (translated from German):\n"
                    "\n"
                    "> We no longer post here. Find us on Mastodon and Bluesky, or sign up for "
                    "our monthly newsletter. Press enquiries: see the press page on our "
                    "website. We still read mentions once a week."
                ),
                "minutes_after": 2300,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    RACHEL,
                    OWEN,
                    GIULIA,
                    MAXIME,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    PAU,
                    RACHEL,
                ],
            },
            {
                "post": 5,
                "kind": "thanks",
                "by": [
                    RACHEL,
                ],
            },
        ],
    },
    {
        "key": "ton-decale-jusqu-ou",
        "category": "social-media-strategy",
        "language": "fr",
        "title": "Ton décalé : jusqu'où peut-on aller avec un monument historique ?",
        "author": MARGAUX,
        "days_ago": 150,
        "posts": [
            {
                "author": MARGAUX,
                "body": (
                    "Sur TikTok, nos vidéos qui marchent le mieux sont celles où les guides "
                    "saisonniers jouent les seigneurs du château avec un accent improbable : "
                    "35 000 vues pour la dernière, contre 2 000 pour une vraie visite de la "
                    "chapelle. Mais un administrateur de l'association trouve que ça « "
                    "ridiculise le monument ».\n"
                    "\n"
                    "Où placez-vous la limite du ton décalé ? On a le droit de rire d'un "
                    "château du XVe siècle ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": SAMUEL,
                "body": (
                    "Chez nous, la règle est simple : **on peut rire de nous, jamais du sujet "
                    "ni du public**. L'expérience qui rate, l'animateur qui se trompe, oui. La "
                    "science elle-même, non : chaque vidéo drôle contient au moins une "
                    "information juste, vérifiée par un médiateur. Du coup, quand on nous "
                    "reproche de faire les clowns, on peut montrer que le fond tient la route."
                ),
                "minutes_after": 70,
            },
            {
                "author": FELIX,
                "body": (
                    "J'ajouterais que le décalé sert aussi à désamorcer. Un abonné nous a "
                    "écrit que notre fort « n'avait jamais servi à rien, puisqu'il n'a jamais "
                    "été attaqué ». On a répondu avec une photo du mur et un simple « "
                    "Justement. 😌 ». 400 mentions J'aime, et la discussion est repartie sur "
                    "l'histoire de la dissuasion. Personne ne s'est senti moqué."
                ),
                "minutes_after": 180,
            },
            {
                "author": LEA,
                "body": (
                    "Je serai la voix prudente : le décalé vieillit vite et se lit mal hors "
                    "contexte. Une vidéo partagée sans sa légende, vue par quelqu'un qui ne "
                    "connaît pas le compte, peut passer pour du mépris. On fait relire chaque "
                    "vidéo « humour » par une personne qui n'a pas participé au tournage. Si "
                    "elle ne rit pas ou ne comprend pas, on ne publie pas."
                ),
                "minutes_after": 900,
            },
            {
                "author": CLEMENCE,
                "body": (
                    "Vue d'une conservatrice : ce qui me gêne, ce n'est pas l'humour, c'est "
                    "l'erreur. Un seigneur du XVe siècle qui commente un tableau du XVIIe, ça "
                    "me fait bondir. Mais si vos guides disent des choses justes avec un "
                    "accent improbable, je signe !\n"
                    "\n"
                    "Proposez peut-être à votre administrateur de relire le **contenu "
                    "historique** plutôt que le ton. Ça le met dans le rôle de garant, pas de "
                    "censeur."
                ),
                "minutes_after": 2600,
            },
            {
                "author": MARGAUX,
                "body": (
                    "Clémence, c'est exactement la bonne idée. Il adore l'histoire du château, "
                    "il sera ravi de vérifier les dates. Merci à tous !"
                ),
                "minutes_after": 3100,
            },
        ],
        "reactions": [
            {
                "post": 4,
                "kind": "helpful",
                "by": [
                    MARGAUX,
                    LEA,
                    SAMUEL,
                ],
            },
            {
                "post": 2,
                "kind": "same-here",
                "by": [
                    INES,
                    SAMUEL,
                ],
            },
        ],
    },
    {
        "key": "guard-clip-viral",
        "category": "social-media-strategy",
        "language": "en",
        "title": "Our guard went viral. How do we ride it without losing control?",
        "author": PAU,
        "days_ago": 88,
        "posts": [
            {
                "author": PAU,
                "body": (
                    "So our clip of a gallery guard explaining why you can't touch the "
                    "paintings hit 1.9 million views on TikTok in four days. Great, right? "
                    "Except it's now a meme format: people are stitching it with videos of "
                    "themselves touching things in *other* museums, and some of those accounts "
                    "tag us. Our guard, Rafa, is a good sport but a bit overwhelmed by people "
                    "recognising him on the tram.\n"
                    "\n"
                    "How do you ride a viral wave without losing control of it?"
                ),
                "minutes_after": 0,
            },
            {
                "author": LUCIA,
                "body": (
                    "(I'm Pau's manager, for context.) What we decided this morning:\n"
                    "\n"
                    "1. Rafa has the final say on anything featuring him from now on, and "
                    "we've turned off duets and stitches on the original.\n"
                    "2. We **don't** react to clips showing people touching artworks "
                    "elsewhere. We won't amplify them, even to condemn them.\n"
                    "3. We publish one follow-up with Rafa and a conservator explaining what "
                    "skin oils actually do to varnish. Ride the attention, but point it "
                    "somewhere useful.\n"
                    "\n"
                    "Open to better ideas."
                ),
                "minutes_after": 40,
            },
            {
                "author": PRIYA,
                "body": (
                    "On the data side: check where the views come from before planning around "
                    "them. Our one viral post (a cat asleep in the print room) had 80% of its "
                    "views from the US and no measurable effect on visits. Lovely for morale, "
                    "not a strategy."
                ),
                "minutes_after": 300,
            },
            {
                "author": GIULIA,
                "body": (
                    "Please protect Rafa. A colleague of ours went viral explaining a fossil "
                    "and got creepy private messages for weeks. We now ask anyone appearing on "
                    "camera whether they want their first name used, and we never tag personal "
                    "accounts."
                ),
                "minutes_after": 800,
            },
            {
                "author": PAU,
                "body": (
                    "Update: the follow-up with the conservator did 340k views, and the "
                    "comments are full of genuine questions about varnish. Rafa is happy, "
                    "mostly because he now has a fan club among school groups. Turning off "
                    "stitches was the right call."
                ),
                "minutes_after": 4500,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    SAMUEL,
                    KATRIN,
                    OWEN,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    PAU,
                    LUCIA,
                    AMIRA,
                ],
            },
        ],
    },
    {
        "key": "page-linkedin-conservation",
        "category": "social-media-strategy",
        "language": "fr",
        "title": "Une page LinkedIn séparée pour le service de conservation ?",
        "author": CLEMENCE,
        "days_ago": 6,
        "posts": [
            {
                "author": CLEMENCE,
                "body": (
                    "Le service de conservation voudrait ouvrir son propre compte LinkedIn "
                    "pour parler restaurations, acquisitions et recherche, à destination des "
                    "pairs et des étudiants. La communication craint la dispersion et "
                    "préférerait une page vitrine rattachée à celle du musée.\n"
                    "\n"
                    "Est-ce que certains d'entre vous ont une page vitrine LinkedIn pour un "
                    "service ou un département ? Est-ce que ça vit vraiment, ou est-ce que ça "
                    "s'éteint au bout de trois mois ?"
                ),
                "minutes_after": 0,
            },
        ],
    },
    {
        "key": "troll-sans-alimenter",
        "category": "community-moderation",
        "language": "fr",
        "title": "Comment répondre à un commentateur récurrent sans l'alimenter ?",
        "author": NORA,
        "days_ago": 240,
        "accepted": 1,
        "posts": [
            {
                "author": NORA,
                "body": (
                    "Depuis deux semaines, un même compte commente chacune de nos publications "
                    "Facebook pour dire que le musée « gaspille l'argent public ». Il "
                    "n'insulte pas, il ne menace pas, donc rien qui justifie de le bannir "
                    "selon notre charte. Mais il est là en premier sous chaque publication, et "
                    "d'autres abonnés commencent à lui répondre.\n"
                    "\n"
                    "Vous faites comment avec ce genre de commentateur ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": FELIX,
                "body": (
                    "On a eu exactement le même, version « le musée devrait être gratuit pour "
                    "les résidents ». Ce qui a marché pour nous, dans l'ordre :\n"
                    "\n"
                    "1. **Une réponse, une seule, factuelle et signée.** « Bonjour, la Ville "
                    "finance 40 % de notre budget ; le reste vient de la billetterie, du "
                    "mécénat et de subventions. Le détail est dans notre rapport annuel, page "
                    "12. — Félix ». Pas de débat, une source.\n"
                    "2. **Ensuite, on ne lui répond plus à lui, on répond aux autres.** Quand "
                    "un abonné pose une vraie question dans le fil, on y répond : ça déplace "
                    "l'attention.\n"
                    "3. **On garde l'humour sous le coude.** Le jour où il a écrit « encore "
                    "des vieux cailloux », on a répondu « Nos cailloux ont 450 millions "
                    "d'années, ils en ont vu d'autres 🪨 ». Les abonnés ont adoré ; lui s'est "
                    "lassé en trois semaines.\n"
                    "\n"
                    "Et on note chaque occurrence dans un tableau. Si ça dérape un jour, on a "
                    "l'historique pour justifier un bannissement."
                ),
                "minutes_after": 45,
            },
            {
                "author": BAPTISTE,
                "body": (
                    "Tout pareil, avec un ajout : chez nous, la charte de modération est "
                    "publiée et épinglée. Quand ça monte, on renvoie vers elle sans "
                    "commentaire. Ça évite l'impression d'arbitraire, et ça nous protège le "
                    "jour où il faut masquer un message."
                ),
                "minutes_after": 300,
            },
            {
                "author": AMIRA,
                "body": (
                    "Un élément de recherche, si ça peut aider : dans mes entretiens, les "
                    "équipes qui s'épuisent le plus sont celles qui répondent à chaque "
                    "commentaire critique, par peur de paraître fuir. Or les abonnés lisent "
                    "rarement au-delà de la deuxième réponse. Une réponse claire, puis le "
                    "silence, c'est une stratégie, pas une fuite."
                ),
                "minutes_after": 1300,
            },
            {
                "author": SARAH,
                "body": (
                    "Pour les cas limites, il y a aussi la fonction « masquer » de Facebook : "
                    "le commentaire reste visible pour son auteur et ses amis, mais plus pour "
                    "les autres. À utiliser avec parcimonie, et à noter dans le tableau de "
                    "Félix, sinon on perd la trace de ce qu'on a fait."
                ),
                "minutes_after": 1600,
            },
            {
                "author": NORA,
                "body": (
                    "Merci ! J'ai publié la réponse factuelle ce matin, avec le lien vers le "
                    "rapport annuel. Deux abonnés l'ont partagée en remerciant le musée pour "
                    "sa transparence. On verra la suite, mais je me sens moins seule face à "
                    "lui."
                ),
                "minutes_after": 2900,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    NORA,
                    SARAH,
                    JACINTHE,
                    INES,
                    BAPTISTE,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    FELIX,
                    BAPTISTE,
                    NORA,
                ],
            },
        ],
    },
    {
        "key": "moving-heated-debates",
        "category": "community-moderation",
        "language": "en",
        "title": "Moving a heated debate out of the comments: does it work on Instagram?",
        "author": JONAS,
        "days_ago": 175,
        "posts": [
            {
                "author": JONAS,
                "body": (
                    "A comment thread on Instagram about our 1960s kitchen exhibit turned into "
                    "a 200-comment fight about immigration. The exhibit is about guest "
                    "workers' households, so it's not entirely off-topic, but the original "
                    "post was about a recipe.\n"
                    "\n"
                    "On Facebook or a forum you can move a debate elsewhere; on Instagram you "
                    "can't. What do you do?"
                ),
                "minutes_after": 0,
            },
            {
                "author": AMIRA,
                "body": (
                    "The museums I've interviewed use three options, roughly in this order of "
                    "preference:\n"
                    "\n"
                    "- **Open a dedicated space.** A separate post (\"You've been discussing "
                    "X, here's a space for it, with our sources\") and a short reply in the "
                    "original thread pointing there.\n"
                    "- **Calm things down from inside.** A staff reply, signed with a first "
                    "name, restating what the exhibit is about and what the house rules are.\n"
                    "- **Limit comments** on the original post. It stops the fight, but it "
                    "looks defensive if it's the only thing you do."
                ),
                "minutes_after": 90,
            },
            {
                "author": HANNA,
                "body": (
                    "From the moderation side: the dedicated space only works if someone from "
                    "the museum actually shows up in it. If you open it and walk away, you've "
                    "just built a second battleground. Decide who answers, when, and for how "
                    "long *before* you open it."
                ),
                "minutes_after": 150,
            },
            {
                "author": FELIX,
                "body": (
                    "On Facebook we do this often in our friends-of-the-museum group: a new "
                    'post titled "Débat : …" with the house rules restated at the top. '
                    "People appreciate being taken seriously, and the old street photos stay "
                    "peaceful. The trick is to announce it warmly, not as a sanction."
                ),
                "minutes_after": 700,
            },
            {
                "author": KATRIN,
                "body": (
                    "For the record, Jonas did open a separate post with the exhibit's "
                    "oral-history sources, and the tone changed completely. People with family "
                    "stories came in, and most of the shouting stayed behind."
                ),
                "minutes_after": 1200,
            },
        ],
        "reactions": [
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    JONAS,
                    FELIX,
                    KATRIN,
                    AMIRA,
                ],
            },
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    JONAS,
                    RACHEL,
                ],
            },
        ],
    },
    {
        "key": "genealogistes-groupe-facebook",
        "category": "community-moderation",
        "language": "fr",
        "title": "Deux généalogistes s'écharpent dans notre groupe Facebook",
        "author": FELIX,
        "days_ago": 320,
        "posts": [
            {
                "author": FELIX,
                "body": (
                    "Notre groupe Facebook des amis du musée (5 900 membres) vit très bien, "
                    "mais deux généalogistes passionnés s'affrontent depuis un mois sur "
                    "l'identité d'un couple photographié en 1912. Chacun a ses sources, ils "
                    "sont érudits, courtois… jusqu'à un certain point. D'autres membres "
                    "commencent à se plaindre de voir toujours le même débat remonter.\n"
                    "\n"
                    "Je ne veux pas perdre deux de nos contributeurs les plus actifs. Des "
                    "idées ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": SARAH,
                "body": (
                    "Et si tu leur confiais l'enquête ? Chez nous, un débat semblable sur un "
                    "drapeau syndical s'est terminé en article co-signé dans notre lettre "
                    "d'information. Ils ont arrêté de se disputer en public parce qu'ils "
                    "avaient un projet commun, et une date de remise."
                ),
                "minutes_after": 120,
            },
            {
                "author": JULIEN,
                "body": (
                    "Autre piste, plus technique : une publication unique « Enquête : le "
                    "couple de 1912 », épinglée, où tous les éléments sont rassemblés, avec "
                    "une règle simple : on n'en parle que là. Ça libère le fil principal sans "
                    "rien interdire."
                ),
                "minutes_after": 400,
            },
            {
                "author": CAMILLE,
                "body": (
                    "J'aime beaucoup l'idée de Sarah. Et si l'identité reste incertaine, c'est "
                    "aussi un très beau contenu : montrer que l'histoire se fait avec des "
                    "hypothèses. Les gens adorent voir le travail en train de se faire."
                ),
                "minutes_after": 1400,
            },
            {
                "author": FELIX,
                "body": (
                    "Des nouvelles : ils ont accepté d'écrire ensemble ! Ils ont trouvé un "
                    "acte de mariage qui donne raison… aux deux, en partie. Article prévu dans "
                    "l'infolettre de mars. Merci @sarah-dewandre pour l'idée."
                ),
                "minutes_after": 10000,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    FELIX,
                    JULIEN,
                    CAMILLE,
                ],
            },
            {
                "post": 4,
                "kind": "thanks",
                "by": [
                    SARAH,
                    MARIE_EVE,
                ],
            },
        ],
    },
    {
        "key": "saved-replies-library",
        "category": "community-moderation",
        "language": "en",
        "title": "A shared library of saved replies: how do you structure yours?",
        "author": RACHEL,
        "days_ago": 133,
        "posts": [
            {
                "author": RACHEL,
                "body": (
                    "Our volunteers answer Facebook messages on a rota, and the same twenty "
                    "questions come up all the time: parking, dogs, wheelchair access to the "
                    "upper floor, can I bring a pram. I want to build a shared library of "
                    "saved replies. Does anyone have a structure that works? Happy to share "
                    "ours once it's done."
                ),
                "minutes_after": 0,
            },
            {
                "author": HANNA,
                "body": (
                    "Ours lives in a shared document, one entry per question, always in the "
                    "same format:\n"
                    "\n"
                    "```\n"
                    "Q: Can I bring my dog?\n"
                    "Short reply: Assistance dogs are welcome everywhere. Other dogs are "
                    "welcome\n"
                    "  in the garden and on the café terrace, but not in the galleries.\n"
                    "If upset: I'm sorry, I know it's disappointing when you travel with a "
                    "dog...\n"
                    "Last checked: March, by Hanna\n"
                    "Source: visitor services handbook, section 4\n"
                    "```\n"
                    "\n"
                    "The **last checked** line matters most. Saved replies rot: opening hours "
                    "change, prices change, and a wrong saved reply gets sent fifty times "
                    "before anyone notices."
                ),
                "minutes_after": 60,
            },
            {
                "author": OWEN,
                "body": (
                    'Add a "do not use when" line. We once sent our cheerful "sorry, no '
                    'prams upstairs" reply to someone whose message actually said their child '
                    "used a wheelchair. A saved reply is a starting point, not a response."
                ),
                "minutes_after": 300,
            },
            {
                "author": NORA,
                "body": (
                    "We do the same at our museum, and we added a list of questions that "
                    "should *never* get a saved reply: complaints, access needs, anything "
                    "about a school group. Those go straight to a named person on staff."
                ),
                "minutes_after": 1500,
            },
            {
                "author": RACHEL,
                "body": (
                    'Brilliant, thank you all. "Last checked" + "do not use when" + an '
                    "escalation list. I'll post our template here once the volunteers have "
                    "tested it."
                ),
                "minutes_after": 2800,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    RACHEL,
                    OWEN,
                    GIULIA,
                    NORA,
                    FELIX,
                ],
            },
            {
                "post": 2,
                "kind": "same-here",
                "by": [
                    PRIYA,
                    JACINTHE,
                ],
            },
        ],
    },
    {
        "key": "moderation-week-end",
        "category": "community-moderation",
        "language": "fr",
        "title": "Qui surveille vos réseaux le week-end et les soirs de nocturne ?",
        "author": INES,
        "days_ago": 3,
        "posts": [
            {
                "author": INES,
                "body": (
                    "Question d'organisation : qui surveille vos réseaux le week-end et les "
                    "soirs de nocturne ? Chez nous, c'est « celui ou celle qui a son téléphone "
                    "allumé », ce qui veut dire moi, tout le temps.\n"
                    "\n"
                    "J'aimerais proposer à la direction une astreinte tournante avec une vraie "
                    "compensation. Si vous avez un système en place (récupération, prime, "
                    "planning partagé), je suis preneuse de détails."
                ),
                "minutes_after": 0,
            },
        ],
    },
    {
        "key": "heated-restitution-debate",
        "category": "crisis-communication",
        "language": "en",
        "title": "Planning comms for an exhibition that includes a restitution",
        "author": KATRIN,
        "days_ago": 47,
        "accepted": 1,
        "debate_title": "Debate: should museums make restitution a public event?",
        "split_reason": (
            "A side-conversation about restitution policy itself took over the thread. It was "
            "moved to its own debate so this thread can stay on planning communication for a "
            "sensitive opening."
        ),
        "posts": [
            {
                "author": KATRIN,
                "body": (
                    "Our exhibition on the Rhine port's colonial trade opens in five weeks. "
                    "Part of it is about two objects we are returning to their community of "
                    "origin in the autumn, and the handover will be filmed. The press preview "
                    "has already triggered angry posts on our Instagram from both directions: "
                    '"you are erasing our history" and "too little, too late".\n'
                    "\n"
                    "I'd like to plan comms properly this time. What has worked for you before "
                    "and during a sensitive opening?"
                ),
                "minutes_after": 0,
            },
            {
                "author": AMIRA,
                "body": (
                    "A few things that reliably help, from my interviews:\n"
                    "\n"
                    "- **Publish your sources before the opening.** A reading list and the "
                    "provenance research, in plain language. Angry commenters rarely read "
                    "them, but everyone else does, and it changes how they read the anger.\n"
                    "- **Give the museum a human voice.** Replies signed by a named person get "
                    'noticeably fewer escalations than replies from "the museum".\n'
                    "- **Write down your red lines now** and publish them: what you will "
                    "answer, what you will hide, what you will report. Decided calmly, not at "
                    "11 pm on opening night."
                ),
                "minutes_after": 120,
            },
            {
                "author": HANNA,
                "body": (
                    "And staff the first 72 hours. Most of the damage happens on the first "
                    "evening, when nobody is watching. A rota of two people, with a clear "
                    "route to the director for anything involving threats."
                ),
                "minutes_after": 300,
            },
            {
                "author": OWEN,
                "body": (
                    "Can I ask the uncomfortable question? Why make the handover a filmed "
                    "event at all? You're turning a legal and curatorial decision into a "
                    "campaign moment. Of course it attracts anger. Some of us still think "
                    "museums should hold collections in trust for everyone, not perform "
                    "apologies on Instagram."
                ),
                "minutes_after": 600,
                "split": True,
            },
            {
                "author": AMIRA,
                "body": (
                    'With respect, Owen, "holding in trust for everyone" is exactly the '
                    "argument that kept these objects out of reach of the people they were "
                    "taken from for over a century. Filming the handover isn't a performance. "
                    "For the community receiving them, it's the whole point."
                ),
                "minutes_after": 650,
                "split": True,
            },
            {
                "author": OWEN,
                "body": (
                    "And the visitors in Cologne who will never see them again? They're part "
                    "of \"everyone\" too. I'm not against returns where theft is proven. I'm "
                    "against every museum now wearing restitution as a moral badge."
                ),
                "minutes_after": 700,
                "split": True,
            },
            {
                "author": PRIYA,
                "body": (
                    '"Where theft is proven" is doing a lot of work there, Owen. Proven by '
                    "whom, with which archives, when the archives were kept by the people who "
                    "took the objects? This is exactly why these debates go round in circles."
                ),
                "minutes_after": 760,
                "split": True,
            },
            {
                "author": OWEN,
                "body": (
                    "So the burden of proof is simply reversed, and any object from the wrong "
                    "continent is presumed stolen? That isn't scholarship either, it's a "
                    "slogan."
                ),
                "minutes_after": 800,
                "split": True,
            },
            {
                "author": HANNA,
                "body": (
                    "Let's all take a breath. Whether and how museums should return objects is "
                    "a real question, and clearly one many of you care about. It deserves its "
                    "own space, so I've moved those five replies into a separate debate: "
                    '**"Debate: should museums make restitution a public event?"** You\'re '
                    "welcome to carry on there, with the same rules as everywhere: argue with "
                    "the idea, not the person.\n"
                    "\n"
                    "This thread stays on Katrin's question: *how to plan communication around "
                    "a sensitive opening*. @katrin-vogel, sorry for the detour in your thread."
                ),
                "minutes_after": 900,
            },
            {
                "author": KATRIN,
                "body": (
                    "Thanks, Hanna. Honestly, the detour was a preview of what we'll get in "
                    "the comments, only more polite. And it gives me an idea: we'll host that "
                    "debate ourselves, with a public evening in week two with the curator and "
                    "a representative of the receiving community, and point heated comment "
                    'threads towards it. "Come and tell us in person" tends to cool people '
                    "down."
                ),
                "minutes_after": 1100,
            },
            {
                "author": JONAS,
                "body": (
                    "As the person who'll be on the rota: I'd add one pinned comment under "
                    "every exhibition post, linking to the Q&A evening, the provenance "
                    "research and the house rules. One comment, three links, updated as we go."
                ),
                "minutes_after": 1500,
            },
            {
                "author": KATRIN,
                "body": (
                    "Update after the opening: 640 comments in the first week, 31 hidden under "
                    "our published rules, 2 reported to the platform for threats. The Q&A "
                    "evening was full (140 people), and the tone online softened noticeably "
                    "afterwards. Publishing the provenance research in advance was the single "
                    "best decision we made.\n"
                    "\n"
                    "Thank you all, including those who argued in the debate thread: some of "
                    "your arguments came up almost word for word that evening."
                ),
                "minutes_after": 38000,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    KATRIN,
                    JONAS,
                    BAPTISTE,
                    RACHEL,
                ],
            },
            {
                "post": 8,
                "kind": "thanks",
                "by": [
                    KATRIN,
                    GIULIA,
                    JONAS,
                ],
            },
            {
                "post": 11,
                "kind": "thanks",
                "by": [
                    AMIRA,
                    HANNA,
                    MARIE_EVE,
                ],
            },
        ],
    },
    {
        "key": "mods-restitution-split",
        "category": "moderators-room",
        "language": "en",
        "title": "Katrin's restitution thread: split or lock?",
        "author": HANNA,
        "days_ago": 46,
        "posts": [
            {
                "author": HANNA,
                "body": (
                    "Flagging Katrin's thread in Crisis communication: five replies turned "
                    "into a back-and-forth on restitution policy (Owen, Amira, Priya). Nobody "
                    "has crossed a line, but the thread has stopped being useful for Katrin.\n"
                    "\n"
                    "My plan: split those five into a debate thread, leave a calming note in "
                    "the original, no hiding, no warnings. Objections?"
                ),
                "minutes_after": 0,
            },
            {
                "author": JULIEN,
                "body": (
                    "Agreed. Splitting rather than locking is right: the arguments are serious "
                    "and still civil. I'd set a 10-minute slow mode on the debate thread for "
                    "the first day. It's the rhythm of the replies that heats things up, more "
                    "than their content."
                ),
                "minutes_after": 25,
            },
            {
                "author": HANNA,
                "body": (
                    "Good idea. Split done, slow mode of 10 minutes for 24 hours on the "
                    "debate. I'll check in tomorrow morning and lift it if things stay calm."
                ),
                "minutes_after": 40,
            },
            {
                "author": HANNA,
                "body": (
                    "Slow mode lifted. Fourteen replies in the debate overnight, all civil, "
                    "and two people thanked us for giving the discussion its own space."
                ),
                "minutes_after": 1500,
            },
        ],
    },
    {
        "key": "mods-new-members-surge",
        "category": "moderators-room",
        "language": "en",
        "title": "Wave of new members after the regional conference",
        "author": JULIEN,
        "days_ago": 120,
        "posts": [
            {
                "author": JULIEN,
                "body": (
                    "Heads-up: we presented Museum Commons at the regional museums conference "
                    "yesterday, and sixty-odd people have signed up since. Expect a wave of "
                    "first posts held for approval over the next few days. I can cover the "
                    "French-language queue in the mornings; could you take English and the "
                    "afternoons?"
                ),
                "minutes_after": 0,
            },
            {
                "author": HANNA,
                "body": (
                    "Yes. A reminder for both of us: first posts that are just introductions "
                    'belong in the "Présentez-vous ici" thread, not approved as new threads. '
                    "I'll move them and send a friendly note rather than rejecting them."
                ),
                "minutes_after": 90,
            },
            {
                "author": JULIEN,
                "body": (
                    "Queue status after two days: 41 posts approved, 9 moved to the "
                    "introductions thread, 2 rejected (one agency pitch, one duplicate). "
                    "Nothing worrying."
                ),
                "minutes_after": 3000,
            },
        ],
    },
    {
        "key": "editorial-calendar-three-networks",
        "category": "editorial-planning",
        "language": "en",
        "title": "How do you plan an editorial calendar across 3 networks?",
        "author": GIULIA,
        "days_ago": 290,
        "accepted": 1,
        "posts": [
            {
                "author": GIULIA,
                "body": (
                    "We post on Instagram, Facebook and, since this spring, a monthly "
                    "newsletter. At the moment I plan week by week in my head, which works "
                    "until something unexpected happens (like our heating failing and closing "
                    "the museum for four days). There are three of us, and I'm the only one "
                    "posting.\n"
                    "\n"
                    "What does your calendar actually look like?"
                ),
                "minutes_after": 0,
            },
            {
                "author": LUCIA,
                "body": (
                    "We run three languages and five channels, so I've had to become "
                    "disciplined. Here's our system, scaled down to your size:\n"
                    "\n"
                    "**1. Plan stories, not posts.** Each season (three months) we pick "
                    "**three stories**: say, a new acquisition, a restoration and a seasonal "
                    "theme. Everything we post hangs off one of them. With three stories you "
                    "never face a blank page.\n"
                    "\n"
                    "**2. One table, one row per piece of content.** We use a Notion database, "
                    "but a spreadsheet works just as well. Columns:\n"
                    "\n"
                    "- *Story*: Lagoon birds in winter\n"
                    "- *Format*: carousel, 6 images\n"
                    "- *Channels*: Instagram + Facebook (adapted caption)\n"
                    "- *Date*: Tuesday 14\n"
                    "- *Status*: idea / drafted / approved / scheduled / published\n"
                    "- *Owner*: Giulia\n"
                    "\n"
                    "**3. Give each channel its own rhythm.** For you I'd suggest:\n"
                    "\n"
                    "- Instagram: 2 posts a week, plus stories when something happens;\n"
                    "- Facebook: the same 2 posts with a longer, more local caption, plus "
                    "events;\n"
                    "- Newsletter: monthly, built from the best posts of the month. Don't "
                    "write it from scratch.\n"
                    "\n"
                    "**4. Keep 20% of the slots empty.** Never fill the calendar. The empty "
                    "slots are for the heating failure, the school class that made something "
                    "wonderful, the otter on the pontoon.\n"
                    "\n"
                    "**5. Schedule one week ahead, not a month.** Meta Business Suite is free "
                    "and enough for Instagram and Facebook. Schedule on Friday for the "
                    "following week.\n"
                    "\n"
                    "It takes me about an hour every Friday, plus the time to actually make "
                    "things."
                ),
                "minutes_after": 180,
            },
            {
                "author": SARAH,
                "body": (
                    '+1 to Lucía, especially "stories, not posts". One addition for small '
                    "teams: let colleagues write in the calendar directly. Our curators add "
                    'ideas in a "suggestions" column of the shared spreadsheet. Half of our '
                    "best posts come from there, and I don't have to chase anyone."
                ),
                "minutes_after": 400,
            },
            {
                "author": JORIS,
                "body": (
                    "And keep a stock of evergreen content you can pull out when the calendar "
                    "breaks. We have about ten ready-made posts (behind-the-scenes photos, "
                    "answers to frequent questions) for the days when everything goes wrong. "
                    "When our pump hall flooded, we ran on those for a week."
                ),
                "minutes_after": 1300,
            },
            {
                "author": GIULIA,
                "body": (
                    "This is wonderful, thank you. I built the table this morning with our "
                    "three winter stories. The 20% rule is the one I needed to hear: I always "
                    "fill everything and then panic."
                ),
                "minutes_after": 2000,
            },
            {
                "author": CAMILLE,
                "body": (
                    "Late to this, but one trick from Lyon: we colour-code rows by *goal* "
                    "rather than by channel (green = bring visitors in, blue = show the work "
                    "behind the scenes, orange = practical information). When a month is all "
                    "green, we know we've turned into an advertising board."
                ),
                "minutes_after": 5000,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    GIULIA,
                    RACHEL,
                    OWEN,
                    SARAH,
                    JACINTHE,
                    MARGAUX,
                ],
            },
            {
                "post": 5,
                "kind": "helpful",
                "by": [
                    LUCIA,
                    GIULIA,
                    PRIYA,
                ],
            },
            {
                "post": 3,
                "kind": "same-here",
                "by": [
                    ANNIE,
                ],
            },
        ],
    },
    {
        "key": "trello-notion-tableur",
        "category": "editorial-planning",
        "language": "fr",
        "title": "Calendrier éditorial : Trello, Notion ou simple tableur ?",
        "author": JACINTHE,
        "days_ago": 200,
        "posts": [
            {
                "author": JACINTHE,
                "body": (
                    "Je refais notre calendrier éditorial et j'hésite entre Trello, Notion et "
                    "un bon vieux tableur partagé. On est sept au musée, dont trois qui "
                    "devraient y contribuer (la conservatrice, le responsable des programmes "
                    "publics et moi). Critère numéro un : que les collègues l'ouvrent "
                    "vraiment. Vos expériences ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": SARAH,
                "body": (
                    "Tableur partagé, sans hésiter, pour une équipe qui n'est pas « numérique "
                    "». Tout le monde sait s'en servir, personne n'a besoin d'un compte de "
                    "plus. On a un onglet par trimestre et une colonne « idées des collègues » "
                    "que les conservateurs remplissent eux-mêmes."
                ),
                "minutes_after": 60,
            },
            {
                "author": LEA,
                "body": (
                    "Notion chez nous, mais j'avoue que c'est parce que l'équipe éditoriale "
                    "était déjà à l'aise avec. Le gros avantage : relier chaque publication à "
                    "sa fiche (texte, images, crédits, droits) dans une seule base. "
                    "L'inconvénient : une collègue a mis trois mois avant d'oser y toucher."
                ),
                "minutes_after": 200,
            },
            {
                "author": JULIEN,
                "body": (
                    "Dans le réseau, on a essayé Trello avec huit musées. Abandonné au bout de "
                    "six mois : les cartes s'accumulaient dans « À faire » et plus personne ne "
                    "les regardait. On est revenus au tableur, avec un modèle commun et des "
                    "listes déroulantes pour les statuts. Moins joli, beaucoup plus utilisé."
                ),
                "minutes_after": 500,
            },
            {
                "author": GWENAELLE,
                "body": (
                    "Je plussoie Julien (on travaille ensemble). Le vrai critère, c'est : **où "
                    "les collègues passent-ils déjà leur journée ?** Si c'est dans leur "
                    "messagerie et un tableur, l'outil éditorial doit être là. Un outil de "
                    "plus, c'est une porte de plus à ouvrir."
                ),
                "minutes_after": 800,
            },
            {
                "author": JACINTHE,
                "body": (
                    "Tableur, donc ! Je fais simple : un onglet par trimestre, une colonne "
                    "d'idées, une liste déroulante de statuts. Merci, vous m'évitez trois "
                    "semaines d'hésitation."
                ),
                "minutes_after": 1700,
            },
        ],
        "reactions": [
            {
                "post": 4,
                "kind": "helpful",
                "by": [
                    JACINTHE,
                    SARAH,
                    HELENE,
                ],
            },
            {
                "post": 3,
                "kind": "same-here",
                "by": [
                    MARGAUX,
                    ANNIE,
                ],
            },
        ],
    },
    {
        "key": "anniversaires-objets",
        "category": "editorial-planning",
        "language": "fr",
        "title": "Le rendez-vous « anniversaire d'un objet » : ça s'use ?",
        "author": SARAH,
        "days_ago": 260,
        "posts": [
            {
                "author": SARAH,
                "body": (
                    "Depuis un an, on publie chaque semaine « l'anniversaire » d'un objet de "
                    "la collection : date d'entrée au musée, date de fabrication ou date d'un "
                    "événement lié. C'est devenu notre rendez-vous le plus suivi sur Facebook, "
                    "avec en moyenne trois fois plus de partages qu'une publication "
                    "classique.\n"
                    "\n"
                    "Quelqu'un d'autre fait ça ? Je commence à manquer de dates, et je me "
                    "demande si le format va s'user."
                ),
                "minutes_after": 0,
            },
            {
                "author": NICOLAS,
                "body": (
                    "On fait une variante avec les affiches : « il y a 90 ans, cette affiche "
                    "était collée en gare de… ». Pour ne pas manquer de dates, j'ai extrait "
                    "toutes les dates de notre base de données dans un tableur, triées par "
                    "jour et par mois. 1 400 lignes : on a de quoi tenir des années."
                ),
                "minutes_after": 240,
            },
            {
                "author": AMANDINE,
                "body": (
                    "Au muséum, on s'amuse avec les dates de collecte des spécimens : « Ce "
                    "hibou a été trouvé le 3 mars 1887 ». Les gens adorent, et ça permet de "
                    "parler de l'histoire des collections. Contre l'usure, on alterne avec "
                    "d'autres formats pour que ça reste un rendez-vous et pas une routine."
                ),
                "minutes_after": 600,
            },
            {
                "author": ANNIE,
                "body": (
                    "Une précaution : vérifiez la date deux fois. On a célébré « le centenaire "
                    "» d'un appareil qui en avait en fait 80. Un abonné historien nous a "
                    "corrigés, gentiment, mais en public. Depuis, chaque date est validée par "
                    "la personne responsable des collections."
                ),
                "minutes_after": 1400,
            },
            {
                "author": SARAH,
                "body": (
                    "L'idée d'extraire les dates de la base est géniale, je file voir notre "
                    "régisseur. Et oui pour la double vérification."
                ),
                "minutes_after": 2000,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    SARAH,
                    LEA,
                    AMANDINE,
                ],
            },
            {
                "post": 3,
                "kind": "same-here",
                "by": [
                    CLEMENCE,
                    FELIX,
                ],
            },
        ],
    },
    {
        "key": "international-days-worth-it",
        "category": "editorial-planning",
        "language": "en",
        "title": "Which international days and hashtag campaigns are worth joining?",
        "author": OWEN,
        "days_ago": 330,
        "posts": [
            {
                "author": OWEN,
                "body": (
                    'Every week there seems to be a new "International Day of Something" '
                    "with its own hashtag. Which ones are actually worth joining for a small "
                    "gallery? We have very little time and I'd rather do three well than "
                    "twenty badly."
                ),
                "minutes_after": 0,
            },
            {
                "author": LUCIA,
                "body": (
                    "Our shortlist, after years of joining far too many:\n"
                    "\n"
                    "- **International Museum Day (18 May)**: the press picks it up, and it "
                    "pairs well with the European Night of Museums.\n"
                    "- **#MuseumWeek**: still a lovely community, and the daily themes make "
                    "planning easy.\n"
                    "- **Ask a Curator day** (when it runs): nothing beats it for "
                    "conversation, if your curators are willing.\n"
                    "\n"
                    "Everything else only if you have a genuine object that fits. World Cat "
                    "Day with a cat in one of your prints: yes. World Cat Day with a cat GIF: "
                    "no."
                ),
                "minutes_after": 120,
            },
            {
                "author": RACHEL,
                "body": (
                    "Heritage Open Days in September, by far, for us. It isn't a hashtag "
                    "campaign, but it's when people look for things to do locally, and our "
                    "posts about it get shared in every village group."
                ),
                "minutes_after": 500,
            },
            {
                "author": GIULIA,
                "body": (
                    "Agree with Lucía's rule: the day has to fit the collection. World "
                    "Wetlands Day (2 February) is our biggest post of the year, because we "
                    "literally are a wetlands museum. We prepare it in December."
                ),
                "minutes_after": 1900,
            },
            {
                "author": OWEN,
                "body": (
                    "International Museum Day, Heritage Open Days, and World Print Day (it "
                    "exists, I checked). Three. Thank you!"
                ),
                "minutes_after": 2500,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    OWEN,
                    RACHEL,
                    PRIYA,
                ],
            },
        ],
    },
    {
        "key": "validation-direction-delais",
        "category": "editorial-planning",
        "language": "fr",
        "title": "Validation des publications par la direction : quels délais chez vous ?",
        "author": ANNIE,
        "days_ago": 14,
        "posts": [
            {
                "author": ANNIE,
                "body": (
                    "Chez nous, chaque publication passe par la direction, avec un délai "
                    "minimum de 48 h. Résultat : impossible de réagir à l'actualité, et nos "
                    "publications « à chaud » ne le sont jamais.\n"
                    "\n"
                    "J'aimerais proposer une règle à deux vitesses : validation pour les "
                    "contenus institutionnels (partenariats, prises de position, chiffres), "
                    "liberté encadrée pour le reste. Est-ce que quelqu'un a une charte de ce "
                    "genre à partager, même anonymisée ?"
                ),
                "minutes_after": 0,
            },
        ],
    },
    {
        "key": "publier-moins-retour",
        "category": "editorial-planning",
        "language": "fr",
        "title": "Publier deux fois moins : notre bilan après six mois",
        "author": CAMILLE,
        "days_ago": 380,
        "posts": [
            {
                "author": CAMILLE,
                "body": (
                    "Je partage notre expérience, parce qu'on me pose souvent la question. En "
                    "janvier, on est passés de 12 à 6 publications par semaine, tous réseaux "
                    "confondus. Le temps gagné est allé entièrement aux réponses : chaque "
                    "commentaire reçoit une réponse dans la journée, signée d'un prénom. Six "
                    "mois plus tard :\n"
                    "\n"
                    "- taux d'engagement moyen sur Instagram : de 2,1 % à 3,8 % ;\n"
                    "- messages privés : +40 % (surtout des questions pratiques, transmises à "
                    "l'accueil) ;\n"
                    "- abonnés : croissance à peu près identique à celle de l'année "
                    "précédente.\n"
                    "\n"
                    "Bref, publier moins ne nous a rien coûté, et on a l'impression de parler "
                    "avec des gens plutôt que de remplir une grille."
                ),
                "minutes_after": 0,
            },
            {
                "author": OLIVIER,
                "body": (
                    "Très intéressant. Avez-vous regardé l'effet sur la fréquentation ou sur "
                    "les réservations en ligne ? C'est la première question que posera ma "
                    "direction si je propose la même chose."
                ),
                "minutes_after": 200,
            },
            {
                "author": CAMILLE,
                "body": (
                    "@olivier-sanchez Honnêtement, c'est difficile à isoler : on a eu une "
                    "grosse exposition au printemps. Ce qu'on peut dire, c'est que les clics "
                    "vers la billetterie depuis Instagram n'ont pas baissé, alors qu'on "
                    "publiait deux fois moins."
                ),
                "minutes_after": 260,
            },
            {
                "author": MARGAUX,
                "body": (
                    "Je suis un peu sceptique pour les petits comptes. Sur TikTok, si je "
                    "publie moins de trois fois par semaine, l'algorithme m'oublie "
                    "complètement. Là-bas, la régularité compte plus que tout, malheureusement."
                ),
                "minutes_after": 900,
            },
            {
                "author": HELENE,
                "body": (
                    "Margaux a raison, ça dépend du réseau. Je le résume souvent ainsi : **sur "
                    "TikTok, on nourrit l'algorithme ; sur Instagram et Facebook, on nourrit "
                    "une communauté**. Ce que Camille a fait marche parce que sa communauté "
                    "existe et attend une réponse."
                ),
                "minutes_after": 1500,
            },
            {
                "author": GWENAELLE,
                "body": (
                    "J'ai repris ce retour d'expérience dans un atelier pour les musées du "
                    "réseau. Trois d'entre eux ont réduit leur rythme : deux sont contents, un "
                    "est revenu en arrière parce que sa direction ne voyait plus le musée « "
                    "dans le fil ». Il y a aussi une part de politique interne dans tout ça…"
                ),
                "minutes_after": 4000,
            },
        ],
        "reactions": [
            {
                "post": 0,
                "kind": "helpful",
                "by": [
                    OLIVIER,
                    GWENAELLE,
                    JULIEN,
                    JACINTHE,
                    HELENE,
                ],
            },
            {
                "post": 4,
                "kind": "helpful",
                "by": [
                    MARGAUX,
                    CAMILLE,
                ],
            },
            {
                "post": 5,
                "kind": "same-here",
                "by": [
                    BAPTISTE,
                ],
            },
        ],
    },
    {
        "key": "vernissage-seule-check-list",
        "category": "live-coverage",
        "language": "fr",
        "title": "Couvrir une inauguration en direct, seule : votre check-list ?",
        "author": MARGAUX,
        "days_ago": 95,
        "accepted": 1,
        "posts": [
            {
                "author": MARGAUX,
                "body": (
                    "Samedi, on inaugure la restauration de la tour nord : élus, presse et 200 "
                    "invités. Je suis seule pour tout : accueil de la presse, photos et "
                    "couverture en direct sur Instagram et TikTok. Vous avez une check-list "
                    "pour ne pas finir la soirée avec une batterie vide et trois stories "
                    "floues ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": INES,
                "body": (
                    "C'est mon quotidien, donc voici ma check-list, version « seule » :\n"
                    "\n"
                    "**La veille**\n"
                    "\n"
                    "- Visuels prêts : carton d'annonce, portraits des intervenants, une image "
                    "« merci d'être venus ».\n"
                    "- Textes rédigés dans les notes du téléphone, mots-clés et comptes à "
                    "mentionner compris (élus, mécènes, restaurateurs).\n"
                    "- Noms exacts et fonctions demandés à l'avance. On ne tape pas « Madame "
                    "la vice-présidente déléguée à… » en direct.\n"
                    "\n"
                    "**Le matériel**\n"
                    "\n"
                    "- Deux batteries externes chargées, un câble court.\n"
                    "- Notifications coupées, mode « ne pas déranger ».\n"
                    "- Le micro-cravate si tu filmes un discours (tu en as un, je crois 😉).\n"
                    "\n"
                    "**Pendant**\n"
                    "\n"
                    "- Pas de direct intégral : trois moments clés suffisent (l'arrivée, le "
                    "discours, la découverte de la tour).\n"
                    "- Stories tout de suite ; publication récapitulative le lendemain matin, "
                    "pas le soir même.\n"
                    "- Regarde la salle plus que l'écran : les meilleures images arrivent "
                    "quand on lève la tête.\n"
                    "\n"
                    "**Après**\n"
                    "\n"
                    "- Repartage les stories des invités et de la presse : ça fait la moitié "
                    "du travail à ta place."
                ),
                "minutes_after": 40,
            },
            {
                "author": ETIENNE,
                "body": (
                    "J'ajoute : demande à une personne de confiance (un guide, un bénévole) de "
                    "te prendre en photo pendant que tu travailles. Pas par vanité : la "
                    "coulisse fait d'excellents contenus pour la semaine suivante, et tu ne "
                    "seras jamais sur tes propres photos."
                ),
                "minutes_after": 300,
            },
            {
                "author": SAMUEL,
                "body": (
                    "Et pour TikTok : filme tout en vertical, mais monte après. Une vidéo de "
                    "30 secondes montée le lendemain fera dix fois mieux que des extraits "
                    "bruts publiés dans le feu de l'action."
                ),
                "minutes_after": 600,
            },
            {
                "author": MARGAUX,
                "body": (
                    "Bilan : 14 stories, une vidéo TikTok montée le dimanche (22 000 vues), "
                    "une batterie et demie utilisée. Le conseil sur les noms exacts m'a sauvée "
                    ": le sous-préfet a été remplacé au dernier moment. Merci Inès !"
                ),
                "minutes_after": 5800,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    MARGAUX,
                    ETIENNE,
                    CAMILLE,
                    LAURENCE,
                    SAMUEL,
                ],
            },
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    MARGAUX,
                    INES,
                ],
            },
        ],
    },
    {
        "key": "livestream-gear",
        "category": "live-coverage",
        "language": "en",
        "title": "Live-streaming weekend science shows: what made the biggest difference?",
        "author": JORIS,
        "days_ago": 160,
        "posts": [
            {
                "author": JORIS,
                "body": (
                    "We stream our weekend science shows on YouTube: about 35 minutes each, "
                    "two presenters, a lot of water splashing. Current set-up: one camera on a "
                    "tripod, a USB microphone, OBS on a laptop. Viewers complain about the "
                    "sound, and our presenters keep walking out of frame.\n"
                    "\n"
                    "Before I ask for budget: what do you use, and what made the biggest "
                    "difference?"
                ),
                "minutes_after": 0,
            },
            {
                "author": SAMUEL,
                "body": (
                    "Sound first, always. People forgive a shaky picture, never bad audio. Two "
                    "wireless lavalier mics (one per presenter) changed everything for us. "
                    "Second: a second camera, even a phone, for close-ups of the experiment. "
                    "We switch between them in OBS with a cheap control pad. The whole thing "
                    "cost us under 600 dollars."
                ),
                "minutes_after": 120,
            },
            {
                "author": PAU,
                "body": (
                    "If presenters wander, mark the floor with tape. Ours laughed at first; "
                    "now they ask for it. Also: have someone read the chat and pass questions "
                    "to the presenters. It doubled our average watch time."
                ),
                "minutes_after": 400,
            },
            {
                "author": JONAS,
                "body": (
                    "Seconding the chat moderator. For our late openings, one person does "
                    "nothing but the chat: answers questions, removes spam and passes the good "
                    "ones on. Without that role, a live chat is just a wall nobody reads."
                ),
                "minutes_after": 2000,
            },
            {
                "author": JORIS,
                "body": (
                    "Budget request filed: two lavaliers, a second camera, and floor tape (the "
                    "cheapest line in museum history). Average watch time last month was 7 min "
                    "40 s; I'll report back."
                ),
                "minutes_after": 3000,
            },
            {
                "author": JORIS,
                "body": (
                    "Report: with the new mics and a chat moderator, average watch time rose "
                    "to 11 min 15 s over four shows. Sound complaints: zero."
                ),
                "minutes_after": 44000,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    JORIS,
                    ETIENNE,
                ],
            },
            {
                "post": 5,
                "kind": "thanks",
                "by": [
                    SAMUEL,
                    PAU,
                    JONAS,
                ],
            },
        ],
    },
    {
        "key": "live-tweet-colloque",
        "category": "live-coverage",
        "language": "fr",
        "title": "Couvrir un colloque en direct : encore utile, et sur quelle plateforme ?",
        "author": ETIENNE,
        "days_ago": 70,
        "posts": [
            {
                "author": ETIENNE,
                "body": (
                    "On organise en novembre un colloque de deux jours sur l'histoire maritime "
                    "du Saint-Laurent. Il y a dix ans, on aurait gazouillé chaque intervention "
                    "en direct. Aujourd'hui, X n'est plus ce qu'il était, et je me demande si "
                    "ça a encore un sens.\n"
                    "\n"
                    "Sur quelle plateforme couvrez-vous vos colloques ? Ou avez-vous arrêté ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": MAXIME,
                "body": (
                    "On a couvert notre dernière journée d'étude sur Mastodon et Bluesky. "
                    "Beaucoup moins de monde que sur X à l'époque, mais les bonnes personnes : "
                    "des historiens, des enseignants, deux doctorants qui ont posé des "
                    "questions en direct, relayées aux intervenants. Un fil par intervention, "
                    "avec un message d'ouverture qui résume le programme."
                ),
                "minutes_after": 80,
            },
            {
                "author": LEA,
                "body": (
                    "On a arrêté le direct intégral pour les colloques. On publie trois "
                    "messages par demi-journée, puis un article de blog le lendemain avec les "
                    "citations marquantes et les diapositives (avec l'accord des "
                    "intervenants). Le blog est encore lu deux ans après ; les messages en "
                    "direct, plus jamais."
                ),
                "minutes_after": 600,
            },
            {
                "author": INES,
                "body": (
                    "Je fais un mélange : quelques messages en direct pour que les personnes "
                    "présentes puissent rebondir avec le mot-clé, et un carrousel "
                    "récapitulatif le lendemain. Pensez aussi à demander l'accord des "
                    "intervenants pour les photos et les citations : certains chercheurs ne "
                    "veulent pas voir circuler des travaux non publiés."
                ),
                "minutes_after": 700,
            },
            {
                "author": ETIENNE,
                "body": (
                    "Merci, c'est éclairant. On part sur Bluesky et Mastodon en direct (avec "
                    "l'accord des intervenants), un article récapitulatif par journée sur le "
                    "site, et les captations sur YouTube une semaine après."
                ),
                "minutes_after": 1500,
            },
        ],
        "reactions": [
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    ETIENNE,
                    NICOLAS,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    ETIENNE,
                    MAXIME,
                ],
            },
        ],
    },
    {
        "key": "bilingual-live-posting",
        "category": "live-coverage",
        "language": "en",
        "title": "Live-posting in two languages: one account or two?",
        "author": JONAS,
        "days_ago": 2,
        "posts": [
            {
                "author": JONAS,
                "body": (
                    "For our late openings I live-post in German and English. Right now that "
                    "means two posts for everything on the same account, which doubles my work "
                    "and clutters the feed for everyone. The alternative is two accounts, "
                    "which halves our followers.\n"
                    "\n"
                    "Has anyone found a good set-up for live coverage in two languages? Second "
                    "language in the alt text? Alternating? Something cleverer?"
                ),
                "minutes_after": 0,
            },
        ],
    },
    {
        "key": "nuit-des-musees-bilan",
        "category": "live-coverage",
        "language": "fr",
        "title": "Nuit des musées : le bilan chiffré de notre couverture",
        "author": INES,
        "days_ago": 180,
        "posts": [
            {
                "author": INES,
                "body": (
                    "Bilan de notre Nuit des musées, pour celles et ceux qui préparent la "
                    "prochaine :\n"
                    "\n"
                    "- 2 600 visiteurs entre 19 h et minuit (record) ;\n"
                    "- 42 stories sur Instagram, 11 messages sur Bluesky et Threads ;\n"
                    "- une borne photo dans le hall, avec le mot-clé affiché : 180 "
                    "publications de visiteurs.\n"
                    "\n"
                    "Ce qui a marché : annoncer **trois rendez-vous horaires** dans la soirée "
                    "(« à 21 h, le conservateur ouvre la réserve ») et les rappeler en story "
                    "une heure avant. Ce qui a raté : le réseau mobile saturé dans la grande "
                    "salle à partir de 22 h. Prévoyez l'accès au wifi du personnel !"
                ),
                "minutes_after": 0,
            },
            {
                "author": CAMILLE,
                "body": (
                    "Et je confirme que le mot-clé affiché à l'entrée a fait toute la "
                    "différence. L'an dernier, sans affichage, on avait eu à peine 30 "
                    "publications de visiteurs."
                ),
                "minutes_after": 60,
            },
            {
                "author": NORA,
                "body": (
                    "Côté accueil : les questions en message privé (« il reste de la place "
                    "pour 21 h ? ») sont arrivées pendant la soirée, et personne n'était là "
                    "pour y répondre. L'an prochain, on met une réponse automatique avec le "
                    "programme et les horaires."
                ),
                "minutes_after": 400,
            },
            {
                "author": ETIENNE,
                "body": (
                    "Merci pour le bilan chiffré, c'est rare ! Au Québec, on n'a pas de Nuit "
                    "des musées à l'échelle du pays, mais les Journées de la culture jouent un "
                    "peu ce rôle. Je vous pique l'idée des rendez-vous horaires."
                ),
                "minutes_after": 1600,
            },
        ],
        "reactions": [
            {
                "post": 0,
                "kind": "helpful",
                "by": [
                    ETIENNE,
                    MARGAUX,
                    SARAH,
                    LAURENCE,
                ],
            },
            {
                "post": 2,
                "kind": "same-here",
                "by": [
                    JACINTHE,
                    FELIX,
                ],
            },
        ],
    },
    {
        "key": "wechat-visiteurs-sinophones",
        "category": "international-audiences",
        "language": "fr",
        "title": "Visiteurs sinophones : faut-il ouvrir un compte WeChat ?",
        "author": CAMILLE,
        "days_ago": 220,
        "accepted": 1,
        "posts": [
            {
                "author": CAMILLE,
                "body": (
                    "Nos visiteurs chinois ont beaucoup augmenté depuis l'an dernier, en "
                    "groupe comme en individuel, et la direction me demande si on doit ouvrir "
                    "un compte WeChat. Je n'y connais rien. Par où commencer ? Est-ce réaliste "
                    "pour un musée qui n'a personne de sinophone dans l'équipe ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": MEI,
                "body": (
                    "Je m'occupe de ça au musée des beaux-arts de Tours, donc voici ce que "
                    "j'aurais aimé savoir au début :\n"
                    "\n"
                    "1. **Un compte officiel d'organisation, pas un compte personnel.** "
                    "L'ouverture demande une entité enregistrée et, pour une institution "
                    "étrangère, souvent un intermédiaire agréé. Comptez plusieurs semaines et "
                    "quelques centaines d'euros par an.\n"
                    "2. **WeChat n'est pas un réseau « où l'on poste ».** C'est un lieu "
                    "d'articles longs (quatre à six par mois suffisent) et de services : "
                    "horaires, plan, billetterie. Les gens le consultent pour préparer leur "
                    "visite.\n"
                    "3. **Les agences de voyage sont vos meilleurs relais.** On leur envoie "
                    "nos articles, elles les partagent dans leurs groupes. C'est là que se "
                    "fait l'essentiel de la portée.\n"
                    "4. **Sans sinophone dans l'équipe, ne vous lancez pas seule.** Traduire "
                    "mot à mot ne suffit pas : il faut adapter les références, le ton, les "
                    "repères culturels. Un prestataire, ou un étudiant en alternance relu par "
                    "une personne de confiance.\n"
                    "\n"
                    "Avant WeChat, une brochure de visite en chinois et une page en chinois "
                    "sur le site rendent déjà beaucoup de services, pour un coût bien moindre."
                ),
                "minutes_after": 90,
            },
            {
                "author": OLIVIER,
                "body": (
                    "Je confirme le point 4 côté budget (Mei travaille dans mon équipe). Le "
                    "vrai coût, ce n'est pas l'ouverture du compte, c'est le temps de "
                    "rédaction et de relecture : chez nous, environ deux jours par mois."
                ),
                "minutes_after": 300,
            },
            {
                "author": NICOLAS,
                "body": (
                    "Piste complémentaire, à Lausanne : on a commencé par Xiaohongshu "
                    "(RedNote) plutôt que WeChat, parce que c'est là que les jeunes voyageurs "
                    "individuels cherchent des idées de visite. Plus visuel, plus proche "
                    "d'Instagram. Mais même remarque que Mei : il faut quelqu'un qui parle la "
                    "langue et connaît les codes."
                ),
                "minutes_after": 2000,
            },
            {
                "author": CAMILLE,
                "body": (
                    "Merci infiniment. Je vais proposer de commencer par la brochure et la "
                    "page web en chinois, et de rencontrer deux agences de voyage lyonnaises. "
                    "WeChat dans un second temps, avec un prestataire. @mei-chen-laurent, je "
                    "peux vous écrire en privé pour le nom de votre intermédiaire ?"
                ),
                "minutes_after": 3000,
            },
            {
                "author": MEI,
                "body": "Avec plaisir, écrivez-moi !",
                "minutes_after": 3100,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    CAMILLE,
                    OLIVIER,
                    NICOLAS,
                    KARIM,
                    MARIE_EVE,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    MEI,
                    CAMILLE,
                ],
            },
        ],
    },
    {
        "key": "german-spanish-tourists",
        "category": "international-audiences",
        "language": "en",
        "title": "Summer tourists speak German and Spanish. Do we translate everything?",
        "author": GIULIA,
        "days_ago": 140,
        "posts": [
            {
                "author": GIULIA,
                "body": (
                    "In summer, about a third of our visitors are German, Austrian or Spanish "
                    "tourists coming over from the beaches. Our posts are in Italian with one "
                    "English line at the end. Should we add German and Spanish? I can't write "
                    "either, and I'm worried about doubling the length of every caption."
                ),
                "minutes_after": 0,
            },
            {
                "author": LUCIA,
                "body": (
                    "Don't translate everything. What we learned working in three languages:\n"
                    "\n"
                    "- Put the **practical information** in every language (opening hours, how "
                    "to get there, what's on). That's what tourists need.\n"
                    "- Keep storytelling posts in your main language plus English.\n"
                    "- Use **video subtitles and alt text** for the extra languages; they "
                    "don't clutter the caption.\n"
                    "\n"
                    "And tourists rarely follow a museum before they arrive. They find you "
                    "through map apps, reviews and your website. A Spanish page on your "
                    "website will probably do more than Spanish captions."
                ),
                "minutes_after": 100,
            },
            {
                "author": KATRIN,
                "body": (
                    "For German-speaking visitors, same advice, plus: make sure your Google "
                    "Business Profile has a German description and recent photos. We get more "
                    "visitors from Maps than from all our social channels combined."
                ),
                "minutes_after": 400,
            },
            {
                "author": PAU,
                "body": (
                    "If you make a video, subtitle it in three languages and post it once. We "
                    "did this with a gallery walk-through (Spanish, Valencian and English "
                    "caption tracks) and it outperformed three separate versions."
                ),
                "minutes_after": 700,
            },
            {
                "author": GIULIA,
                "body": (
                    "So: practical information in four languages on Maps and on a summer page "
                    "of the website, stories in Italian and English, subtitles for the rest. "
                    "That's actually doable. Grazie!"
                ),
                "minutes_after": 1500,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    GIULIA,
                    OWEN,
                    JORIS,
                ],
            },
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    GIULIA,
                    LUCIA,
                ],
            },
        ],
    },
    {
        "key": "vocabulaire-quebec-france",
        "category": "international-audiences",
        "language": "fr",
        "title": "Projet franco-québécois : infolettre ou newsletter, on harmonise ?",
        "author": JULIEN,
        "days_ago": 300,
        "accepted": 1,
        "posts": [
            {
                "author": JULIEN,
                "body": (
                    "On prépare avec un musée québécois un guide de style commun pour une "
                    "exposition partagée, avec des publications croisées sur nos deux pages. "
                    "Premier écueil : le vocabulaire. Infolettre ou newsletter ? Courriel ou "
                    "mail ? Publication ou post ? Fin de semaine ou week-end ?\n"
                    "\n"
                    "Est-ce qu'on harmonise, ou chacun garde ses mots ? Vos expériences de "
                    "projets franco-québécois sont les bienvenues."
                ),
                "minutes_after": 0,
            },
            {
                "author": MARIE_EVE,
                "body": (
                    "Bonne question, on l'a vécue avec un musée de Bordeaux. Notre conclusion "
                    ": **chaque compte garde ses mots**. Nos abonnés réagissent mal aux "
                    "anglicismes (« newsletter », « mail ») qu'on évite soigneusement ici, et "
                    "les abonnés français trouvent « infolettre » charmant mais un peu "
                    "exotique.\n"
                    "\n"
                    "Pour les contenus communs, on a fait un petit glossaire à deux colonnes : "
                    "le mot québécois, le mot français, et lequel on utilise dans les textes "
                    "co-signés."
                ),
                "minutes_after": 120,
            },
            {
                "author": FELIX,
                "body": (
                    "Et attention aux faux amis : chez nous, le souper, c'est le repas du "
                    "soir. Quand un musée partenaire a annoncé « un souper après le vernissage "
                    "» sur notre page, la moitié des invités sont arrivés à 17 h 30 🙂"
                ),
                "minutes_after": 200,
            },
            {
                "author": ANNIE,
                "body": (
                    "Pour les textes vraiment partagés (communiqués, cartels bilingues de "
                    "l'expo), on écrit dans un français « international » : ni québécismes, ni "
                    "anglicismes. « Lettre d'information », « courriel », « publication » "
                    "passent partout. C'est moins savoureux, mais personne ne trébuche."
                ),
                "minutes_after": 700,
            },
            {
                "author": SARAH,
                "body": (
                    "Version belge : chez nous, c'est « septante » et « GSM », et nos abonnés "
                    "nous reprochent gentiment les « soixante-dix » qui arrivent des "
                    "communiqués parisiens. Le glossaire de Marie-Ève, on l'a fait à trois "
                    "colonnes 😄"
                ),
                "minutes_after": 1200,
            },
            {
                "author": LEA,
                "body": (
                    "Et à quatre avec la Suisse : « huitante » dans le canton de Vaud, « natel "
                    "» pour le téléphone portable. Plus sérieusement, j'ajouterais au "
                    "glossaire les formules d'adresse : le tutoiement québécois sur les "
                    "réseaux surprend toujours en France."
                ),
                "minutes_after": 1900,
            },
            {
                "author": JULIEN,
                "body": (
                    "Parfait : chaque compte garde sa langue, un glossaire pour les contenus "
                    "communs, et le français « international » d'Annie pour les textes "
                    "co-signés. Je partagerai le glossaire ici quand il sera prêt."
                ),
                "minutes_after": 2500,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    JULIEN,
                    ANNIE,
                    JACINTHE,
                ],
            },
            {
                "post": 2,
                "kind": "thanks",
                "by": [
                    SARAH,
                    LEA,
                    CAMILLE,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    JULIEN,
                    MARIE_EVE,
                ],
            },
        ],
    },
    {
        "key": "du-or-sie",
        "category": "international-audiences",
        "language": "en",
        "title": "Posting for German visitors: du or Sie?",
        "author": JORIS,
        "days_ago": 110,
        "posts": [
            {
                "author": JORIS,
                "body": (
                    "Quick one for German speakers: we're starting German-language posts for "
                    "visitors from across the border (Düsseldorf is two hours away). Do "
                    "museums address people as *du* or *Sie* on social media? Our Dutch posts "
                    "are very informal, which is normal here, but I don't want to sound like a "
                    "sportswear brand."
                ),
                "minutes_after": 0,
            },
            {
                "author": KATRIN,
                "body": (
                    "On Instagram and TikTok, *du* is now standard for most museums, including "
                    "fairly serious ones. On LinkedIn, Facebook and in newsletters, many still "
                    "use *Sie*, or avoid addressing the reader directly. We use *du* on "
                    "Instagram and *Sie* on the website. Just be consistent within a channel."
                ),
                "minutes_after": 60,
            },
            {
                "author": JONAS,
                "body": (
                    "One tip: write the German from scratch rather than translating from "
                    "Dutch. Dutch informality doesn't map cleanly, and a translated caption in "
                    "*du* can come across cheekier than you meant. Get a native speaker to do "
                    "a quick read."
                ),
                "minutes_after": 200,
            },
            {
                "author": LEA,
                "body": (
                    "And if Swiss visitors are part of your audience: *du* is common on social "
                    "media here too, but please avoid the ß. We don't use it in Swiss Standard "
                    "German, and people notice."
                ),
                "minutes_after": 1300,
            },
            {
                "author": JORIS,
                "body": (
                    "*Du* on Instagram, *Sie* on the website, written by a native speaker. "
                    "Thanks all!"
                ),
                "minutes_after": 1600,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    JORIS,
                    GIULIA,
                ],
            },
            {
                "post": 3,
                "kind": "thanks",
                "by": [
                    JORIS,
                    KATRIN,
                ],
            },
        ],
    },
    {
        "key": "traduire-legendes-automatique",
        "category": "international-audiences",
        "language": "fr",
        "title": (
            "Traduire nos légendes et sous-titres : traduction automatique relue, ça passe ?"
        ),
        "author": AMANDINE,
        "days_ago": 9,
        "posts": [
            {
                "author": AMANDINE,
                "body": (
                    "Nous voulons proposer nos légendes Instagram et les sous-titres de nos "
                    "vidéos en anglais et en espagnol : beaucoup de visiteurs viennent de la "
                    "côte et du Pays basque espagnol. La tentation est grande de passer par un "
                    "outil de traduction automatique, avec une relecture rapide.\n"
                    "\n"
                    "Certains d'entre vous le font ? Avec quel niveau de relecture ? Et "
                    "avez-vous eu des retours d'abonnés sur la qualité ?"
                ),
                "minutes_after": 0,
            },
        ],
    },
    {
        "key": "one-clip-three-languages",
        "category": "international-audiences",
        "language": "en",
        "title": "One clip, three languages: results of our subtitle test",
        "author": LUCIA,
        "days_ago": 60,
        "posts": [
            {
                "author": LUCIA,
                "body": (
                    "Sharing results from a test we ran this quarter on our curator-tour "
                    "clips. Over nine clips we compared:\n"
                    "\n"
                    "- **A**: one video with burned-in Spanish subtitles, other languages in "
                    "the caption;\n"
                    "- **B**: one video with platform caption tracks in Spanish, Valencian and "
                    "English;\n"
                    "- **C**: three separate videos, one per language.\n"
                    "\n"
                    "Results: B had the best watch time (+18% compared with A). C had the most "
                    "views in total, but split across three posts, each with fewer comments. A "
                    "did worst in English-speaking countries, unsurprisingly.\n"
                    "\n"
                    "We're going with B. Has anyone run similar tests, especially on platforms "
                    "without caption tracks?"
                ),
                "minutes_after": 0,
            },
            {
                "author": PAU,
                "body": (
                    "Adding the practical side: caption tracks took me about 25 minutes per "
                    "clip with a transcription tool and a manual check. Three separate videos "
                    "took a whole afternoon. B is also better for accessibility, since viewers "
                    "can switch captions on and off."
                ),
                "minutes_after": 90,
            },
            {
                "author": MEI,
                "body": (
                    "Chinese platforms are a different story: no caption tracks, so subtitles "
                    "are always burned in, in simplified Chinese. We make a separate, shorter "
                    "version with a voice-over recorded by a Mandarin-speaking guide. More "
                    "work, but it's the only version that performs there."
                ),
                "minutes_after": 700,
            },
            {
                "author": NICOLAS,
                "body": (
                    "On Mastodon and Bluesky we upload the version with English subtitles and "
                    "put the French and German text in the post and the alt text. Not ideal, "
                    "but the audience there is small and very forgiving."
                ),
                "minutes_after": 1500,
            },
        ],
        "reactions": [
            {
                "post": 0,
                "kind": "helpful",
                "by": [
                    PAU,
                    MEI,
                    SAMUEL,
                    JORIS,
                ],
            },
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    LUCIA,
                    OLIVIER,
                ],
            },
        ],
    },
    {
        "key": "seule-quatre-heures",
        "category": "small-museums",
        "language": "fr",
        "title": "Seule salariée, 4 h par semaine pour les réseaux : comment prioriser ?",
        "author": MARGAUX,
        "days_ago": 390,
        "accepted": 2,
        "posts": [
            {
                "author": MARGAUX,
                "body": (
                    "Seule salariée permanente du château, j'ai environ 4 h par semaine pour "
                    "les réseaux, entre la billetterie, les groupes, la boutique et le ménage "
                    "de la salle d'exposition (oui). Comment priorisez-vous quand le temps est "
                    "aussi court ? J'ai l'impression de tout faire à moitié."
                ),
                "minutes_after": 0,
            },
            {
                "author": JULIEN,
                "body": (
                    "Dans le réseau, on donne le même conseil à tous les musées de moins de "
                    "cinq salariés :\n"
                    "\n"
                    "1. **Un seul réseau bien tenu** vaut mieux que trois à moitié. Choisis "
                    "celui où sont tes visiteurs (TikTok ou Instagram, pour toi).\n"
                    "2. **Ta fiche Google** en priorité absolue : horaires à jour, photos, "
                    "réponses aux avis. C'est ce que les touristes consultent avant de venir.\n"
                    "3. **Une lettre d'information trimestrielle** pour les habitués et les "
                    "élus."
                ),
                "minutes_after": 120,
            },
            {
                "author": GWENAELLE,
                "body": (
                    "Et pour l'organisation concrète des 4 h, voici le découpage que je "
                    "propose en atelier :\n"
                    "\n"
                    "- **1 h le lundi** : programmer les deux publications de la semaine "
                    "(tournées la semaine d'avant).\n"
                    "- **3 × 15 min** dans la semaine : répondre aux commentaires, aux "
                    "messages et aux avis Google.\n"
                    "- **1 h 30 le jeudi** : tourner ou photographier en lot pour la semaine "
                    "suivante. Les guides sont là, la lumière est bonne, tu fais quatre vidéos "
                    "d'un coup.\n"
                    "- **45 min** pour tout le reste.\n"
                    "\n"
                    "Le piège, c'est de tourner et de publier le même jour : ça prend trois "
                    "fois plus de temps. Tourner en lot change tout."
                ),
                "minutes_after": 300,
            },
            {
                "author": JACINTHE,
                "body": (
                    "Et réutiliser ! Chaque vidéo TikTok peut devenir un Reel Instagram, une "
                    "photo pour la fiche Google, un paragraphe pour la lettre. Je ne crée "
                    "presque jamais un contenu qui ne sert qu'une fois."
                ),
                "minutes_after": 1200,
            },
            {
                "author": HELENE,
                "body": (
                    "Une chose de plus, côté direction : note le temps que tu passes "
                    "réellement pendant un mois. Avec ce chiffre, tu peux montrer que 4 h ne "
                    "suffisent pas pour trois réseaux, et négocier soit plus de temps, soit "
                    "l'abandon d'un réseau. Sans chiffre, c'est ta parole contre une "
                    "impression."
                ),
                "minutes_after": 2000,
            },
            {
                "author": MARGAUX,
                "body": (
                    "Tourner en lot le jeudi, quand les guides sont là : évident une fois "
                    "qu'on le lit, et je ne l'avais jamais fait. Je teste dès cette semaine. "
                    "Et je note mes heures, promis."
                ),
                "minutes_after": 3000,
            },
        ],
        "reactions": [
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    MARGAUX,
                    JACINTHE,
                    GIULIA,
                    JULIEN,
                ],
            },
            {
                "post": 4,
                "kind": "helpful",
                "by": [
                    MARGAUX,
                    GWENAELLE,
                ],
            },
            {
                "post": 0,
                "kind": "same-here",
                "by": [
                    JACINTHE,
                    RACHEL,
                ],
            },
        ],
    },
    {
        "key": "volunteer-rota-one-voice",
        "category": "small-museums",
        "language": "en",
        "title": "Six volunteers on the social media rota: how do we keep one voice?",
        "author": RACHEL,
        "days_ago": 270,
        "posts": [
            {
                "author": RACHEL,
                "body": (
                    "Six volunteers share our social media on a weekly rota. Lovely people, "
                    "very different voices: one writes like a tabloid, one like a parish "
                    "newsletter, one only uses emojis. Followers have noticed (\"who's on this "
                    "week?\"). How do you keep one voice without squashing people's enthusiasm?"
                ),
                "minutes_after": 0,
            },
            {
                "author": OWEN,
                "body": (
                    'Honestly, "who\'s on this week?" might be a feature. We sign posts with '
                    "initials and people have favourites. Our style guide only covers the "
                    "non-negotiables: facts checked, no avalanches of exclamation marks, every "
                    "photo credited, never argue in the comments."
                ),
                "minutes_after": 90,
            },
            {
                "author": GIULIA,
                "body": (
                    "A short style guide with *examples* works better than rules. Ours is one "
                    "page: three posts we love, three we don't, and why. Volunteers understand "
                    'examples much faster than "be warm but professional".'
                ),
                "minutes_after": 400,
            },
            {
                "author": HELENE,
                "body": (
                    "In training sessions I use a simple exercise: everyone rewrites the same "
                    "post (say, a closure due to bad weather), then the group compares. The "
                    "museum's voice becomes visible, and people adjust without feeling "
                    "corrected."
                ),
                "minutes_after": 1200,
            },
            {
                "author": RACHEL,
                "body": (
                    "We tried Hélène's exercise at last night's volunteers' meeting, with the "
                    "snow-closure post. Much laughter, and we agreed on three rules: no more "
                    "than two emojis, no capitals for emphasis, and always say what people "
                    "*can* do instead. Signing with initials stays!"
                ),
                "minutes_after": 1900,
            },
        ],
        "reactions": [
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    RACHEL,
                    OWEN,
                    GWENAELLE,
                ],
            },
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    RACHEL,
                    SARAH,
                ],
            },
        ],
    },
    {
        "key": "canva-gratuit-ou-pro",
        "category": "small-museums",
        "language": "fr",
        "title": "Canva gratuit ou Pro pour un petit musée ?",
        "author": JACINTHE,
        "days_ago": 230,
        "posts": [
            {
                "author": JACINTHE,
                "body": (
                    "Canva gratuit nous suffit pour les visuels simples, mais la version Pro "
                    "nous ferait gagner du temps : redimensionnement automatique, kit de "
                    "marque, détourage. Pour un petit musée, ça vaut le coup ? Ou il y a des "
                    "moyens d'avoir la version Pro sans payer ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": JULIEN,
                "body": (
                    "Canva a une offre gratuite pour les organismes à but non lucratif. Si ton "
                    "musée est porté par un OBNL (au Québec) ou une association (en France), "
                    "tu peux faire la demande avec vos statuts. Plusieurs musées du réseau "
                    "l'ont obtenue en une semaine. Pour les musées municipaux, en revanche, "
                    "c'est en général refusé."
                ),
                "minutes_after": 100,
            },
            {
                "author": MARGAUX,
                "body": (
                    "Le château est géré par une association : on l'a eue ! Le kit de marque "
                    "est la vraie bonne affaire. Polices et couleurs verrouillées, et les "
                    "guides saisonniers peuvent faire un visuel sans casser la charte."
                ),
                "minutes_after": 400,
            },
            {
                "author": KARIM,
                "body": (
                    "Petite réserve : méfiez-vous des modèles Canva tout faits, on les "
                    "reconnaît au premier coup d'œil. On s'en sert comme base, mais on change "
                    "toujours la mise en page. Sinon, votre affiche d'expo ressemble à celle "
                    "de la pizzeria d'à côté."
                ),
                "minutes_after": 1000,
            },
            {
                "author": JACINTHE,
                "body": (
                    "On est un OBNL, je fais la demande. Et bien noté pour les modèles, Karim 😄"
                ),
                "minutes_after": 1500,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    JACINTHE,
                    MARGAUX,
                    RACHEL,
                ],
            },
            {
                "post": 3,
                "kind": "same-here",
                "by": [
                    LAURENCE,
                    LEA,
                ],
            },
        ],
    },
    {
        "key": "volunteers-filming-consent",
        "category": "small-museums",
        "language": "en",
        "title": "Volunteers filming family workshops: how do you handle consent?",
        "author": OWEN,
        "days_ago": 21,
        "posts": [
            {
                "author": OWEN,
                "body": (
                    "Our volunteers would like to film short clips during family workshops for "
                    "Instagram. I'm fairly sure we need consent for anyone identifiable, "
                    "especially children, but what do you actually use? A sign at the door, a "
                    'form at booking, a sticker for "please don\'t film me"?\n'
                    "\n"
                    "Looking for something that works in practice, not just on paper."
                ),
                "minutes_after": 0,
            },
        ],
    },
    {
        "key": "visuels-mutualises-reseau",
        "category": "small-museums",
        "language": "fr",
        "title": "Visuels mutualisés pour vingt petits musées : nos leçons",
        "author": JULIEN,
        "days_ago": 150,
        "posts": [
            {
                "author": JULIEN,
                "body": (
                    "Depuis deux ans, le réseau produit des visuels communs pour vingt petits "
                    "musées (Journées du patrimoine, Nuit des musées, vacances scolaires) : un "
                    "graphiste, une charte commune, et chaque musée adapte la photo et le "
                    "texte. Gain de temps énorme, mais quelques ratés. Les leçons :\n"
                    "\n"
                    "- **Les zones modifiables doivent être évidentes.** Sinon, quelqu'un "
                    "finit par modifier le logo du réseau.\n"
                    "- **Jamais d'information pratique dans le visuel commun** (prix, "
                    "horaires). C'est comme ça qu'on a annoncé une entrée gratuite dans des "
                    "musées payants.\n"
                    "- **Laisser une vraie place à la photo locale.** Les publications avec "
                    "une photo du musée lui-même font en moyenne deux fois plus d'interactions "
                    "que celles avec l'illustration commune."
                ),
                "minutes_after": 0,
            },
            {
                "author": GWENAELLE,
                "body": (
                    "J'ajoute le point le plus important à mon sens : on a fait un **tutoriel "
                    "vidéo de 4 minutes** pour montrer comment adapter le modèle. Les appels à "
                    "l'aide ont diminué de moitié."
                ),
                "minutes_after": 200,
            },
            {
                "author": MARGAUX,
                "body": (
                    "Je ne suis pas dans votre réseau, mais je rêverais de ça pour les petits "
                    "châteaux de la vallée. Nous sommes six à faire exactement la même chose, "
                    "chacun dans son coin, pour les Journées du patrimoine."
                ),
                "minutes_after": 800,
            },
            {
                "author": SARAH,
                "body": (
                    "Margaux, propose-le à ton office de tourisme ou à ton département : chez "
                    "nous, c'est la province qui a financé le graphiste pour les musées du "
                    "territoire. Ils cherchent souvent des projets de ce type."
                ),
                "minutes_after": 1400,
            },
        ],
        "reactions": [
            {
                "post": 0,
                "kind": "helpful",
                "by": [
                    GWENAELLE,
                    MARGAUX,
                    RACHEL,
                    SARAH,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    MARGAUX,
                ],
            },
        ],
    },
    {
        "key": "newsletter-outsells-instagram",
        "category": "small-museums",
        "language": "en",
        "title": "Our newsletter sells seven times more than Instagram. Anyone else?",
        "author": OWEN,
        "days_ago": 340,
        "posts": [
            {
                "author": OWEN,
                "body": (
                    "A data point for anyone who feels guilty about not doing enough on social "
                    "media: our fortnightly newsletter (3,100 subscribers) sold 71% of our "
                    "print editions last year. Instagram (8,400 followers) sold 9%. Pinterest, "
                    "of all things, 12%.\n"
                    "\n"
                    "We still post on Instagram, but the newsletter gets my best hours now. "
                    "Anyone else seeing the same?"
                ),
                "minutes_after": 0,
            },
            {
                "author": PRIYA,
                "body": (
                    "I can confirm, since I pulled those numbers 🙂 The open rate is 52%, which "
                    "is absurd by industry standards. People signed up because they wanted to "
                    "hear from us, which is a very different relationship from a follow."
                ),
                "minutes_after": 90,
            },
            {
                "author": RACHEL,
                "body": (
                    "Same pattern for events here: the monthly newsletter fills the workshops; "
                    "Facebook fills the café."
                ),
                "minutes_after": 400,
            },
            {
                "author": JACINTHE,
                "body": (
                    "Same in Rimouski. Our newsletter has 1,800 subscribers and it's what "
                    'brings people to openings. My trick: every issue has one "only in the '
                    'newsletter" item, like a behind-the-scenes photo or a discount on a '
                    "workshop. It keeps people opening it."
                ),
                "minutes_after": 1000,
            },
            {
                "author": LUCIA,
                "body": (
                    "Agreed, and it's the only audience you actually own. If a platform "
                    "changes its algorithm tomorrow, your mailing list is still there."
                ),
                "minutes_after": 1500,
            },
        ],
        "reactions": [
            {
                "post": 0,
                "kind": "helpful",
                "by": [
                    RACHEL,
                    GIULIA,
                    JACINTHE,
                    GWENAELLE,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    OWEN,
                    PRIYA,
                ],
            },
            {
                "post": 2,
                "kind": "same-here",
                "by": [
                    GIULIA,
                ],
            },
        ],
    },
    {
        "key": "utm-links-explained",
        "category": "analytics",
        "language": "en",
        "title": "UTM links for the bio, stories and newsletter: explain like I'm five?",
        "author": GIULIA,
        "days_ago": 190,
        "accepted": 1,
        "posts": [
            {
                "author": GIULIA,
                "body": (
                    "Our director wants to know how many ticket sales come from Instagram. Our "
                    "ticketing page is on our website, with Google Analytics 4. I've heard of "
                    "UTM links, but I don't understand how to use them for the link in bio, "
                    "stories and the newsletter without making a mess. Could someone explain "
                    "like I'm five?"
                ),
                "minutes_after": 0,
            },
            {
                "author": JORIS,
                "body": (
                    "Sure! A UTM link is just your normal link with a few labels added at the "
                    "end. Analytics reads the labels and tells you where the visitor came "
                    "from.\n"
                    "\n"
                    "```\n"
                    "https://www.museolagune.example/tickets?utm_source=instagram&utm_medium="
                    "social&utm_campaign=winter-birds\n"
                    "```\n"
                    "\n"
                    "The three labels you need:\n"
                    "\n"
                    "- `utm_source`: **where** the link is: `instagram`, `facebook`, "
                    "`newsletter`.\n"
                    "- `utm_medium`: **what kind** of channel: `social`, `email`, `qr`.\n"
                    "- `utm_campaign`: **what it's about**: `winter-birds`, "
                    "`school-holidays`.\n"
                    "\n"
                    "Rules that will save you from a mess:\n"
                    "\n"
                    "1. **Lower case only**, always. `Instagram` and `instagram` show up as "
                    "two different sources.\n"
                    "2. **Keep the list in one shared sheet** and copy from it, so everyone "
                    "uses the same words.\n"
                    "3. If you want to compare the bio and stories, add `utm_content=bio` or "
                    "`utm_content=story`.\n"
                    "\n"
                    "Then in GA4, go to *Reports → Acquisition → Traffic acquisition* and pick "
                    "*Session campaign* as the dimension."
                ),
                "minutes_after": 80,
            },
            {
                "author": PRIYA,
                "body": (
                    "One more rule: never put UTM labels on links *within* your own website. "
                    "They overwrite the original source, and your data will say everyone came "
                    "from your homepage."
                ),
                "minutes_after": 300,
            },
            {
                "author": OLIVIER,
                "body": (
                    "Same logic for QR codes on posters: `utm_medium=qr` and one campaign per "
                    "poster. We found that our poster in the tram got three times more scans "
                    "than the one at the railway station."
                ),
                "minutes_after": 900,
            },
            {
                "author": GIULIA,
                "body": (
                    "It works! After two weeks: 64 ticket purchases tagged `instagram`, 112 "
                    "from the newsletter. My director was very surprised by the newsletter "
                    "number."
                ),
                "minutes_after": 1400,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    GIULIA,
                    PRIYA,
                    OWEN,
                    RACHEL,
                    GWENAELLE,
                    OLIVIER,
                ],
            },
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    GIULIA,
                    JORIS,
                ],
            },
            {
                "post": 4,
                "kind": "thanks",
                "by": [
                    JORIS,
                ],
            },
        ],
    },
    {
        "key": "indicateurs-pour-la-direction",
        "category": "analytics",
        "language": "fr",
        "title": "Quels indicateurs présenter à la direction ?",
        "author": BAPTISTE,
        "days_ago": 250,
        "accepted": 1,
        "posts": [
            {
                "author": BAPTISTE,
                "body": (
                    "Je dois présenter le bilan annuel des réseaux sociaux à la direction et "
                    "au conseil scientifique. L'an dernier, j'ai montré des courbes d'abonnés "
                    "et de mentions J'aime, et la seule question posée a été : « Et ça fait "
                    "venir combien de gens ? »\n"
                    "\n"
                    "Quels indicateurs présentez-vous, vous, à votre direction ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": OLIVIER,
                "body": (
                    "On présente **cinq chiffres**, pas plus, toujours les mêmes d'une année "
                    "sur l'autre :\n"
                    "\n"
                    "1. **Visites du site venues des réseaux**, et combien ont mené à un achat "
                    "de billet (grâce aux liens UTM).\n"
                    "2. **Taux d'engagement moyen** par réseau, plutôt que le nombre brut de "
                    "J'aime.\n"
                    "3. **Messages et questions reçus**, avec le délai moyen de réponse : "
                    "c'est du service public.\n"
                    "4. **Abonnés**, mais en croissance nette sur l'année, sur une seule "
                    "ligne.\n"
                    "5. **Deux ou trois exemples qualitatifs** : un commentaire, un don "
                    "d'objet, un article de presse né d'une publication.\n"
                    "\n"
                    "Et une phrase de conclusion qui relie tout ça aux objectifs du projet "
                    "scientifique et culturel. Les directions adorent qu'on leur parle de "
                    "leurs propres objectifs."
                ),
                "minutes_after": 150,
            },
            {
                "author": JULIEN,
                "body": (
                    "Le point 5 est sous-estimé. Chez nous, la photo envoyée par une abonnée, "
                    "qui a permis d'identifier un objet de la collection, a plus marqué les "
                    "élus que tous les graphiques."
                ),
                "minutes_after": 300,
            },
            {
                "author": HELENE,
                "body": (
                    "J'ajouterais : montrez aussi ce que vous avez **arrêté**, et pourquoi. "
                    "Une direction rassurée par des choix assumés vous laissera plus de "
                    "liberté l'année suivante."
                ),
                "minutes_after": 800,
            },
            {
                "author": GWENAELLE,
                "body": (
                    "Et comparez-vous à vous-mêmes, jamais aux grands établissements "
                    "nationaux. Un petit muséum qui met ses 4 000 abonnés à côté de leurs "
                    "millions, c'est une présentation perdue d'avance."
                ),
                "minutes_after": 1300,
            },
            {
                "author": BAPTISTE,
                "body": (
                    "Présentation faite hier avec les cinq chiffres d'Olivier. Cette fois, la "
                    "question a été : « Pourquoi le délai de réponse est-il de 9 heures le "
                    "week-end ? ». Bref, on parle enfin de moyens. Merci !"
                ),
                "minutes_after": 2800,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    BAPTISTE,
                    GWENAELLE,
                    MARIE_EVE,
                    AMANDINE,
                    ANNIE,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    BAPTISTE,
                    OLIVIER,
                ],
            },
            {
                "post": 5,
                "kind": "thanks",
                "by": [
                    OLIVIER,
                ],
            },
        ],
    },
    {
        "key": "scheduling-and-reporting-tools",
        "category": "analytics",
        "language": "en",
        "title": "Metricool, Later or Hootsuite for reporting: worth paying for?",
        "author": PRIYA,
        "days_ago": 100,
        "posts": [
            {
                "author": PRIYA,
                "body": (
                    "We're reviewing our tools. Currently: Meta Business Suite to schedule "
                    "Facebook and Instagram, native analytics everywhere else, and a monthly "
                    "report I build by hand in a spreadsheet (about a day's work). I'm looking "
                    "at Metricool, Later and Hootsuite for scheduling and reporting.\n"
                    "\n"
                    "If you use one of them: what do you pay, and does the reporting actually "
                    "save time?"
                ),
                "minutes_after": 0,
            },
            {
                "author": JORIS,
                "body": (
                    "We use Metricool. For us the reporting is the killer feature: one branded "
                    "PDF a month, covering every network, generated in five minutes. "
                    "Scheduling is fine but no better than the native tools. The price was "
                    "reasonable for a small team."
                ),
                "minutes_after": 120,
            },
            {
                "author": LUCIA,
                "body": (
                    "We left Hootsuite last year, purely on price: it became too expensive for "
                    "a public museum once we needed several users. Now we use Later for "
                    "Instagram and TikTok, and the native tools for the rest. Later's visual "
                    "grid planner is genuinely nice for Instagram."
                ),
                "minutes_after": 400,
            },
            {
                "author": RACHEL,
                "body": (
                    "Counterpoint from a volunteer museum: we dropped every third-party tool. "
                    "Meta Business Suite for scheduling, and the monthly report is now five "
                    "numbers copied into a one-page document. It takes 30 minutes because we "
                    "stopped reporting things nobody reads."
                ),
                "minutes_after": 1500,
            },
            {
                "author": PRIYA,
                "body": (
                    "A useful spread of views. I'll trial Metricool for two months and, in "
                    "parallel, cut the report down Rachel-style. If the short report is "
                    "enough, we may not need the tool at all."
                ),
                "minutes_after": 3000,
            },
        ],
        "reactions": [
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    PRIYA,
                    OWEN,
                    GWENAELLE,
                ],
            },
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    PRIYA,
                ],
            },
        ],
    },
    {
        "key": "formule-taux-engagement",
        "category": "analytics",
        "language": "fr",
        "title": "Taux d'engagement : quelle formule utilisez-vous ?",
        "author": GWENAELLE,
        "days_ago": 165,
        "posts": [
            {
                "author": GWENAELLE,
                "body": (
                    "Question qui revient dans tous mes ateliers : comment calculez-vous le "
                    "taux d'engagement ? Je vois au moins trois formules selon les outils (par "
                    "abonné, par portée, par impression), et les musées du réseau comparent "
                    "des chiffres qui n'ont rien à voir entre eux. J'aimerais proposer une "
                    "formule commune."
                ),
                "minutes_after": 0,
            },
            {
                "author": OLIVIER,
                "body": (
                    "On utilise **interactions / portée** : (J'aime + commentaires + partages "
                    "+ enregistrements) divisé par le nombre de comptes touchés. C'est le plus "
                    "honnête depuis que la portée organique varie autant. Calculé par abonné, "
                    "ça pénalise les vieux comptes qui ont beaucoup d'abonnés inactifs."
                ),
                "minutes_after": 200,
            },
            {
                "author": CAMILLE,
                "body": (
                    "Même formule chez nous, avec une nuance : on suit les enregistrements à "
                    "part. Un enregistrement, c'est quelqu'un qui veut revenir au contenu : ça "
                    "vaut plus qu'un J'aime. On suit donc deux chiffres, le taux d'engagement "
                    "et le taux d'enregistrement."
                ),
                "minutes_after": 500,
            },
            {
                "author": JULIEN,
                "body": (
                    "Gwen, on peut l'écrire dans le guide du réseau avec un exemple chiffré :\n"
                    "\n"
                    "- 12 J'aime + 3 commentaires + 2 partages + 5 enregistrements = **22 "
                    "interactions** ;\n"
                    "- 22 interactions / 640 comptes touchés = **3,4 %**.\n"
                    "\n"
                    "Et une règle : on ne compare que des publications d'un même réseau. Un 3 "
                    "% sur Facebook et un 3 % sur TikTok ne racontent pas la même chose."
                ),
                "minutes_after": 900,
            },
            {
                "author": GWENAELLE,
                "body": "Parfait, c'est adopté pour le guide. Merci à tous les trois !",
                "minutes_after": 1300,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    GWENAELLE,
                    JULIEN,
                    BAPTISTE,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    GWENAELLE,
                    OLIVIER,
                    JACINTHE,
                ],
            },
        ],
    },
    {
        "key": "survey-data-gdpr",
        "category": "analytics",
        "language": "en",
        "title": "Matching visitor surveys with campaign data: a GDPR-safe approach?",
        "author": PRIYA,
        "days_ago": 30,
        "posts": [
            {
                "author": PRIYA,
                "body": (
                    "I'd like to match our visitor survey answers (postcode district, age "
                    "band, how they heard about us) against our campaign data, to see which "
                    "campaigns bring in first-time visitors. Everything is anonymous now, but "
                    "I'd like to add an optional email field so we can follow up six months "
                    "later.\n"
                    "\n"
                    "Has anyone done this in a GDPR-safe way? What did your data protection "
                    "officer ask for?"
                ),
                "minutes_after": 0,
            },
        ],
    },
    {
        "key": "portee-facebook-en-chute",
        "category": "analytics",
        "language": "fr",
        "title": "Portée Facebook en chute de 40 % depuis septembre",
        "author": JACINTHE,
        "days_ago": 50,
        "posts": [
            {
                "author": JACINTHE,
                "body": (
                    "Depuis septembre, la portée de nos publications Facebook a chuté "
                    "d'environ 40 %, sans changement de notre côté : même rythme, mêmes "
                    "formats. Vous observez la même chose ? Des pistes ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": FELIX,
                "body": (
                    "Oui, même constat au musée, surtout pour les publications avec un lien "
                    "externe. Les publications avec photo et le lien en commentaire s'en "
                    "sortent mieux. Et rappelle-toi qu'au Canada, les liens vers les médias "
                    "d'information sont bloqués sur Facebook depuis 2023 : si tu partageais "
                    "des articles de presse sur le musée, ils ne passent plus du tout."
                ),
                "minutes_after": 90,
            },
            {
                "author": MARIE_EVE,
                "body": (
                    "On a compensé en partie avec les Reels sur Facebook, qui sont poussés "
                    "beaucoup plus fort que les photos en ce moment. Ça ne convient pas à "
                    "tout, mais pour annoncer une exposition, ça fonctionne."
                ),
                "minutes_after": 400,
            },
            {
                "author": JULIEN,
                "body": (
                    "Côté France, même baisse dans les musées du réseau. On a arrêté de courir "
                    "après : Facebook sert aux événements et au groupe des habitués, et "
                    "l'énergie va dans la lettre d'information, qui, elle, ne dépend d'aucun "
                    "algorithme."
                ),
                "minutes_after": 1500,
            },
            {
                "author": JACINTHE,
                "body": (
                    "Merci. Je n'avais pas fait le lien avec le blocage des nouvelles : on "
                    "partageait beaucoup d'articles du journal local. Ça explique une bonne "
                    "partie de la baisse."
                ),
                "minutes_after": 2200,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    JACINTHE,
                    LAURENCE,
                    ANNIE,
                ],
            },
            {
                "post": 0,
                "kind": "same-here",
                "by": [
                    FELIX,
                    SARAH,
                    JULIEN,
                    MAXIME,
                ],
            },
        ],
    },
    {
        "key": "texte-alternatif-longueur",
        "category": "accessibility-inclusion",
        "language": "fr",
        "title": "Texte alternatif sur Instagram : quelle longueur, quel niveau de détail ?",
        "author": CLEMENCE,
        "days_ago": 280,
        "accepted": 1,
        "posts": [
            {
                "author": CLEMENCE,
                "body": (
                    "Pour mes publications mensuelles sur les restaurations, la communication "
                    "me demande d'écrire les textes alternatifs des images. Je n'ai jamais "
                    "fait ça. Quelle longueur ? Faut-il décrire l'œuvre comme dans un cartel, "
                    "ou ce qu'on voit sur la photo ? Et que faire des images très techniques "
                    "(une radiographie, un repeint sous ultraviolets) ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": ROSALIE,
                "body": (
                    "Super que vous vous y mettiez ! Quelques repères :\n"
                    "\n"
                    "- **Décrivez ce que montre la photo, pas l'œuvre en général.** Si la "
                    "photo montre un détail du visage en lumière rasante, c'est ça qu'on "
                    "décrit.\n"
                    "- **Une à trois phrases**, environ 150 à 250 caractères. Les lecteurs "
                    "d'écran lisent tout d'un bloc : au-delà, ça devient pénible.\n"
                    "- **Commencez par le type d'image** quand c'est utile : « Radiographie "
                    "de… », « Photographie sous ultraviolets de… ».\n"
                    "- **Ne répétez pas la légende.** Le texte alternatif complète ce qui est "
                    "écrit, il ne le double pas.\n"
                    "- **Pour le technique, décrivez ce qu'on voit**, pas ce que ça signifie : "
                    "l'interprétation, c'est le rôle de la légende.\n"
                    "\n"
                    "Exemple :\n"
                    "\n"
                    "> Détail d'un portrait de femme photographié sous ultraviolets. Le visage "
                    "apparaît bleuté, avec des taches sombres sur la joue gauche et le menton."
                ),
                "minutes_after": 60,
            },
            {
                "author": AMANDINE,
                "body": (
                    "Et pour les vidéos, pensez aux sous-titres et, si possible, à une "
                    "audiodescription des passages sans parole. Pour nos vidéos des réserves, "
                    "on enregistre une piste audio décrite : c'est moins long qu'on le croit."
                ),
                "minutes_after": 400,
            },
            {
                "author": LEA,
                "body": (
                    "Astuce de relecture : fermez les yeux et demandez à quelqu'un de vous "
                    "lire le texte alternatif. Si vous « voyez » l'image, c'est gagné."
                ),
                "minutes_after": 1000,
            },
            {
                "author": CLEMENCE,
                "body": (
                    "Merci Rosalie, c'est limpide. Je découvre que c'est assez proche du "
                    "constat d'état, finalement : décrire précisément sans interpréter. Je m'y "
                    "mets pour la publication de vendredi."
                ),
                "minutes_after": 1900,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    CLEMENCE,
                    LEA,
                    AMANDINE,
                    CAMILLE,
                    GIULIA,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    ROSALIE,
                    CLEMENCE,
                ],
            },
        ],
    },
    {
        "key": "emoji-screen-readers",
        "category": "accessibility-inclusion",
        "language": "en",
        "title": "Emoji and screen readers: what's your house rule?",
        "author": GIULIA,
        "days_ago": 125,
        "posts": [
            {
                "author": GIULIA,
                "body": (
                    "A follower who uses a screen reader wrote to say our posts are exhausting "
                    'to listen to: every emoji is read aloud ("bird, bird, water wave, '
                    "sparkles\"). We're now writing a house rule. What's yours?"
                ),
                "minutes_after": 0,
            },
            {
                "author": ROSALIE,
                "body": (
                    "Ours, in short:\n"
                    "\n"
                    "1. **No more than three emojis per post**, never in the middle of a "
                    "sentence.\n"
                    "2. **Never use emojis as bullet points**: the screen reader reads every "
                    "one of them.\n"
                    "3. **Hashtags in CamelCase** (#MuseumWeek, not #museumweek), so they're "
                    "read as words.\n"
                    '4. **No decorative Unicode "fonts"** (the fancy script letters): screen '
                    "readers read them letter by letter, or skip them entirely.\n"
                    "\n"
                    "And thank that follower warmly. That kind of feedback is rare and "
                    "precious."
                ),
                "minutes_after": 50,
            },
            {
                "author": HANNA,
                "body": (
                    "Adding: emojis at the end of a post are much less annoying than at the "
                    'start. A listener who hears "sparkles, sparkles" before the first word '
                    "often just scrolls on."
                ),
                "minutes_after": 300,
            },
            {
                "author": PRIYA,
                "body": (
                    "Also worth knowing: in our survey, respondents over 65 were the group "
                    'most likely to say that emoji-heavy posts "don\'t feel like a museum". '
                    "Accessibility and tone pointed in the same direction."
                ),
                "minutes_after": 1000,
            },
            {
                "author": GIULIA,
                "body": (
                    "Three emojis, at the end, CamelCase hashtags. I've also asked our "
                    "follower whether she'd test a few posts before we publish them. She said "
                    "yes, with enthusiasm."
                ),
                "minutes_after": 1200,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    GIULIA,
                    OWEN,
                    RACHEL,
                    HANNA,
                    AMANDINE,
                ],
            },
            {
                "post": 4,
                "kind": "thanks",
                "by": [
                    ROSALIE,
                ],
            },
        ],
    },
    {
        "key": "langage-clair-conservateurs",
        "category": "accessibility-inclusion",
        "language": "fr",
        "title": "Langage clair : embarquer les conservateurs sans les vexer",
        "author": ROSALIE,
        "days_ago": 210,
        "posts": [
            {
                "author": ROSALIE,
                "body": (
                    "Je forme les équipes à écrire en langage clair pour le web et les "
                    "réseaux. Avec les médiateurs, ça se passe très bien. Avec les "
                    "conservateurs, c'est plus délicat : certains vivent la simplification "
                    "comme une perte de rigueur, voire comme un reproche.\n"
                    "\n"
                    "Comment vous y prenez-vous pour embarquer les équipes scientifiques sans "
                    "les vexer ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": CLEMENCE,
                "body": (
                    "En tant que conservatrice : ce qui m'a convaincue, c'est qu'on ne m'a pas "
                    "demandé de simplifier, mais de **choisir**. Un texte clair, c'est un "
                    "texte où l'on a décidé de ce qui compte le plus. C'est un exercice "
                    "scientifique, pas une concession."
                ),
                "minutes_after": 180,
            },
            {
                "author": LAURENCE,
                "body": (
                    "Ce qui a marché chez nous : faire lire le texte à voix haute par la "
                    "personne qui l'a écrit, devant deux collègues d'un autre service. Dès "
                    "qu'on bute sur une phrase, on la coupe. Personne ne se sent jugé : c'est "
                    "la phrase qui est trop longue, pas la personne."
                ),
                "minutes_after": 500,
            },
            {
                "author": LEA,
                "body": (
                    "Et montrez les résultats. On a réécrit en langage clair un article de "
                    "blog d'une archiviste, et il a été lu trois fois plus longtemps que la "
                    "version d'origine. Elle est devenue notre meilleure ambassadrice."
                ),
                "minutes_after": 1300,
            },
            {
                "author": ROSALIE,
                "body": (
                    "« Choisir plutôt que simplifier » : je garde la formule pour ma prochaine "
                    "formation, Clémence. Merci à vous trois."
                ),
                "minutes_after": 2000,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    ROSALIE,
                    LEA,
                    LAURENCE,
                    ANNIE,
                ],
            },
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    ROSALIE,
                    CLEMENCE,
                ],
            },
        ],
    },
    {
        "key": "audio-posts-older-followers",
        "category": "accessibility-inclusion",
        "language": "en",
        "title": "Audio posts for followers with poor eyesight: what format works?",
        "author": OWEN,
        "days_ago": 80,
        "posts": [
            {
                "author": OWEN,
                "body": (
                    "Giulia mentioned audio posts for older followers in another thread, and "
                    "several of our regulars have poor eyesight. Has anyone published audio on "
                    "social media in a way that works? Instagram doesn't really do audio-only."
                ),
                "minutes_after": 0,
            },
            {
                "author": GIULIA,
                "body": (
                    'We run a "Listen to the lagoon" series: 60 to 90 seconds of a curator '
                    "describing an object over a still photo, posted as a Reel and on "
                    "Facebook. The same audio goes into the newsletter as a link. Our older "
                    "visitors listen on their phones with the volume up. Simple, and very "
                    "popular."
                ),
                "minutes_after": 120,
            },
            {
                "author": AMANDINE,
                "body": (
                    "We do something similar with our storage-room videos: a second, described "
                    "audio track that says what's on screen, not only what's being said. It "
                    "takes us about an hour per three-minute video."
                ),
                "minutes_after": 500,
            },
            {
                "author": JORIS,
                "body": (
                    "Also consider a simple podcast feed. Ours is just the audio of the "
                    "weekend shows, and it has a surprisingly loyal audience of people who "
                    "listen on the train."
                ),
                "minutes_after": 1400,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    OWEN,
                    RACHEL,
                    ROSALIE,
                ],
            },
        ],
    },
    {
        "key": "audiodescription-prestataire",
        "category": "accessibility-inclusion",
        "language": "fr",
        "title": "Audiodescription de capsules vidéo : prestataire ou à l'interne ?",
        "author": SAMUEL,
        "days_ago": 12,
        "posts": [
            {
                "author": SAMUEL,
                "body": (
                    "On voudrait proposer une audiodescription pour nos capsules vidéo de plus "
                    "de deux minutes (les plus courtes, on les décrit dans la légende). Est-ce "
                    "que quelqu'un travaille avec un prestataire au Québec pour "
                    "l'audiodescription de vidéos courtes ? Ou le faites-vous à l'interne, et "
                    "avec quels outils ?"
                ),
                "minutes_after": 0,
            },
        ],
    },
    {
        "key": "which-mastodon-server",
        "category": "tools-platforms",
        "language": "en",
        "title": "Which Mastodon server for an official museum account?",
        "author": KATRIN,
        "days_ago": 370,
        "accepted": 1,
        "posts": [
            {
                "author": KATRIN,
                "body": (
                    "We're setting up an official Mastodon account. Should a museum join a big "
                    "general server, a museum or GLAM-specific one, or run its own? Our IT "
                    "department is nervous about running anything themselves."
                ),
                "minutes_after": 0,
            },
            {
                "author": JONAS,
                "body": (
                    "I made this decision for us last year, so here's my reasoning:\n"
                    "\n"
                    "- **A big general server**: easy, but you depend on volunteer admins' "
                    "policies, and your handle says nothing about who you are.\n"
                    "- **A GLAM or culture-focused server**: a good community and easy "
                    "discovery at first. Check that it accepts institutional accounts and how "
                    "it's funded, then donate to it.\n"
                    "- **Your own server** (for example `social.yourmuseum.example`): an "
                    "unmistakable handle and full control, but you're responsible for "
                    "moderation, legal requests and updates. Managed hosting exists, for a few "
                    "dozen euros a month.\n"
                    "\n"
                    "My recommendation: **start on a GLAM server**, and verify the account "
                    'with a link from your website (the `rel="me"` link gives you the green '
                    "tick on your profile). Move to your own server later if you need to; "
                    "Mastodon lets you take your followers with you."
                ),
                "minutes_after": 100,
            },
            {
                "author": MAXIME,
                "body": (
                    "We're on a culture-sector server in Belgium and very happy with it. A "
                    "small community, responsive admins, and people boost museum posts "
                    'generously. Do the `rel="me"` verification on day one: people do check.'
                ),
                "minutes_after": 300,
            },
            {
                "author": NICOLAS,
                "body": (
                    "One tip: write alt text for every image, starting with your very first "
                    "post. On Mastodon, posts without image descriptions are often not "
                    "boosted, and some people filter them out entirely. It's the community "
                    "norm there."
                ),
                "minutes_after": 1000,
            },
            {
                "author": KATRIN,
                "body": (
                    "GLAM server it is, with the rel=me link. IT is relieved. Thank you, Jonas!"
                ),
                "minutes_after": 1500,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    KATRIN,
                    MAXIME,
                    LEA,
                    RACHEL,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    KATRIN,
                    JONAS,
                    ROSALIE,
                ],
            },
        ],
    },
    {
        "key": "bluesky-un-an-apres",
        "category": "tools-platforms",
        "language": "fr",
        "title": "Bluesky, un an après : on reste ?",
        "author": MAXIME,
        "days_ago": 45,
        "posts": [
            {
                "author": MAXIME,
                "body": (
                    "Un an après l'ouverture de notre compte Bluesky, bilan honnête : 1 900 "
                    "abonnés (contre 12 000 sur Facebook), mais des conversations beaucoup "
                    "plus riches, surtout avec des historiens et des enseignants. Nos fils sur "
                    "l'histoire ouvrière ont été repris dans deux cours d'université. En "
                    "revanche, quasiment aucun visiteur « grand public ».\n"
                    "\n"
                    "Vous restez, vous ? Qu'est-ce qui marche pour vous là-bas ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": INES,
                "body": (
                    "On reste, pour la même raison : la communauté professionnelle et la "
                    "presse culturelle y sont. Les fils marchent bien mieux que les messages "
                    "isolés. Par contre, on n'y met plus nos annonces d'événements : personne "
                    "ne réagit."
                ),
                "minutes_after": 150,
            },
            {
                "author": LEA,
                "body": (
                    "Les « starter packs » nous ont beaucoup aidés : on en a créé un avec les "
                    "archives et bibliothèques de Suisse romande. Visibilité mutuelle pour "
                    "tout le monde, et nos abonnés ont doublé en deux mois."
                ),
                "minutes_after": 600,
            },
            {
                "author": NICOLAS,
                "body": (
                    "Léa et moi sommes dans la même institution, je confirme pour le starter "
                    "pack 🙂 Et on a remarqué que les images d'archives presque sans texte (une "
                    "belle affiche et deux lignes) circulent très bien là-bas, un peu comme "
                    "sur l'ancien Twitter."
                ),
                "minutes_after": 700,
            },
            {
                "author": CAMILLE,
                "body": (
                    "On hésite encore à y investir plus de temps. Vos retours m'aident : on va "
                    "en faire un réseau « pros et presse », sans chercher à y reproduire "
                    "Instagram."
                ),
                "minutes_after": 2500,
            },
        ],
        "reactions": [
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    MAXIME,
                    CAMILLE,
                    INES,
                ],
            },
            {
                "post": 0,
                "kind": "same-here",
                "by": [
                    JONAS,
                    NICOLAS,
                ],
            },
        ],
    },
    {
        "key": "tiktok-without-video-skills",
        "category": "tools-platforms",
        "language": "en",
        "title": "Starting TikTok with a phone, no editing skills and two hours a week?",
        "author": RACHEL,
        "days_ago": 55,
        "posts": [
            {
                "author": RACHEL,
                "body": (
                    'Our trustees keep saying "we should be on TikTok". None of our '
                    "volunteers has ever edited a video. Is it realistic to start with a "
                    "phone, no editing skills and about two hours a week? Or is it a recipe "
                    "for a dead account?"
                ),
                "minutes_after": 0,
            },
            {
                "author": PAU,
                "body": (
                    "Realistic, if you accept that the phone *is* the studio. Rules that work "
                    "for beginners:\n"
                    "\n"
                    "- **One idea per video**, under 30 seconds.\n"
                    "- **Film in one take** when you can: a volunteer answering a single "
                    'question ("what\'s the loudest machine in the mill?").\n'
                    "- **Edit in the app**: automatic captions, then corrected by hand.\n"
                    "- **Post twice a week for three months** before judging anything.\n"
                    "\n"
                    "Your mill has sound and movement, which is gold on TikTok. Start with the "
                    "machines."
                ),
                "minutes_after": 70,
            },
            {
                "author": SAMUEL,
                "body": (
                    "Agree with Pau. One more: don't chase trends and trending sounds. The "
                    "museum accounts that do well have a recurring format people recognise. "
                    'For you, it could be "Mill sound of the week".'
                ),
                "minutes_after": 300,
            },
            {
                "author": MARGAUX,
                "body": (
                    "I'm in exactly the same situation at a small château (alone, a phone, "
                    "seasonal guides) and it works. My advice: the guides are the stars, not "
                    "you. Ask who enjoys being on camera. One of ours has become a local "
                    "celebrity 😄"
                ),
                "minutes_after": 900,
            },
            {
                "author": RACHEL,
                "body": (
                    '"Mill sound of the week" is such a good idea. Derek, the volunteer who '
                    "runs the carding machine, has already agreed to be the star."
                ),
                "minutes_after": 1300,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    RACHEL,
                    OWEN,
                    GIULIA,
                ],
            },
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    RACHEL,
                    PAU,
                ],
            },
        ],
    },
    {
        "key": "meta-business-suite-carrousels",
        "category": "tools-platforms",
        "language": "fr",
        "title": "Meta Business Suite refuse de programmer nos carrousels",
        "author": KARIM,
        "days_ago": 35,
        "accepted": 2,
        "posts": [
            {
                "author": KARIM,
                "body": (
                    "Depuis une semaine, Meta Business Suite refuse de programmer nos "
                    "carrousels Instagram : message d'erreur générique, et la publication "
                    "reste en brouillon. Les publications à image unique passent. Quelqu'un a "
                    "le même souci ? On a vidé le cache et changé de navigateur, rien n'y fait."
                ),
                "minutes_after": 0,
            },
            {
                "author": CAMILLE,
                "body": (
                    "Oui, même chose chez nous depuis mardi. Ça semble lié aux images de "
                    "formats différents dans un même carrousel : une image en 4:5 au milieu "
                    "d'images carrées, et ça plante. En recadrant toutes les images au même "
                    "format, ça repasse."
                ),
                "minutes_after": 40,
            },
            {
                "author": JULIEN,
                "body": (
                    "Je confirme la piste de Camille, et j'ajoute une deuxième cause "
                    "rencontrée dans le réseau : des images trop lourdes (PNG de plus de 8 "
                    "Mo). Exportez en JPEG, même format pour toutes les images, moins de 8 Mo "
                    "chacune. Si ça ne passe toujours pas, programmez depuis l'application "
                    "mobile : le bug ne touche souvent que la version web."
                ),
                "minutes_after": 200,
            },
            {
                "author": KARIM,
                "body": (
                    "C'était bien le format : une image en 4:5 au milieu de carrés. Tout "
                    "recadré en 4:5, programmé, publié. Merci à vous deux !"
                ),
                "minutes_after": 300,
            },
            {
                "author": INES,
                "body": (
                    "J'ajoute la solution à notre document interne « bugs Meta ». Une section "
                    "qui ne fait que grossir…"
                ),
                "minutes_after": 2000,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    KARIM,
                    INES,
                    NORA,
                ],
            },
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    KARIM,
                    GWENAELLE,
                    MARGAUX,
                ],
            },
            {
                "post": 4,
                "kind": "same-here",
                "by": [
                    FELIX,
                    JACINTHE,
                    SARAH,
                ],
            },
        ],
    },
    {
        "key": "pinterest-usage-collections",
        "category": "tools-platforms",
        "language": "fr",
        "title": "Pinterest : relier les épingles à un usage réel des collections ?",
        "author": NICOLAS,
        "days_ago": 18,
        "posts": [
            {
                "author": NICOLAS,
                "body": (
                    "Nous avons 40 tableaux Pinterest d'affiches anciennes, et les "
                    "statistiques montrent que certaines épingles circulent encore des années "
                    "après leur publication. Mais impossible de savoir si ça mène à des "
                    "visites ou à des consultations de nos fonds en ligne : Pinterest renvoie "
                    "très peu de clics mesurables.\n"
                    "\n"
                    "Quelqu'un a-t-il trouvé une méthode pour relier Pinterest à un usage réel "
                    "des collections ?"
                ),
                "minutes_after": 0,
            },
        ],
    },
    {
        "key": "degat-des-eaux-fermeture",
        "category": "crisis-communication",
        "language": "fr",
        "title": "Dégât d'eau, deux salles fermées en pleine saison : notre retour",
        "author": MARIE_EVE,
        "days_ago": 395,
        "posts": [
            {
                "author": MARIE_EVE,
                "body": (
                    "Je partage un retour d'expérience, parce qu'on parle moins de ces "
                    "crises-là que des crises médiatiques. En juillet, un dégât d'eau a fermé "
                    "deux salles pendant sept semaines, en pleine saison touristique. Ce qu'on "
                    "a fait :\n"
                    "\n"
                    "- une annonce le jour même, avec une photo honnête (ni la pire, ni la "
                    "plus flatteuse) ;\n"
                    "- **un point quotidien** en story, puis hebdomadaire, sur l'avancement : "
                    "séchage, constat d'état des œuvres, travaux ;\n"
                    "- un tarif réduit pendant la fermeture, annoncé avant qu'on nous le "
                    "demande ;\n"
                    "- une réponse personnalisée à chaque avis Google qui mentionnait la "
                    "fermeture.\n"
                    "\n"
                    "Résultat : 212 messages de soutien, 14 plaintes, et de nouveaux abonnés "
                    "qui voulaient suivre le chantier. Les coulisses de la restauration sont "
                    "devenues notre contenu le plus vu de l'été."
                ),
                "minutes_after": 0,
            },
            {
                "author": ANNIE,
                "body": (
                    "C'est exactement ce qu'on a vécu pendant notre fermeture de dix-huit "
                    "mois, à une autre échelle : les gens pardonnent presque tout si on leur "
                    "explique ce qui se passe. Ce qu'ils ne pardonnent pas, c'est de "
                    "l'apprendre en arrivant devant la porte."
                ),
                "minutes_after": 200,
            },
            {
                "author": BAPTISTE,
                "body": (
                    "Question pratique : qui validait les points quotidiens ? Chez nous, la "
                    "validation par la direction nous aurait fait perdre 24 h à chaque fois."
                ),
                "minutes_after": 800,
            },
            {
                "author": MARIE_EVE,
                "body": (
                    "@baptiste-lacoste On a défini le cadre avec la direction dès le premier "
                    "jour : ce qu'on peut dire sans validation (avancement, dates "
                    "prévisionnelles, état des œuvres déjà constaté) et ce qui doit remonter "
                    "(coûts, responsabilités, assurances). Ensuite, plus de validation "
                    "quotidienne. Ça a tout changé."
                ),
                "minutes_after": 900,
            },
            {
                "author": ETIENNE,
                "body": (
                    "Je travaille au même musée et j'ajoute un effet inattendu : les "
                    "restaurateurs ont adoré être filmés. Deux d'entre eux ont depuis accepté "
                    "d'animer des conférences publiques."
                ),
                "minutes_after": 2000,
            },
        ],
        "reactions": [
            {
                "post": 0,
                "kind": "helpful",
                "by": [
                    ANNIE,
                    BAPTISTE,
                    NORA,
                    SARAH,
                    KATRIN,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    BAPTISTE,
                    ANNIE,
                    OLIVIER,
                ],
            },
        ],
    },
    {
        "key": "raid-de-trolls-protocole",
        "category": "crisis-communication",
        "language": "fr",
        "title": "Raid de commentaires hostiles après un article de presse : notre protocole",
        "author": BAPTISTE,
        "days_ago": 300,
        "posts": [
            {
                "author": BAPTISTE,
                "body": (
                    "On me demande souvent le protocole qu'on a écrit après les trois semaines "
                    "de commentaires hostiles sur notre exposition consacrée au retour des "
                    "grands prédateurs (loup, ours, lynx). Un article de la presse régionale "
                    "avait été partagé dans des groupes opposés au retour du loup, et on a "
                    "reçu environ 1 100 commentaires en dix jours. Le protocole tient en une "
                    "page :\n"
                    "\n"
                    "1. **Niveau 1, critique, même vive** : on laisse, on répond une fois avec "
                    "une source.\n"
                    "2. **Niveau 2, insultes ou hors-sujet répétitif** : on masque, on note "
                    "dans le registre.\n"
                    "3. **Niveau 3, menaces ou données personnelles d'agents** : capture "
                    "d'écran, signalement à la plateforme, information de la direction le jour "
                    "même, plainte si nécessaire.\n"
                    "\n"
                    "Et une règle d'équipe : **personne ne modère seul plus de deux heures "
                    "d'affilée**. La dernière semaine, j'ai craqué ; je ne veux plus qu'un "
                    "collègue vive ça."
                ),
                "minutes_after": 0,
            },
            {
                "author": FELIX,
                "body": (
                    "Merci pour le partage, et surtout pour la dernière règle. On oublie trop "
                    "souvent que modérer, c'est encaisser. Chez nous, on a ajouté un débrief "
                    "de 15 minutes en fin de journée pendant les périodes chaudes, juste pour "
                    "vider son sac."
                ),
                "minutes_after": 200,
            },
            {
                "author": AMIRA,
                "body": (
                    "Votre protocole à trois niveaux ressemble beaucoup à ce que font les "
                    "institutions que j'étudie et qui s'en sortent le mieux. Un ajout fréquent "
                    ": une **réponse de fond publiée une seule fois**, épinglée, qui explique "
                    "la démarche scientifique de l'exposition. Ensuite, on y renvoie au lieu "
                    "de réargumenter sous chaque commentaire."
                ),
                "minutes_after": 700,
            },
            {
                "author": SARAH,
                "body": (
                    "On a repris votre grille, Baptiste, en l'adaptant à notre exposition sur "
                    "les grèves de 1960, qui réveille encore des passions ici. Le simple fait "
                    "d'avoir des niveaux écrits a rassuré toute l'équipe."
                ),
                "minutes_after": 1500,
            },
            {
                "author": INES,
                "body": (
                    "Je l'ai imprimée et affichée à côté de mon écran. Et je vais proposer le "
                    "débrief de Félix à mon équipe."
                ),
                "minutes_after": 2600,
            },
        ],
        "reactions": [
            {
                "post": 0,
                "kind": "helpful",
                "by": [
                    FELIX,
                    AMIRA,
                    SARAH,
                    INES,
                    MARIE_EVE,
                    HANNA,
                    KATRIN,
                ],
            },
            {
                "post": 0,
                "kind": "thanks",
                "by": [
                    NORA,
                    JACINTHE,
                ],
            },
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    BAPTISTE,
                    INES,
                ],
            },
        ],
    },
    {
        "key": "strike-closure-wording",
        "category": "crisis-communication",
        "language": "en",
        "title": "Closing because of a strike: how do you word it?",
        "author": JONAS,
        "days_ago": 65,
        "posts": [
            {
                "author": JONAS,
                "body": (
                    "Tomorrow our visitor services staff join the public-sector warning strike "
                    "in the current pay round, so we'll open late or only partly. Management's "
                    'first draft says "closed due to unforeseen circumstances". Several of '
                    "us think that's both untrue and disrespectful to our colleagues.\n"
                    "\n"
                    "How have you worded closures due to strikes?"
                ),
                "minutes_after": 0,
            },
            {
                "author": OWEN,
                "body": (
                    '"Unforeseen" will be read as evasive, especially since warning strikes '
                    'are announced in the news. Factual and neutral works best: "Due to '
                    "strike action, the museum will open at 2 pm tomorrow. Thank you for your "
                    "understanding.\" That's roughly what UK museums used during the last "
                    "public-sector strikes."
                ),
                "minutes_after": 40,
            },
            {
                "author": HANNA,
                "body": (
                    'From the comments side: expect people to ask "whose side are you on?". '
                    "Prepare one friendly reply that says nothing about the dispute, such as "
                    "\"We're sorry for the disruption and will post updates here as soon as we "
                    'have them." Then keep that promise.'
                ),
                "minutes_after": 200,
            },
            {
                "author": KATRIN,
                "body": (
                    "(Jonas's head of comms here.) I agree with him and have told the "
                    "director. Our line: neutral and factual, no comment on the dispute in "
                    "either direction, and no public thanks to staff who aren't striking, "
                    "since that takes a side too. Updates as soon as we know the opening time."
                ),
                "minutes_after": 300,
            },
            {
                "author": JONAS,
                "body": (
                    "Posted with the neutral wording. Comments were calm, a few people wished "
                    "the staff luck, and one asked whether tickets bought online would be "
                    "refunded, which reminded us to add that to the post."
                ),
                "minutes_after": 1200,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    JONAS,
                    KATRIN,
                    PRIYA,
                ],
            },
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    JONAS,
                    AMIRA,
                ],
            },
        ],
    },
    {
        "key": "createurs-avant-premiere",
        "category": "partnerships-creators",
        "language": "fr",
        "title": "Créateurs invités en avant-première : et quand la critique est négative ?",
        "author": KARIM,
        "days_ago": 155,
        "posts": [
            {
                "author": KARIM,
                "body": (
                    "Depuis un an, on invite des créateurs de contenu du quartier à découvrir "
                    "chaque exposition avant le public. On a écrit des règles (pas de "
                    "rémunération cachée, mention du partenariat obligatoire, liberté de ton "
                    "totale), et ça fonctionne bien. Mais une créatrice très suivie a publié "
                    "une vidéo assez critique sur la dernière exposition, et l'artiste l'a mal "
                    "pris.\n"
                    "\n"
                    "Comment gérez-vous la « liberté de ton » quand elle ne va pas dans votre "
                    "sens ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": LAURENCE,
                "body": (
                    "C'est le prix de la crédibilité, je crois. Si les créateurs ne peuvent "
                    "dire que du bien, leurs abonnés le sentent, et votre programme ne vaut "
                    "plus rien. En revanche, prévenez les artistes en amont : « des créateurs "
                    "viendront, ils seront libres de leur avis ». Ça évite la mauvaise "
                    "surprise."
                ),
                "minutes_after": 120,
            },
            {
                "author": ETIENNE,
                "body": (
                    "On a eu le cas avec un balado culturel. On a répondu publiquement, en "
                    "remerciant pour la critique et en expliquant un choix de scénographie. "
                    "L'animateur a apprécié, et on a été réinvités à l'émission suivante pour "
                    "en parler. Une critique peut ouvrir une conversation."
                ),
                "minutes_after": 400,
            },
            {
                "author": MEI,
                "body": (
                    "Même logique avec les agences de voyage chinoises : on les invite sans "
                    "aucun contrôle sur ce qu'elles publient. Leurs remarques négatives sur la "
                    "signalétique nous ont poussés à revoir le livret de visite en chinois."
                ),
                "minutes_after": 900,
            },
            {
                "author": MARGAUX,
                "body": (
                    "Et au pire, une critique honnête fait aussi venir du monde. Un créateur a "
                    "trouvé notre château « trop petit pour le prix », et on a eu une vague de "
                    "visiteurs curieux de vérifier par eux-mêmes 😄"
                ),
                "minutes_after": 1600,
            },
            {
                "author": KARIM,
                "body": (
                    "Merci. J'ajoute une ligne à notre charte pour les artistes, comme le "
                    "suggère Laurence, et je vais proposer à la créatrice une rencontre avec "
                    "l'artiste. Ils ont peut-être plus en commun qu'ils ne le pensent."
                ),
                "minutes_after": 2400,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    KARIM,
                    PAU,
                    ETIENNE,
                ],
            },
            {
                "post": 4,
                "kind": "same-here",
                "by": [
                    KARIM,
                    SAMUEL,
                ],
            },
        ],
    },
    {
        "key": "paying-local-creators",
        "category": "partnerships-creators",
        "language": "en",
        "title": "Paying local creators: fees and a contract shorter than 12 pages?",
        "author": PAU,
        "days_ago": 230,
        "posts": [
            {
                "author": PAU,
                "body": (
                    "We're starting a paid programme with local creators on TikTok and "
                    "Instagram (5k to 60k followers). What do you pay, and what do your "
                    "contracts cover? Our legal department wants a 12-page contract, which "
                    "feels excessive for a 45-second video."
                ),
                "minutes_after": 0,
            },
            {
                "author": LUCIA,
                "body": (
                    "Context from Pau's manager: our draft fee grid is €150 to €600 per video, "
                    "depending on audience size and on whether we get usage rights for our own "
                    "channels. The usage rights are what the 12 pages are really about."
                ),
                "minutes_after": 60,
            },
            {
                "author": KATRIN,
                "body": (
                    "Our one-page contract covers: the fee, deliverables, dates, **clear "
                    "labelling as a paid partnership** (a legal requirement in Germany and "
                    "most of the EU), usage rights (ours to repost for 12 months), and no "
                    "approval of content beyond factual corrections. Legal accepted one page "
                    "plus an annex."
                ),
                "minutes_after": 400,
            },
            {
                "author": KARIM,
                "body": (
                    "We do unpaid invitations rather than paid partnerships, so a different "
                    "model, but one thing applies to both: put the **labelling requirement** "
                    'in writing. A creator once "forgot" the label, a follower accused us of '
                    "hidden advertising, and the written rule protected us."
                ),
                "minutes_after": 900,
            },
            {
                "author": PAU,
                "body": (
                    "Thank you. We're going for one page plus an annex, the €150–€600 grid and "
                    '12-month usage rights. Legal is "reviewing". I\'ll report back in about '
                    "six months."
                ),
                "minutes_after": 2000,
            },
        ],
        "reactions": [
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    PAU,
                    LUCIA,
                    KARIM,
                    OWEN,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    PAU,
                    LAURENCE,
                ],
            },
        ],
    },
    {
        "key": "partenariat-office-tourisme",
        "category": "partnerships-creators",
        "language": "fr",
        "title": "Partenariat avec l'office de tourisme : qui publie quoi ?",
        "author": ETIENNE,
        "days_ago": 4,
        "posts": [
            {
                "author": ETIENNE,
                "body": (
                    "On lance un partenariat avec l'office de tourisme régional pour l'été : "
                    "ils veulent des contenus « prêts à publier » de notre part, et nous "
                    "voudrions qu'ils relaient nos événements. Qui décide de quoi ?\n"
                    "\n"
                    "Avez-vous une entente qui précise qui publie quoi, avec quels crédits "
                    "photo, et qui répond aux commentaires quand nos contenus sont repris sur "
                    "leurs comptes ?"
                ),
                "minutes_after": 0,
            },
        ],
    },
    {
        "key": "unpaid-agency-warning",
        "category": "career-training",
        "language": "en",
        "title": "Heads-up: a social-media agency that doesn't pay its freelancers",
        "author": RACHEL,
        "days_ago": 145,
        "locked": True,
        "posts": [
            {
                "author": RACHEL,
                "body": (
                    "Heads-up to colleagues in the UK. An agency that approached several small "
                    'museums last year with a "heritage content package" still owes money to '
                    "at least two freelancers I know, who did the actual content work on our "
                    'account. If you were approached by an agency offering "90 days of '
                    'heritage content" for a fixed fee, please be careful.'
                ),
                "minutes_after": 0,
            },
            {
                "author": OWEN,
                "body": (
                    "We were approached by what sounds like the same people. I'll say it: it's "
                    "the agency set up by the former events manager of a well-known Bristol "
                    "venue. Everyone in the sector here knows who I mean. Avoid."
                ),
                "minutes_after": 90,
            },
            {
                "author": PRIYA,
                "body": (
                    "Owen, I'm not sure this is the place to hint at who it is. We don't know "
                    "the whole story."
                ),
                "minutes_after": 150,
            },
            {
                "author": OWEN,
                "body": (
                    "Freelancers not being paid *is* the whole story, as far as I'm concerned."
                ),
                "minutes_after": 180,
            },
            {
                "author": HANNA,
                "body": (
                    "I'm locking this thread. Warning colleagues about unpaid work is "
                    "legitimate, but hints that identify a person or a company, with nothing "
                    "members can verify, expose the authors and Museum Commons to legal risk, "
                    "and the people concerned can't answer here.\n"
                    "\n"
                    "If you were affected, please write to the moderators privately; we can "
                    "point you to freelancers' union resources. For the general question of "
                    "how to protect yourself when hiring an agency or a freelancer (contracts, "
                    "staged payments, who owns the content), I've opened a new thread: "
                    '**"Contracts with agencies and freelancers: what should they '
                    'include?"** Thanks for understanding.'
                ),
                "minutes_after": 240,
            },
        ],
    },
    {
        "key": "agency-freelancer-contracts",
        "category": "career-training",
        "language": "en",
        "title": "Contracts with agencies and freelancers: what should they include?",
        "author": HANNA,
        "days_ago": 144,
        "posts": [
            {
                "author": HANNA,
                "body": (
                    "Following a thread I had to lock: what should a contract with a "
                    "social-media agency or a freelancer include, from both sides? I'll start "
                    "the list:\n"
                    "\n"
                    "- deliverables and dates, in numbers (how many posts, on which "
                    "channels);\n"
                    "- **staged payments** tied to deliverables, not one lump sum at the end;\n"
                    "- who owns the content, the photos and the accounts (the museum should "
                    "always keep admin access);\n"
                    "- what happens if either side ends the contract early."
                ),
                "minutes_after": 0,
            },
            {
                "author": RACHEL,
                "body": (
                    "From the freelancer side (I asked the two people I mentioned): payment "
                    "within 30 days of the invoice, a late-payment clause, and a named person "
                    "at the museum who approves the work. Both were paid through the agency, "
                    "not by the museum, which is how the money got stuck."
                ),
                "minutes_after": 300,
            },
            {
                "author": LUCIA,
                "body": (
                    "And make sure **admin access** to your accounts stays with a museum email "
                    "address. We once had to prove to Meta that we owned our own page, because "
                    "an agency had set it up with its director's personal account."
                ),
                "minutes_after": 900,
            },
            {
                "author": OWEN,
                "body": (
                    "Fair enough on the lock, Hanna. For the list: ask for references from two "
                    "other museums, and actually phone them. That would have saved everyone "
                    "here a lot of trouble."
                ),
                "minutes_after": 1500,
            },
        ],
        "reactions": [
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    RACHEL,
                    OWEN,
                    PRIYA,
                    KATRIN,
                ],
            },
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    HANNA,
                    GIULIA,
                ],
            },
        ],
    },
    {
        "key": "formation-community-management",
        "category": "career-training",
        "language": "fr",
        "title": "Se former au community management culturel : qu'est-ce qui vous a servi ?",
        "author": MATHIEU,
        "days_ago": 85,
        "posts": [
            {
                "author": MATHIEU,
                "body": (
                    "J'arrive de bibliothèque et j'aimerais me former sérieusement au "
                    "community management culturel ; mon employeur a un budget formation. "
                    "Entre les formations courtes en ligne, les certificats universitaires et "
                    "les ateliers des réseaux professionnels, je suis un peu perdu. Qu'est-ce "
                    "qui vous a réellement servi ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": HELENE,
                "body": (
                    "J'enseigne en formation continue, donc je ne suis pas neutre 🙂 Mon "
                    "conseil : choisissez une formation qui vous fait **produire** (une "
                    "stratégie, un calendrier, une charte de modération pour votre propre "
                    "musée), pas seulement écouter. Et méfiez-vous des programmes qui "
                    "promettent de devenir « expert en trois jours »."
                ),
                "minutes_after": 200,
            },
            {
                "author": GWENAELLE,
                "body": (
                    "Les ateliers d'une demi-journée que proposent les réseaux de musées sont "
                    "souvent gratuits et très concrets. Moins prestigieux qu'un certificat, "
                    "mais on repart avec des outils, et surtout avec des collègues à qui "
                    "écrire ensuite."
                ),
                "minutes_after": 500,
            },
            {
                "author": INES,
                "body": (
                    "Honnêtement, ce qui m'a le plus formée, ce sont les échanges entre pairs "
                    "(ici, par exemple !) et le fait de suivre de près les comptes que "
                    "j'admire en notant ce qu'ils font. Une formation pour les bases, puis de "
                    "l'observation."
                ),
                "minutes_after": 900,
            },
            {
                "author": MATHIEU,
                "body": (
                    "Merci à toutes les trois. Je vais demander un certificat avec un projet "
                    "appliqué au musée, et m'inscrire en parallèle aux ateliers du réseau."
                ),
                "minutes_after": 1500,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    MATHIEU,
                    GWENAELLE,
                ],
            },
            {
                "post": 3,
                "kind": "same-here",
                "by": [
                    CAMILLE,
                    FELIX,
                    SAMUEL,
                ],
            },
        ],
    },
    {
        "key": "job-titles-matter",
        "category": "career-training",
        "language": "en",
        "title": "Community manager, digital officer…: does the job title matter?",
        "author": PRIYA,
        "days_ago": 270,
        "posts": [
            {
                "author": PRIYA,
                "body": (
                    'My contract says "Marketing and audiences officer". I spend half my '
                    "time on social media, a quarter on surveys and data, and the rest on "
                    "whatever comes up. We're rewriting job descriptions and I wonder how "
                    "other people's titles match reality. Community manager? Digital officer? "
                    "Does the title actually matter for your career?"
                ),
                "minutes_after": 0,
            },
            {
                "author": AMIRA,
                "body": (
                    "In my interviews, the title mattered more than people expected. Staff "
                    'with "community manager" in their title were more often left out of '
                    'exhibition planning meetings than those titled "digital engagement" or '
                    '"audiences" something. A title signals whether you\'re seen as a '
                    "producer or as the person who posts."
                ),
                "minutes_after": 120,
            },
            {
                "author": JONAS,
                "body": (
                    'German museums mostly say "Social Media Manager" or '
                    '"Online-Redakteur". I pushed for "community manager" because '
                    "moderation and conversation are most of my job and I wanted that to be "
                    "visible. No regrets, but Amira's point matches my experience of meetings."
                ),
                "minutes_after": 300,
            },
            {
                "author": JORIS,
                "body": (
                    'I\'m "Digital producer", which means nobody knows exactly what I do. '
                    "That has its advantages."
                ),
                "minutes_after": 800,
            },
            {
                "author": CAMILLE,
                "body": (
                    'In France, "chargé·e de communication numérique" or "responsable des '
                    'contenus numériques" are common; "community manager" is often seen as '
                    'a junior role. Our last job ad used "community manager" and drew mostly '
                    "applicants fresh out of school. Titles do filter who applies."
                ),
                "minutes_after": 1400,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    PRIYA,
                    JONAS,
                    CAMILLE,
                    KATRIN,
                ],
            },
            {
                "post": 3,
                "kind": "same-here",
                "by": [
                    SAMUEL,
                    PAU,
                ],
            },
        ],
    },
    {
        "key": "conservatrice-aux-commandes",
        "category": "digital-mediation",
        "language": "fr",
        "title": "Une conservatrice aux commandes d'Instagram une fois par mois",
        "author": CLEMENCE,
        "days_ago": 320,
        "posts": [
            {
                "author": CLEMENCE,
                "body": (
                    "Depuis un an, je prends les commandes du compte Instagram du musée une "
                    "fois par mois pour raconter une restauration en cours. Je n'étais pas du "
                    "tout à l'aise au début. Voici ce que j'ai appris, et je serais curieuse "
                    "des expériences d'autres conservateurs :\n"
                    "\n"
                    "- Les questions des abonnés sont **excellentes** : deux d'entre elles "
                    "m'ont fait reprendre des cartels qui n'étaient pas clairs.\n"
                    "- Montrer le doute marche mieux que montrer la certitude. « On ne sait "
                    "pas encore pourquoi ce repeint est là » suscite trois fois plus de "
                    "commentaires.\n"
                    "- Il faut une personne de la communication à côté, pour le rythme et le "
                    "format. Seule, je ferais des stories de 25 écrans."
                ),
                "minutes_after": 0,
            },
            {
                "author": LAURENCE,
                "body": (
                    "Même pratique chez nous, mais avec les artistes pendant l'accrochage. Ce "
                    "que tu dis du doute vaut aussi pour l'art contemporain : montrer "
                    "l'artiste qui hésite entre deux accrochages, c'est ce qui intéresse le "
                    "plus les gens."
                ),
                "minutes_after": 200,
            },
            {
                "author": SARAH,
                "body": (
                    "Chez nous, les conservateurs notent déjà leurs idées dans le planning "
                    "éditorial. La prise de parole directe, on la propose maintenant une fois "
                    "par trimestre, et ce sont eux qui la réclament."
                ),
                "minutes_after": 600,
            },
            {
                "author": CAMILLE,
                "body": (
                    "Côté communication, je confirme : un conservateur qui prend la parole "
                    "lui-même, c'est ce qu'on a de plus précieux. Les abonnés font très bien "
                    "la différence entre « le musée dit » et « Clémence nous montre »."
                ),
                "minutes_after": 1300,
            },
        ],
        "reactions": [
            {
                "post": 0,
                "kind": "helpful",
                "by": [
                    LAURENCE,
                    SARAH,
                    CAMILLE,
                    LEA,
                ],
            },
        ],
    },
    {
        "key": "qa-site-during-closure",
        "category": "digital-mediation",
        "language": "en",
        "title": "A Q&A site during a long closure: how much staff time does it take?",
        "author": JORIS,
        "days_ago": 240,
        "posts": [
            {
                "author": JORIS,
                "body": (
                    "We're closing for 14 months of renovation next year. I've heard of "
                    "museums running a Q&A site during closures, where their scientists answer "
                    "the public's questions. Has anyone done this? How much staff time does it "
                    "really take?"
                ),
                "minutes_after": 0,
            },
            {
                "author": ANNIE,
                "body": (
                    "We did it during our eighteen-month closure, so happy to share. Six "
                    "scientists took turns, and we published three answers a week. Rough "
                    "numbers:\n"
                    "\n"
                    "- 1,400 questions received, 210 answered;\n"
                    "- about 2 hours per answer, editing included;\n"
                    "- an editor (me) to choose the questions, edit the answers and keep the "
                    "tone consistent: roughly one day a week.\n"
                    "\n"
                    "It's still our most visited page three years after reopening, because the "
                    "answers rank well in search engines. The key: answer the questions people "
                    "actually ask, not the ones you wish they'd ask. \"Why don't spiders stick "
                    'to their own webs?" got 40,000 visits.'
                ),
                "minutes_after": 150,
            },
            {
                "author": AMANDINE,
                "body": (
                    "We did a smaller version during a four-month closure: one question a "
                    "week, answered in a short video filmed in our storage rooms. It kept our "
                    "YouTube channel alive and left us with a stock of evergreen videos."
                ),
                "minutes_after": 600,
            },
            {
                "author": JORIS,
                "body": (
                    "Three answers a week and one editor one day a week: that's a budget I can "
                    "defend. Thanks, Annie. I may write to you for your editorial guidelines."
                ),
                "minutes_after": 1400,
            },
            {
                "author": ANNIE,
                "body": "Avec plaisir, with pleasure! Write any time.",
                "minutes_after": 1500,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    JORIS,
                    AMANDINE,
                    SAMUEL,
                    ROSALIE,
                ],
            },
        ],
    },
    {
        "key": "videos-dans-les-reserves",
        "category": "digital-mediation",
        "language": "fr",
        "title": "Vidéos dans les réserves : comment varier le format ?",
        "author": AMANDINE,
        "days_ago": 130,
        "posts": [
            {
                "author": AMANDINE,
                "body": (
                    "Nos courtes vidéos tournées dans les réserves sont ce qui marche le mieux "
                    "sur notre chaîne : un tiroir qu'on ouvre, un spécimen jamais exposé, 90 "
                    "secondes d'explication. Je cherche à varier le format sans perdre ce qui "
                    "plaît. Vous avez des idées qui ont fonctionné chez vous ?"
                ),
                "minutes_after": 0,
            },
            {
                "author": SAMUEL,
                "body": (
                    "« L'objet mystère » : on montre un instrument sans dire ce que c'est, les "
                    "abonnés devinent en commentaire, et on donne la réponse le lendemain. "
                    "Engagement garanti, et la vidéo réponse fait souvent plus de vues que la "
                    "première."
                ),
                "minutes_after": 100,
            },
            {
                "author": NICOLAS,
                "body": (
                    "On fait de l'« avant / après » avec la restauration d'affiches. La vidéo "
                    "de 20 secondes où une affiche déchirée redevient lisible est notre "
                    "contenu le plus partagé de l'année."
                ),
                "minutes_after": 500,
            },
            {
                "author": MAXIME,
                "body": (
                    "Une idée venue de nos bénévoles : demander à d'anciens ouvriers de "
                    "commenter un outil de la réserve. Leur voix, leurs souvenirs, l'objet "
                    "entre leurs mains. La moitié de nos abonnés ont pleuré (dans le bon sens)."
                ),
                "minutes_after": 900,
            },
            {
                "author": AMANDINE,
                "body": (
                    "L'objet mystère, c'est parfait pour notre collection de crânes d'oiseaux "
                    "😄 Et l'idée de Maxime me donne envie de contacter les anciens "
                    "préparateurs du muséum."
                ),
                "minutes_after": 1400,
            },
        ],
        "reactions": [
            {
                "post": 1,
                "kind": "helpful",
                "by": [
                    AMANDINE,
                    CLEMENCE,
                    ANNIE,
                ],
            },
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    AMANDINE,
                    SARAH,
                    FELIX,
                ],
            },
        ],
    },
    {
        "key": "ai-generated-campaign-visuals",
        "category": "social-media-strategy",
        "language": "en",
        "title": "AI-generated visuals for our summer campaign: where do you draw the line?",
        "author": LUCIA,
        "days_ago": 25,
        "posts": [
            {
                "author": LUCIA,
                "body": (
                    "Our agency has proposed AI-generated images for the summer campaign: "
                    '"Mediterranean light" moods, people on beaches looking at imaginary '
                    "paintings. They're cheap and, honestly, quite pretty. Our curators are "
                    "horrified; our marketing director is tempted.\n"
                    "\n"
                    "Where do your institutions stand on AI-generated visuals in communication?"
                ),
                "minutes_after": 0,
            },
            {
                "author": OWEN,
                "body": (
                    "For us it's a clear no: we sell prints made by human hands, and using "
                    "generated images in our own communication would undercut the whole "
                    "argument. I suspect it's different for a science centre illustrating a "
                    "concept."
                ),
                "minutes_after": 60,
            },
            {
                "author": JORIS,
                "body": (
                    "We've used generated images twice, to illustrate hypotheses (what a "
                    "14th-century dyke might have looked like), always labelled as such. "
                    "Nobody complained. The problem would be generated images passed off as "
                    "photos of our building or our collection."
                ),
                "minutes_after": 200,
            },
            {
                "author": AMIRA,
                "body": (
                    "The reputational risk is lopsided: you save a few hundred euros on a "
                    "photo shoot, and if someone spots unlabelled AI images in an art museum's "
                    "campaign, that becomes the story. I've seen it happen twice in the past "
                    "year."
                ),
                "minutes_after": 500,
            },
            {
                "author": PAU,
                "body": (
                    "The alternative we proposed internally: a half-day shoot in the galleries "
                    "with local photographers and visitors who volunteer. About €900, and real "
                    "images we can use for a year."
                ),
                "minutes_after": 700,
            },
            {
                "author": LUCIA,
                "body": (
                    "We're going with Pau's shoot, plus a written rule: generated images only "
                    "to illustrate hypotheses, always labelled, and never for people, places "
                    "or objects that actually exist. Thanks for the perspectives."
                ),
                "minutes_after": 1500,
            },
        ],
        "reactions": [
            {
                "post": 3,
                "kind": "helpful",
                "by": [
                    LUCIA,
                    KATRIN,
                    OWEN,
                ],
            },
            {
                "post": 2,
                "kind": "helpful",
                "by": [
                    LUCIA,
                    SAMUEL,
                ],
            },
        ],
    },
]
