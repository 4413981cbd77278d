"""Demo institutions and members loaded by ``manage.py seed_demo``.

Plain data only: every name, institution, address and bio here is invented. Institutions are
keyed by ``slug`` and members by ``email``, so the command can update them in place.

Vocabulary keys refer to the data migration ``network/migrations/0002_roles_and_taxonomies.py``:
``expertise`` holds topic slugs, ``platforms`` and social accounts hold platform slugs.
A member's ``roles`` are names of ``network.roles.Role`` in lower case ("member" is implied),
and each entry of ``memberships`` is ``(institution slug, "member" | "admin",
"verified" | "pending")``.
"""

DEMO_EMAIL_DOMAIN = "demo.museum-commons.org"

# Every demo member shares this password; it is reset on each run of seed_demo.
DEMO_PASSWORD = "museum-commons-demo"  # noqa: S105

# One sign-in per network role, shown at the end of seed_demo: (role name, e-mail).
DEMO_ACCOUNTS = [
    ("member", f"member@{DEMO_EMAIL_DOMAIN}"),
    ("organiser", f"organiser@{DEMO_EMAIL_DOMAIN}"),
    ("moderator", f"moderator@{DEMO_EMAIL_DOMAIN}"),
    ("editor", f"editor@{DEMO_EMAIL_DOMAIN}"),
    ("admin", f"admin@{DEMO_EMAIL_DOMAIN}"),
]

INSTITUTIONS = [
    # France
    {
        "slug": "musee-des-faubourgs",
        "name": "Musée des Faubourgs et des Métiers",
        "kind": "society-museum",
        "country": "FR",
        "city": "Lyon",
        "size_band": "large",
        "website": "https://www.musee-des-faubourgs.example/",
        "social_accounts": [
            ("facebook", "https://facebook.example/museedesfaubourgs"),
            ("instagram", "https://instagram.example/museedesfaubourgs"),
            ("bluesky", "https://bsky.example/profile/faubourgs.example"),
        ],
    },
    {
        "slug": "museum-des-landes-et-des-estuaires",
        "name": "Muséum des Landes et des Estuaires",
        "kind": "natural-history-museum",
        "country": "FR",
        "city": "Mont-de-Marsan",
        "size_band": "medium",
        "website": "https://www.museum-landes-estuaires.example/",
        "social_accounts": [
            ("facebook", "https://facebook.example/museumlandesestuaires"),
            ("youtube", "https://youtube.example/@museumlandes"),
        ],
    },
    {
        "slug": "chateau-de-belvezac",
        "name": "Château de Belvézac",
        "kind": "heritage-site",
        "country": "FR",
        "city": "Sarlat-la-Canéda",
        "size_band": "small",
        "website": "https://www.chateau-belvezac.example/",
        "social_accounts": [
            ("tiktok", "https://tiktok.example/@chateaubelvezac"),
            ("instagram", "https://instagram.example/chateaubelvezac"),
        ],
    },
    {
        "slug": "galerie-du-quai-sud",
        "name": "Galerie du Quai Sud",
        "kind": "gallery",
        "country": "FR",
        "city": "Marseille",
        "size_band": "small",
        "website": "https://www.quaisud-galerie.example/",
        "social_accounts": [
            ("instagram", "https://instagram.example/galeriequaisud"),
        ],
    },
    {
        "slug": "reseau-des-musees-d-armorique",
        "name": "Réseau des musées d'Armorique intérieure",
        "kind": "network",
        "country": "FR",
        "city": "Rennes",
        "size_band": "small",
        "website": "https://www.musees-armorique.example/",
        "social_accounts": [
            ("linkedin", "https://linkedin.example/company/musees-armorique"),
            ("newsletter", "https://lettre.musees-armorique.example/"),
        ],
    },
    {
        "slug": "musee-ligerien-des-beaux-arts",
        "name": "Musée ligérien des Beaux-Arts",
        "kind": "art-museum",
        "country": "FR",
        "city": "Tours",
        "size_band": "major",
        "website": "https://www.mba-ligerien.example/",
        "social_accounts": [
            ("instagram", "https://instagram.example/mbaligerien"),
            ("wechat", "https://wechat.example/mbaligerien"),
            ("weibo", "https://weibo.example/mbaligerien"),
        ],
    },
    # Canada (Québec)
    {
        "slug": "musee-des-battures",
        "name": "Musée des Battures",
        "kind": "history-museum",
        "country": "CA",
        "city": "Québec",
        "size_band": "large",
        "website": "https://www.museedesbattures.example/",
        "social_accounts": [
            ("facebook", "https://facebook.example/museedesbattures"),
            ("instagram", "https://instagram.example/museedesbattures"),
            ("x", "https://x.example/museebattures"),
        ],
    },
    {
        "slug": "centre-des-sciences-cap-lumiere",
        "name": "Centre des sciences Cap-Lumière",
        "kind": "science-centre",
        "country": "CA",
        "city": "Montréal",
        "size_band": "major",
        "website": "https://www.cap-lumiere.example/",
        "social_accounts": [
            ("youtube", "https://youtube.example/@caplumiere"),
            ("tiktok", "https://tiktok.example/@caplumiere"),
            ("facebook", "https://facebook.example/caplumiere"),
        ],
    },
    {
        "slug": "musee-d-art-les-greves",
        "name": "Musée d'art Les Grèves",
        "kind": "art-museum",
        "country": "CA",
        "city": "Rimouski",
        "size_band": "medium",
        "website": "https://www.museelesgreves.example/",
        "social_accounts": [
            ("facebook", "https://facebook.example/museelesgreves"),
            ("newsletter", "https://infolettre.museelesgreves.example/"),
        ],
    },
    # Belgium
    {
        "slug": "musee-de-la-vie-mosane",
        "name": "Musée de la Vie mosane et ouvrière",
        "kind": "society-museum",
        "country": "BE",
        "city": "Liège",
        "size_band": "medium",
        "website": "https://www.viemosane.example/",
        "social_accounts": [
            ("facebook", "https://facebook.example/viemosane"),
            ("mastodon", "https://mastodon.example/@viemosane"),
        ],
    },
    # Switzerland
    {
        "slug": "bibliotheque-et-archives-du-leman",
        "name": "Bibliothèque et Archives du Léman",
        "kind": "library-archive",
        "country": "CH",
        "city": "Lausanne",
        "size_band": "medium",
        "website": "https://www.archives-leman.example/",
        "social_accounts": [
            ("pinterest", "https://pinterest.example/archivesleman"),
            ("mastodon", "https://mastodon.example/@archivesleman"),
            ("website", "https://blog.archives-leman.example/"),
        ],
    },
    # Spain
    {
        "slug": "museo-de-la-luz-mediterranea",
        "name": "Museo de la Luz Mediterránea",
        "kind": "art-museum",
        "country": "ES",
        "city": "Valencia",
        "size_band": "large",
        "website": "https://www.museoluzmediterranea.example/",
        "social_accounts": [
            ("instagram", "https://instagram.example/museoluzmed"),
            ("tiktok", "https://tiktok.example/@museoluzmed"),
            ("threads", "https://threads.example/@museoluzmed"),
        ],
    },
    # Netherlands
    {
        "slug": "waterwerk-science-centre",
        "name": "Waterwerk Science Centre",
        "kind": "science-centre",
        "country": "NL",
        "city": "Rotterdam",
        "size_band": "large",
        "website": "https://www.waterwerk.example/",
        "social_accounts": [
            ("youtube", "https://youtube.example/@waterwerk"),
            ("instagram", "https://instagram.example/waterwerk"),
        ],
    },
    # United Kingdom
    {
        "slug": "kelderby-mill-museum",
        "name": "Kelderby Mill Museum",
        "kind": "history-museum",
        "country": "GB",
        "city": "Hebden Bridge",
        "size_band": "small",
        "website": "https://www.kelderbymill.example/",
        "social_accounts": [
            ("facebook", "https://facebook.example/kelderbymill"),
            ("threads", "https://threads.example/@kelderbymill"),
        ],
    },
    {
        "slug": "northgate-print-gallery",
        "name": "Northgate Print Gallery",
        "kind": "gallery",
        "country": "GB",
        "city": "Bristol",
        "size_band": "small",
        "website": "https://www.northgateprints.example/",
        "social_accounts": [
            ("instagram", "https://instagram.example/northgateprints"),
            ("pinterest", "https://pinterest.example/northgateprints"),
            ("newsletter", "https://news.northgateprints.example/"),
        ],
    },
    # Germany
    {
        "slug": "museum-fur-alltagskultur-rheinhafen",
        "name": "Museum für Alltagskultur am Rheinhafen",
        "kind": "society-museum",
        "country": "DE",
        "city": "Köln",
        "size_band": "large",
        "website": "https://www.alltagskultur-rheinhafen.example/",
        "social_accounts": [
            ("mastodon", "https://mastodon.example/@rheinhafenmuseum"),
            ("instagram", "https://instagram.example/rheinhafenmuseum"),
            ("linkedin", "https://linkedin.example/company/rheinhafenmuseum"),
        ],
    },
    # Italy
    {
        "slug": "museo-civico-delle-lagune",
        "name": "Museo Civico delle Lagune",
        "kind": "natural-history-museum",
        "country": "IT",
        "city": "Chioggia",
        "size_band": "small",
        "website": "https://www.museolagune.example/",
        "social_accounts": [
            ("instagram", "https://instagram.example/museolagune"),
            ("facebook", "https://facebook.example/museolagune"),
        ],
    },
]

MEMBERS = [
    # The five demo sign-ins, one per network role.
    {
        "email": f"member@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Camille Roussel",
        "job_title": "Responsable de la communication numérique",
        "bio": (
            "Je pilote le calendrier éditorial du musée, du post Instagram du lundi à la "
            "lettre mensuelle. Nous avons réduit de moitié le nombre de publications pour "
            "mieux répondre aux commentaires, et l'engagement a suivi."
        ),
        "expertise": ["editorial-planning", "social-media-strategy", "community-management"],
        "platforms": ["instagram", "facebook", "newsletter"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "public",
        "roles": [],
        "memberships": [("musee-des-faubourgs", "admin", "verified")],
    },
    {
        "email": f"organiser@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Étienne Bouchard",
        "job_title": "Chargé de la programmation et des événements",
        "bio": (
            "J'organise les soirées, les vernissages et les rencontres professionnelles du "
            "musée. Chaque événement a désormais son volet en ligne : diffusion en direct, "
            "fil de questions et capsule vidéo publiée le lendemain."
        ),
        "expertise": ["live-coverage", "partnerships"],
        "platforms": ["facebook", "youtube", "x"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "America/Toronto",
        "profile_visibility": "public",
        "roles": ["organiser"],
        "memberships": [("musee-des-battures", "member", "verified")],
    },
    {
        "email": f"moderator@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Hanna de Vries",
        "job_title": "Online community lead",
        "bio": (
            "I look after our comment sections and wrote the house rules we link to from "
            "every post. Most heated threads calm down when someone on staff answers early, "
            "by name, and with a source."
        ),
        "expertise": ["moderation", "community-management"],
        "platforms": ["instagram", "youtube", "threads"],
        "languages": ["nl", "en", "de"],
        "preferred_language": "en",
        "time_zone": "Europe/Amsterdam",
        "profile_visibility": "public",
        "roles": ["moderator"],
        "memberships": [("waterwerk-science-centre", "member", "verified")],
    },
    {
        "email": f"editor@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Léa Favre",
        "job_title": "Responsable éditoriale des contenus numériques",
        "bio": (
            "Je relis et j'édite les récits que nos archivistes publient sur le blog. "
            "Mon credo : une pièce, une histoire, une image bien légendée."
        ),
        "expertise": ["editorial-planning", "digital-mediation"],
        "platforms": ["website", "mastodon", "pinterest"],
        "languages": ["fr", "de", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Zurich",
        "profile_visibility": "public",
        "roles": ["editor"],
        "memberships": [("bibliotheque-et-archives-du-leman", "admin", "verified")],
    },
    {
        "email": f"admin@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Julien Castagné",
        "job_title": "Coordinateur numérique du réseau",
        "bio": (
            "J'accompagne une vingtaine de petits musées qui partagent une même charte "
            "éditoriale et des visuels mutualisés. Mon travail consiste surtout à rendre les "
            "bonnes pratiques faciles à copier."
        ),
        "expertise": ["small-museums", "social-media-strategy", "analytics"],
        "platforms": ["linkedin", "newsletter", "facebook"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "public",
        "roles": ["admin"],
        "memberships": [("reseau-des-musees-d-armorique", "admin", "verified")],
    },
    # France
    {
        "email": f"ines.benali@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Inès Benali",
        "job_title": "Community manager",
        "bio": (
            "Je couvre en direct nos inaugurations et nos nocturnes, téléphone dans une main "
            "et batterie externe dans l'autre. Je prépare les visuels et les mots-clés la "
            "veille pour pouvoir regarder la salle plutôt que l'écran."
        ),
        "expertise": ["live-coverage", "community-management"],
        "platforms": ["x", "bluesky", "instagram", "threads"],
        "languages": ["fr", "en", "ar"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "public",
        "memberships": [("musee-des-faubourgs", "member", "verified")],
    },
    {
        "email": f"mathieu.perrin@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Mathieu Perrin",
        "job_title": "Chargé de médiation numérique",
        "bio": (
            "Je conçois des parcours à faire sur téléphone dans les salles permanentes. "
            "Je viens d'arriver au musée après cinq ans en bibliothèque."
        ),
        "expertise": ["digital-mediation"],
        "platforms": ["website", "instagram"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "public",
        "memberships": [("musee-des-faubourgs", "member", "pending")],
    },
    {
        "email": f"nora.hadjadj@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Nora Hadjadj",
        "job_title": "Chargée des relations avec les publics",
        "bio": (
            "Je fais le lien entre l'accueil, les réservations de groupes et les messages "
            "reçus sur les réseaux. Les questions posées en message privé nourrissent notre "
            "foire aux questions."
        ),
        "expertise": ["audience-development", "community-management"],
        "platforms": ["facebook", "instagram"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "members",
        "memberships": [("musee-des-faubourgs", "member", "pending")],
    },
    {
        "email": f"baptiste.lacoste@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Baptiste Lacoste",
        "job_title": "Chargé de communication",
        "bio": (
            "Notre exposition sur le retour des grands prédateurs a déclenché une vague de "
            "commentaires hostiles pendant trois semaines. Nous en avons tiré une charte de "
            "modération, des réponses types et un protocole d'alerte avec la direction."
        ),
        "expertise": ["moderation", "crisis-communication"],
        "platforms": ["facebook", "x"],
        "languages": ["fr", "es"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "public",
        "memberships": [("museum-des-landes-et-des-estuaires", "admin", "verified")],
    },
    {
        "email": f"amandine.dufau@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Amandine Dufau",
        "job_title": "Médiatrice scientifique",
        "bio": (
            "Je tourne de courtes vidéos dans les réserves pour montrer les spécimens qui ne "
            "sont jamais exposés. Toutes sont sous-titrées et audiodécrites dès la mise en ligne."
        ),
        "expertise": ["digital-mediation", "accessibility"],
        "platforms": ["youtube", "instagram"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "public",
        "memberships": [("museum-des-landes-et-des-estuaires", "member", "verified")],
    },
    {
        "email": f"margaux.delpech@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Margaux Delpech",
        "job_title": "Chargée de développement et de communication",
        "bio": (
            "Seule salariée permanente du château, je tourne nos vidéos TikTok au téléphone "
            "avec les guides saisonniers comme acteurs. Budget annuel : un micro-cravate et "
            "beaucoup de bonne volonté."
        ),
        "expertise": ["small-museums", "social-media-strategy"],
        "platforms": ["tiktok", "instagram"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "public",
        "memberships": [("chateau-de-belvezac", "admin", "verified")],
    },
    {
        "email": f"karim.ouazzani@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Karim Ouazzani",
        "job_title": "Coordinateur de la galerie",
        "bio": (
            "J'invite des créateurs de contenu du quartier à découvrir chaque exposition avant "
            "le public. Nous fixons ensemble des règles claires : pas de rémunération cachée, "
            "mention du partenariat, liberté de ton."
        ),
        "expertise": ["partnerships", "audience-development"],
        "platforms": ["instagram", "pinterest"],
        "languages": ["fr", "ar", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "public",
        "memberships": [("galerie-du-quai-sud", "admin", "verified")],
    },
    {
        "email": f"gwenaelle.lebihan@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Gwenaëlle Le Bihan",
        "job_title": "Chargée de mission numérique",
        "bio": (
            "J'anime des ateliers d'une demi-journée pour les équipes des musées du réseau : "
            "lire ses statistiques, choisir deux réseaux plutôt que cinq, tenir une lettre "
            "d'information trimestrielle."
        ),
        "expertise": ["analytics", "small-museums"],
        "platforms": ["newsletter", "linkedin"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "public",
        "memberships": [("reseau-des-musees-d-armorique", "member", "verified")],
    },
    {
        "email": f"mei.chen-laurent@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Mei Chen-Laurent",
        "job_title": "Chargée des publics internationaux",
        "bio": (
            "Je fais connaître le musée aux visiteurs sinophones grâce à un compte WeChat "
            "officiel et à une page Weibo. Les agences de voyage relaient nos articles, et le "
            "livret de visite en chinois a été réécrit avec leurs retours."
        ),
        "expertise": ["audience-development", "partnerships"],
        "platforms": ["wechat", "weibo"],
        "languages": ["fr", "zh", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "public",
        "memberships": [("musee-ligerien-des-beaux-arts", "member", "verified")],
    },
    {
        "email": f"olivier.sanchez@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Olivier Sanchez",
        "job_title": "Responsable du pôle numérique",
        "bio": (
            "Je dirige une équipe de quatre personnes entre site web, réseaux et outils de "
            "visite. Nous mesurons ce qui mène réellement à une visite, pas seulement les "
            "mentions J'aime."
        ),
        "expertise": ["analytics", "social-media-strategy"],
        "platforms": ["linkedin", "website", "instagram"],
        "languages": ["fr", "en", "es"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "public",
        "memberships": [("musee-ligerien-des-beaux-arts", "admin", "verified")],
    },
    {
        "email": f"clemence.aubry@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Clémence Aubry",
        "job_title": "Conservatrice du patrimoine, peintures anciennes",
        "bio": (
            "Je prends les commandes du compte Instagram une fois par mois pour raconter une "
            "restauration en cours. Les questions des abonnés m'ont fait revoir plusieurs "
            "cartels."
        ),
        "expertise": ["digital-mediation"],
        "platforms": ["instagram"],
        "languages": ["fr", "it", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "profile_visibility": "members",
        "memberships": [("musee-ligerien-des-beaux-arts", "member", "verified")],
    },
    # Canada (Québec)
    {
        "email": f"marie-eve.tremblay@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Marie-Ève Tremblay",
        "job_title": "Directrice des communications",
        "bio": (
            "Quand un dégât d'eau a fermé deux salles en pleine saison, nous avons publié un "
            "point quotidien sur l'avancement des travaux. La transparence nous a valu plus "
            "de messages de soutien que de plaintes."
        ),
        "expertise": ["crisis-communication", "editorial-planning"],
        "platforms": ["facebook", "linkedin"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "America/Toronto",
        "profile_visibility": "public",
        "memberships": [("musee-des-battures", "admin", "verified")],
    },
    {
        "email": f"felix.cote-pelletier@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Félix Côté-Pelletier",
        "job_title": "Gestionnaire de communauté",
        "bio": (
            "J'anime le groupe Facebook des amis du musée, près de six mille membres "
            "passionnés d'histoire locale. Mon rôle : garder les échanges cordiaux et repérer "
            "les photos de famille qui méritent une exposition."
        ),
        "expertise": ["community-management", "moderation"],
        "platforms": ["facebook", "instagram"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "America/Toronto",
        "profile_visibility": "public",
        "memberships": [("musee-des-battures", "member", "verified")],
    },
    {
        "email": f"annie.levesque@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Annie Lévesque",
        "job_title": "Conseillère en médias sociaux",
        "bio": (
            "Pendant les dix-huit mois de fermeture pour rénovation, nous avons tenu un "
            "mini-site de questions-réponses où les scientifiques répondaient au public "
            "chaque semaine. Il reste notre page la plus consultée."
        ),
        "expertise": ["digital-mediation", "editorial-planning"],
        "platforms": ["website", "youtube", "facebook"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "America/Toronto",
        "profile_visibility": "public",
        "memberships": [("centre-des-sciences-cap-lumiere", "admin", "verified")],
    },
    {
        "email": f"samuel.nguyen@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Samuel Nguyen",
        "job_title": "Producteur de contenu vidéo",
        "bio": (
            "Je réalise des vidéos verticales de moins d'une minute avec nos animateurs "
            "scientifiques. Les expériences ratées font souvent plus de vues que les réussies."
        ),
        "expertise": ["social-media-strategy", "digital-mediation"],
        "platforms": ["tiktok", "youtube"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "America/Toronto",
        "profile_visibility": "public",
        "memberships": [("centre-des-sciences-cap-lumiere", "member", "verified")],
    },
    {
        "email": f"rosalie.bergeron@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Rosalie Bergeron",
        "job_title": "Responsable de l'accessibilité numérique",
        "bio": (
            "Je vérifie que nos publications restent lisibles avec un lecteur d'écran : "
            "textes alternatifs, sous-titres, emojis avec parcimonie. Je forme aussi les "
            "équipes à écrire en langage clair."
        ),
        "expertise": ["accessibility"],
        "platforms": ["website", "instagram"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "America/Toronto",
        "profile_visibility": "members",
        "memberships": [("centre-des-sciences-cap-lumiere", "member", "verified")],
    },
    {
        "email": f"jacinthe.ouellet@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Jacinthe Ouellet",
        "job_title": "Agente de communication et de médiation",
        "bio": (
            "Dans une équipe de sept personnes, je m'occupe à la fois de l'infolettre, de la "
            "page Facebook et des visites scolaires. Je réutilise chaque contenu au moins "
            "trois fois."
        ),
        "expertise": ["small-museums", "editorial-planning"],
        "platforms": ["facebook", "newsletter"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "America/Toronto",
        "profile_visibility": "public",
        "memberships": [("musee-d-art-les-greves", "admin", "pending")],
    },
    {
        "email": f"laurence.pelletier@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Laurence Pelletier",
        "job_title": "Conservatrice, art contemporain",
        "bio": (
            "J'invite les artistes exposés à prendre la parole sur notre compte pendant "
            "l'accrochage. C'est la meilleure façon que j'ai trouvée de montrer le travail "
            "invisible d'une exposition."
        ),
        "expertise": ["digital-mediation", "partnerships"],
        "platforms": ["instagram"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "America/Toronto",
        "profile_visibility": "public",
        "memberships": [("musee-d-art-les-greves", "member", "verified")],
    },
    {
        "email": f"helene.marquis@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Hélène Marquis",
        "job_title": "Consultante en stratégie numérique culturelle",
        "bio": (
            "J'aide des musées régionaux à bâtir leur première stratégie sociale : objectifs, "
            "publics visés, puis un ou deux réseaux seulement. J'enseigne aussi la gestion de "
            "communauté en formation continue."
        ),
        "expertise": ["social-media-strategy", "analytics", "small-museums"],
        "platforms": ["linkedin", "facebook", "instagram"],
        "languages": ["fr", "en"],
        "preferred_language": "fr",
        "time_zone": "America/Toronto",
        "profile_visibility": "public",
        "memberships": [],
    },
    # Belgium
    {
        "email": f"sarah.dewandre@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Sarah Dewandre",
        "job_title": "Chargée de communication",
        "bio": (
            "Je prépare un planning éditorial trimestriel partagé avec les conservateurs, "
            "qui y notent eux-mêmes leurs idées de publications. Les anniversaires des "
            "objets de la collection sont devenus notre rendez-vous le plus suivi."
        ),
        "expertise": ["editorial-planning", "community-management"],
        "platforms": ["facebook", "instagram", "newsletter"],
        "languages": ["fr", "nl", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Brussels",
        "profile_visibility": "public",
        "memberships": [("musee-de-la-vie-mosane", "admin", "verified")],
    },
    {
        "email": f"maxime.henrotte@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Maxime Henrotte",
        "job_title": "Médiateur numérique",
        "bio": (
            "J'ai ouvert nos comptes Mastodon et Bluesky pour retrouver les historiens et "
            "les enseignants partis d'ailleurs. Moins d'abonnés, mais des conversations "
            "bien plus riches."
        ),
        "expertise": ["digital-mediation", "community-management"],
        "platforms": ["mastodon", "bluesky"],
        "languages": ["fr", "nl", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Brussels",
        "profile_visibility": "public",
        "memberships": [("musee-de-la-vie-mosane", "member", "verified")],
    },
    # Switzerland
    {
        "email": f"nicolas.rochat@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Nicolas Rochat",
        "job_title": "Archiviste et animateur des réseaux",
        "bio": (
            "Je numérise nos affiches touristiques anciennes et les classe en tableaux "
            "Pinterest thématiques. Les graphistes forment désormais une part inattendue de "
            "nos lecteurs."
        ),
        "expertise": ["audience-development", "digital-mediation"],
        "platforms": ["pinterest", "mastodon"],
        "languages": ["fr", "de", "en"],
        "preferred_language": "fr",
        "time_zone": "Europe/Zurich",
        "profile_visibility": "public",
        "memberships": [("bibliotheque-et-archives-du-leman", "member", "verified")],
    },
    # Spain
    {
        "email": f"lucia.ferrer@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Lucía Ferrer",
        "job_title": "Head of digital communication",
        "bio": (
            "I run a three-language editorial calendar in Spanish, Valencian and English. "
            "We plan each season around three stories and let every channel tell them in "
            "its own format."
        ),
        "expertise": ["editorial-planning", "social-media-strategy"],
        "platforms": ["instagram", "threads", "x"],
        "languages": ["es", "ca", "en"],
        "preferred_language": "en",
        "time_zone": "Europe/Madrid",
        "profile_visibility": "public",
        "memberships": [("museo-de-la-luz-mediterranea", "admin", "verified")],
    },
    {
        "email": f"pau.marti@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Pau Martí",
        "job_title": "Social media coordinator",
        "bio": (
            "I film short gallery walk-throughs for TikTok and Reels and coordinate our "
            "collaborations with local creators. Our best-performing clip so far was a "
            "guard explaining why you cannot touch the paintings."
        ),
        "expertise": ["partnerships", "social-media-strategy"],
        "platforms": ["tiktok", "instagram"],
        "languages": ["ca", "es", "en"],
        "preferred_language": "en",
        "time_zone": "Europe/Madrid",
        "profile_visibility": "public",
        "memberships": [("museo-de-la-luz-mediterranea", "member", "verified")],
    },
    # Netherlands
    {
        "email": f"joris.bakker@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Joris Bakker",
        "job_title": "Digital producer",
        "bio": (
            "I stream our weekend science shows on YouTube and build the dashboards the "
            "team checks every Monday. Watch time told us more than follower counts ever did."
        ),
        "expertise": ["live-coverage", "analytics"],
        "platforms": ["youtube", "website"],
        "languages": ["nl", "en"],
        "preferred_language": "en",
        "time_zone": "Europe/Amsterdam",
        "profile_visibility": "public",
        "memberships": [("waterwerk-science-centre", "admin", "verified")],
    },
    # United Kingdom
    {
        "email": f"rachel.whitcombe@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Rachel Whitcombe",
        "job_title": "Volunteer coordinator and social media lead",
        "bio": (
            "We are a volunteer-run mill museum, so our posts are written by a rota of six "
            "people using one shared style guide. Threads and a local Facebook group bring in "
            "most of our weekend visitors."
        ),
        "expertise": ["small-museums", "community-management"],
        "platforms": ["facebook", "threads"],
        "languages": ["en"],
        "preferred_language": "en",
        "time_zone": "Europe/London",
        "profile_visibility": "public",
        "memberships": [("kelderby-mill-museum", "admin", "verified")],
    },
    {
        "email": f"owen.pryce@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Owen Pryce",
        "job_title": "Gallery manager",
        "bio": (
            "I manage a small print gallery and its fortnightly newsletter, which still sells "
            "more editions than any social channel. Pinterest is our quiet second source of "
            "buyers."
        ),
        "expertise": ["small-museums", "audience-development"],
        "platforms": ["newsletter", "pinterest", "instagram"],
        "languages": ["en"],
        "preferred_language": "en",
        "time_zone": "Europe/London",
        "profile_visibility": "public",
        "memberships": [("northgate-print-gallery", "admin", "verified")],
    },
    {
        "email": f"priya.raman@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Priya Raman",
        "job_title": "Marketing and audiences officer",
        "bio": (
            "I run our visitor surveys and match them against campaign data to see who we "
            "are still missing. Recent work focuses on students and first-time gallery-goers."
        ),
        "expertise": ["audience-development", "analytics"],
        "platforms": ["linkedin", "instagram"],
        "languages": ["en"],
        "preferred_language": "en",
        "time_zone": "Europe/London",
        "profile_visibility": "members",
        "memberships": [("northgate-print-gallery", "member", "verified")],
    },
    {
        "email": f"amira.haddad@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Amira Haddad",
        "job_title": "Doctoral researcher in museum studies",
        "bio": (
            "I study how museum staff handle abuse and harassment in their comment sections. "
            "Happy to share interview findings with anyone writing a moderation policy."
        ),
        "expertise": ["moderation", "crisis-communication"],
        "platforms": ["bluesky", "linkedin"],
        "languages": ["en", "ar", "fr"],
        "preferred_language": "en",
        "time_zone": "Europe/London",
        "profile_visibility": "public",
        "memberships": [],
    },
    # Germany
    {
        "email": f"katrin.vogel@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Katrin Vogel",
        "job_title": "Head of communications",
        "bio": (
            "Our exhibition on the city's colonial trading past drew a storm of angry posts "
            "before it even opened. We answered with a public Q&A evening, a reading list "
            "and a clear line on what we would delete."
        ),
        "expertise": ["crisis-communication", "moderation"],
        "platforms": ["instagram", "linkedin"],
        "languages": ["de", "en"],
        "preferred_language": "en",
        "time_zone": "Europe/Berlin",
        "profile_visibility": "public",
        "memberships": [("museum-fur-alltagskultur-rheinhafen", "admin", "verified")],
    },
    {
        "email": f"jonas.albrecht@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Jonas Albrecht",
        "job_title": "Community manager",
        "bio": (
            "I moved our main conversation from X to Mastodon and Bluesky and kept a record "
            "of what we gained and lost. I also live-post our late openings in German and "
            "English."
        ),
        "expertise": ["community-management", "live-coverage"],
        "platforms": ["mastodon", "bluesky", "x"],
        "languages": ["de", "en", "pl"],
        "preferred_language": "en",
        "time_zone": "Europe/Berlin",
        "profile_visibility": "public",
        "memberships": [("museum-fur-alltagskultur-rheinhafen", "member", "verified")],
    },
    # Italy
    {
        "email": f"giulia.rinaldi@{DEMO_EMAIL_DOMAIN}",
        "display_name": "Giulia Rinaldi",
        "job_title": "Curator and communications officer",
        "bio": (
            "In a museum of three staff I curate the lagoon collections and post about them "
            "myself. Large-print captions and audio posts came from a request by our "
            "older visitors."
        ),
        "expertise": ["small-museums", "accessibility"],
        "platforms": ["instagram", "facebook"],
        "languages": ["it", "en", "fr"],
        "preferred_language": "en",
        "time_zone": "Europe/Rome",
        "profile_visibility": "public",
        "memberships": [("museo-civico-delle-lagune", "admin", "verified")],
    },
]
