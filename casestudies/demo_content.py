"""Demo content for Museum Commons: case studies, events and slide decks.

Plain data only, written to show what the network looks like when members use it: realistic,
varied practice from museums in France, Québec, Belgium, Switzerland and elsewhere in Europe,
in French and in English. Every institution, person, exhibition and number is invented; the
institutions and members are those of ``network/demo_data.py``, referred to by ``slug`` and
``email``.

Vocabulary keys refer to the data migrations: topic and platform slugs to
``network/migrations/0002_roles_and_taxonomies.py``, audience slugs to
``casestudies/migrations/0003_audiences.py``; ``budget_band``, ``team_size`` and ``licence`` are
values of ``casestudies.models.choices``.

- ``CASE_STUDIES``: one dict per case study page, keyed by a stable ``key``. A dict with
  ``translation_of`` is the other-language version of the case study with that key. Text fields
  are Markdown; outcome numbers are strings (``before`` may be ``None``).
- ``EVENTS``: each event with its ``sessions`` (local date-times in the event's ``time_zone``)
  and, for past events, the ``live_posts`` the organiser published, timed in minutes after the
  event's start.
- ``DECKS``: slide decks as ``(heading, body)`` pairs, one per slide, to be rendered as PDFs.
  ``session`` is ``(event key, session title)`` or ``None``; ``case_studies`` lists case study
  keys. Slide text sticks to Latin-1 plus a few typographic characters.
"""

CASE_STUDIES = [
    {
        "key": "strategie-sociale-annuelle-les-greves",
        "language": "fr",
        "title": "Une stratégie sociale sur un an pour un musée régional de taille moyenne",
        "summary": (
            "Au Musée d'art Les Grèves, nous avons remplacé les publications « au fil de l'eau » "
            "par une stratégie annuelle : trois objectifs, deux réseaux prioritaires, un "
            "rendez-vous par semaine. Un an plus tard, l'infolettre et Facebook amènent des "
            "publics qu'on ne voyait pas."
        ),
        "institutions": ["musee-d-art-les-greves"],
        "authors": [
            "jacinthe.ouellet@demo.museum-commons.org",
            "helene.marquis@demo.museum-commons.org",
        ],
        "external_authors": "",
        "period_start": 2023,
        "period_end": 2024,
        "topics": ["social-media-strategy", "small-museums"],
        "platforms": ["facebook", "instagram", "newsletter"],
        "audiences": ["local-community", "families", "seniors"],
        "budget_band": "1k-10k",
        "team_size": "2-5",
        "licence": "cc-by",
        "context": (
            "Le musée compte sept employés permanents et accueille environ 24 000 visiteurs par "
            "année, surtout des gens de la région qui viennent pour une exposition précise, puis "
            "disparaissent jusqu'à la suivante. Jusqu'en 2022, on publiait quand quelqu'un avait "
            "un moment, le plus souvent pour annoncer un vernissage la veille.\n"
            "\n"
            "Nous avions quatre comptes, dont deux (X et Pinterest) sans aucune publication depuis "
            "plus d'un an. Personne n'avait le numérique dans sa description de tâches."
        ),
        "goal": (
            "Passer d'une communication d'annonces à quelques priorités tenables pour une équipe "
            "où personne n'est à temps plein sur les réseaux :\n"
            "\n"
            "- **faire revenir** les visiteurs de la région entre deux expositions;\n"
            "- rejoindre les familles, presque absentes de nos salles;\n"
            "- plafonner le travail à **quatre heures par semaine**, vernissages exceptés."
        ),
        "actions": (
            "Avec Hélène Marquis, consultante, nous avons tenu deux ateliers d'une demi-journée "
            "avec toute l'équipe, accueil compris. Une subvention régionale a couvert la moitié de "
            "ses honoraires.\n"
            "\n"
            "1. **Le ménage** : fermeture des comptes X et Pinterest, avec une dernière "
            "publication qui renvoyait vers Facebook.\n"
            "2. **Deux réseaux, un rôle chacun** : Facebook pour la communauté régionale et les "
            "activités, Instagram pour les œuvres et les coulisses.\n"
            "3. **Un rendez-vous fixe** : « L'œuvre du jeudi », choisie à tour de rôle par un "
            "membre de l'équipe, qui explique en quatre lignes pourquoi elle le touche.\n"
            "4. **L'infolettre comme colonne vertébrale** : un envoi par mois qui reprend les "
            "trois meilleures publications et le programme famille.\n"
            "5. **Un tableau de bord d'une page**, rempli le premier lundi du mois en vingt "
            "minutes."
        ),
        "results": (
            "Après douze mois, l'infolettre est passée de 1 150 à 2 080 abonnés, avec un taux "
            "d'ouverture stable autour de 52 %. « L'œuvre du jeudi » est devenue la publication la "
            "plus commentée : les gens essaient de deviner qui l'a choisie.\n"
            "\n"
            "Les ateliers famille du dimanche ont doublé leur achalandage, et 31 % des familles "
            "interrogées à l'accueil disent avoir vu l'activité sur Facebook. Le temps consacré "
            "aux réseaux est resté sous les quatre heures par semaine."
        ),
        "lessons": (
            "- Fermer un compte est une décision de stratégie, pas un aveu d'échec.\n"
            "- Faire choisir les œuvres par l'équipe d'accueil donne un ton plus chaleureux que "
            "nos textes de conservation.\n"
            "- Nous avions oublié les messages privés : il faut les compter dans les quatre "
            "heures.\n"
            "- Un tableau de bord qu'on ne remplit pas ne sert à rien; le nôtre tient sur une "
            "page, c'est pour ça qu'il survit."
        ),
        "outcomes": [
            {
                "label": "Abonnés à l'infolettre",
                "before": "1150",
                "after": "2080",
                "unit": "abonnés",
            },
            {
                "label": "Participants par atelier famille du dimanche (moyenne)",
                "before": "14",
                "after": "29",
                "unit": "personnes",
            },
            {
                "label": "Temps hebdomadaire consacré aux réseaux",
                "before": "6.5",
                "after": "3.75",
                "unit": "heures",
            },
        ],
        "resources": [
            {
                "title": "Gabarit de stratégie annuelle sur une page",
                "url": "https://outils.museelesgreves.example/strategie-une-page.pdf",
            },
        ],
    },
    {
        "key": "calendrier-editorial-trois-musees-armorique",
        "language": "fr",
        "title": "Un calendrier éditorial partagé entre trois petits musées",
        "summary": (
            "Trois musées du réseau d'Armorique intérieure, sans chargé de communication à temps "
            "plein, ont mis en commun leur calendrier éditorial. Chacun publie deux fois par "
            "semaine et relaie les deux autres ; un tableur partagé et une visio de 30 minutes par "
            "mois suffisent."
        ),
        "institutions": ["reseau-des-musees-d-armorique"],
        "authors": ["admin@demo.museum-commons.org", "gwenaelle.lebihan@demo.museum-commons.org"],
        "external_authors": "Yannick Le Goff, Maëlle Guivarc'h",
        "period_start": 2022,
        "period_end": 2023,
        "topics": ["editorial-planning", "small-museums"],
        "platforms": ["facebook", "instagram", "newsletter"],
        "audiences": ["local-community", "tourists"],
        "budget_band": "none",
        "team_size": "2-5",
        "licence": "cc-by-sa",
        "context": (
            "La Maison de l'ardoise, l'écomusée du lin et la forge-musée du canton emploient "
            "chacun entre une et trois personnes. Ils ouvrent d'avril à octobre et pendant les "
            "vacances scolaires. Leurs comptes suivaient le même rythme : une avalanche de "
            "publications en juillet, puis le silence de novembre à mars.\n"
            "\n"
            "Les trois équipes se connaissaient bien, s'envoyaient des visiteurs au comptoir, mais "
            "ne se citaient jamais en ligne."
        ),
        "goal": (
            "- Être présents **toute l'année**, y compris l'hiver, sans y passer plus de deux "
            "heures par semaine et par musée.\n"
            "- Répartir la charge : chacun produit moins, mais tout le monde publie plus.\n"
            "- Donner envie de faire les trois visites, et vendre davantage de « pass trois musées "
            "»."
        ),
        "actions": (
            "**Un tableur partagé**, un onglet par mois, six colonnes seulement : date, musée, "
            "réseau, format, thème, visuel prêt (oui/non). Au départ il y en avait dix ; nous en "
            "avons supprimé quatre que personne ne remplissait.\n"
            "\n"
            "**Un thème commun par mois** (« les mains », « l'eau », « travailler l'hiver », « les "
            "enfants au travail »). Chaque musée publie le mardi et le vendredi, et le dimanche "
            "est réservé aux relais des deux autres.\n"
            "\n"
            "**Une banque d'hiver** : en janvier, chaque équipe a photographié et légendé une "
            "quarantaine d'objets et de gestes. Ces 120 visuels ont alimenté les creux de "
            "l'année.\n"
            "\n"
            "Le réseau fournit des gabarits graphiques communs et anime **une visio de 30 minutes "
            "le premier lundi du mois**. La lettre trimestrielle du réseau reprend les "
            "publications qui ont le mieux marché."
        ),
        "results": (
            "De novembre à mars, les trois musées sont passés de 7 publications cumulées par mois, "
            "irrégulières, à 22. Les relais du dimanche génèrent à eux seuls un quart des nouveaux "
            "abonnés. Les ventes du pass trois musées ont triplé en une saison (de 210 à 640), et "
            "les agents d'accueil entendent désormais « on vous a vus sur la page de la forge »."
        ),
        "lessons": (
            "- Le thème commun rend les relais naturels : sans lui, on relaie par politesse, et ça "
            "se voit.\n"
            "- Un tableur simple vaut mieux qu'un outil de planification que personne n'ouvre.\n"
            "- L'hiver se prépare en hiver : la banque de visuels a tout changé.\n"
            "- Il faut une personne qui tient le crayon ; ici, c'est le réseau, pas l'un des "
            "musées."
        ),
        "outcomes": [
            {
                "label": "Publications cumulées par mois, de novembre à mars",
                "before": "7",
                "after": "22",
                "unit": "publications",
            },
            {
                "label": "Pass trois musées vendus par saison",
                "before": "210",
                "after": "640",
                "unit": "pass",
            },
            {
                "label": "Abonnés Instagram cumulés des trois musées",
                "before": "1900",
                "after": "3400",
                "unit": "abonnés",
            },
        ],
        "resources": [
            {
                "title": "Modèle de calendrier partagé (tableur)",
                "url": "https://outils.musees-armorique.example/calendrier-partage.ods",
            },
        ],
    },
    {
        "key": "live-nocturne-inauguration-faubourgs",
        "language": "fr",
        "title": "Couvrir en direct une soirée d'inauguration sans rater la soirée",
        "summary": (
            "Pour l'ouverture de l'exposition « Mains d'œuvre », nous avons couvert la nocturne en "
            "direct sur X, Bluesky, Threads et en stories Instagram. Tout préparé la veille, deux "
            "personnes, un mot-clé : 212 publications et 46 questions du public transmises aux "
            "commissaires."
        ),
        "institutions": ["musee-des-faubourgs"],
        "authors": ["ines.benali@demo.museum-commons.org", "member@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2024,
        "period_end": None,
        "topics": ["live-coverage", "community-management"],
        "platforms": ["x", "bluesky", "threads", "instagram"],
        "audiences": ["online-audiences", "young-adults", "local-community"],
        "budget_band": "under-1k",
        "team_size": "2-5",
        "licence": "cc-by",
        "context": (
            "L'exposition « Mains d'œuvre. Artisans et ouvrières des faubourgs, 1880-1960 » "
            "ouvrait par une nocturne gratuite de 18 h à minuit, avec 1 800 personnes attendues, "
            "une fanfare et des visites flash des commissaires.\n"
            "\n"
            "Lors de la nocturne précédente, en 2022, une seule personne couvrait tout : son "
            "téléphone s'était éteint à 21 h et les publications se répétaient d'un réseau à "
            "l'autre."
        ),
        "goal": (
            "Permettre à ceux qui ne pouvaient pas venir de suivre la soirée, faire circuler la "
            "parole des commissaires plutôt que nos slogans, et **récolter les questions du public "
            "en ligne**. Contrainte : deux personnes maximum, et pouvoir profiter un peu de la "
            "soirée."
        ),
        "actions": (
            "**La veille** : 40 visuels prêts (œuvres phares en format carré, portraits des "
            "commissaires, plan de la soirée), des accroches rédigées pour 15 moments clés et le "
            "mot-clé #NocturneFaubourgs vérifié sur chaque réseau.\n"
            "\n"
            "**Le soir même**, deux rôles bien séparés :\n"
            "\n"
            "- Inès au fil texte sur X, Bluesky et Threads. Un outil de publication croisée pour "
            "les annonces, mais des réponses écrites à la main, réseau par réseau.\n"
            "- Camille aux stories Instagram et au repérage des moments à capter.\n"
            "\n"
            "Une feuille de route minute par minute : discours à 19 h, fanfare à 20 h 30, visite "
            "flash à chaque heure pile. Pendant les visites flash, nous lisions aux commissaires "
            "deux ou trois questions posées en ligne et filmions leur réponse en 30 secondes.\n"
            "\n"
            "Côté matériel : deux batteries externes, une perche, et une prise repérée dans le "
            "vestiaire. Un pictogramme à l'entrée prévenait que la soirée était filmée."
        ),
        "results": (
            "212 publications (74 sur X, 61 sur Bluesky, 38 sur Threads, 39 stories) et 1 230 "
            "interactions pendant la soirée, contre 310 en 2022. Les stories ont atteint 18 400 "
            "comptes. Sur 46 questions reçues, 19 ont eu une réponse filmée.\n"
            "\n"
            "Le lendemain, un fil récapitulatif reprenait les meilleurs moments. Le week-end "
            "suivant, 9 % des visiteurs interrogés à l'accueil disaient avoir suivi le direct."
        ),
        "lessons": (
            "- Tout ce qui peut être préparé doit l'être : le soir même, on doit regarder la "
            "salle, pas chercher une photo.\n"
            "- **Un rôle par personne.** Le fil texte et les stories ne demandent pas le même "
            "regard.\n"
            "- La publication croisée fait gagner du temps pour les annonces, jamais pour les "
            "réponses.\n"
            "- Prévoir des pauses dans la feuille de route. À 23 h, on n'écrit plus très bien."
        ),
        "outcomes": [
            {
                "label": "Interactions pendant la soirée",
                "before": "310",
                "after": "1230",
                "unit": "interactions",
            },
            {
                "label": "Comptes atteints par les stories",
                "before": None,
                "after": "18400",
                "unit": "comptes",
            },
            {
                "label": "Questions du public posées en ligne",
                "before": None,
                "after": "46",
                "unit": "questions",
            },
        ],
        "resources": [
            {
                "title": "Feuille de route minute par minute (modèle)",
                "url": "https://pro.musee-des-faubourgs.example/direct/feuille-de-route",
            },
        ],
    },
    {
        "key": "vague-trolls-grands-predateurs",
        "language": "fr",
        "title": "Trois semaines de trolls après une exposition sur le retour du loup",
        "summary": (
            "Notre exposition « Le retour des grands prédateurs » a déclenché une vague de "
            "commentaires hostiles. Réponses décalées mais sourcées, espace de débat dédié, charte "
            "de modération publiée, protocole d'alerte : ce qui a marché, et ce que nous ferions "
            "autrement."
        ),
        "institutions": ["museum-des-landes-et-des-estuaires"],
        "authors": ["baptiste.lacoste@demo.museum-commons.org"],
        "external_authors": "Solène Darrigrand",
        "period_start": 2023,
        "period_end": None,
        "topics": ["moderation", "crisis-communication", "community-management"],
        "platforms": ["facebook", "x", "instagram"],
        "audiences": ["local-community", "online-audiences"],
        "budget_band": "none",
        "team_size": "2-5",
        "licence": "cc-by-sa",
        "context": (
            "En février 2023, nous ouvrions une exposition sur le retour du loup, de l'ours et du "
            "lynx dans le Sud-Ouest. Un sujet brûlant pour les éleveurs, les chasseurs et les "
            "bergers de la région.\n"
            "\n"
            "La publication d'annonce a été partagée dans plusieurs groupes locaux. En 48 heures : "
            "plus de 600 commentaires, très majoritairement hostiles, dont des insultes et des "
            "menaces visant la médiatrice scientifique qui apparaissait sur la photo. Notre "
            "service communication compte trois personnes. Nous n'avions ni charte de modération, "
            "ni procédure écrite."
        ),
        "goal": (
            "- **Protéger l'équipe**, à commencer par la médiatrice exposée.\n"
            "- Garder la page lisible pour les autres visiteurs.\n"
            "- Ne pas donner l'impression de censurer, et montrer que le muséum écoute aussi les "
            "éleveurs."
        ),
        "actions": (
            "**Les 48 premières heures.** Insultes et menaces masquées plutôt que supprimées, avec "
            "capture d'écran systématique. Le prénom de la médiatrice a été retiré de la "
            "publication.\n"
            "\n"
            "**Des réponses décalées, mais toujours sur les faits.** Aux approximations "
            "récurrentes, nous avons répondu avec un peu d'humour et une source. À « C'est vous "
            "qui avez lâché les loups » : « Les nôtres sont naturalisés et n'ont pas quitté leur "
            "vitrine depuis 1974, promis. Les vrais sont revenus seuls par les Alpes : voici la "
            "carte de l'Office de la biodiversité. » Jamais d'ironie sur une personne.\n"
            "\n"
            "**Un espace dédié.** Une publication épinglée, « Le loup : parlons-en ici », a "
            "accueilli tout le débat. Les commentaires hors sujet sous les autres publications y "
            "étaient renvoyés, avec un message expliquant pourquoi. Nous avons aussi organisé une "
            "soirée-débat en salle avec un berger, un lieutenant de louveterie et une "
            "chercheuse.\n"
            "\n"
            "**Une charte de modération publiée** sur le site et liée depuis chaque profil : ce "
            "que nous masquons (insultes, menaces, données personnelles, spam), ce que nous "
            "gardons (désaccords, critiques du muséum) et nos délais de réponse.\n"
            "\n"
            "**Un protocole d'alerte** validé par la direction : menace nominative = direction "
            "prévenue et dépôt de plainte ; plus de 100 commentaires par heure = pause des "
            "publications."
        ),
        "results": (
            "En trois semaines : 1 940 commentaires, dont 212 masqués (11 %), trois comptes bannis "
            "et une plainte déposée pour menaces. La publication « Parlons-en ici » a réuni 780 "
            "commentaires, dans l'ensemble courtois, et plusieurs échanges directs entre éleveurs "
            "et naturalistes.\n"
            "\n"
            "La soirée-débat a fait salle comble (140 personnes). L'exposition a attiré 18 % de "
            "visiteurs de plus que la précédente exposition temporaire, et plusieurs éleveurs sont "
            "venus la voir, puis ont laissé un avis."
        ),
        "lessons": (
            "- **Écrire la charte avant la crise.** Rédigée dans l'urgence, la nôtre a pris deux "
            "jours de trop.\n"
            "- L'humour sur les faits désamorce ; l'humour sur les personnes attise.\n"
            "- Retirer le nom d'une collègue exposée, c'est la première chose à faire, pas la "
            "dernière.\n"
            "- C'est épuisant : nous tournions par tranches de deux heures, et la direction "
            "relisait les réponses sensibles."
        ),
        "outcomes": [
            {
                "label": "Délai médian de première réponse",
                "before": "14",
                "after": "1.5",
                "unit": "heures",
            },
            {"label": "Part des commentaires masqués", "before": None, "after": "11", "unit": "%"},
            {
                "label": "Visiteurs de l'exposition (contre la précédente exposition temporaire)",
                "before": "21400",
                "after": "25300",
                "unit": "visiteurs",
            },
        ],
        "resources": [
            {
                "title": "Charte de modération du Muséum",
                "url": "https://www.museum-landes-estuaires.example/charte-moderation",
            },
            {
                "title": "Réponses types et protocole d'alerte (PDF)",
                "url": "https://pro.museum-landes-estuaires.example/protocole-alerte.pdf",
            },
        ],
    },
    {
        "key": "troll-wave-large-predators",
        "translation_of": "vague-trolls-grands-predateurs",
        "language": "en",
        "title": "Three weeks of trolls after an exhibition on the return of the wolf",
        "summary": (
            'Our exhibition "The return of the large predators" set off a wave of hostile '
            "comments. Light-hearted but sourced replies, a dedicated space for the debate, a "
            "published moderation charter and an alert protocol: what worked, and what we would do "
            "differently."
        ),
        "institutions": ["museum-des-landes-et-des-estuaires"],
        "authors": ["baptiste.lacoste@demo.museum-commons.org"],
        "external_authors": "Solène Darrigrand",
        "period_start": 2023,
        "period_end": None,
        "topics": ["moderation", "crisis-communication", "community-management"],
        "platforms": ["facebook", "x", "instagram"],
        "audiences": ["local-community", "online-audiences"],
        "budget_band": "none",
        "team_size": "2-5",
        "licence": "cc-by-sa",
        "context": (
            "In February 2023 we opened an exhibition on the return of the wolf, the bear and the "
            "lynx to south-west France: a burning subject for the region's livestock farmers, "
            "hunters and shepherds.\n"
            "\n"
            "The announcement post was shared in several local groups. Within 48 hours it had more "
            "than 600 comments, overwhelmingly hostile, including insults and threats aimed at the "
            "science educator who appeared in the photo. Our communications team is three people. "
            "We had no moderation charter and no written procedure."
        ),
        "goal": (
            "- **Protect the team**, starting with the colleague in the photo.\n"
            "- Keep the page readable for everyone else.\n"
            "- Avoid looking like censors, and show that the museum listens to farmers too."
        ),
        "actions": (
            "**The first 48 hours.** Insults and threats were hidden rather than deleted, with a "
            "screenshot of each. We removed our colleague's first name from the post.\n"
            "\n"
            "**Light-hearted replies, always about facts.** To the most common misconceptions we "
            "replied with a little humour and a source. To \"You're the ones who released the "
            'wolves": "Ours are stuffed and haven\'t left their display case since 1974, we '
            "promise. The real ones came back on their own through the Alps: here is the French "
            "biodiversity agency's map.\" Never irony about a person.\n"
            "\n"
            '**A dedicated space.** A pinned post, "Wolves: let\'s talk here", hosted the whole '
            "debate. Off-topic comments under other posts were redirected there, with a note "
            "explaining why. We also held a public debate evening at the museum with a shepherd, a "
            "wolf-control officer and a researcher.\n"
            "\n"
            "**A published moderation charter**, on our website and linked from every profile: "
            "what we hide (insults, threats, personal data, spam), what we keep (disagreement, "
            "criticism of the museum) and how quickly we answer.\n"
            "\n"
            "**An alert protocol** approved by management: a named threat means management is told "
            "and a complaint is filed; more than 100 comments an hour means we pause publishing."
        ),
        "results": (
            "Over three weeks: 1,940 comments, 212 of them hidden (11%), three accounts banned and "
            'one police complaint for threats. The "let\'s talk here" post gathered 780 comments, '
            "mostly civil, including direct exchanges between farmers and naturalists.\n"
            "\n"
            "The debate evening was full (140 people). The exhibition drew 18% more visitors than "
            "the previous temporary show, and several farmers came to see it and then left a "
            "review."
        ),
        "lessons": (
            "- **Write the charter before the crisis.** Ours, drafted under pressure, took two "
            "days too long.\n"
            "- Humour about facts defuses; humour about people inflames.\n"
            "- Removing an exposed colleague's name is the first thing to do, not the last.\n"
            "- It is exhausting: we worked in two-hour shifts, and management reviewed sensitive "
            "replies."
        ),
        "outcomes": [
            {
                "label": "Median time to first reply",
                "before": "14",
                "after": "1.5",
                "unit": "hours",
            },
            {"label": "Share of comments hidden", "before": None, "after": "11", "unit": "%"},
            {
                "label": "Exhibition visitors (vs previous temporary exhibition)",
                "before": "21400",
                "after": "25300",
                "unit": "visitors",
            },
        ],
        "resources": [
            {
                "title": "The museum's moderation charter (in French)",
                "url": "https://www.museum-landes-estuaires.example/charte-moderation",
            },
        ],
    },
    {
        "key": "wechat-weibo-visiteurs-sinophones",
        "language": "fr",
        "title": "WeChat, Weibo et agences de voyage : accueillir les visiteurs sinophones",
        "summary": (
            "Pour les visiteurs chinois, notre site et Instagram n'existent pas. Nous avons ouvert "
            "un compte officiel WeChat et une page Weibo, travaillé avec les agences et les "
            "guides, et réécrit le livret de visite en chinois avec leurs retours."
        ),
        "institutions": ["musee-ligerien-des-beaux-arts"],
        "authors": [
            "mei.chen-laurent@demo.museum-commons.org",
            "olivier.sanchez@demo.museum-commons.org",
        ],
        "external_authors": "",
        "period_start": 2019,
        "period_end": 2025,
        "topics": ["audience-development", "partnerships"],
        "platforms": ["wechat", "weibo", "website"],
        "audiences": ["tourists"],
        "budget_band": "10k-50k",
        "team_size": "2-5",
        "licence": "cc-by",
        "context": (
            "Tours est une étape des circuits des châteaux de la Loire. Les groupes chinois "
            "s'arrêtent en ville pour déjeuner, rarement au musée : en 2019, les visiteurs "
            "sinophones représentaient environ 1,2 % de nos entrées, selon les relevés de la "
            "billetterie.\n"
            "\n"
            "Notre site, Google Maps et Instagram sont peu ou pas accessibles depuis la Chine. Ce "
            "que les voyageurs savaient de nous venait des guides d'agence, parfois faux : un "
            "guide très diffusé nous annonçait fermés le lundi, alors que nous fermons le mardi."
        ),
        "goal": (
            "Être trouvables et compréhensibles là où ces visiteurs s'informent, corriger les "
            "informations pratiques erronées, et faire entrer le musée dans les programmes des "
            "agences."
        ),
        "actions": (
            "- **2019** : ouverture d'un compte de service officiel WeChat, par l'intermédiaire "
            "d'un prestataire certifié (environ 3 000 € par an, vérification comprise), et d'une "
            "page Weibo.\n"
            "- **2020-2022** : pause de fait. Nous avons maintenu une publication par mois, "
            "surtout des visites virtuelles commentées.\n"
            "- **2023** : relance. Deux articles par mois, **écrits directement en chinois** par "
            "Mei et non traduits du français. Les angles qui marchent : la porcelaine rapportée "
            "par un négociant tourangeau du XIXᵉ siècle, le jardin du musée, les « bons endroits "
            "pour la photo », les questions pratiques.\n"
            "- Un voyage de découverte pour 14 guides et agences, avec une visite de 45 minutes "
            "pensée pour les groupes.\n"
            "- **Le livret de visite réécrit.** La première version, traduite mot à mot, était "
            "trop savante. Les guides demandaient un parcours de 45 minutes, douze œuvres, des "
            "anecdotes et les règles sur les photos. C'est ce que nous avons fait.\n"
            "- Paiement mobile chinois accepté en billetterie et à la boutique, grâce à notre "
            "prestataire bancaire."
        ),
        "results": (
            "En 2024, les visiteurs sinophones représentent 4,6 % des entrées. Le compte officiel "
            "WeChat compte 8 900 abonnés, et 23 agences intègrent le musée à leurs circuits, "
            "contre 3 en 2019. Les erreurs d'horaires ont disparu des guides que nous suivons."
        ),
        "lessons": (
            "- Écrire en chinois plutôt que traduire : le ton et les attentes ne sont pas les "
            "mêmes.\n"
            "- La plateforme compte moins que le relais par les guides, qui restent les vrais "
            "prescripteurs.\n"
            "- Vérifier chaque mois les informations pratiques publiées par des tiers.\n"
            "- Prévoir une personne de remplacement sinophone pour la modération pendant les "
            "congés."
        ),
        "outcomes": [
            {
                "label": "Part des visiteurs sinophones",
                "before": "1.2",
                "after": "4.6",
                "unit": "%",
            },
            {
                "label": "Abonnés au compte officiel WeChat",
                "before": None,
                "after": "8900",
                "unit": "abonnés",
            },
            {
                "label": "Agences intégrant le musée à leurs circuits",
                "before": "3",
                "after": "23",
                "unit": "agences",
            },
        ],
        "resources": [
            {
                "title": "Livret de visite en chinois simplifié (version 2024)",
                "url": "https://www.mba-ligerien.example/zh/livret-visite.pdf",
            },
        ],
    },
    {
        "key": "mini-site-questions-fermeture-cap-lumiere",
        "language": "fr",
        "title": "Un mini-site de questions-réponses pendant 18 mois de fermeture",
        "summary": (
            "Fermé pour rénovation, le Centre des sciences Cap-Lumière a lancé « Pose-la, ta "
            "question! » : chaque semaine, des scientifiques répondaient au public sur un "
            "mini-site. 1 140 questions reçues, 310 réponses publiées, et une page qui reste la "
            "plus consultée du site."
        ),
        "institutions": ["centre-des-sciences-cap-lumiere"],
        "authors": [
            "annie.levesque@demo.museum-commons.org",
            "samuel.nguyen@demo.museum-commons.org",
        ],
        "external_authors": "",
        "period_start": 2021,
        "period_end": 2022,
        "topics": ["digital-mediation", "editorial-planning"],
        "platforms": ["website", "youtube", "facebook"],
        "audiences": ["families", "school-groups", "online-audiences"],
        "budget_band": "10k-50k",
        "team_size": "6-15",
        "licence": "cc-by",
        "context": (
            "De septembre 2021 à mars 2023, le Centre a fermé ses salles pour une rénovation "
            "complète. Nous avions peur de perdre le lien avec les familles et les écoles, et une "
            "quarantaine d'animateurs scientifiques se retrouvaient sans plancher.\n"
            "\n"
            "Les capsules vidéo diffusées pendant la pandémie avaient bien marché, mais elles "
            "parlaient au public sans lui donner la parole."
        ),
        "goal": (
            "- Garder le lien avec les familles et les enseignants pendant toute la fermeture.\n"
            "- Confier aux animateurs un travail qui a du sens.\n"
            "- Bâtir une banque de contenus réutilisable à la réouverture."
        ),
        "actions": (
            "**Un mini-site à part**, simple : un formulaire à trois champs (la question, un "
            "prénom, l'âge si on veut) et une page par réponse.\n"
            "\n"
            "**Un comité éditorial chaque lundi** choisit six questions. Les questions d'enfants "
            "sont prioritaires et portent l'étiquette « question d'enfant ». Un animateur rédige "
            "la réponse (400 mots au maximum), une scientifique la relit, et on publie le "
            "vendredi.\n"
            "\n"
            "**Une réponse par semaine devient une vidéo verticale** de moins d'une minute, "
            "tournée par Samuel et diffusée sur YouTube et Facebook.\n"
            "\n"
            "Les classes pouvaient envoyer une question collective : 212 classes l'ont fait. Une "
            "note bien visible expliquait que nous ne pourrions pas répondre à tout."
        ),
        "results": (
            "En 18 mois : 1 140 questions reçues, 310 réponses publiées et 52 vidéos. Le mini-site "
            "a reçu 186 000 visites, avec un temps de lecture médian de 2 min 40 s ; 38 % des "
            "visites venaient des moteurs de recherche.\n"
            "\n"
            "L'infolettre est passée de 9 000 à 15 500 abonnés. À la réouverture, 40 réponses sont "
            "devenues des bornes dans les salles, et les animateurs qui les avaient écrites les "
            "présentent eux-mêmes."
        ),
        "lessons": (
            "- Les questions d'enfants sont les meilleures, et les adultes les lisent autant que "
            "les enfants.\n"
            "- Dire clairement qu'on ne répondra pas à tout évite beaucoup de déception.\n"
            "- Les moteurs de recherche adorent les vraies questions : « Pourquoi le fleuve "
            "gèle-t-il moins qu'avant? » nous amène encore du monde.\n"
            "- **Penser à l'après** : nous avons intégré le mini-site au site principal avec des "
            "redirections, pour ne perdre aucune adresse."
        ),
        "outcomes": [
            {"label": "Questions reçues", "before": None, "after": "1140", "unit": "questions"},
            {
                "label": "Visites cumulées du mini-site",
                "before": None,
                "after": "186000",
                "unit": "visites",
            },
            {
                "label": "Abonnés à l'infolettre",
                "before": "9000",
                "after": "15500",
                "unit": "abonnés",
            },
        ],
        "resources": [
            {
                "title": "Guide de rédaction des réponses (ton, longueur, sources)",
                "url": "https://pro.cap-lumiere.example/guide-reponses.pdf",
            },
        ],
    },
    {
        "key": "questions-microsite-during-closure",
        "translation_of": "mini-site-questions-fermeture-cap-lumiere",
        "language": "en",
        "title": "A questions-and-answers microsite during 18 months of closure",
        "summary": (
            'Closed for renovation, the Cap-Lumière science centre launched "Ask us anything!": '
            "every week, scientists answered questions from the public on a small website. 1,140 "
            "questions received, 310 answers published, and still the most visited page on our "
            "site."
        ),
        "institutions": ["centre-des-sciences-cap-lumiere"],
        "authors": [
            "annie.levesque@demo.museum-commons.org",
            "samuel.nguyen@demo.museum-commons.org",
        ],
        "external_authors": "",
        "period_start": 2021,
        "period_end": 2022,
        "topics": ["digital-mediation", "editorial-planning"],
        "platforms": ["website", "youtube", "facebook"],
        "audiences": ["families", "school-groups", "online-audiences"],
        "budget_band": "10k-50k",
        "team_size": "6-15",
        "licence": "cc-by",
        "context": (
            "From September 2021 to March 2023, the centre closed its halls for a full renovation. "
            "We were afraid of losing touch with families and schools, and some forty science "
            "educators suddenly had no floor to work on.\n"
            "\n"
            "The video clips we had made during the pandemic had done well, but they talked to the "
            "public without letting the public talk back."
        ),
        "goal": (
            "- Stay in touch with families and teachers throughout the closure.\n"
            "- Give our educators meaningful work.\n"
            "- Build a bank of content we could reuse at the reopening."
        ),
        "actions": (
            "**A separate, simple microsite**: a three-field form (the question, a first name, an "
            "age if you like) and one page per answer.\n"
            "\n"
            "**An editorial meeting every Monday** picked six questions. Children's questions came "
            'first and carried a "kid\'s question" label. An educator wrote the answer (400 words '
            "at most), a scientist checked it, and it went live on Friday.\n"
            "\n"
            "**One answer a week became a vertical video** under a minute long, shot by Samuel and "
            "posted on YouTube and Facebook.\n"
            "\n"
            "Classes could send a collective question, and 212 did. A clear note explained that we "
            "could not answer everything."
        ),
        "results": (
            "In 18 months: 1,140 questions received, 310 answers published and 52 videos. The "
            "microsite had 186,000 visits, with a median reading time of 2 min 40 s; 38% of visits "
            "came from search engines.\n"
            "\n"
            "Our newsletter grew from 9,000 to 15,500 subscribers. At the reopening, 40 answers "
            "became interactive stations in the halls, presented by the educators who wrote them."
        ),
        "lessons": (
            "- Children ask the best questions, and adults read the answers as much as children "
            "do.\n"
            "- Saying clearly that you will not answer everything prevents a lot of "
            "disappointment.\n"
            '- Search engines love real questions: "Why does the river freeze less than it used '
            'to?" still brings people in.\n'
            "- **Plan for afterwards**: we merged the microsite into the main site with redirects, "
            "so no address was lost."
        ),
        "outcomes": [
            {"label": "Questions received", "before": None, "after": "1140", "unit": "questions"},
            {
                "label": "Total microsite visits",
                "before": None,
                "after": "186000",
                "unit": "visits",
            },
            {
                "label": "Newsletter subscribers",
                "before": "9000",
                "after": "15500",
                "unit": "subscribers",
            },
        ],
        "resources": [
            {
                "title": "Style guide for answers: tone, length, sources (in French)",
                "url": "https://pro.cap-lumiere.example/guide-reponses.pdf",
            },
        ],
    },
    {
        "key": "tiktok-sans-budget-belvezac",
        "language": "fr",
        "title": "TikTok sans budget : un château, un téléphone et des guides saisonniers",
        "summary": (
            "Seule salariée permanente du Château de Belvézac, j'ai lancé un compte TikTok tourné "
            "au téléphone avec les guides saisonniers. Zéro euro de publicité, une vidéo par "
            "semaine, et des 18-30 ans qui citent nos vidéos en caisse."
        ),
        "institutions": ["chateau-de-belvezac"],
        "authors": ["margaux.delpech@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2023,
        "period_end": 2025,
        "topics": ["small-museums", "social-media-strategy"],
        "platforms": ["tiktok", "instagram"],
        "audiences": ["young-adults", "tourists"],
        "budget_band": "under-1k",
        "team_size": "solo",
        "licence": "cc-by",
        "context": (
            "Le château reçoit environ 19 000 visiteurs par an, surtout des familles et des "
            "retraités en été. Les 18-30 ans représentaient 6 % de la billetterie, alors que la "
            "vallée est pleine de saisonniers et d'étudiants chaque été.\n"
            "\n"
            "Le budget de communication (environ 2 000 € par an) partait presque entièrement en "
            "dépliants déposés dans les campings. Je suis la seule salariée permanente ; l'été, "
            "six à huit guides saisonniers assurent les visites."
        ),
        "goal": (
            "Toucher les 18-30 ans de la région et de passage, sans dépenser un euro de publicité, "
            "en montrant ce qui fait le charme de la visite : **les guides**."
        ),
        "actions": (
            "**Trois formats récurrents :**\n"
            "\n"
            "- « Le guide répond » : un guide répond en 30 secondes à une question laissée en "
            "commentaire.\n"
            "- « Ce que vous ne verrez pas en visite » : les combles, la charpente, les latrines "
            "du XVᵉ siècle.\n"
            "- « Rejoue l'histoire » : une scène historique improvisée avec deux guides et trois "
            "accessoires.\n"
            "\n"
            "**L'organisation :**\n"
            "\n"
            "- Tournage en série les matins de pluie, avant l'ouverture : huit vidéos en deux "
            "heures.\n"
            "- Sous-titres incrustés sur toutes les vidéos.\n"
            "- Les guides participent sur la base du volontariat, avec une autorisation de droit à "
            "l'image signée, et le temps de tournage est payé.\n"
            "- Publication le mercredi à 18 h, et réponse à chaque commentaire sous 24 h le "
            "premier mois.\n"
            "\n"
            "Matériel : un micro-cravate à 25 €, un trépied récupéré, le téléphone de service."
        ),
        "results": (
            "En 18 mois, le compte a atteint 14 800 abonnés. La vidéo sur les latrines a dépassé "
            "les 410 000 vues. La part des 18-30 ans dans la billetterie est passée de 6 % à 13 %, "
            "et en juillet 2024, un visiteur sur neuf interrogé en caisse disait nous avoir "
            "découverts sur TikTok.\n"
            "\n"
            "Effet inattendu : plusieurs guides recrutés en 2025 ont postulé après avoir vu les "
            "vidéos."
        ),
        "lessons": (
            "- **La régularité compte plus que la perfection.** Une vidéo imparfaite le mercredi "
            "vaut mieux qu'une vidéo parfaite jamais publiée.\n"
            "- Les guides sont les vraies vedettes : leur personnalité fait revenir les gens.\n"
            "- Certaines vidéos ne marchent pas, c'est normal. Ne pas courir après toutes les "
            "tendances.\n"
            "- TikTok ne remplace pas les dépliants pour les familles : les deux coexistent."
        ),
        "outcomes": [
            {"label": "Abonnés TikTok", "before": None, "after": "14800", "unit": "abonnés"},
            {
                "label": "Part des 18-30 ans dans la billetterie",
                "before": "6",
                "after": "13",
                "unit": "%",
            },
            {"label": "Vidéos publiées", "before": None, "after": "74", "unit": "vidéos"},
        ],
        "resources": [
            {
                "title": "Autorisation de droit à l'image pour les saisonniers (modèle)",
                "url": "https://www.chateau-belvezac.example/pro/droit-image.pdf",
            },
        ],
    },
    {
        "key": "tiktok-no-budget-castle",
        "translation_of": "tiktok-sans-budget-belvezac",
        "language": "en",
        "title": "TikTok with no budget: a castle, a phone and the seasonal guides",
        "summary": (
            "As the only permanent employee of the Château de Belvézac, I started a TikTok account "
            "filmed on a phone with our seasonal guides. No advertising spend, one video a week, "
            "and visitors aged 18 to 30 who quote our videos at the ticket desk."
        ),
        "institutions": ["chateau-de-belvezac"],
        "authors": ["margaux.delpech@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2023,
        "period_end": 2025,
        "topics": ["small-museums", "social-media-strategy"],
        "platforms": ["tiktok", "instagram"],
        "audiences": ["young-adults", "tourists"],
        "budget_band": "under-1k",
        "team_size": "solo",
        "licence": "cc-by",
        "context": (
            "The castle welcomes about 19,000 visitors a year, mostly families and retired people "
            "in summer. People aged 18 to 30 made up 6% of tickets, even though the valley fills "
            "with seasonal workers and students every summer.\n"
            "\n"
            "The communication budget (about €2,000 a year) went almost entirely on leaflets left "
            "at campsites. I am the only permanent employee; in summer, six to eight seasonal "
            "guides run the tours."
        ),
        "goal": (
            "Reach 18-to-30-year-olds living in or passing through the area, without spending "
            "anything on advertising, by showing what makes the visit special: **the guides**."
        ),
        "actions": (
            "**Three recurring formats:**\n"
            "\n"
            '- "The guide answers": a guide answers a question left in the comments, in 30 '
            "seconds.\n"
            '- "What you won\'t see on the tour": the attics, the roof timbers, the '
            "fifteenth-century latrines.\n"
            '- "Replay history": a historical scene improvised by two guides with three props.\n'
            "\n"
            "**How it works:**\n"
            "\n"
            "- Batch filming on rainy mornings before opening: eight videos in two hours.\n"
            "- Burned-in subtitles on every video.\n"
            "- Guides take part voluntarily, sign an image-rights form, and filming time is "
            "paid.\n"
            "- A new video every Wednesday at 6 pm, and a reply to every comment within 24 hours "
            "during the first month.\n"
            "\n"
            "Equipment: a €25 clip-on microphone, a second-hand tripod and the work phone."
        ),
        "results": (
            "In 18 months the account reached 14,800 followers. The video about the latrines "
            "passed 410,000 views. The share of 18-to-30-year-olds among ticket buyers rose from "
            "6% to 13%, and in July 2024 one visitor in nine asked at the desk said they had found "
            "us on TikTok.\n"
            "\n"
            "An unexpected bonus: several guides hired in 2025 applied after watching the videos."
        ),
        "lessons": (
            "- **Consistency beats perfection.** An imperfect video on Wednesday is better than a "
            "perfect one never posted.\n"
            "- The guides are the real stars: their personalities bring people back.\n"
            "- Some videos flop, and that's fine. Don't chase every trend.\n"
            "- TikTok doesn't replace leaflets for families; the two live side by side."
        ),
        "outcomes": [
            {"label": "TikTok followers", "before": None, "after": "14800", "unit": "followers"},
            {
                "label": "Share of 18-30-year-olds among ticket buyers",
                "before": "6",
                "after": "13",
                "unit": "%",
            },
            {"label": "Videos published", "before": None, "after": "74", "unit": "videos"},
        ],
        "resources": [
            {
                "title": "Image-rights form for seasonal staff (template, in French)",
                "url": "https://www.chateau-belvezac.example/pro/droit-image.pdf",
            },
        ],
    },
    {
        "key": "accessibilite-textes-alternatifs-sous-titres",
        "language": "fr",
        "title": (
            "Textes alternatifs et sous-titres : six mois pour rendre nos publications accessibles"
        ),
        "summary": (
            "Nous avons audité 200 publications, formé 22 collègues et rendu obligatoires textes "
            "alternatifs, sous-titres relus et émojis en fin de phrase. Un comité rémunéré de "
            "personnes aveugles, sourdes ou malentendantes a testé chaque étape."
        ),
        "institutions": ["centre-des-sciences-cap-lumiere"],
        "authors": [
            "rosalie.bergeron@demo.museum-commons.org",
            "samuel.nguyen@demo.museum-commons.org",
        ],
        "external_authors": "",
        "period_start": 2024,
        "period_end": None,
        "topics": ["accessibility", "digital-mediation"],
        "platforms": ["instagram", "youtube", "facebook", "website"],
        "audiences": ["people-with-disabilities", "families"],
        "budget_band": "1k-10k",
        "team_size": "6-15",
        "licence": "cc-by",
        "context": (
            "Tout a commencé par un commentaire sur Facebook : une visiteuse sourde nous signalait "
            "que les sous-titres automatiques d'une capsule sur la génétique transformaient « ADN "
            "» en « à des haines ».\n"
            "\n"
            "L'audit de nos 200 dernières publications a été sévère : **8 %** seulement avaient un "
            "texte alternatif rédigé par nous, les autres laissaient la plateforme décrire l'image "
            "au hasard. Les mots-clics étaient illisibles pour les lecteurs d'écran et plusieurs "
            "infographies n'existaient qu'en image."
        ),
        "goal": (
            "Qu'à la fin de 2024, toutes nos nouvelles publications respectent une liste de "
            "vérification maison, testée par les personnes concernées, et que l'accessibilité ne "
            "repose plus sur une seule personne."
        ),
        "actions": (
            "**Une liste de vérification en sept points**, intégrée directement dans l'outil de "
            "planification :\n"
            "\n"
            "1. Texte alternatif rédigé en langage clair : ce qui compte dans l'image pour cette "
            "publication.\n"
            "2. Sous-titres relus par une personne, incrustés et fournis en fichier séparé.\n"
            "3. Mots-clics avec majuscules (#ScienceEnFamille).\n"
            "4. Trois émojis au maximum, en fin de phrase.\n"
            "5. Aucun texte seulement dans l'image : la version texte de chaque infographie va en "
            "premier commentaire.\n"
            "6. Contrastes vérifiés.\n"
            "7. Liens décrits (jamais « cliquez ici »).\n"
            "\n"
            "**Un comité de six personnes** (trois aveugles ou malvoyantes, deux sourdes, une "
            "personne ayant une déficience intellectuelle), rémunérées 150 $ par séance, a testé "
            "la liste et nos publications tous les mois. Les quatre vidéos principales ont reçu "
            "une version en LSQ.\n"
            "\n"
            "Nous avons formé 22 collègues en atelier de trois heures, animateurs compris."
        ),
        "results": (
            "La part de publications conformes est passée de 8 % à 96 %. Le comité a mesuré le "
            "nombre d'erreurs de sous-titrage par minute : de 3,1 à 0,2. Nous n'avons constaté "
            "aucune baisse de portée. Les textes alternatifs sont même repris par des abonnés "
            "voyants comme des mini-légendes.\n"
            "\n"
            "Coût en temps : environ six minutes de plus par publication."
        ),
        "lessons": (
            "- Rémunérer le comité, c'est reconnaître une expertise, pas rendre un service.\n"
            "- Écrire le texte alternatif en même temps que la publication, pas après coup.\n"
            "- Les infographies sont le plus dur ; la version texte en premier commentaire est "
            "notre meilleur compromis.\n"
            "- **Une liste dans l'outil de planification est appliquée ; une liste dans un PDF est "
            "oubliée.**"
        ),
        "outcomes": [
            {
                "label": "Publications avec un texte alternatif rédigé",
                "before": "8",
                "after": "96",
                "unit": "%",
            },
            {
                "label": "Erreurs de sous-titrage par minute de vidéo",
                "before": "3.1",
                "after": "0.2",
                "unit": "erreurs",
            },
            {"label": "Employés formés", "before": "0", "after": "22", "unit": "personnes"},
        ],
        "resources": [
            {
                "title": "Liste de vérification en 7 points pour une publication accessible",
                "url": "https://pro.cap-lumiere.example/accessibilite/liste-7-points",
            },
        ],
    },
    {
        "key": "fausse-rumeur-tableau-prete",
        "language": "fr",
        "title": "Une fausse nouvelle sur un tableau prêté : 72 heures de communication de crise",
        "summary": (
            "Une rumeur affirmait que notre « Vue de la Loire au matin », prêtée à un musée "
            "étranger, avait été vendue et remplacée par une copie. Nous avons répondu par des "
            "faits vérifiables, avec la conservatrice en première ligne, puis suivi en public le "
            "retour de l'œuvre."
        ),
        "institutions": ["musee-ligerien-des-beaux-arts"],
        "authors": [
            "olivier.sanchez@demo.museum-commons.org",
            "clemence.aubry@demo.museum-commons.org",
        ],
        "external_authors": "",
        "period_start": 2025,
        "period_end": None,
        "topics": ["crisis-communication", "community-management"],
        "platforms": ["x", "facebook", "instagram", "website"],
        "audiences": ["local-community", "members-donors", "online-audiences"],
        "budget_band": "none",
        "team_size": "6-15",
        "licence": "cc-by",
        "context": (
            "En février 2025, notre tableau le plus aimé, la « Vue de la Loire au matin » "
            "d'Augustin Merlet (1834), était prêté pour quatre mois à une exposition à Séville. Un "
            "compte sur X a publié une photo floue du mur vide avec le cartel « œuvre en prêt », "
            "accompagnée d'une ligne du budget municipal sortie de son contexte : « le musée vend "
            "ses trésors ».\n"
            "\n"
            "En 24 heures, la publication avait été partagée 3 000 fois, reprise dans un groupe "
            "Facebook local de 14 000 membres et par un élu d'opposition. Deux journalistes nous "
            "appelaient."
        ),
        "goal": (
            "Rétablir les faits vite, sans amplifier la rumeur ; rassurer les Amis du musée et les "
            "mécènes ; profiter de l'occasion pour expliquer ce qu'est un prêt."
        ),
        "actions": (
            "- **H+2 : cellule de crise** (direction, conservation, communication, service "
            "juridique de la ville).\n"
            "- **Pas de réponse au message d'origine sur X**, pour ne pas lui donner plus "
            "d'audience.\n"
            "- **Une page de référence unique sur le site** : « Où est la Vue de la Loire ? », "
            "avec les dates du prêt, l'emprunteur, les étapes de la convention, une déclaration du "
            "musée de Séville et une photo du tableau accroché là-bas, tenu par le régisseur avec "
            "le journal du jour.\n"
            "- **Une vidéo de 90 secondes avec Clémence Aubry**, conservatrice : constat d'état, "
            "caisse climatisée, convoiement, assurance « de clou à clou ».\n"
            "- Réponses individuelles et courtoises dans le groupe Facebook, toujours avec le lien "
            "vers la page.\n"
            "- Courriel aux 2 300 Amis du musée, puis point presse à H+20.\n"
            "- **Ensuite, le suivi** : un journal de bord du retour de l'œuvre en stories, et son "
            "déballage en direct sur Instagram en juin."
        ),
        "results": (
            "Les partages de la rumeur se sont arrêtés en 36 heures et l'élu a retiré sa "
            "publication. La page de référence a été vue 41 000 fois, la vidéo de Clémence 128 000 "
            "fois : c'est notre vidéo la plus vue de l'année. Le déballage en direct a réuni "
            "jusqu'à 3 200 personnes en même temps.\n"
            "\n"
            "Aucune résiliation chez les Amis du musée ; 37 nouvelles adhésions dans le mois, "
            "contre une douzaine d'habitude."
        ),
        "lessons": (
            "- **Une page de référence vaut mieux que cinquante réponses.** On y renvoie tout le "
            "monde, tout le temps.\n"
            "- Le visage de la conservatrice rassure davantage qu'un communiqué signé de la "
            "direction.\n"
            "- Nous avons maintenant une page permanente « Nos œuvres en prêt », mise à jour à "
            "chaque départ.\n"
            "- La photo avec le journal du jour a fait sourire, mais seulement parce que les faits "
            "étaient déjà posés."
        ),
        "outcomes": [
            {
                "label": "Vues de la page de référence",
                "before": None,
                "after": "41000",
                "unit": "vues",
            },
            {
                "label": "Délai entre le premier signalement et la réponse officielle",
                "before": None,
                "after": "5",
                "unit": "heures",
            },
            {
                "label": "Adhésions aux Amis du musée dans le mois",
                "before": "12",
                "after": "37",
                "unit": "adhésions",
            },
        ],
        "resources": [
            {
                "title": "Page permanente « Nos œuvres en prêt »",
                "url": "https://www.mba-ligerien.example/oeuvres-en-pret",
            },
        ],
    },
    {
        "key": "createurs-de-contenu-quai-sud",
        "language": "fr",
        "title": (
            "Inviter les créateurs du quartier avant le vernissage : une charte plutôt qu'un "
            "contrat"
        ),
        "summary": (
            "À chaque exposition, la Galerie du Quai Sud invite six à dix créateurs de contenu du "
            "quartier en avant-première. Pas de rémunération cachée, mention du partenariat, "
            "liberté de ton : une charte d'une page qui a fait venir les 20-35 ans."
        ),
        "institutions": ["galerie-du-quai-sud"],
        "authors": ["karim.ouazzani@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2022,
        "period_end": 2024,
        "topics": ["partnerships", "audience-development"],
        "platforms": ["instagram", "tiktok"],
        "audiences": ["young-adults", "local-community"],
        "budget_band": "under-1k",
        "team_size": "2-5",
        "licence": "cc-by",
        "context": (
            "La galerie est installée dans un ancien entrepôt du port, au cœur d'un quartier "
            "populaire. Ses visiteurs étaient surtout des professionnels de l'art et des "
            "collectionneurs ; les voisins passaient devant sans entrer.\n"
            "\n"
            "En 2021, nous avions payé 1 500 € une influenceuse très suivie pour une publication : "
            "aucun effet visible, et des commentaires du type « encore de la pub »."
        ),
        "goal": (
            "Ouvrir la galerie au quartier et aux 20-35 ans, par des voix crédibles et ancrées "
            "localement, sans promotion déguisée."
        ),
        "actions": (
            "- **Une cartographie de 40 créateurs locaux** (cuisine, photo de rue, rap, skate, "
            "histoire du quartier), tous sous 20 000 abonnés.\n"
            "- **Une avant-première par exposition**, le jeudi à 18 h, pour six à dix d'entre eux, "
            "avec l'artiste présent.\n"
            "- **Une charte d'une page**, signée des deux côtés : la galerie offre la visite, un "
            "verre et une affiche signée ; si le créateur publie, il mentionne le partenariat et "
            "le cadeau, comme le prévoit la loi de 2023 sur l'influence commerciale ; il n'est "
            "jamais obligé de publier et reste libre de critiquer.\n"
            "- Des créateurs différents à chaque fois, pour ne pas fabriquer des « ambassadeurs » "
            "officiels.\n"
            "- Des projets nés des rencontres : une vidéo de skate tournée dans l'exposition après "
            "la fermeture, un mur « carte blanche » confié à une photographe du quartier."
        ),
        "results": (
            "Sur neuf expositions : 71 créateurs invités, 58 ont publié, soit 312 publications et "
            "stories. Le compte Instagram de la galerie est passé de 2 900 à 9 600 abonnés. Dans "
            "nos questionnaires, la part des visiteurs de moins de 35 ans est passée de 22 % à 41 "
            "%, et nos vernissages réunissent 260 personnes au lieu de 80.\n"
            "\n"
            "Une créatrice a publié une critique franche de nos cartels, « écrits pour des experts "
            "». Nous les avons réécrits, et nous l'avons dit."
        ),
        "lessons": (
            "- Un créateur du quartier avec 3 000 abonnés fiables vaut mieux qu'une vedette "
            "nationale.\n"
            "- La transparence sur les cadeaux n'est pas négociable, même pour une affiche.\n"
            "- Accepter la critique publique, c'est ce qui rend les éloges crédibles.\n"
            "- Compter une journée de travail par exposition pour les invitations et le suivi."
        ),
        "outcomes": [
            {
                "label": "Abonnés Instagram de la galerie",
                "before": "2900",
                "after": "9600",
                "unit": "abonnés",
            },
            {
                "label": "Part des visiteurs de moins de 35 ans",
                "before": "22",
                "after": "41",
                "unit": "%",
            },
            {
                "label": "Personnes présentes au vernissage",
                "before": "80",
                "after": "260",
                "unit": "personnes",
            },
        ],
        "resources": [
            {
                "title": "Charte d'accueil des créateurs de contenu",
                "url": "https://www.quaisud-galerie.example/charte-createurs",
            },
        ],
    },
    {
        "key": "linkedin-publics-professionnels-battures",
        "language": "fr",
        "title": "LinkedIn pour parler aux partenaires, aux donateurs et aux futurs collègues",
        "summary": (
            "Le Musée des Battures publiait ses communiqués sur LinkedIn, sans écho. Nous avons "
            "confié la page à des employés volontaires qui racontent leur métier et visé trois "
            "publics : partenaires, entreprises donatrices et candidats. Les candidatures ont "
            "quadruplé."
        ),
        "institutions": ["musee-des-battures"],
        "authors": [
            "marie-eve.tremblay@demo.museum-commons.org",
            "organiser@demo.museum-commons.org",
        ],
        "external_authors": "",
        "period_start": 2024,
        "period_end": 2025,
        "topics": ["social-media-strategy", "audience-development"],
        "platforms": ["linkedin"],
        "audiences": ["professionals", "members-donors", "students"],
        "budget_band": "none",
        "team_size": "2-5",
        "licence": "cc-by-nc",
        "context": (
            "Notre page LinkedIn comptait 2 100 abonnés et reprenait nos communiqués de presse "
            "tels quels : entre zéro et trois réactions par publication. En parallèle, nous avions "
            "du mal à recruter des guides bilingues et des techniciens en muséologie, et nous "
            "lancions une campagne de financement de 250 000 $ pour une nouvelle salle consacrée "
            "au fleuve."
        ),
        "goal": (
            "Faire de LinkedIn un canal utile pour trois publics précis : **les partenaires "
            "institutionnels**, **les entreprises donatrices** et **les candidats** à nos postes."
        ),
        "actions": (
            "- **« Les métiers des Battures »** : un mardi sur deux, une employée ou un employé "
            "(technicienne en conservation, guide, menuisier d'exposition, archiviste) raconte son "
            "métier à la première personne, avec une photo au travail. Marie-Ève relit, sans "
            "réécrire.\n"
            "- Les partages depuis les comptes personnels restent volontaires ; personne n'est "
            "relancé.\n"
            "- Un « chiffre du mois » pour les partenaires (par exemple : 11 000 élèves accueillis "
            "cette année).\n"
            "- Des remerciements aux entreprises donatrices, seulement avec leur accord.\n"
            "- Chaque offre d'emploi est accompagnée d'une vidéo de 45 secondes tournée avec "
            "l'équipe concernée.\n"
            "- Étienne publie un compte rendu de chaque rencontre professionnelle que nous "
            "organisons.\n"
            "- Un guide d'une page sur ce qu'on ne publie pas : sécurité, réserves, collections "
            "sous embargo."
        ),
        "results": (
            "En dix-huit mois, la page est passée de 2 100 à 5 800 abonnés, et de 3 à 84 réactions "
            "en moyenne par publication. Pour les postes de guides de l'été 2025, nous avons reçu "
            "41 candidatures, contre 9 l'année précédente. Quatre nouvelles entreprises donatrices "
            "ont cité nos publications comme premier contact ; la campagne a atteint 180 000 $."
        ),
        "lessons": (
            "- On suit des personnes, pas des logos.\n"
            "- Le volontariat est essentiel : une participation imposée se sent tout de suite.\n"
            "- Les longs articles ont moins bien fonctionné que des textes courts avec une bonne "
            "photo.\n"
            "- Relire sans réécrire : la voix de chaque collègue est ce qui rend la série "
            "crédible."
        ),
        "outcomes": [
            {
                "label": "Abonnés de la page LinkedIn",
                "before": "2100",
                "after": "5800",
                "unit": "abonnés",
            },
            {
                "label": "Candidatures reçues pour les postes de guides d'été",
                "before": "9",
                "after": "41",
                "unit": "candidatures",
            },
            {
                "label": "Réactions moyennes par publication",
                "before": "3",
                "after": "84",
                "unit": "réactions",
            },
        ],
        "resources": [],
    },
    {
        "key": "parcours-tablette-scolaires-faubourgs",
        "language": "fr",
        "title": (
            "Un parcours d'enquête sur tablette pour les classes de cycle 3, conçu avec les "
            "enseignants"
        ),
        "summary": (
            "Avec huit enseignants, nous avons conçu un parcours d'enquête sur tablette pour les "
            "CM1-CM2 : six énigmes, des détails à retrouver en salle et un carnet numérique que la "
            "classe rapporte à l'école. 96 classes l'ont suivi la première année."
        ),
        "institutions": ["musee-des-faubourgs"],
        "authors": [
            "mathieu.perrin@demo.museum-commons.org",
            "nora.hadjadj@demo.museum-commons.org",
        ],
        "external_authors": "",
        "period_start": 2024,
        "period_end": 2025,
        "topics": ["digital-mediation"],
        "platforms": ["website"],
        "audiences": ["school-groups", "families"],
        "budget_band": "10k-50k",
        "team_size": "2-5",
        "licence": "cc-by-sa",
        "context": (
            "Les groupes scolaires représentent 31 % de nos visiteurs. Les enseignants trouvaient "
            "la visite guidée trop descendante, et nos quatre médiateurs ne suffisaient plus : 60 "
            "classes étaient en liste d'attente. Trente tablettes achetées en 2019 dormaient dans "
            "un placard."
        ),
        "goal": (
            "Proposer une visite autonome (avec l'enseignant), active, reliée aux programmes "
            "d'histoire et de français, et qui se prolonge en classe."
        ),
        "actions": (
            "**Trois ateliers de co-conception** avec huit enseignants, le mercredi après-midi.\n"
            "\n"
            "**Le scénario : « L'atelier disparu ».** En 1905, un atelier de passementerie du "
            "faubourg a fermé du jour au lendemain. Par groupes de quatre, les élèves mènent "
            "l'enquête dans six salles : retrouver un détail, photographier un outil, enregistrer "
            "à l'oral le témoignage imaginé d'une ouvrière.\n"
            "\n"
            "**Le carnet d'enquête** est exporté en PDF et envoyé à l'enseignant à la fin de la "
            "visite.\n"
            "\n"
            "Côté technique : une application web qui fonctionne **hors connexion** (le wifi est "
            "faible dans le bâtiment ancien), textes lus à voix haute, pictogrammes, et un tableau "
            "de suivi pour l'enseignant. Deux semaines de test avec cinq classes avant l'ouverture "
            "des réservations."
        ),
        "results": (
            "Première année scolaire : 96 classes, soit environ 2 300 élèves. La liste d'attente a "
            "disparu. Les enseignants donnent une note moyenne de 4,6 sur 5, et 71 % déclarent "
            "avoir réutilisé le carnet en classe.\n"
            "\n"
            "Chaque carnet contient un code d'entrée gratuite pour l'enfant accompagné de sa "
            "famille : 412 familles sont revenues avec."
        ),
        "lessons": (
            "- Les enseignants doivent être coauteurs dès le premier atelier, pas relecteurs à la "
            "fin.\n"
            "- **Le mode hors connexion n'est pas une option.**\n"
            "- Une tablette pour quatre élèves, c'est le bon ratio : ils se parlent au lieu de "
            "fixer l'écran.\n"
            "- Gérer une flotte de tablettes (charge, mises à jour, housses) prend une "
            "demi-journée par semaine."
        ),
        "outcomes": [
            {
                "label": "Classes accueillies en visite autonome",
                "before": None,
                "after": "96",
                "unit": "classes",
            },
            {
                "label": "Classes en liste d'attente",
                "before": "60",
                "after": "0",
                "unit": "classes",
            },
            {
                "label": "Familles revenues avec le code du carnet",
                "before": None,
                "after": "412",
                "unit": "familles",
            },
        ],
        "resources": [
            {
                "title": "Scénario et fiches enseignants de « L'atelier disparu »",
                "url": "https://education.musee-des-faubourgs.example/atelier-disparu",
            },
        ],
    },
    {
        "key": "anniversaires-objets-vie-mosane",
        "language": "fr",
        "title": (
            "Les anniversaires des objets : un planning éditorial écrit avec les conservateurs"
        ),
        "summary": (
            "Au Musée de la Vie mosane, les conservateurs notent eux-mêmes leurs idées dans le "
            "planning trimestriel. De là est né notre rendez-vous le plus suivi : l'anniversaire "
            "d'un objet, raconté le jour de sa fabrication, de son achat ou de son don."
        ),
        "institutions": ["musee-de-la-vie-mosane"],
        "authors": ["sarah.dewandre@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2022,
        "period_end": 2023,
        "topics": ["editorial-planning", "community-management"],
        "platforms": ["facebook", "instagram", "newsletter"],
        "audiences": ["local-community", "seniors", "families"],
        "budget_band": "none",
        "team_size": "2-5",
        "licence": "cc-by",
        "context": (
            "Nous sommes quatre conservateurs et une chargée de communication. Les conservateurs "
            "disaient qu'on ne leur demandait jamais rien ; de mon côté, je manquais de matière. "
            "Pendant ce temps, l'inventaire dormait : outils, plaques émaillées, lampes de mineur, "
            "un scooter de 1953, une bannière syndicale de 1912."
        ),
        "goal": (
            "Associer les conservateurs au planning sans leur imposer de délais, et trouver un "
            "rendez-vous régulier qui fasse parler la communauté liégeoise de sa propre histoire."
        ),
        "actions": (
            "- **Un planning trimestriel partagé**, avec une colonne « Idées des conservateurs » "
            "qu'ils remplissent quand ils veulent.\n"
            "- **Les dates tirées de l'inventaire** : 2 400 objets ont une date connue de "
            "fabrication, d'achat ou de don. Un filtre par jour et par mois suffit à trouver les "
            "anniversaires de la semaine.\n"
            "- **Un format court** : une photo, trois lignes, et une question à la communauté (« "
            "Qui a encore la même à la cave ? »).\n"
            "- Une réunion de 45 minutes par mois, café compris.\n"
            "- Une rubrique « Les anniversaires du mois » dans la lettre d'information.\n"
            "- Chaque information apportée en commentaire est notée et transmise au conservateur "
            "concerné."
        ),
        "results": (
            "52 anniversaires publiés en un an. Leur portée moyenne est trois fois supérieure à "
            "celle de nos autres publications. Les commentaires ont apporté 14 informations "
            "nouvelles versées à l'inventaire : le petit-fils d'un donateur a reconnu son "
            "grand-père sur la bannière de 1912, septante ans après le don. Nous avons aussi reçu "
            "six propositions de dons.\n"
            "\n"
            "Les conservateurs y consacrent environ une heure par mois, et c'est eux qui relancent "
            "la réunion quand je l'oublie."
        ),
        "lessons": (
            "- Donner aux conservateurs un espace, pas une échéance.\n"
            "- Vérifier les dates deux fois : une erreur d'inventaire publiée, c'est vite "
            "repris.\n"
            "- La question finale fait tout : sans elle, on admire, avec elle, on raconte.\n"
            "- Prévoir une procédure pour les informations reçues en commentaire, sinon elles se "
            "perdent."
        ),
        "outcomes": [
            {
                "label": "Portée moyenne par publication",
                "before": "1900",
                "after": "5700",
                "unit": "comptes",
            },
            {
                "label": "Informations nouvelles versées à l'inventaire",
                "before": None,
                "after": "14",
                "unit": "informations",
            },
            {
                "label": "Propositions de dons reçues",
                "before": None,
                "after": "6",
                "unit": "propositions",
            },
        ],
        "resources": [],
    },
    {
        "key": "affiches-pinterest-archives-leman",
        "language": "fr",
        "title": (
            "Des affiches touristiques anciennes sur Pinterest : un public de graphistes inattendu"
        ),
        "summary": (
            "Nous avons versé 640 affiches touristiques numérisées dans 18 tableaux Pinterest "
            "thématiques, chaque épingle renvoyant au catalogue. Graphistes et étudiants en design "
            "sont devenus une part importante de nos lecteurs, en ligne comme en salle."
        ),
        "institutions": ["bibliotheque-et-archives-du-leman"],
        "authors": ["nicolas.rochat@demo.museum-commons.org", "editor@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2021,
        "period_end": 2023,
        "topics": ["audience-development", "digital-mediation"],
        "platforms": ["pinterest", "mastodon", "website"],
        "audiences": ["students", "professionals", "researchers"],
        "budget_band": "1k-10k",
        "team_size": "2-5",
        "licence": "cc-by",
        "context": (
            "Nos fonds comptent environ 3 000 affiches touristiques de 1890 à 1970 : bateaux à "
            "vapeur du lac, stations de ski, hôtels de cure. Elles avaient été numérisées en 2019, "
            "mais restaient enfouies dans le catalogue, qui ne recevait guère que des visites de "
            "chercheurs déjà initiés."
        ),
        "goal": (
            "Faire connaître ces affiches au-delà du cercle des historiens, et ramener ces "
            "nouveaux publics vers le catalogue et la salle de lecture."
        ),
        "actions": (
            "1. **Vérification des droits d'abord** : domaine public (auteurs décédés depuis plus "
            "de 70 ans) ou accord des ayants droit. 640 affiches ont été retenues.\n"
            "2. **18 tableaux thématiques** pensés comme les cherchent les graphistes : « "
            "Lettrages Art déco », « Bleu Léman », « Skieurs des années 30 », « Palettes à trois "
            "couleurs ».\n"
            "3. **Chaque épingle renvoie à la notice du catalogue**, avec le téléchargement en "
            "haute définition.\n"
            "4. Des descriptions en français, en anglais et en allemand, avec les mots-clés du "
            "métier (typographie, lithographie, aplat).\n"
            "5. Une série sur le blog, éditée par Léa, sur la typographie des affiches, et une « "
            "#AfficheDuLundi » hebdomadaire sur Mastodon.\n"
            "6. Un exercice proposé à une école de design de la région : redessiner une affiche de "
            "1930 pour un tourisme d'aujourd'hui."
        ),
        "results": (
            "Les tableaux totalisent 210 000 vues par mois. Pinterest apporte 14 % des visites du "
            "catalogue en ligne. Les demandes de consultation d'affiches en salle sont passées de "
            "38 à 117 par an, et deux éditeurs ont demandé des licences de reproduction. "
            "Nonante-deux étudiants ont participé à l'exercice de l'école de design."
        ),
        "lessons": (
            "- **Le vrai travail, ce sont les métadonnées** : titres, mots-clés, couleurs, "
            "liens.\n"
            "- Pinterest est un moteur de recherche plus qu'un réseau social : on y est trouvé, "
            "pas suivi.\n"
            "- Toujours renvoyer vers la notice du catalogue, sinon l'image circule sans nous.\n"
            "- Les droits se vérifient avant, jamais après une mise en ligne."
        ),
        "outcomes": [
            {
                "label": "Vues mensuelles des tableaux Pinterest",
                "before": None,
                "after": "210000",
                "unit": "vues",
            },
            {
                "label": "Demandes de consultation d'affiches en salle, par an",
                "before": "38",
                "after": "117",
                "unit": "demandes",
            },
            {
                "label": "Part des visites du catalogue venant de Pinterest",
                "before": "0",
                "after": "14",
                "unit": "%",
            },
        ],
        "resources": [
            {
                "title": "Les 18 tableaux d'affiches touristiques",
                "url": "https://pinterest.example/archivesleman",
            },
        ],
    },
    {
        "key": "colonial-trade-exhibition-backlash",
        "language": "en",
        "title": "Answering a backlash before the doors opened: colonial trade on our own quayside",
        "summary": (
            "Six weeks before our exhibition on colonial goods in the Rhine port opened, angry "
            "posts flooded our accounts from two opposite sides. We answered with signed replies, "
            "a published line on what we delete, a reading list and a public Q&A evening."
        ),
        "institutions": ["museum-fur-alltagskultur-rheinhafen"],
        "authors": [
            "katrin.vogel@demo.museum-commons.org",
            "jonas.albrecht@demo.museum-commons.org",
        ],
        "external_authors": "",
        "period_start": 2024,
        "period_end": None,
        "topics": ["moderation", "crisis-communication"],
        "platforms": ["instagram", "mastodon", "linkedin"],
        "audiences": ["local-community", "researchers", "online-audiences"],
        "budget_band": "1k-10k",
        "team_size": "6-15",
        "licence": "cc-by",
        "context": (
            '"Sugar, Cocoa, Rubber" traced how colonial goods passed through the warehouses of '
            "the Rhine port, the same warehouses our museum now occupies. It was co-curated with "
            "two historians from the city's African and Caribbean communities.\n"
            "\n"
            "Our announcement post showed a merchant family whose descendants still run a local "
            "company. Within five days it had 1,100 comments. One side accused us of "
            '"self-hatred" and "rewriting history"; activists on the other accused us of '
            "whitewashing by putting merchant names in the exhibition texts. A regional tabloid "
            "picked it up."
        ),
        "goal": (
            "- Keep the exhibition on schedule and its content intact.\n"
            "- Answer good-faith critics from **both** sides, and stop feeding the rest.\n"
            "- Protect staff and, above all, our two external co-curators, who had not signed up "
            "to be targets."
        ),
        "actions": (
            "**We published our deletion line** on the website and linked it from every profile: "
            "we delete insults, threats, slurs and personal data; we do not delete criticism of "
            "the museum or of the exhibition, however sharp.\n"
            "\n"
            '**Every reply was signed** ("- Katrin", "- Jonas"). People argue differently with '
            "a person than with a logo.\n"
            "\n"
            "**We separated critics from trolls.** Critics got an answer, often with a source. "
            "Accounts repeating the same slogan got one reply with a link to the rules, then "
            "nothing.\n"
            "\n"
            "**A reading list of twelve titles** and an FAQ answering the ten most repeated "
            "questions, both in German and English.\n"
            "\n"
            "**A public Q&A evening** three weeks before opening, with the co-curators, a port "
            "historian and a member of the merchant family. It was streamed, and questions could "
            "be sent in advance.\n"
            "\n"
            "**Our co-curators never had to read the comments.** Jonas sent them a weekly summary "
            "of what was being said, and they decided what to answer."
        ),
        "results": (
            "230 people attended the Q&A evening and 1,400 watched online. Comment volume halved "
            "after it, and by week four it was back to normal. Overall we deleted 7% of comments "
            "under the published rules; nobody on staff reported harassment after week three.\n"
            "\n"
            "The exhibition drew 61,000 visitors, a record for a temporary show here (the previous "
            "one had 44,000), and the FAQ was viewed 18,000 times."
        ),
        "lessons": (
            "- **Publish the deletion line before you need it.** Writing it mid-storm makes it "
            "look improvised, because it is.\n"
            "- Signing replies by name lowered the temperature more than anything else we tried.\n"
            "- External collaborators need more protection than staff, not less.\n"
            "- An evening in a room with real people did what a hundred replies could not."
        ),
        "outcomes": [
            {
                "label": "Comments deleted under the published rules",
                "before": None,
                "after": "7",
                "unit": "%",
            },
            {
                "label": "Visitors to the temporary exhibition (vs previous one)",
                "before": "44000",
                "after": "61000",
                "unit": "visitors",
            },
            {"label": "FAQ page views", "before": None, "after": "18000", "unit": "views"},
        ],
        "resources": [
            {
                "title": "Our comment rules (English and German)",
                "url": "https://www.alltagskultur-rheinhafen.example/en/comment-rules",
            },
        ],
    },
    {
        "key": "mastodon-bluesky-migration",
        "language": "en",
        "title": "Leaving X as our main channel: eighteen months on Mastodon and Bluesky",
        "summary": (
            "Two museums, in Cologne and Liège, stopped treating X as their main conversation "
            "space and moved to Mastodon and Bluesky. We lost reach but gained replies from "
            "historians, teachers and local groups. Here are the numbers, the costs and what we "
            "kept."
        ),
        "institutions": ["museum-fur-alltagskultur-rheinhafen", "musee-de-la-vie-mosane"],
        "authors": [
            "jonas.albrecht@demo.museum-commons.org",
            "maxime.henrotte@demo.museum-commons.org",
        ],
        "external_authors": "",
        "period_start": 2023,
        "period_end": 2025,
        "topics": ["community-management", "social-media-strategy"],
        "platforms": ["mastodon", "bluesky", "x"],
        "audiences": ["researchers", "professionals", "local-community"],
        "budget_band": "under-1k",
        "team_size": "2-5",
        "licence": "cc-by-sa",
        "context": (
            "In early 2023 our X account in Cologne had 18,000 followers, but engagement had "
            "dropped by about 70% in a year and the replies we did get were increasingly hostile. "
            "The local historians, teachers and heritage groups we used to talk with had quietly "
            "left. In Liège, the Musée de la Vie mosane saw the same pattern at a smaller scale, "
            "with 4,000 followers."
        ),
        "goal": (
            "Follow our conversation partners rather than our follower count, without burning the "
            "old account and without adding more than three hours a week of work."
        ),
        "actions": (
            "- **Mastodon**: we joined a server run by a heritage association instead of hosting "
            "our own (our share: €300 a year). Accounts verified with a link from our websites.\n"
            "- **Bluesky**: handles on our own domains, so people can see the account is "
            "genuine.\n"
            "- **No blind cross-posting.** Each network gets its own text; links and hashtags "
            "behave differently on each.\n"
            "- **Alt text on every image** and content warnings for sensitive material, as the "
            "Mastodon culture expects. We found it improved our writing everywhere.\n"
            "- **Four posts a week instead of twelve**, plus a weekly object thread in which we "
            "ask followers what they know.\n"
            "- **X became a noticeboard**: one post a week pointing to the other accounts. We kept "
            "the account so no one could take the name.\n"
            "- We announced the move in a pinned post and in both newsletters. Maxime ran a "
            "Thursday thread on Belgian industrial heritage with the same rules."
        ),
        "results": (
            "In Cologne, after eighteen months: 6,200 followers on Mastodon and 9,400 on Bluesky, "
            "while X barely moved (18,000 to 16,900) but now gets a tenth of the interactions. "
            "Average replies per post went from 2.1 on X to 11.4 on Mastodon. Mastodon and Bluesky "
            "together send 11% of our social referral traffic; X sends 3%.\n"
            "\n"
            "In Liège, the numbers are smaller (1,300 and 2,100 followers) but two school projects "
            "and a book on the city's glassworks started from conversations there."
        ),
        "lessons": (
            "- Smaller numbers, better conversations. Measure replies and referrals, not "
            "followers.\n"
            "- Joining a shared server is cheaper and calmer than running your own.\n"
            "- **Do not delete the old account**: it protects your name.\n"
            "- Tell your audience where you are going, more than once."
        ),
        "outcomes": [
            {
                "label": "Average replies per post (X, then Mastodon)",
                "before": "2.1",
                "after": "11.4",
                "unit": "replies",
            },
            {
                "label": "Followers on Mastodon and Bluesky combined (Cologne)",
                "before": None,
                "after": "15600",
                "unit": "followers",
            },
            {
                "label": "Share of social referral traffic from Mastodon and Bluesky",
                "before": "0",
                "after": "11",
                "unit": "%",
            },
        ],
        "resources": [
            {
                "title": "Our migration checklist (eight steps)",
                "url": "https://www.alltagskultur-rheinhafen.example/en/migration-checklist",
            },
        ],
    },
    {
        "key": "monday-dashboard-waterwerk",
        "language": "en",
        "title": "A one-screen Monday dashboard: watch time over follower counts",
        "summary": (
            "We replaced a 14-page monthly report nobody read with a one-screen dashboard the "
            "whole team opens on Monday morning. Six numbers, each with an owner, led by how long "
            "families actually watch our weekend livestreams. It changed what we programme."
        ),
        "institutions": ["waterwerk-science-centre"],
        "authors": ["joris.bakker@demo.museum-commons.org", "moderator@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2022,
        "period_end": 2024,
        "topics": ["analytics", "live-coverage"],
        "platforms": ["youtube", "instagram", "website"],
        "audiences": ["families", "online-audiences"],
        "budget_band": "1k-10k",
        "team_size": "6-15",
        "licence": "cc-by",
        "context": (
            "Waterwerk streams two science shows every weekend on YouTube, on Saturday and Sunday "
            "at 14:00. An agency sent us a 14-page monthly report full of followers, impressions "
            "and reach. Nobody could name a single decision it had led to."
        ),
        "goal": (
            "Numbers that lead to decisions, that the whole team understands, and that we can "
            "collect without third-party trackers on our website."
        ),
        "actions": (
            "We started with a two-hour workshop: instead of choosing metrics, each team wrote "
            'down **the questions they wanted answered** ("Do families watch to the end?", '
            '"Does the stream sell tickets?"). We kept six:\n'
            "\n"
            "1. Average view duration of each livestream.\n"
            "2. Share of live viewers who posted a question in the chat.\n"
            "3. Returning viewers.\n"
            "4. Clicks from YouTube descriptions to the ticket page (tagged links).\n"
            "5. Comments still waiting for an answer after 24 hours (owned by Hanna).\n"
            "6. Newsletter sign-ups.\n"
            "\n"
            "Each number has **one owner** and one line explaining how it is calculated. Website "
            "figures come from our own server-side analytics. The dashboard runs on a self-hosted "
            "open-source tool fed by a spreadsheet, and the team reviews it in a 15-minute "
            'stand-up every Monday. Each quarter, we hold a "keep or kill" review of formats.'
        ),
        "results": (
            "Average view duration rose from 4 min 10 s to 11 min 30 s after we changed the format "
            "(shorter intro, a chat question answered on air every five minutes). The Sunday "
            "stream was dropped in favour of edited clips, and ticket-page clicks from YouTube "
            "nearly tripled. We cancelled the agency report, saving about €6,000 a year, and "
            "reporting now takes three hours a month instead of sixteen."
        ),
        "lessons": (
            "- Fewer numbers, each with an owner and a decision attached.\n"
            "- Follower counts are comforting and useless.\n"
            "- Hanna's weekly reading of the comments explained half of what the numbers showed.\n"
            "- **Write down how each number is calculated**, or it will quietly change when "
            "someone leaves."
        ),
        "outcomes": [
            {
                "label": "Average view duration of weekend livestreams",
                "before": "250",
                "after": "690",
                "unit": "seconds",
            },
            {
                "label": "Ticket-page clicks from YouTube per month",
                "before": "420",
                "after": "1180",
                "unit": "clicks",
            },
            {
                "label": "Time spent on reporting per month",
                "before": "16",
                "after": "3",
                "unit": "hours",
            },
        ],
        "resources": [
            {
                "title": "Dashboard metric definitions (template)",
                "url": "https://www.waterwerk.example/pro/dashboard-definitions",
            },
        ],
    },
    {
        "key": "newsletter-relaunch-northgate",
        "language": "en",
        "title": "Relaunching a print gallery's newsletter: fewer sends, more sales",
        "summary": (
            "Our weekly newsletter had drifted into a list of events that few people opened. We "
            "cleaned the list and relaunched it fortnightly, one print and one story per issue, "
            "with Pinterest as a quiet second door. It now sells more editions than any social "
            "channel."
        ),
        "institutions": ["northgate-print-gallery"],
        "authors": ["owen.pryce@demo.museum-commons.org", "priya.raman@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2023,
        "period_end": None,
        "topics": ["small-museums", "audience-development", "analytics"],
        "platforms": ["newsletter", "pinterest", "instagram"],
        "audiences": ["members-donors", "local-community", "online-audiences"],
        "budget_band": "under-1k",
        "team_size": "2-5",
        "licence": "cc-by",
        "context": (
            "Northgate is a small Bristol gallery selling limited-edition prints by artists from "
            "the South West. In 2022 our weekly newsletter went to 3,400 addresses: a list of "
            "events, three images, a button. Clicks were around 1.2%, unsubscribes were rising, "
            "and almost all sales still happened over the counter."
        ),
        "goal": (
            "Make the newsletter a reason to buy, not a calendar; reach people who cannot come to "
            "Bristol; and measure it honestly."
        ),
        "actions": (
            "- **Asked first**: 410 subscribers answered a five-question survey. The most common "
            'wish was "tell me about one print properly".\n'
            "- **Cleaned the list**: a re-permission email to 900 addresses inactive for 18 months "
            "or more. Those who did not answer were removed.\n"
            '- **New format, "One Print"**: a story written by Owen about a single print, a '
            "studio-visit photo, edition size and price, then three short items. Sent every other "
            "Thursday at 7:30.\n"
            "- **Plain, text-led design**, readable on a phone and with a screen reader.\n"
            "- **Pinterest boards per artist**, each pin linking to the shop page.\n"
            "- **Honest measurement**: opens are unreliable since mail apps started pre-loading "
            "images, so Priya tracks clicks and sales through tagged links, with no tracking "
            "pixels."
        ),
        "results": (
            "After the clean-up we had 3,050 subscribers, and the list has grown slowly since. "
            "Click rate went from 1.2% to 7.8%. Online sales attributed to the newsletter rose "
            "from about £1,900 to £7,400 a quarter, more than Instagram and Pinterest combined. "
            "Pinterest brings 11% of shop visits, almost all from people we had never met."
        ),
        "lessons": (
            "- Cleaning a list is frightening and right.\n"
            "- One story beats a list of ten events.\n"
            "- **Count clicks and sales, not opens.**\n"
            "- Artists loved being featured; they now ask when their turn is."
        ),
        "outcomes": [
            {"label": "Newsletter click rate", "before": "1.2", "after": "7.8", "unit": "%"},
            {
                "label": "Online sales attributed to the newsletter, per quarter",
                "before": "1900",
                "after": "7400",
                "unit": "GBP",
            },
            {
                "label": "Subscribers (after clean-up)",
                "before": "3400",
                "after": "3050",
                "unit": "subscribers",
            },
        ],
        "resources": [
            {
                "title": "The re-permission email we sent",
                "url": "https://news.northgateprints.example/repermission-email",
            },
        ],
    },
    {
        "key": "volunteer-rota-style-guide-kelderby",
        "language": "en",
        "title": "Six volunteers, one voice: a shared style guide for a volunteer-run mill museum",
        "summary": (
            "Kelderby Mill Museum has no paid communications staff. Six volunteers post in turn, "
            "guided by a two-page style guide and a shared photo library. A local Facebook "
            "memories group and Threads now bring in most of our weekend visitors."
        ),
        "institutions": ["kelderby-mill-museum"],
        "authors": ["rachel.whitcombe@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2021,
        "period_end": 2025,
        "topics": ["small-museums", "community-management", "editorial-planning"],
        "platforms": ["facebook", "threads"],
        "audiences": ["local-community", "seniors", "families"],
        "budget_band": "none",
        "team_size": "6-15",
        "licence": "cc-by-sa",
        "context": (
            "Kelderby is a nineteenth-century cotton mill turned museum, open at weekends from "
            "March to November and run by about forty volunteers. Our Facebook page was looked "
            "after by one volunteer; when she moved away in 2021, it went silent for five months. "
            "Nobody else felt allowed to post."
        ),
        "goal": (
            "Spread the work so that no single departure can silence us again, while sounding like "
            "one museum rather than six people."
        ),
        "actions": (
            "- **A rota of six volunteers** aged 24 to 78, one week each.\n"
            "- **A two-page style guide**: write like a friendly guide at the door; always say "
            "when we are open; no capitals for shouting; name people in photos only with their "
            "consent; answer every question within a day.\n"
            "- **A shared photo library** of 300 tagged photos, so nobody has to start from "
            "scratch on a rainy Tuesday.\n"
            '- **"Kelderby Mill Memories"**, a Facebook group for families of former mill '
            "workers, kept separate from the page: the page is for opening times and events, the "
            "group for memories.\n"
            "- **Threads from 2024**, to reach the walkers and young families who pass the mill on "
            "the canal path.\n"
            '- "Sunday loom": a 30-second video of the working loom every week of the season.'
        ),
        "results": (
            "Weekend visitors rose from about 2,100 to 3,900 a season. The memories group has "
            "2,750 members and has brought in 40 family photographs, two of which are now in the "
            "main display. When asked at the door, 61% of visitors say they heard about us through "
            "Facebook or the group. Eleven new volunteers joined after reading our posts."
        ),
        "lessons": (
            "- The style guide makes handovers painless: new volunteers read it in ten minutes.\n"
            "- Our oldest volunteers write the best posts; their memories are the collection.\n"
            "- One person still checks the week's posts on a Sunday evening. Shared does not mean "
            "unsupervised.\n"
            "- Keep memories and practical information in separate places."
        ),
        "outcomes": [
            {
                "label": "Weekend visitors per season",
                "before": "2100",
                "after": "3900",
                "unit": "visitors",
            },
            {
                "label": "Members of the memories group",
                "before": None,
                "after": "2750",
                "unit": "members",
            },
            {
                "label": "New volunteers recruited through posts",
                "before": None,
                "after": "11",
                "unit": "volunteers",
            },
        ],
        "resources": [
            {
                "title": "Our two-page style guide",
                "url": "https://www.kelderbymill.example/volunteers/style-guide.pdf",
            },
        ],
    },
    {
        "key": "three-languages-cruise-visitors-valencia",
        "language": "en",
        "title": "Three languages, three stories a season: captions for locals and cruise visitors",
        "summary": (
            "We plan each season around three stories, told in Spanish, Valencian and English. "
            "Captions are written by people, not machines, and shaped for each platform. Cruise "
            "passengers and city-break visitors now find us before they land."
        ),
        "institutions": ["museo-de-la-luz-mediterranea"],
        "authors": ["lucia.ferrer@demo.museum-commons.org", "pau.marti@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2024,
        "period_end": None,
        "topics": ["editorial-planning", "audience-development"],
        "platforms": ["instagram", "threads", "x", "website"],
        "audiences": ["tourists", "local-community"],
        "budget_band": "1k-10k",
        "team_size": "2-5",
        "licence": "cc-by",
        "context": (
            "Foreign tourists make up 38% of our visitors, many of them cruise passengers with "
            "five hours in the city. Until 2023 we posted in Spanish, with a machine translation "
            "into English pasted in the comments. Valencian-speaking followers regularly asked why "
            "their language was missing, and English speakers could not find opening hours or how "
            "to get to us from the port."
        ),
        "goal": (
            "Speak to locals in both of their languages, and give foreign visitors what they need, "
            "in English that reads naturally, before they arrive."
        ),
        "actions": (
            '**Three stories a season**, for example "Light at noon" (summer painting), "The '
            'restorer\'s bench" and "The painters of the lagoon". Every channel tells the same '
            "stories in its own format.\n"
            "\n"
            "**Captions written per language** by Lucía and a freelance translator (ten hours a "
            "month), with a shared glossary of gallery terms.\n"
            "\n"
            "- On Instagram: Valencian and Spanish first, then a shorter English paragraph after a "
            "line break. Languages are labelled with text (VAL / ES / EN), not flags: flags stand "
            "for countries, not languages.\n"
            "- On Threads and X: one post per language, so nobody scrolls past text they cannot "
            "read.\n"
            "- Alt text in all three languages.\n"
            "\n"
            "**Practical information in English**, pinned everywhere: hours, the walk from the "
            "cruise terminal, the shuttle. A QR code on the terminal's information desk leads to "
            "the same page."
        ),
        "results": (
            "Cruise passenger visits went from about 1,800 to 5,200 a season. In our visitor "
            "survey, the share of foreign visitors who found us online before their trip went from "
            "12% to 29%. Followers outside Spain went from 17% to 34%. Valencian posts perform as "
            "well as Spanish ones, and the comments asking about them have disappeared."
        ),
        "lessons": (
            "- Languages, not flags.\n"
            "- Write each version natively; English captions can be shorter than the original.\n"
            "- For tourists, practical information matters more than beautiful storytelling.\n"
            "- Three stories a season is enough; more and the translations fall behind."
        ),
        "outcomes": [
            {
                "label": "Visitors from cruise ships per season",
                "before": "1800",
                "after": "5200",
                "unit": "visitors",
            },
            {
                "label": "Foreign visitors who found us online before their trip",
                "before": "12",
                "after": "29",
                "unit": "%",
            },
            {
                "label": "Followers located outside Spain",
                "before": "17",
                "after": "34",
                "unit": "%",
            },
        ],
        "resources": [
            {
                "title": "Three-language glossary of gallery terms (ES / VAL / EN)",
                "url": "https://www.museoluzmediterranea.example/press/glossary-es-va-en",
            },
        ],
    },
    {
        "key": "large-print-audio-posts-lagoon",
        "language": "en",
        "title": "Large-print captions and audio posts for our older visitors",
        "summary": (
            "When regular visitors told us they could no longer read our captions, our "
            "three-person museum started posting large-print slides, short audio descriptions and "
            "a monthly phone-in hour. Older followers came back, and younger ones liked it too."
        ),
        "institutions": ["museo-civico-delle-lagune"],
        "authors": ["giulia.rinaldi@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2023,
        "period_end": None,
        "topics": ["accessibility", "small-museums"],
        "platforms": ["facebook", "instagram"],
        "audiences": ["seniors", "people-with-disabilities", "local-community"],
        "budget_band": "under-1k",
        "team_size": "2-5",
        "licence": "cc-by",
        "context": (
            "The Museo Civico delle Lagune has three staff and a loyal local following, most of it "
            "over sixty. At the annual meeting of our friends' association, the message was clear: "
            "captions are too small, videos too fast, and \"we can't pinch and zoom with these "
            'fingers".'
        ),
        "goal": (
            "Make our posts comfortable for older followers, including those with low vision, "
            "without a budget and without losing younger audiences."
        ),
        "actions": (
            "- **A large-print slide** at the end of every carousel: the caption in at least "
            "40-point type on a 1080-pixel image, dark text on a light background.\n"
            "- **Audio posts**: a 60-second description of one object, read by Giulia or by a "
            "volunteer. A retired fisherman describes the nets in dialect, with Italian and "
            "English subtitles.\n"
            "- **Facebook first**, since that is where our older followers are; Instagram gets the "
            "same content.\n"
            '- **"Pronto, museo?"**: a monthly phone-in hour where anyone can call with '
            "questions about the collections.\n"
            "- Printed copies of the best posts at the museum entrance, the library and the fish "
            "market."
        ),
        "results": (
            "Comments from followers over 65 went from about 6 to 31 a month. Audio posts are "
            "listened to 78% of the way through on average. Visits by residents over 65 rose from "
            "1,450 to 1,800 in a year. To our surprise, the large-print slides are the most saved "
            "by younger followers, who use them as quick summaries."
        ),
        "lessons": (
            "- Ask your visitors; they will tell you exactly what is wrong.\n"
            "- **Accessibility features help everyone**, not only the people they were designed "
            "for.\n"
            "- Audio is cheap: a phone and a quiet room are enough.\n"
            "- Voices from the community, in their own dialect, are worth more than a professional "
            "narrator."
        ),
        "outcomes": [
            {
                "label": "Comments per month from followers over 65",
                "before": "6",
                "after": "31",
                "unit": "comments",
            },
            {
                "label": "Yearly visits by residents over 65",
                "before": "1450",
                "after": "1800",
                "unit": "visits",
            },
            {
                "label": "Average completion of audio posts",
                "before": None,
                "after": "78",
                "unit": "%",
            },
        ],
        "resources": [],
    },
    {
        "key": "students-first-time-visitors-northgate",
        "language": "en",
        "title": (
            "Who are we still missing? Matching visitor surveys with campaign data to reach "
            "students"
        ),
        "summary": (
            "Students followed us on Instagram but almost never came in. Six months of on-site "
            "surveys, matched with campaign links and twelve interviews, showed why: they thought "
            "they had to buy. A simple message and a monthly student night changed that."
        ),
        "institutions": ["northgate-print-gallery"],
        "authors": ["priya.raman@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2024,
        "period_end": 2025,
        "topics": ["analytics", "audience-development"],
        "platforms": ["instagram", "website"],
        "audiences": ["students", "young-adults"],
        "budget_band": "under-1k",
        "team_size": "solo",
        "licence": "cc-by",
        "context": (
            "Two universities are less than a mile from the gallery. Instagram told us that 24% of "
            "our followers were aged 18 to 24, yet our door counts and sales data suggested "
            "students were only about 4% of visitors."
        ),
        "goal": (
            "Understand the gap between following and visiting, then close part of it, with almost "
            "no budget and one person's time."
        ),
        "actions": (
            "1. **A six-question survey on a tablet at the door**, running for six months: 1,120 "
            "responses.\n"
            "2. **Campaign links and codes** on every Instagram story, so we could see which posts "
            "brought people in.\n"
            "3. **Twelve interviews** with students who followed us but had never visited. The "
            'same three barriers came up: "galleries are for buying", "I didn\'t know it was '
            'free", "I\'d feel watched".\n'
            '4. **"Free to look"**: the message now appears on the door, in every bio and in '
            "every event post.\n"
            "5. **A monthly student night** with a printmaking demonstration, run with the "
            "university art society.\n"
            "6. A student discount code, shared only on Instagram, to measure what that channel "
            "really brings."
        ),
        "results": (
            "Students grew from about 4% to 13% of visitors over the year. The discount code was "
            "used 340 times and 22 students bought their first print. The survey now runs "
            "permanently, and its results are shared with the team every month."
        ),
        "lessons": (
            "- Platform demographics tell you who follows, not who comes.\n"
            "- Twelve conversations explained more than 1,120 survey answers; you need both.\n"
            '- **Say the obvious**: "free to look" was not obvious to anyone under 25.'
        ),
        "outcomes": [
            {"label": "Students among visitors", "before": "4", "after": "13", "unit": "%"},
            {
                "label": "Student discount code redemptions",
                "before": None,
                "after": "340",
                "unit": "uses",
            },
            {
                "label": "Survey responses collected",
                "before": None,
                "after": "1120",
                "unit": "responses",
            },
        ],
        "resources": [
            {
                "title": "Our six-question door survey",
                "url": "https://www.northgateprints.example/about/door-survey",
            },
        ],
    },
    {
        "key": "ask-the-attendant-valencia",
        "language": "en",
        "title": "Ask the attendant: front-of-house staff as the stars of our short videos",
        "summary": (
            "Our polished trailers were going nowhere on TikTok. Then a gallery attendant "
            "explained to a child why you cannot touch the paintings, and a million people "
            "watched. We built a series around our attendants and paid local creators openly to "
            "join them."
        ),
        "institutions": ["museo-de-la-luz-mediterranea"],
        "authors": ["pau.marti@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2024,
        "period_end": 2025,
        "topics": ["social-media-strategy", "partnerships"],
        "platforms": ["tiktok", "instagram"],
        "audiences": ["young-adults", "tourists"],
        "budget_band": "1k-10k",
        "team_size": "2-5",
        "licence": "cc-by",
        "context": (
            "In early 2024 our TikTok account had 2,300 followers and a feed of beautifully edited "
            "exhibition trailers that nobody finished. Then Rafa, one of our gallery attendants, "
            "was filmed (with permission) explaining to an eight-year-old why the oils on a canvas "
            "do not like fingers. The clip passed a million views in four days."
        ),
        "goal": (
            "Turn a lucky accident into a sustainable series, without exploiting the staff who "
            "made it work."
        ),
        "actions": (
            '- **"Ask the attendant"**, one video a week: four volunteer attendants answer '
            "questions left in the comments. Filming time is paid as overtime.\n"
            "- **Attendants approve the final cut** and can stop at any time, no reasons asked.\n"
            "- **No visitors on camera** without their explicit consent.\n"
            "- **Five paid collaborations** with Valencia creators (€300 to €600 each, clearly "
            "labelled as paid partnerships): each spent a day as an attendant and told it in their "
            "own style.\n"
            "- The same clips, resized, on Instagram Reels."
        ),
        "results": (
            "The account grew from 2,300 to 61,000 followers, with three videos over a million "
            "views. Visitors under 30 went from 18% to 27% of tickets. Two of the five creator "
            "collaborations worked very well, three were average. One attendant asked to stop "
            "after being recognised too often in the street; we respected it immediately."
        ),
        "lessons": (
            "- Front-of-house staff hear the best questions; give them the microphone.\n"
            "- **Pay people for the time they spend on camera.**\n"
            "- Disclose paid partnerships every time, even when it feels clumsy.\n"
            "- Plan for over-exposure: being recognised is not always pleasant."
        ),
        "outcomes": [
            {"label": "TikTok followers", "before": "2300", "after": "61000", "unit": "followers"},
            {
                "label": "Visitors under 30 (share of tickets)",
                "before": "18",
                "after": "27",
                "unit": "%",
            },
            {
                "label": "Staff appearing in the series",
                "before": None,
                "after": "4",
                "unit": "attendants",
            },
        ],
        "resources": [],
    },
    {
        "key": "house-rules-early-replies-waterwerk",
        "language": "en",
        "title": (
            "House rules and early replies: calming comment sections on a science centre's channels"
        ),
        "summary": (
            "Our posts on water, floods and climate attracted denial, conspiracies and spam in the "
            "livestream chat. Eight lines of house rules, a staff member watching the first 30 "
            "minutes after each post, and named, sourced replies cut removals by two thirds."
        ),
        "institutions": ["waterwerk-science-centre"],
        "authors": ["moderator@demo.museum-commons.org"],
        "external_authors": "",
        "period_start": 2022,
        "period_end": 2023,
        "topics": ["moderation", "community-management"],
        "platforms": ["youtube", "instagram", "threads"],
        "audiences": ["families", "online-audiences"],
        "budget_band": "none",
        "team_size": "2-5",
        "licence": "cc-by",
        "context": (
            "Rotterdam lives below sea level, so much of our programme is about water management "
            "and climate. Posts on these subjects attracted waves of denial and conspiracy "
            "theories, and the live chat of our weekend family shows was regularly hijacked by "
            "spam. Several parents wrote to say they had stopped letting their children watch "
            "live."
        ),
        "goal": (
            "Keep our channels safe for families, and keep room for genuine scepticism, which is "
            "part of science."
        ),
        "actions": (
            "- **House rules in eight plain lines**, in Dutch and English, linked from every bio "
            "and pinned in the live chat.\n"
            "- **The first 30 minutes**: after each post, one staff member watches the comments "
            "and answers the first sceptical comment, by name and with a source. Threads where we "
            "answer early stay calmer.\n"
            "- **Live chat settings**: slow mode (one message every 10 seconds), a list of blocked "
            "words we update monthly, links disabled.\n"
            "- **Chat hosts**: two scientists from the floor team join each livestream to answer "
            "questions and flag problems.\n"
            "- **A monthly tally** of removals, by reason, shared with the whole team."
        ),
        "results": (
            "Removed comments fell from about 310 to 95 a month. The share of heated threads where "
            "staff replied within 30 minutes rose from 20% to 85%. During livestreams, presenters "
            "now answer nine chat questions per show instead of three. No parent has complained "
            "since the spring of 2023."
        ),
        "lessons": (
            "- **Reply early, by name, with a source.** The first answer sets the tone for "
            "everyone who follows.\n"
            "- A sceptic is not a troll; answering the first generously helps ignore the second.\n"
            "- Rules nobody can find do not exist: link them everywhere."
        ),
        "outcomes": [
            {
                "label": "Comments removed per month",
                "before": "310",
                "after": "95",
                "unit": "comments",
            },
            {
                "label": "Heated threads with a staff reply within 30 minutes",
                "before": "20",
                "after": "85",
                "unit": "%",
            },
            {
                "label": "Chat questions answered on air per show",
                "before": "3",
                "after": "9",
                "unit": "questions",
            },
        ],
        "resources": [
            {
                "title": "Waterwerk house rules (EN/NL)",
                "url": "https://www.waterwerk.example/house-rules",
            },
        ],
    },
]

EVENTS = [
    {
        "key": "rencontres-musees-communautes-2026",
        "language": "fr",
        "title": "Rencontres Musées & Communautés 2026",
        "starts": "2026-03-12T09:00",
        "ends": "2026-03-13T17:30",
        "time_zone": "Europe/Paris",
        "venue": "Musée des Faubourgs et des Métiers, auditorium et ateliers",
        "city": "Lyon",
        "is_online": False,
        "online_url": "",
        "organiser_institution": "musee-des-faubourgs",
        "owner": "organiser@demo.museum-commons.org",
        "website": "https://rencontres-musees-communautes.example/2026/",
        "description": (
            "<p>Deux jours pour parler de ce que les équipes des musées font vraiment en ligne : "
            "stratégie, gestion de communauté, couverture en direct, modération, accessibilité. "
            "Les Rencontres sont coorganisées par le Musée des Faubourgs et des Métiers et le "
            "Musée des Battures, et se tiennent une année à Lyon, l'année suivante à "
            "Québec.</p><p>Les interventions se font en français ou en anglais, avec "
            "interprétation simultanée dans le grand auditorium. Pas de démonstration commerciale "
            ": chaque intervenant présente un projet mené dans son institution, chiffres et "
            "erreurs compris.</p><p>Les présentations et les vidéos des sessions sont publiées sur "
            "Museum Commons dans la semaine qui suit.</p>"
        ),
        "sessions": [
            {
                "title": (
                    "Publier moins, répondre mieux : une année avec deux fois moins de publications"
                ),
                "start": "2026-03-12T09:30",
                "end": "2026-03-12T10:15",
                "room": "Grand auditorium",
                "track": "Stratégie",
                "speakers": ["member@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "En 2024, l'équipe numérique du Musée des Faubourgs a divisé par deux le "
                    "nombre de ses publications pour consacrer le temps gagné à répondre. Bilan "
                    "d'une année : ce que la direction en a pensé, ce que les chiffres disent, et "
                    "la rubrique née des questions du public."
                ),
                "video_url": "https://video.example/rmc2026/publier-moins-repondre-mieux",
                "video_timecodes": (
                    "00:01:30 Le point de départ : 38 publications par mois\n"
                    "00:09:20 La décision et comment elle a été reçue\n"
                    "00:21:05 Les chiffres après un an\n"
                    "00:33:40 Questions de la salle"
                ),
            },
            {
                "title": (
                    "Vague de trolls : ce que trois semaines de commentaires hostiles nous ont "
                    "appris"
                ),
                "start": "2026-03-12T10:45",
                "end": "2026-03-12T11:30",
                "room": "Salle des Canuts",
                "track": "Modération et crise",
                "speakers": [
                    "baptiste.lacoste@demo.museum-commons.org",
                    "amira.haddad@demo.museum-commons.org",
                ],
                "external_speakers": "",
                "abstract": (
                    "Une exposition sur le retour du loup, 600 commentaires hostiles en 48 heures "
                    "et une équipe de trois personnes sans charte ni protocole. Baptiste Lacoste "
                    "raconte les trois semaines qui ont suivi ; Amira Haddad les met en regard des "
                    "entretiens qu'elle a menés avec une quarantaine de community managers de "
                    "musées."
                ),
                "video_url": "https://video.example/rmc2026/vague-de-trolls",
                "video_timecodes": (
                    "00:02:10 Les 48 premières heures\n"
                    "00:08:45 Répondre avec humour, mais sur les faits\n"
                    "00:15:30 Un espace dédié au débat\n"
                    "00:22:15 Pourquoi une charte\n"
                    "00:29:40 Ce que disent les entretiens\n"
                    "00:38:00 Questions"
                ),
            },
            {
                "title": (
                    "Before the doors open: handling a backlash against an exhibition on colonial "
                    "trade"
                ),
                "start": "2026-03-12T11:30",
                "end": "2026-03-12T12:15",
                "room": "Grand auditorium",
                "track": "Moderation & crisis",
                "speakers": ["katrin.vogel@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "Six weeks before an exhibition on the colonial goods that passed through "
                    "Cologne's Rhine port, our accounts were flooded from two opposite sides. "
                    "Signed replies, a published deletion line, a public Q&A evening, and how we "
                    "protected our external co-curators. In English, with French interpretation."
                ),
                "video_url": "https://video.example/rmc2026/before-the-doors-open",
                "video_timecodes": (
                    "00:03:00 The announcement post\n"
                    "00:11:20 Critics and trolls are not the same\n"
                    "00:19:50 The Q&A evening\n"
                    "00:31:10 Questions from the room"
                ),
            },
            {
                "title": "TikTok sans budget : un château, un téléphone, des guides saisonniers",
                "start": "2026-03-12T14:00",
                "end": "2026-03-12T14:45",
                "room": "Salle des Canuts",
                "track": "Petits musées",
                "speakers": ["margaux.delpech@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "Seule salariée permanente d'un château du Périgord, Margaux Delpech tourne "
                    "une vidéo par semaine au téléphone avec les guides saisonniers. Formats, "
                    "organisation, droit à l'image et chiffres : tout ce qu'il faut pour se lancer "
                    "avec un micro-cravate à 25 euros."
                ),
                "video_url": "https://video.example/rmc2026/tiktok-sans-budget",
                "video_timecodes": (
                    "00:01:45 Pourquoi TikTok, et pourquoi pas plus\n"
                    "00:07:30 Les trois formats\n"
                    "00:18:10 La vidéo des latrines\n"
                    "00:27:00 Questions"
                ),
            },
            {
                "title": "Dashboards people actually open on Monday",
                "start": "2026-03-12T14:45",
                "end": "2026-03-12T15:30",
                "room": "Grand auditorium",
                "track": "Mesure / Analytics",
                "speakers": ["joris.bakker@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "How a science centre replaced a 14-page agency report with six numbers, six "
                    "owners and a 15-minute Monday stand-up, and why watch time of our weekend "
                    "livestreams ended up deciding our programme."
                ),
                "video_url": "",
                "video_timecodes": "",
            },
            {
                "title": "Atelier : écrire des textes alternatifs qui racontent quelque chose",
                "start": "2026-03-13T09:30",
                "end": "2026-03-13T11:00",
                "room": "Atelier 2",
                "track": "Accessibilité",
                "speakers": [
                    "rosalie.bergeron@demo.museum-commons.org",
                    "giulia.rinaldi@demo.museum-commons.org",
                ],
                "external_speakers": "",
                "abstract": (
                    "Atelier pratique, ordinateur ou téléphone en main. Nous écouterons un lecteur "
                    "d'écran lire de vraies publications de musées, puis nous réécrirons ensemble "
                    "leurs textes alternatifs. Places limitées à 35 personnes ; apportez une "
                    "publication de votre institution."
                ),
                "video_url": "",
                "video_timecodes": "",
            },
            {
                "title": "WeChat, Weibo et agences de voyage : accueillir les visiteurs sinophones",
                "start": "2026-03-13T11:15",
                "end": "2026-03-13T12:00",
                "room": "Salle des Canuts",
                "track": "Publics",
                "speakers": ["mei.chen-laurent@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "Compte officiel WeChat, page Weibo, voyage de découverte pour les guides, "
                    "livret réécrit : six ans de travail pour faire passer les visiteurs "
                    "sinophones de 1,2 % à 4,6 % des entrées d'un musée de beaux-arts."
                ),
                "video_url": "https://video.example/rmc2026/visiteurs-sinophones",
                "video_timecodes": (
                    "00:02:00 Ce que voient les voyageurs avant de partir\n"
                    "00:12:40 Écrire en chinois plutôt que traduire\n"
                    "00:24:30 Les guides, vrais prescripteurs\n"
                    "00:35:15 Questions"
                ),
            },
            {
                "title": (
                    "Table ronde : quitter X ? Ce qu'on gagne et ce qu'on perd sur Mastodon et "
                    "Bluesky"
                ),
                "start": "2026-03-13T14:00",
                "end": "2026-03-13T15:15",
                "room": "Grand auditorium",
                "track": "Plateformes",
                "speakers": [
                    "jonas.albrecht@demo.museum-commons.org",
                    "maxime.henrotte@demo.museum-commons.org",
                    "ines.benali@demo.museum-commons.org",
                ],
                "external_speakers": "Sophie Karam",
                "abstract": (
                    "Deux musées ont fait de Mastodon et Bluesky leurs espaces de conversation "
                    "principaux ; un troisième hésite encore. Chiffres à l'appui, une table ronde "
                    "sur ce qu'on gagne, ce qu'on perd, et ce qu'on fait de l'ancien compte. "
                    "Animée par la journaliste Sophie Karam."
                ),
                "video_url": "https://video.example/rmc2026/quitter-x",
                "video_timecodes": (
                    "00:03:20 Tour de table\n"
                    "00:16:00 Les chiffres de Cologne et de Liège\n"
                    "00:34:45 Faut-il fermer l'ancien compte ?\n"
                    "00:52:10 Questions de la salle"
                ),
            },
        ],
        "live_posts": [
            {
                "minutes_after_start": 20,
                "body": (
                    "C'est parti pour les Rencontres Musées & Communautés ! 430 participants, 14 "
                    "pays, interprétation dans le grand auditorium. Camille Roussel ouvre avec « "
                    "Publier moins, répondre mieux ». Suivez le fil ici toute la journée."
                ),
            },
            {
                "minutes_after_start": 115,
                "body": (
                    "Salle des Canuts pleine, on ajoute des chaises. Baptiste Lacoste : « Nous "
                    "n'avions ni charte ni protocole. Nous avions 600 commentaires en 48 heures. »"
                ),
            },
            {
                "minutes_after_start": 170,
                "body": (
                    'Katrin Vogel: "Sign every reply with a name. People argue differently with a '
                    'person than with a logo." Applause in the auditorium.'
                ),
            },
            {
                "minutes_after_start": 325,
                "body": (
                    "Margaux Delpech projette la vidéo des latrines du château : 410 000 vues, "
                    "zéro euro de publicité. Fou rire général. Budget matériel du compte : un "
                    "micro-cravate."
                ),
            },
            {
                "minutes_after_start": 375,
                "body": (
                    "Joris Bakker: the 14-page monthly report is gone. Six numbers, six owners, 15 "
                    "minutes every Monday. His slides will be on Museum Commons tonight."
                ),
            },
            {
                "minutes_after_start": 1480,
                "body": (
                    "Jour 2 ! Atelier textes alternatifs : 35 personnes, les yeux fermés, écoutent "
                    "un lecteur d'écran lire des publications de musées. Long silence, puis "
                    "beaucoup de notes."
                ),
            },
            {
                "minutes_after_start": 1765,
                "body": (
                    "Table ronde « Quitter X ? » : 11 réponses en moyenne par publication sur "
                    "Mastodon à Cologne, contre 2 sur X. Inès Benali n'est pas encore convaincue. "
                    "Le débat continue au café."
                ),
            },
            {
                "minutes_after_start": 1935,
                "body": (
                    "Merci à toutes et à tous ! Vidéos et présentations arrivent sur Museum "
                    "Commons dans la semaine. Prochaine édition en 2027 à Québec, au Musée des "
                    "Battures."
                ),
            },
        ],
    },
    {
        "key": "journee-etude-quebec-2026",
        "language": "fr",
        "title": "Journée d'étude : communautés en ligne et musées du Québec",
        "starts": "2026-10-22T08:30",
        "ends": "2026-10-22T16:30",
        "time_zone": "America/Toronto",
        "venue": "Musée des Battures, salle du Fleuve",
        "city": "Québec",
        "is_online": False,
        "online_url": "",
        "organiser_institution": "musee-des-battures",
        "owner": "organiser@demo.museum-commons.org",
        "website": "https://journee-etude.museedesbattures.example/2026/",
        "description": (
            "<p>Une journée pour les équipes de communication, de médiation et de conservation des "
            "musées québécois qui animent des communautés en ligne, petites ou grandes.</p><p>Au "
            "programme : une crise vécue en pleine saison, un mini-site né d'une fermeture, un "
            "atelier sur l'infolettre et un panel sur les comptes confiés aux artistes et aux "
            "scientifiques. Les présentations sont publiées sur Museum Commons.</p><p>Dîner sur "
            "place inclus. Places limitées à 90 personnes.</p>"
        ),
        "sessions": [
            {
                "title": "Ouverture : portrait des pratiques numériques dans les musées du Québec",
                "start": "2026-10-22T09:00",
                "end": "2026-10-22T09:45",
                "room": "Salle du Fleuve",
                "track": "Plénière",
                "speakers": ["helene.marquis@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "Ce que disent une soixantaine d'entretiens menés en deux ans avec des musées "
                    "de toutes tailles : qui publie, combien de temps on y consacre, et pourquoi "
                    "tant d'équipes se contentent de deux réseaux."
                ),
                "video_url": "https://video.example/jeq2026/ouverture",
                "video_timecodes": "00:02:00 Qui publie vraiment?\n00:19:30 Deux réseaux, pas cinq",
            },
            {
                "title": (
                    "Dégât d'eau en pleine saison : un point quotidien plutôt qu'un communiqué"
                ),
                "start": "2026-10-22T09:45",
                "end": "2026-10-22T10:30",
                "room": "Salle du Fleuve",
                "track": "Crise",
                "speakers": ["marie-eve.tremblay@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "En juillet 2025, un dégât d'eau ferme deux salles du Musée des Battures en "
                    "pleine saison touristique. Plutôt qu'un communiqué, l'équipe publie un point "
                    "quotidien, photos du chantier à l'appui. Récit et leçons."
                ),
                "video_url": "https://video.example/jeq2026/degat-eau",
                "video_timecodes": (
                    "00:01:20 Le matin du 9 juillet\n"
                    "00:10:45 Le point quotidien\n"
                    "00:26:30 Questions"
                ),
            },
            {
                "title": "Un mini-site de questions-réponses pendant 18 mois de fermeture",
                "start": "2026-10-22T10:45",
                "end": "2026-10-22T11:30",
                "room": "Salle du Fleuve",
                "track": "Médiation numérique",
                "speakers": ["annie.levesque@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "1 140 questions, 310 réponses, 52 vidéos : comment le Centre des sciences "
                    "Cap-Lumière a gardé le lien avec les familles et les écoles pendant sa "
                    "rénovation, et ce que le mini-site est devenu après."
                ),
                "video_url": "",
                "video_timecodes": "",
            },
            {
                "title": "Atelier : une infolettre qui se lit jusqu'au bout",
                "start": "2026-10-22T13:00",
                "end": "2026-10-22T14:15",
                "room": "Salle des Grèves",
                "track": "Atelier",
                "speakers": ["jacinthe.ouellet@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "Atelier pratique : objet du courriel, premier paragraphe, une seule action "
                    "par envoi. Apportez votre dernière infolettre, on la retravaille ensemble."
                ),
                "video_url": "",
                "video_timecodes": "",
            },
            {
                "title": "Animer 6 000 passionnés d'histoire sans perdre son calme",
                "start": "2026-10-22T14:30",
                "end": "2026-10-22T15:15",
                "room": "Salle du Fleuve",
                "track": "Communautés",
                "speakers": ["felix.cote-pelletier@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "Le groupe Facebook des amis du musée compte près de 6 000 membres. Règles du "
                    "groupe, modérateurs bénévoles, photos de famille et chicanes de clocher : "
                    "retour sur cinq ans d'animation."
                ),
                "video_url": "https://video.example/jeq2026/groupe-facebook",
                "video_timecodes": (
                    "00:04:00 Les règles du groupe\n00:22:10 Les modérateurs bénévoles"
                ),
            },
            {
                "title": "Panel : donner nos comptes aux artistes et aux scientifiques",
                "start": "2026-10-22T15:30",
                "end": "2026-10-22T16:15",
                "room": "Salle du Fleuve",
                "track": "Médiation numérique",
                "speakers": [
                    "laurence.pelletier@demo.museum-commons.org",
                    "samuel.nguyen@demo.museum-commons.org",
                ],
                "external_speakers": "Antoine Bélanger",
                "abstract": (
                    "Une conservatrice qui confie le compte Instagram aux artistes pendant "
                    "l'accrochage, un producteur vidéo qui filme les expériences ratées des "
                    "animateurs scientifiques et un artiste qui a joué le jeu : ce que ça change, "
                    "et ce qu'il faut cadrer."
                ),
                "video_url": "",
                "video_timecodes": "",
            },
        ],
        "live_posts": [
            {
                "minutes_after_start": 35,
                "body": (
                    "Bienvenue à la journée d'étude! 88 personnes dans la salle du Fleuve, de "
                    "Gaspé à Gatineau. Hélène Marquis ouvre : « Deux réseaux bien tenus valent "
                    "mieux que cinq à l'abandon. »"
                ),
            },
            {
                "minutes_after_start": 95,
                "body": (
                    "Marie-Ève Tremblay montre la photo du plafond de la salle 4 au matin du dégât "
                    "d'eau. Leur point quotidien a reçu plus de messages d'encouragement que de "
                    "plaintes. La salle prend des notes."
                ),
            },
            {
                "minutes_after_start": 145,
                "body": (
                    "Annie Lévesque : la question la plus lue du mini-site venait d'un enfant de "
                    "sept ans, « Est-ce que les poissons ont soif? ». Les présentations seront en "
                    "ligne sur Museum Commons dès demain."
                ),
            },
            {
                "minutes_after_start": 280,
                "body": (
                    "Atelier infolettre : Jacinthe Ouellet fait réécrire l'objet d'un courriel en "
                    "moins de 45 caractères. Plus difficile qu'il n'y paraît!"
                ),
            },
            {
                "minutes_after_start": 375,
                "body": (
                    "Félix Côté-Pelletier : « Dans un groupe de 6 000 personnes, la règle la plus "
                    "utile, c'est : on ne publie pas de photos d'enfants sans leurs parents. »"
                ),
            },
            {
                "minutes_after_start": 470,
                "body": (
                    "Merci à toutes et à tous d'être venus. Rendez-vous en mars 2027 ici même pour "
                    "les Rencontres Musées & Communautés!"
                ),
            },
        ],
    },
    {
        "key": "shop-talk-europe-7",
        "language": "en",
        "title": "Museum Social Shop Talk #7: Measuring what matters",
        "starts": "2027-01-21T15:00",
        "ends": "2027-01-21T17:30",
        "time_zone": "Europe/Amsterdam",
        "venue": "",
        "city": "",
        "is_online": True,
        "online_url": "https://meet.waterwerk.example/shop-talk-7",
        "organiser_institution": "waterwerk-science-centre",
        "owner": "joris.bakker@demo.museum-commons.org",
        "website": "https://shoptalk.waterwerk.example/",
        "description": (
            "<p>Shop Talk is an informal online meetup for people who run museum social channels "
            "across Europe. Short talks, honest numbers, and plenty of time for "
            "questions.</p><p>This seventh edition is about measurement: which numbers lead to "
            "decisions, how to connect online campaigns with real visits, and how to stop "
            "reporting figures nobody reads.</p><p>Free, in English, with live captions. The link "
            "opens ten minutes before the start.</p>"
        ),
        "sessions": [
            {
                "title": "Watch time over followers: what our livestreams taught us",
                "start": "2027-01-21T15:05",
                "end": "2027-01-21T15:30",
                "room": "Main stage",
                "track": "Talks",
                "speakers": ["joris.bakker@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "A year after replacing our agency report, what we still measure, what we "
                    "dropped, and the one number that changed our weekend programme."
                ),
                "video_url": "",
                "video_timecodes": "",
            },
            {
                "title": "Matching visitor surveys with campaign data",
                "start": "2027-01-21T15:30",
                "end": "2027-01-21T15:55",
                "room": "Main stage",
                "track": "Talks",
                "speakers": ["priya.raman@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "A tablet at the door, tagged links and twelve interviews: how a small gallery "
                    "found out why students followed it online but never came in."
                ),
                "video_url": "",
                "video_timecodes": "",
            },
            {
                "title": "A newsletter that still outsells Instagram",
                "start": "2027-01-21T15:55",
                "end": "2027-01-21T16:20",
                "room": "Main stage",
                "track": "Talks",
                "speakers": ["owen.pryce@demo.museum-commons.org"],
                "external_speakers": "",
                "abstract": (
                    "Why we stopped counting opens, what we count instead, and how one story per "
                    "issue quadrupled the sales we can trace to the newsletter."
                ),
                "video_url": "",
                "video_timecodes": "",
            },
            {
                "title": "Open mic: your most useless metric",
                "start": "2027-01-21T16:35",
                "end": "2027-01-21T17:25",
                "room": "Breakout rooms",
                "track": "Conversation",
                "speakers": [
                    "moderator@demo.museum-commons.org",
                    "lucia.ferrer@demo.museum-commons.org",
                ],
                "external_speakers": "",
                "abstract": (
                    "Bring the number your director asks for and nobody can act on. In small "
                    "groups, we will find a better question to replace it."
                ),
                "video_url": "",
                "video_timecodes": "",
            },
        ],
        "live_posts": [],
    },
]

DECKS = [
    {
        "key": "publier-moins-repondre-mieux",
        "title": "Publier moins, répondre mieux",
        "language": "fr",
        "owner": "member@demo.museum-commons.org",
        "speakers": ["member@demo.museum-commons.org"],
        "session": (
            "rencontres-musees-communautes-2026",
            "Publier moins, répondre mieux : une année avec deux fois moins de publications",
        ),
        "case_studies": [],
        "topics": ["editorial-planning", "community-management"],
        "licence": "cc-by",
        "allow_download": True,
        "description": (
            "Une année avec deux fois moins de publications et deux fois plus de réponses au Musée "
            "des Faubourgs et des Métiers : la décision, les chiffres, et ce qu'il a fallu "
            "expliquer à la direction."
        ),
        "slides": [
            (
                "Publier moins, répondre mieux",
                (
                    "Camille Roussel, Musée des Faubourgs et des Métiers, Lyon\n"
                    "Rencontres Musées & Communautés, 12 mars 2026"
                ),
            ),
            (
                "Au programme",
                (
                    "1. D'où nous partions\n"
                    "2. La décision\n"
                    "3. Ce que nous avons fait du temps gagné\n"
                    "4. Les chiffres après un an\n"
                    "5. Ce qui a moins bien marché"
                ),
            ),
            (
                "2023 : la course au volume",
                (
                    "38 publications par mois sur Instagram, Facebook, LinkedIn et la lettre. Six "
                    "commentaires sur dix restaient sans réponse. Une équipe de deux personnes qui "
                    "ne lisait plus les réactions."
                ),
            ),
            (
                "La décision",
                (
                    "Passer à 18 publications par mois. Chaque publication est suivie pendant deux "
                    "heures par la personne qui l'a écrite. Le temps de réponse est inscrit dans "
                    "le planning, comme les visuels."
                ),
            ),
            (
                "Le temps gagné",
                (
                    "Répondre à chaque commentaire, même à un simple émoji. Relancer les questions "
                    "posées en message privé. Transformer les meilleures questions en publications "
                    ": c'est la rubrique « Vous nous avez demandé »."
                ),
            ),
            (
                "Les chiffres après un an",
                (
                    "Publications : de 38 à 18 par mois\n"
                    "Commentaires avec réponse : de 41 % à 93 %\n"
                    "Taux d'engagement moyen : de 1,9 % à 4,6 %\n"
                    "Abonnés : +12 %, sans publicité"
                ),
            ),
            (
                "Ce qui a moins bien marché",
                (
                    "LinkedIn a perdu en visibilité : la régularité y compte beaucoup. La "
                    "direction a d'abord cru à un manque de travail. Il a fallu montrer, chiffres "
                    "à l'appui, le temps passé à répondre."
                ),
            ),
            (
                "Ce que je referais",
                (
                    "Annoncer le changement à toute l'équipe avant de le faire. Compter les "
                    "réponses, pas seulement les publications. Garder une rubrique construite à "
                    "partir des questions du public."
                ),
            ),
            (
                "Merci !",
                (
                    "Camille Roussel\n"
                    "Le modèle de planning est partagé sur mon profil Museum Commons.\n"
                    "Questions bienvenues, ici ou au café."
                ),
            ),
        ],
    },
    {
        "key": "trois-semaines-de-trolls",
        "title": "Trois semaines de trolls : ce que le loup nous a appris sur la modération",
        "language": "fr",
        "owner": "baptiste.lacoste@demo.museum-commons.org",
        "speakers": [
            "baptiste.lacoste@demo.museum-commons.org",
            "amira.haddad@demo.museum-commons.org",
        ],
        "session": (
            "rencontres-musees-communautes-2026",
            "Vague de trolls : ce que trois semaines de commentaires hostiles nous ont appris",
        ),
        "case_studies": ["vague-trolls-grands-predateurs"],
        "topics": ["moderation", "crisis-communication", "community-management"],
        "licence": "cc-by-sa",
        "allow_download": True,
        "description": (
            "Récit détaillé de la vague de commentaires hostiles qui a suivi l'exposition « Le "
            "retour des grands prédateurs », avec la charte, le protocole d'alerte et les chiffres "
            "semaine par semaine."
        ),
        "slides": [
            (
                "Trois semaines de trolls",
                (
                    "Ce que le loup nous a appris sur la modération\n"
                    "Baptiste Lacoste, Muséum des Landes et des Estuaires\n"
                    "Avec Amira Haddad, doctorante en muséologie"
                ),
            ),
            (
                "Au programme",
                (
                    "1. L'exposition et l'étincelle\n"
                    "2. Les 48 premières heures\n"
                    "3. Humour, espace dédié, charte\n"
                    "4. Les chiffres\n"
                    "5. Ce que nous referions autrement"
                ),
            ),
            (
                "L'exposition",
                (
                    "« Le retour des grands prédateurs » : loup, ours, lynx dans le Sud-Ouest. "
                    "Ouverture en février 2023. Un sujet qui touche les éleveurs, les bergers et "
                    "les chasseurs de notre territoire."
                ),
            ),
            (
                "L'étincelle",
                (
                    "Une publication d'annonce partagée dans des groupes locaux : plus de 600 "
                    "commentaires en 48 heures, dont des menaces visant la médiatrice de la photo. "
                    "Et chez nous : ni charte, ni procédure écrite, ni relais identifié à la "
                    "direction."
                ),
            ),
            (
                "Protéger d'abord les personnes",
                (
                    "Le prénom de la médiatrice retiré de la publication dans l'heure. Captures "
                    "d'écran de chaque message menaçant. Une collègue désignée pour ne jamais lire "
                    "les commentaires seule."
                ),
            ),
            (
                "Masquer plutôt que supprimer",
                (
                    "Un commentaire masqué reste visible pour son auteur et ses amis : moins de "
                    "cris à la censure. Une suppression, elle, se remarque et relance la "
                    "discussion."
                ),
            ),
            (
                "L'humour, sur les faits seulement",
                (
                    "« Nos loups sont naturalisés et n'ont pas quitté leur vitrine depuis 1974, "
                    "promis. Les vrais sont revenus seuls par les Alpes : voici la carte. »\n"
                    "Jamais d'ironie sur une personne."
                ),
            ),
            (
                "Un espace dédié",
                (
                    "Une publication épinglée : « Le loup : parlons-en ici ». Tout le débat y est "
                    "renvoyé, avec un mot d'explication : 780 commentaires. Puis un débat en salle "
                    "avec un berger, un lieutenant de louveterie et une chercheuse : 140 "
                    "personnes."
                ),
            ),
            (
                "La charte publiée",
                (
                    "Ce que nous masquons : insultes, menaces, données personnelles, spam.\n"
                    "Ce que nous gardons : désaccords, critiques du muséum.\n"
                    "Nos délais de réponse.\n"
                    "Liée depuis chaque profil."
                ),
            ),
            (
                "Le protocole d'alerte",
                (
                    "Menace nominative : la direction est prévenue, plainte déposée.\n"
                    "Plus de 100 commentaires par heure : pause des publications.\n"
                    "Réponses sensibles : relues par la direction."
                ),
            ),
            (
                "Les chiffres, semaine par semaine",
                (
                    "Le taux de réponse de l'équipe est passé de 12 % la première semaine à 47 % "
                    "la troisième. Délai médian de première réponse : de 14 heures à 1 h 30. "
                    "Commentaires masqués : 11 % du total."
                ),
            ),
            (
                "Ce que disent les entretiens",
                (
                    "Amira Haddad a interrogé une quarantaine de community managers de musées. La "
                    "plupart ont vécu une vague semblable ; moins d'un tiers avaient une charte "
                    "écrite avant."
                ),
            ),
            (
                "Ce que nous referions autrement",
                (
                    "Écrire la charte avant la crise. Tourner par tranches de deux heures dès le "
                    "premier jour. Prévenir l'équipe d'accueil, qui a reçu des appels sans savoir "
                    "quoi répondre."
                ),
            ),
            (
                "Merci",
                (
                    "Charte et protocole en accès libre : "
                    "museum-landes-estuaires.example/charte-moderation\n"
                    "Baptiste Lacoste et Amira Haddad, sur Museum Commons"
                ),
            ),
        ],
    },
    {
        "key": "before-the-doors-open",
        "title": "Before the doors open: a backlash, a deletion line and a Q&A evening",
        "language": "en",
        "owner": "katrin.vogel@demo.museum-commons.org",
        "speakers": ["katrin.vogel@demo.museum-commons.org"],
        "session": (
            "rencontres-musees-communautes-2026",
            "Before the doors open: handling a backlash against an exhibition on colonial trade",
        ),
        "case_studies": ["colonial-trade-exhibition-backlash"],
        "topics": ["moderation", "crisis-communication"],
        "licence": "cc-by",
        "allow_download": True,
        "description": (
            "How a society museum in Cologne handled a storm of comments, from two opposite sides, "
            "six weeks before opening an exhibition on colonial trade through its own port."
        ),
        "slides": [
            (
                "Before the doors open",
                (
                    "Handling a backlash against an exhibition on colonial trade\n"
                    "Katrin Vogel, Museum für Alltagskultur am Rheinhafen, Cologne"
                ),
            ),
            (
                "Agenda",
                (
                    "1. The exhibition and the announcement post\n"
                    "2. Two opposite storms\n"
                    "3. Five things we did\n"
                    "4. Results\n"
                    "5. What I would tell you to do tomorrow"
                ),
            ),
            (
                "Sugar, Cocoa, Rubber",
                (
                    "Colonial goods passed through the warehouses of the Rhine port, the very "
                    "buildings our museum now occupies. Co-curated with two historians from the "
                    "city's African and Caribbean communities."
                ),
            ),
            (
                "Two opposite storms",
                (
                    '1,100 comments in five days. "Self-hatred" and "rewriting history" on one '
                    'side. "Whitewashing" for naming merchant families on the other. A regional '
                    "tabloid joined in."
                ),
            ),
            (
                "1. A published deletion line",
                (
                    "We delete insults, threats, slurs and personal data. We do not delete "
                    "criticism of the museum, however sharp. Linked from every profile, in German "
                    "and English."
                ),
            ),
            (
                "2. Signed replies",
                (
                    "Every reply signed with a first name. People argue differently with a person "
                    "than with a logo. It lowered the temperature more than anything else we "
                    "tried."
                ),
            ),
            (
                "3. Critics are not trolls",
                (
                    "Critics get an answer, often with a source. Accounts repeating the same "
                    "slogan get one reply with the rules, then silence."
                ),
            ),
            (
                "4. Protect the co-curators",
                (
                    "Our external co-curators never read the comments. They received a weekly "
                    "summary and chose what to answer. They had not signed up to be targets."
                ),
            ),
            (
                "5. A room full of people",
                (
                    "A public Q&A evening three weeks before opening: 230 in the room, 1,400 "
                    "online. Comment volume halved the following week."
                ),
            ),
            (
                "Results",
                (
                    "7% of comments deleted under the published rules. No staff harassment "
                    "reported after week three. 61,000 visitors, a record for a temporary "
                    "exhibition here."
                ),
            ),
            (
                "Do this tomorrow",
                (
                    "Write and publish your deletion line now, before you need it. Decide who "
                    "signs replies. Decide who protects the people who are not on your payroll."
                ),
            ),
            (
                "Thank you",
                (
                    "Katrin Vogel\n"
                    "Our comment rules: alltagskultur-rheinhafen.example/en/comment-rules"
                ),
            ),
        ],
    },
    {
        "key": "tiktok-sans-budget",
        "title": "TikTok sans budget : un château, un téléphone, des guides saisonniers",
        "language": "fr",
        "owner": "margaux.delpech@demo.museum-commons.org",
        "speakers": ["margaux.delpech@demo.museum-commons.org"],
        "session": (
            "rencontres-musees-communautes-2026",
            "TikTok sans budget : un château, un téléphone, des guides saisonniers",
        ),
        "case_studies": ["tiktok-sans-budget-belvezac"],
        "topics": ["small-museums", "social-media-strategy"],
        "licence": "cc-by",
        "allow_download": True,
        "description": (
            "Formats, organisation des tournages, droit à l'image et résultats d'un compte TikTok "
            "tenu par une seule salariée permanente avec les guides saisonniers du château."
        ),
        "slides": [
            (
                "TikTok sans budget",
                (
                    "Un château, un téléphone, des guides saisonniers\n"
                    "Margaux Delpech, Château de Belvézac"
                ),
            ),
            (
                "Le château en bref",
                (
                    "19 000 visiteurs par an. Une salariée permanente. Six à huit guides l'été. Un "
                    "budget de communication d'environ 2 000 euros, surtout en dépliants pour les "
                    "campings."
                ),
            ),
            (
                "Le problème",
                (
                    "Les 18-30 ans : 6 % de la billetterie. Pourtant la vallée est pleine de "
                    "saisonniers et d'étudiants chaque été. Ils ne lisent pas nos dépliants."
                ),
            ),
            (
                "Trois formats",
                (
                    "« Le guide répond » : 30 secondes pour une question posée en commentaire.\n"
                    "« Ce que vous ne verrez pas en visite » : combles, charpente, latrines.\n"
                    "« Rejoue l'histoire » : deux guides, trois accessoires."
                ),
            ),
            (
                "L'organisation",
                (
                    "Tournage en série les matins de pluie : huit vidéos en deux heures. "
                    "Publication le mercredi à 18 h. Sous-titres incrustés partout. Temps de "
                    "tournage payé aux guides."
                ),
            ),
            (
                "Le matériel",
                (
                    "Un micro-cravate à 25 euros. Un trépied récupéré. Le téléphone de service. "
                    "Une application de montage gratuite. C'est tout."
                ),
            ),
            (
                "Le droit à l'image",
                (
                    "Participation volontaire, autorisation signée, droit de retrait à tout "
                    "moment. Aucun visiteur filmé sans son accord."
                ),
            ),
            (
                "Les chiffres",
                (
                    "14 800 abonnés en 18 mois\n"
                    "410 000 vues pour la vidéo des latrines\n"
                    "18-30 ans : de 6 % à 13 % de la billetterie\n"
                    "Un visiteur sur neuf nous a découverts sur TikTok (juillet 2024)"
                ),
            ),
            (
                "Ce que j'ai appris",
                (
                    "La régularité compte plus que la perfection. Les guides sont les vedettes. "
                    "Certaines vidéos ne marchent pas, et ce n'est pas grave."
                ),
            ),
            (
                "Merci !",
                (
                    "Margaux Delpech\n"
                    "Le modèle d'autorisation de droit à l'image est sur Museum Commons."
                ),
            ),
        ],
    },
    {
        "key": "monday-dashboard",
        "title": "Dashboards people actually open on Monday",
        "language": "en",
        "owner": "joris.bakker@demo.museum-commons.org",
        "speakers": ["joris.bakker@demo.museum-commons.org"],
        "session": (
            "rencontres-musees-communautes-2026",
            "Dashboards people actually open on Monday",
        ),
        "case_studies": ["monday-dashboard-waterwerk"],
        "topics": ["analytics", "live-coverage"],
        "licence": "cc-by",
        "allow_download": True,
        "description": (
            "Six numbers, six owners and a 15-minute stand-up: how Waterwerk replaced a 14-page "
            "agency report and let livestream watch time shape its weekend programme."
        ),
        "slides": [
            (
                "Dashboards people actually open on Monday",
                "Joris Bakker, Waterwerk Science Centre, Rotterdam",
            ),
            (
                "The 14-page report",
                (
                    "Followers, impressions, reach, month after month. Nobody could name one "
                    "decision it had led to. It cost about 6,000 euros a year."
                ),
            ),
            (
                "Start with questions, not metrics",
                (
                    'Each team wrote down what it wanted to know. "Do families watch to the '
                    'end?" "Does the stream sell tickets?" We kept six questions.'
                ),
            ),
            (
                "Six numbers",
                (
                    "1. Average view duration of each livestream\n"
                    "2. Live viewers asking a question\n"
                    "3. Returning viewers\n"
                    "4. Ticket-page clicks from YouTube\n"
                    "5. Comments waiting over 24 hours\n"
                    "6. Newsletter sign-ups"
                ),
            ),
            (
                "One owner each",
                (
                    "Every number has one owner and one line saying how it is calculated. When the "
                    "owner is on holiday, the number says so."
                ),
            ),
            (
                "Monday, 9:15",
                (
                    "Fifteen minutes, standing up, whole team. Each owner says: up, down or flat, "
                    "and what we do about it."
                ),
            ),
            (
                "What changed",
                (
                    "Average view duration: from 4 min 10 s to 11 min 30 s after a shorter intro "
                    "and a chat question every five minutes. Sunday stream dropped for edited "
                    "clips."
                ),
            ),
            (
                "Lessons",
                (
                    "Fewer numbers, each tied to a decision. Follower counts are comforting and "
                    "useless. Read the comments: they explain the numbers."
                ),
            ),
            (
                "Thank you",
                (
                    "Joris Bakker\n"
                    "Metric definitions template: waterwerk.example/pro/dashboard-definitions"
                ),
            ),
        ],
    },
    {
        "key": "textes-alternatifs-qui-racontent",
        "title": "Écrire des textes alternatifs qui racontent quelque chose",
        "language": "fr",
        "owner": "rosalie.bergeron@demo.museum-commons.org",
        "speakers": [
            "rosalie.bergeron@demo.museum-commons.org",
            "giulia.rinaldi@demo.museum-commons.org",
        ],
        "session": (
            "rencontres-musees-communautes-2026",
            "Atelier : écrire des textes alternatifs qui racontent quelque chose",
        ),
        "case_studies": [
            "accessibilite-textes-alternatifs-sous-titres",
            "large-print-audio-posts-lagoon",
        ],
        "topics": ["accessibility"],
        "licence": "cc-by-sa",
        "allow_download": True,
        "description": (
            "Support de l'atelier : la liste en sept points du Centre des sciences Cap-Lumière, "
            "des exemples réécrits ensemble et les publications en gros caractères du Museo Civico "
            "delle Lagune."
        ),
        "slides": [
            (
                "Écrire des textes alternatifs qui racontent quelque chose",
                (
                    "Atelier, Rencontres Musées & Communautés 2026\n"
                    "Rosalie Bergeron, Centre des sciences Cap-Lumière\n"
                    "Giulia Rinaldi, Museo Civico delle Lagune"
                ),
            ),
            (
                "Déroulé de l'atelier",
                (
                    "1. Écouter un lecteur d'écran, les yeux fermés\n"
                    "2. La liste en sept points\n"
                    "3. Réécrire vos publications\n"
                    "4. Au-delà du texte : gros caractères et audio"
                ),
            ),
            (
                "Ce que nous avons entendu",
                (
                    "« Image peut-être de : une personne debout ». C'est ce que lit un lecteur "
                    "d'écran quand on laisse la plateforme décrire à notre place."
                ),
            ),
            (
                "Un bon texte alternatif",
                (
                    "Il dit ce qui compte dans l'image pour cette publication, pas tout ce qu'on y "
                    "voit. Une ou deux phrases. Pas de « photo de » ni d'« image de »."
                ),
            ),
            ("Exemple : avant", "« Photo de l'exposition. »"),
            (
                "Exemple : après",
                (
                    "« Une enfant colle son oreille contre un tube de cuivre géant ; elle écoute "
                    "le son de l'eau qui circule sous le plancher. »"
                ),
            ),
            (
                "La liste en sept points",
                (
                    "Texte alternatif, sous-titres relus, mots-clics avec majuscules, trois émojis "
                    "au plus en fin de phrase, pas de texte seulement dans l'image, contrastes, "
                    "liens décrits."
                ),
            ),
            (
                "Au-delà du texte",
                (
                    "À Chioggia : une diapositive en gros caractères à la fin de chaque carrousel, "
                    "et une description audio de 60 secondes par un pêcheur du port."
                ),
            ),
            (
                "Les chiffres",
                (
                    "Cap-Lumière : publications conformes de 8 % à 96 %.\n"
                    "Lagune : commentaires des plus de 65 ans de 6 à 31 par mois."
                ),
            ),
            (
                "Merci",
                (
                    "Rosalie Bergeron et Giulia Rinaldi\n"
                    "La liste en sept points est en accès libre sur Museum Commons."
                ),
            ),
        ],
    },
    {
        "key": "visiteurs-sinophones-wechat-weibo",
        "title": "Accueillir les visiteurs sinophones : WeChat, Weibo et les guides",
        "language": "fr",
        "owner": "mei.chen-laurent@demo.museum-commons.org",
        "speakers": ["mei.chen-laurent@demo.museum-commons.org"],
        "session": (
            "rencontres-musees-communautes-2026",
            "WeChat, Weibo et agences de voyage : accueillir les visiteurs sinophones",
        ),
        "case_studies": ["wechat-weibo-visiteurs-sinophones"],
        "topics": ["audience-development", "partnerships"],
        "licence": "all-rights-reserved",
        "allow_download": False,
        "description": (
            "Six ans de travail pour être trouvable et compréhensible par les visiteurs chinois : "
            "compte officiel WeChat, page Weibo, relation avec les agences et livret réécrit."
        ),
        "slides": [
            (
                "Accueillir les visiteurs sinophones",
                (
                    "WeChat, Weibo et les guides\n"
                    "Mei Chen-Laurent, Musée ligérien des Beaux-Arts, Tours"
                ),
            ),
            (
                "Ce que voit un voyageur chinois",
                (
                    "Pas notre site, pas Google Maps, pas Instagram. Des articles de guides, "
                    "parfois faux : un guide très lu nous disait fermés le lundi. Nous fermons le "
                    "mardi."
                ),
            ),
            (
                "Le point de départ, 2019",
                (
                    "Visiteurs sinophones : environ 1,2 % des entrées. Trois agences seulement "
                    "incluaient le musée dans leurs circuits."
                ),
            ),
            (
                "Le compte officiel WeChat",
                (
                    "Ouvert par un prestataire certifié. Environ 3 000 euros par an, vérification "
                    "comprise. Deux articles par mois depuis 2023."
                ),
            ),
            (
                "Écrire, pas traduire",
                (
                    "Les articles sont écrits directement en chinois. Ce qui marche : la "
                    "porcelaine rapportée par un négociant tourangeau, le jardin, les bons "
                    "endroits pour la photo, les infos pratiques."
                ),
            ),
            (
                "Les guides, vrais prescripteurs",
                (
                    "Un voyage de découverte pour 14 guides et agences. Une visite de 45 minutes "
                    "pensée pour les groupes. Un contact direct pour les réservations."
                ),
            ),
            (
                "Le livret réécrit",
                (
                    "Version 1 : traduite mot à mot, trop savante. Version 2 : 45 minutes, douze "
                    "œuvres, des anecdotes, les règles sur les photos."
                ),
            ),
            (
                "Les chiffres, 2024",
                (
                    "Visiteurs sinophones : 4,6 % des entrées\n"
                    "Abonnés WeChat : 8 900\n"
                    "Agences partenaires : 23"
                ),
            ),
            (
                "Merci",
                (
                    "Mei Chen-Laurent\n"
                    "Le livret en chinois simplifié est téléchargeable sur le site du musée."
                ),
            ),
        ],
    },
    {
        "key": "mastodon-bluesky-dix-huit-mois",
        "title": "Mastodon and Bluesky, eighteen months in",
        "language": "en",
        "owner": "jonas.albrecht@demo.museum-commons.org",
        "speakers": [
            "jonas.albrecht@demo.museum-commons.org",
            "maxime.henrotte@demo.museum-commons.org",
        ],
        "session": (
            "rencontres-musees-communautes-2026",
            "Table ronde : quitter X ? Ce qu'on gagne et ce qu'on perd sur Mastodon et Bluesky",
        ),
        "case_studies": ["mastodon-bluesky-migration"],
        "topics": ["community-management", "social-media-strategy"],
        "licence": "cc-by-sa",
        "allow_download": True,
        "description": (
            "The figures Jonas Albrecht and Maxime Henrotte brought to the round table on leaving "
            "X: followers, replies, referral traffic, costs and the old account."
        ),
        "slides": [
            (
                "Mastodon and Bluesky, eighteen months in",
                (
                    "Jonas Albrecht, Museum für Alltagskultur am Rheinhafen\n"
                    "Maxime Henrotte, Musée de la Vie mosane et ouvrière"
                ),
            ),
            (
                "Why we moved",
                (
                    "Engagement on X down by about 70% in a year. More hostile replies. The "
                    "historians and teachers we talked with had already left."
                ),
            ),
            (
                "How we moved",
                (
                    "A shared Mastodon server run by a heritage association: 300 euros a year. "
                    "Bluesky handles on our own domains. Verified links from our websites."
                ),
            ),
            (
                "Rules we kept",
                (
                    "No blind cross-posting. Alt text on every image. Content warnings for "
                    "sensitive material. Four posts a week instead of twelve."
                ),
            ),
            (
                "Cologne, in numbers",
                (
                    "Mastodon: 6,200 followers\n"
                    "Bluesky: 9,400 followers\n"
                    "X: from 18,000 to 16,900, with a tenth of the interactions\n"
                    "Replies per post: 2.1 on X, 11.4 on Mastodon"
                ),
            ),
            (
                "Liège, in numbers",
                (
                    "Mastodon: 1,300 followers. Bluesky: 2,100. Two school projects and a book on "
                    "the city's glassworks started from conversations there."
                ),
            ),
            (
                "The old account",
                (
                    "We kept it as a noticeboard: one post a week pointing elsewhere. Deleting it "
                    "would let someone else take the name."
                ),
            ),
            (
                "Thank you",
                (
                    "Jonas Albrecht and Maxime Henrotte\n"
                    "Migration checklist: alltagskultur-rheinhafen.example/en/migration-checklist"
                ),
            ),
        ],
    },
    {
        "key": "degat-eau-point-quotidien",
        "title": "Dégât d'eau en pleine saison : un point quotidien plutôt qu'un communiqué",
        "language": "fr",
        "owner": "marie-eve.tremblay@demo.museum-commons.org",
        "speakers": ["marie-eve.tremblay@demo.museum-commons.org"],
        "session": (
            "journee-etude-quebec-2026",
            "Dégât d'eau en pleine saison : un point quotidien plutôt qu'un communiqué",
        ),
        "case_studies": [],
        "topics": ["crisis-communication", "editorial-planning"],
        "licence": "cc-by-nc",
        "allow_download": True,
        "description": (
            "Comment le Musée des Battures a annoncé et suivi la fermeture de deux salles après un "
            "dégât d'eau, en juillet, avec un court point publié chaque jour jusqu'à la "
            "réouverture."
        ),
        "slides": [
            (
                "Dégât d'eau en pleine saison",
                (
                    "Un point quotidien plutôt qu'un communiqué\n"
                    "Marie-Ève Tremblay, Musée des Battures, Québec"
                ),
            ),
            (
                "Le matin du 9 juillet 2025",
                (
                    "Une conduite cède au-dessus de la salle 4. Deux salles fermées, 40 objets "
                    "déplacés d'urgence, aucun dommage grave aux collections. Et 2 500 visiteurs "
                    "attendus ce jour-là."
                ),
            ),
            (
                "Le réflexe habituel",
                (
                    "Un communiqué, un message sur la page, puis le silence jusqu'à la "
                    "réouverture. Résultat connu : des rumeurs, et des visiteurs mécontents à "
                    "l'accueil."
                ),
            ),
            (
                "Le choix de la transparence",
                (
                    "Un point quotidien à 11 h sur Facebook et LinkedIn : ce qui est ouvert, ce "
                    "qui ne l'est pas, une photo du chantier, un mot de l'équipe de conservation."
                ),
            ),
            (
                "À l'accueil",
                (
                    "Le même texte imprimé chaque matin à la billetterie. Entrée à demi-tarif "
                    "pendant la fermeture des salles, annoncée dès le premier jour."
                ),
            ),
            (
                "Les chiffres",
                (
                    "21 points quotidiens publiés. 312 messages de soutien contre 47 plaintes. "
                    "Fréquentation de juillet : -9 % seulement par rapport à 2024."
                ),
            ),
            (
                "Ce que je retiens",
                (
                    "La transparence coûte moins cher que la rumeur. Une photo du chantier rassure "
                    "plus qu'une phrase. L'équipe d'accueil doit avoir le texte avant le public."
                ),
            ),
            ("Merci", "Marie-Ève Tremblay\nDirectrice des communications, Musée des Battures"),
        ],
    },
    {
        "key": "mini-site-questions-reponses",
        "title": "Pose-la, ta question! Un mini-site pendant 18 mois de fermeture",
        "language": "fr",
        "owner": "annie.levesque@demo.museum-commons.org",
        "speakers": ["annie.levesque@demo.museum-commons.org"],
        "session": (
            "journee-etude-quebec-2026",
            "Un mini-site de questions-réponses pendant 18 mois de fermeture",
        ),
        "case_studies": ["mini-site-questions-fermeture-cap-lumiere"],
        "topics": ["digital-mediation", "editorial-planning"],
        "licence": "cc-by",
        "allow_download": True,
        "description": (
            "Le fonctionnement du comité éditorial, le parcours d'une question jusqu'à sa réponse "
            "et ce que le mini-site est devenu après la réouverture du Centre."
        ),
        "slides": [
            (
                "Pose-la, ta question!",
                (
                    "Un mini-site de questions-réponses pendant 18 mois de fermeture\n"
                    "Annie Lévesque, Centre des sciences Cap-Lumière"
                ),
            ),
            (
                "Fermés de 2021 à 2023",
                (
                    "Rénovation complète des salles. Une quarantaine d'animateurs sans plancher. "
                    "La peur de perdre les familles et les écoles."
                ),
            ),
            (
                "Le principe",
                (
                    "Un formulaire à trois champs : la question, un prénom, l'âge si on veut. Une "
                    "page par réponse. Rien de plus."
                ),
            ),
            (
                "Le comité du lundi",
                (
                    "Six questions choisies chaque semaine. Les questions d'enfants d'abord. Un "
                    "animateur rédige, une scientifique relit, publication le vendredi."
                ),
            ),
            (
                "Une vidéo par semaine",
                (
                    "Une réponse devient une vidéo verticale de moins d'une minute, tournée par "
                    "Samuel Nguyen, diffusée sur YouTube et Facebook."
                ),
            ),
            (
                "Les chiffres",
                (
                    "1 140 questions reçues\n"
                    "310 réponses publiées, 52 vidéos\n"
                    "186 000 visites\n"
                    "Infolettre : de 9 000 à 15 500 abonnés"
                ),
            ),
            (
                "Et après?",
                (
                    "Intégration au site principal avec redirections. 40 réponses devenues des "
                    "bornes dans les salles, présentées par leurs auteurs."
                ),
            ),
            (
                "Merci!",
                "Annie Lévesque\nLe guide de rédaction des réponses est sur Museum Commons.",
            ),
        ],
    },
    {
        "key": "infolettre-lue-jusquau-bout",
        "title": "Une infolettre qui se lit jusqu'au bout",
        "language": "fr",
        "owner": "jacinthe.ouellet@demo.museum-commons.org",
        "speakers": ["jacinthe.ouellet@demo.museum-commons.org"],
        "session": (
            "journee-etude-quebec-2026",
            "Atelier : une infolettre qui se lit jusqu'au bout",
        ),
        "case_studies": ["strategie-sociale-annuelle-les-greves"],
        "topics": ["small-museums", "editorial-planning"],
        "licence": "cc-by",
        "allow_download": True,
        "description": (
            "Support de l'atelier : objet du courriel, premier paragraphe, une seule action par "
            "envoi, et la réutilisation des meilleures publications du mois."
        ),
        "slides": [
            (
                "Une infolettre qui se lit jusqu'au bout",
                (
                    "Atelier, journée d'étude du 22 octobre 2026\n"
                    "Jacinthe Ouellet, Musée d'art Les Grèves, Rimouski"
                ),
            ),
            (
                "Notre infolettre",
                (
                    "Un envoi par mois. 2 080 abonnés. Un taux d'ouverture autour de 52 %. "
                    "Préparée en trois heures, pas plus."
                ),
            ),
            (
                "L'objet du courriel",
                (
                    "Moins de 45 caractères. Une promesse précise plutôt qu'un titre de rubrique. "
                    "« Ce que cache l'œuvre du jeudi » plutôt que « Infolettre de mars »."
                ),
            ),
            (
                "Le premier paragraphe",
                (
                    "Trois phrases au plus. On y dit pourquoi ce mois-ci compte. Le reste peut "
                    "attendre."
                ),
            ),
            (
                "Une seule action",
                (
                    "Un seul bouton principal par envoi : réserver un atelier, venir au "
                    "vernissage, répondre à une question. Les autres liens restent discrets."
                ),
            ),
            (
                "Réutiliser sans se répéter",
                (
                    "Les trois publications du mois qui ont le mieux marché, réécrites pour le "
                    "courriel. Chaque contenu sert au moins trois fois."
                ),
            ),
            (
                "Exercice",
                (
                    "Prenez votre dernière infolettre. Réécrivez l'objet en moins de 45 "
                    "caractères, puis le premier paragraphe en trois phrases."
                ),
            ),
            (
                "Merci!",
                (
                    "Jacinthe Ouellet\n"
                    "Le gabarit de stratégie sur une page est partagé sur Museum Commons."
                ),
            ),
        ],
    },
    {
        "key": "calendrier-partage-mode-emploi",
        "title": "Un calendrier éditorial pour trois musées : mode d'emploi",
        "language": "fr",
        "owner": "admin@demo.museum-commons.org",
        "speakers": ["admin@demo.museum-commons.org", "gwenaelle.lebihan@demo.museum-commons.org"],
        "session": None,
        "case_studies": ["calendrier-editorial-trois-musees-armorique"],
        "topics": ["editorial-planning", "small-museums"],
        "licence": "cc-by-sa",
        "allow_download": True,
        "description": (
            "Présentation utilisée lors des ateliers du réseau des musées d'Armorique intérieure "
            "pour aider d'autres petits musées à mutualiser leur calendrier éditorial."
        ),
        "slides": [
            (
                "Un calendrier éditorial pour trois musées",
                (
                    "Mode d'emploi\n"
                    "Julien Castagné et Gwenaëlle Le Bihan, Réseau des musées d'Armorique "
                    "intérieure"
                ),
            ),
            (
                "Trois musées, une difficulté",
                (
                    "La Maison de l'ardoise, l'écomusée du lin, la forge-musée. Une à trois "
                    "personnes chacun. Des publications en avalanche en juillet, et rien de "
                    "novembre à mars."
                ),
            ),
            (
                "Le tableur",
                (
                    "Un onglet par mois. Six colonnes : date, musée, réseau, format, thème, visuel "
                    "prêt. Au départ il y en avait dix."
                ),
            ),
            (
                "Le thème du mois",
                (
                    "« Les mains », « l'eau », « travailler l'hiver ». Le thème commun rend les "
                    "relais naturels."
                ),
            ),
            (
                "Le rythme",
                (
                    "Chaque musée publie le mardi et le vendredi. Le dimanche est réservé aux "
                    "relais des deux autres."
                ),
            ),
            (
                "La banque d'hiver",
                (
                    "En janvier, chaque équipe photographie et légende une quarantaine d'objets et "
                    "de gestes. 120 visuels pour toute l'année."
                ),
            ),
            (
                "Les résultats",
                (
                    "Publications de novembre à mars : de 7 à 22 par mois.\n"
                    "Pass trois musées : de 210 à 640 par saison."
                ),
            ),
            (
                "À vous",
                (
                    "Le modèle de tableur est en libre accès sur Museum Commons. Nous animons "
                    "aussi une visio de 30 minutes pour les réseaux qui veulent se lancer."
                ),
            ),
        ],
    },
    {
        "key": "abuse-in-museum-comment-sections",
        "title": "What museum staff told us about abuse in their comment sections",
        "language": "en",
        "owner": "amira.haddad@demo.museum-commons.org",
        "speakers": ["amira.haddad@demo.museum-commons.org"],
        "session": None,
        "case_studies": [],
        "topics": ["moderation", "crisis-communication"],
        "licence": "cc-by-nc",
        "allow_download": False,
        "description": (
            "Early findings from interviews with museum social media staff in five countries: what "
            "they face, what helps, and what their institutions rarely provide."
        ),
        "slides": [
            (
                "What museum staff told us about abuse in their comment sections",
                "Early findings\nAmira Haddad, doctoral researcher in museum studies",
            ),
            (
                "The study",
                (
                    "41 semi-structured interviews with people who run museum social accounts, in "
                    "the UK, France, Germany, Belgium and Canada, between 2024 and 2025."
                ),
            ),
            (
                "What they face",
                (
                    "Most had lived through at least one wave of hostile comments. The triggers: "
                    "exhibitions on colonial history, wildlife, gender and religion. Often before "
                    "the exhibition even opened."
                ),
            ),
            (
                "Who gets targeted",
                (
                    "Staff shown in photos or named in posts, far more than the institution "
                    "itself. Younger women and staff of colour reported the most personal attacks."
                ),
            ),
            (
                "What helps",
                (
                    "A written moderation policy published in advance. A named contact in senior "
                    "management. Permission to log off. Shifts rather than one person on call."
                ),
            ),
            (
                "What is rarely provided",
                (
                    "Fewer than a third had a written policy before their first crisis. Very few "
                    "had any debriefing or psychological support afterwards."
                ),
            ),
            (
                "Three recommendations",
                (
                    "Publish your moderation rules now. Never leave one person alone with a "
                    "comment storm. Protect anyone named or pictured, including external "
                    "collaborators."
                ),
            ),
            (
                "Thank you",
                (
                    "Amira Haddad\n"
                    "Happy to share the interview guide with anyone writing a moderation policy."
                ),
            ),
        ],
    },
]
