"""The search benchmark behind ``make bench-search``: seed, rebuild, query, report.

It only ever runs inside the throw-away world that ``manage.py bench_search``
sets up (a temporary database and an index prefix of its own), and refuses to
run anywhere else.

What is measured comes from the code under test, not from shortcuts:

* forum threads (with their posts), slide decks (with their slides), members
  and institutions are created as real rows in bulk, and the **rebuild
  throughput** is the wall time of ``manage.py rebuild_search_index`` over
  those families, once per backend: reading the rows, building each document,
  writing the engine's index or the database copy;
* case studies, events and sessions are Wagtail pages, too slow to create by
  the hundred thousand, so their documents are written directly through the
  indexing functions: they take part in every query, not in the rebuild figure;
* the **query latency** is the time ``EngineBackend.search`` and
  ``DatabaseBackend.search`` take, seen from Python, for the same mix of
  typical faceted searches.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import random
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from io import StringIO
from math import ceil

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.utils.html import escape

from . import engine
from .documents import (
    CaseStudyDocument,
    DeckPageDocument,
    InstitutionDocument,
    MemberDocument,
    SessionDocument,
    ThreadDocument,
)
from .facets import RESOURCE_TYPES
from .query import SearchQuery

# The families whose rows exist in the database, hence what the rebuild is timed on.
REBUILT_FAMILIES = (ThreadDocument, DeckPageDocument, MemberDocument, InstitutionDocument)
ENGINE_P95_TARGET_MS = 50.0
REBUILD_TARGET_PER_SECOND = 2000
TARGET_SCALE = 100_000
MINIMUM_DOCUMENTS = 60
WARM_UP_QUERIES = 20
BATCH = 2000
YEARS = tuple(range(2014, 2026))
LICENCES = ("cc-by", "cc-by-sa", "cc-by-nc", "all-rights-reserved")
INSTITUTION_SIZES = ("small", "medium", "large", "major")
# Country → cities, so that institutions and their addresses agree.
CITIES = {
    "FR": ("Lyon", "Marseille", "Lille", "Nantes", "Bordeaux", "Strasbourg", "Arles", "Sarlat"),
    "BE": ("Bruxelles", "Liège", "Namur", "Gand"),
    "CH": ("Genève", "Lausanne", "Neuchâtel", "Bâle"),
    "CA": ("Montréal", "Québec", "Ottawa", "Gatineau"),
    "LU": ("Luxembourg", "Esch-sur-Alzette"),
    "GB": ("London", "Manchester", "Glasgow", "Bristol"),
    "IE": ("Dublin", "Cork", "Galway"),
    "US": ("Boston", "Chicago", "Seattle", "New Orleans"),
    "DE": ("Berlin", "Köln", "Leipzig"),
    "IT": ("Torino", "Bologna", "Napoli"),
    "ES": ("Barcelona", "Bilbao", "Sevilla"),
    "NL": ("Amsterdam", "Rotterdam", "Leiden"),
    "MA": ("Rabat", "Marrakech"),
    "SN": ("Dakar", "Saint-Louis"),
}
INSTITUTION_NAMES = {
    "art-museum": ("Musée des Beaux-Arts de {city}", "{city} Art Museum"),
    "history-museum": ("Musée d'histoire de {city}", "{city} History Museum"),
    "science-centre": ("Centre des sciences de {city}", "{city} Science Centre"),
    "natural-history-museum": (
        "Muséum d'histoire naturelle de {city}",
        "{city} Natural History Museum",
    ),
    "society-museum": ("Musée de société de {city}", "{city} Folk Life Museum"),
    "heritage-site": ("Château de {city}", "{city} Castle"),
    "gallery": ("Galerie du quai de {city}", "{city} Riverside Gallery"),
    "library-archive": ("Archives municipales de {city}", "{city} City Archives"),
    "network": ("Réseau des musées de {city}", "{city} Museums Network"),
}
FIRST_NAMES = (
    "Camille", "Léa", "Hugo", "Chloé", "Louis", "Inès", "Nathan", "Manon", "Amira", "Yanis",
    "Emma", "Oliver", "Grace", "Noah", "Isla", "Liam", "Aoife", "Sofia", "Mateo", "Hannah",
)  # fmt: skip
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Roussel", "Diallo",
    "Benali", "Smith", "Jones", "Taylor", "Brown", "Murphy", "O'Brien", "García", "Rossi",
    "Tremblay",
)  # fmt: skip
JOB_TITLES = {
    "en": ("Community manager", "Digital officer", "Head of communications", "Web editor"),
    "fr": ("Gestionnaire de communauté", "Chargée de communication numérique",
           "Responsable des publics", "Chargé de médiation numérique"),
}  # fmt: skip
# Events of the sector, each with its language; the year is added to the name.
EVENTS = (
    ("Museum Week", "en"),
    ("MuseumNext Europe", "en"),
    ("Museums and the Web", "en"),
    ("We Are Museums", "en"),
    ("Nuit européenne des musées", "fr"),
    ("Rencontres numériques du patrimoine", "fr"),
    ("Journées européennes du patrimoine", "fr"),
    ("Forum des community managers de musées", "fr"),
)
TRACKS = ("Social media", "Réseaux sociaux", "Audiences", "Publics", "Workshops", "Ateliers")

# (topic, English subject, French subject): what resources are about.
SUBJECTS = (
    ("moderation", "trolls in the comments", "les trolls dans les commentaires"),
    ("moderation", "a troll attack on Facebook", "une attaque de trolls sur Facebook"),
    ("moderation", "moderating hateful comments", "la modération des commentaires haineux"),
    ("live-coverage", "live-tweeting a conference", "le live-tweet d'un colloque"),
    ("live-coverage", "the live tweet of an opening night", "le tweet en direct d'un vernissage"),
    ("live-coverage", "Instagram stories during museum night",
     "des stories Instagram pendant la Nuit des musées"),
    ("editorial-planning", "an editorial calendar for the whole year",
     "un calendrier éditorial sur toute l'année"),
    ("editorial-planning", "planning posts three months ahead",
     "la planification des publications à trois mois"),
    ("audience-development", "reaching foreign tourists", "toucher les touristes étrangers"),
    ("audience-development", "answering tourists in their own language",
     "répondre aux touristes dans leur langue"),
    ("community-management", "a Q&A micro-site for visitors",
     "un mini-site de questions-réponses pour les visiteurs"),
    ("community-management", "the community manager's week",
     "la semaine du gestionnaire de communauté"),
    ("social-media-strategy", "a social media strategy on a shoestring",
     "une stratégie réseaux sociaux sans moyens"),
    ("social-media-strategy", "leaving X for Bluesky and Mastodon",
     "quitter X pour Bluesky et Mastodon"),
    ("crisis-communication", "a bad buzz after a sudden closure",
     "une crise après une fermeture soudaine"),
    ("digital-mediation", "short videos about the collections",
     "des vidéos courtes sur les collections"),
    ("digital-mediation", "user generated content from visitors",
     "le contenu généré par les utilisateurs"),
    ("accessibility", "alt text on every Instagram post",
     "le texte alternatif sur chaque publication Instagram"),
    ("analytics", "measuring engagement beyond likes", "mesurer l'engagement au-delà des likes"),
    ("partnerships", "working with local influencers", "travailler avec des influenceurs locaux"),
    ("small-museums", "a small museum with no budget", "un petit musée sans budget"),
)  # fmt: skip
TITLES = {
    "en": ("How we handled {s}", "{S}: what we learned in {y}", "Lessons from {s}",
           "Is {s} worth it for a small team?", "Our first year of {s}", "{S}, step by step"),
    "fr": ("Comment nous avons géré {s}", "{S} : ce que nous avons appris en {y}",
           "Retour d'expérience sur {s}", "{S} : faut-il se lancer avec une petite équipe ?",
           "Notre première année avec {s}", "{S}, pas à pas"),
}  # fmt: skip
SENTENCES = {
    "en": (
        "We tried {s} on {p} for {n} months.",
        "A team of {t} people spent about {h} hours a week on it.",
        "Engagement rose by {pct}% while {s2} took more time than planned.",
        "Visitors kept asking the same questions, so we wrote a FAQ.",
        "Our community manager keeps an editorial calendar shared with the curators.",
        "Trolls showed up within hours; we hid the worst comments and answered the rest calmly.",
        "Foreign tourists found us through {p} rather than through the museum website.",
        "Live-tweeting the talks doubled our followers during the conference.",
        "The newsletter now points to the Q&A micro-site every month.",
        "We measured reach, saves and replies instead of likes alone.",
        "Accessibility came first: alt text and subtitles on every video.",
    ),
    "fr": (
        "Nous avons testé {s} sur {p} pendant {n} mois.",
        "Une équipe de {t} personnes y a consacré environ {h} heures par semaine.",
        "L'engagement a progressé de {pct} % alors que {s2} a pris plus de temps que prévu.",
        "Les visiteurs posaient toujours les mêmes questions : nous avons rédigé une FAQ.",
        "Notre gestionnaire de communauté tient un calendrier éditorial partagé avec les "
        "conservateurs.",
        "Les trolls sont arrivés en quelques heures ; nous avons masqué les pires commentaires.",
        "Les touristes étrangers nous ont trouvés sur {p} plutôt que sur le site du musée.",
        "Le live-tweet des conférences a doublé nos abonnés pendant le colloque.",
        "La lettre d'information renvoie chaque mois vers le mini-site de questions-réponses.",
        "En cas de crise, la cellule de communication valide chaque réponse publique.",
        "L'accessibilité d'abord : texte alternatif et sous-titres sur chaque vidéo.",
    ),
}
REPLIES = {
    "en": ("Same here at our museum.", "Thanks, this helps a lot!", "Did you try {p}?",
           "We had trolls too: a clear moderation charter changed everything.",
           "Which tool do you use for the editorial calendar?"),
    "fr": ("Pareil chez nous.", "Merci, très utile !", "Avez-vous essayé {p} ?",
           "Nous aussi avons eu des trolls : une charte de modération a tout changé.",
           "Quel outil utilisez-vous pour le calendrier éditorial ?"),
}  # fmt: skip

# What typical visitors type: one or two words, in either language.
QUERY_WORDS = (
    "trolls", "tourists", "touristes", "calendar", "calendrier", "instagram", "moderation",
    "modération", "live-tweet", "newsletter", "accessibility", "influencers", "influenceurs",
    "budget", "engagement", "faq", "videos", "vidéos", "musée", "museum", "bluesky", "tiktok",
    "crise", "collections", "visitors", "visiteurs", "stories", "mastodon",
)  # fmt: skip
QUERY_PHRASES = (
    "social media", "réseaux sociaux", "editorial calendar", "calendrier éditorial",
    "community manager", "foreign tourists", "touristes étrangers", "live tweet",
    "opening night", "petit musée", "alt text", "hateful comments", "stories instagram",
    "mini-site questions", "small team", "cm trolls",
)  # fmt: skip
FACET_CHOICES = ("type", "topic", "platform", "institution_kind", "country", "language", "year",
                 "event", "licence")  # fmt: skip


def ensure_throwaway_world(token: str) -> None:
    """Refuses to seed anything unless the database and the index prefix are this run's own."""
    name = str(connection.settings_dict["NAME"])
    prefix = settings.SEARCH_INDEX_PREFIX
    if not token or token not in name or prefix != f"bench-{token}":
        raise RuntimeError(
            f"refusing to benchmark outside a throw-away world (database {name!r}, "
            f"index prefix {prefix!r}); run `manage.py bench_search`"
        )


@dataclass(frozen=True)
class Plan:
    """How many of each thing make up ``documents`` search documents."""

    institutions: int
    members: int
    threads: int
    slides_per_deck: tuple[int, ...]
    case_studies: int
    events: int
    sessions: int

    @classmethod
    def for_documents(cls, total: int, rng: random.Random) -> Plan:
        total = max(total, MINIMUM_DOCUMENTS)
        institutions = max(2, round(total * 0.05))
        members = max(2, round(total * 0.10))
        case_studies = max(2, round(total * 0.10))
        events_and_sessions = max(4, round(total * 0.10))
        events = max(1, events_and_sessions // 25)
        deck_documents = max(6, round(total * 0.25))
        threads = total - institutions - members - case_studies - events_and_sessions
        threads -= deck_documents
        slides: list[int] = []
        remaining = deck_documents
        while remaining >= 2:
            count = min(rng.randint(4, 12), remaining - 1)
            slides.append(count)
            remaining -= count + 1
        if remaining:
            slides[-1] += remaining
        return cls(
            institutions=institutions,
            members=members,
            threads=threads,
            slides_per_deck=tuple(slides),
            case_studies=case_studies,
            events=events,
            sessions=events_and_sessions - events,
        )

    @property
    def by_type(self) -> dict[str, int]:
        return {
            "thread": self.threads,
            "slide": sum(self.slides_per_deck),
            "deck": len(self.slides_per_deck),
            "member": self.members,
            "institution": self.institutions,
            "case_study": self.case_studies,
            "session": self.sessions,
            "event": self.events,
        }

    @property
    def documents(self) -> int:
        return sum(self.by_type.values())


class Writer:
    """Bilingual museum prose about social media, now and then with a phrase in the other language.

    Titles and bodies are built from templates, so every query word of ``query_mix`` occurs.
    """

    def __init__(self, rng: random.Random, platform_names: list[str]):
        self.rng = rng
        self.platform_names = platform_names

    def language(self) -> str:
        return "fr" if self.rng.random() < 0.55 else "en"

    def subject(self) -> tuple[str, str, str]:
        return self.rng.choice(SUBJECTS)

    def _fill(self, template: str, language: str, subject: str, year: int) -> str:
        rng = self.rng
        other = rng.choice(SUBJECTS)[1 if language == "en" else 2]
        return template.format(
            s=subject,
            S=subject[:1].upper() + subject[1:],
            s2=other,
            y=year,
            p=rng.choice(self.platform_names),
            n=rng.randint(2, 18),
            t=rng.randint(2, 12),
            h=rng.randint(2, 20),
            pct=rng.randint(5, 240),
        )

    def title(self, language: str, subject: tuple[str, str, str], year: int) -> str:
        text = subject[1] if language == "en" else subject[2]
        return self._fill(self.rng.choice(TITLES[language]), language, text, year)

    def body(self, language: str, subject: tuple[str, str, str], year: int, sentences: int) -> str:
        text = subject[1] if language == "en" else subject[2]
        chosen = self.rng.sample(SENTENCES[language], k=sentences)
        parts = [self._fill(template, language, text, year) for template in chosen]
        if self.rng.random() < 0.15:
            other = "fr" if language == "en" else "en"
            parts.append(self._fill(self.rng.choice(SENTENCES[other]), other, subject[1], year))
        return " ".join(parts)

    def reply(self, language: str) -> str:
        return self._fill(self.rng.choice(REPLIES[language]), language, "", 2024)


def _moment(rng: random.Random, year: int) -> dt.datetime:
    return dt.datetime(
        year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 20), tzinfo=dt.UTC
    )


def _some(rng: random.Random, values, low: int, high: int) -> list:
    return rng.sample(list(values), k=min(len(values), rng.randint(low, high)))


@dataclass
class World:
    """What the seeded rows look like, for the directly written documents and the queries."""

    topics: list[str]
    platforms: list[str]
    platform_names: list[str]
    countries: list[str]
    events: list[str] = field(default_factory=list)
    member_pks: list[int] = field(default_factory=list)
    institutions: list[tuple[str, str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def seed_rows(plan: Plan, rng: random.Random) -> World:
    """Institutions, members, forum threads with posts, decks with slides: real rows, in bulk."""
    from network.models import Platform, Topic

    topics = list(Topic.objects.order_by("sort_order"))
    platforms = list(Platform.objects.order_by("sort_order"))
    if not topics or not platforms:
        raise RuntimeError("the topic and platform vocabularies are empty: were migrations run?")
    world = World(
        topics=[topic.slug for topic in topics],
        platforms=[item.slug for item in platforms],
        platform_names=[item.name_en for item in platforms],
        countries=list(CITIES),
    )
    writer = Writer(rng, world.platform_names)
    institutions = _seed_institutions(plan, rng, world)
    _seed_members(plan, rng, writer, world, institutions, topics, platforms)
    _seed_threads(plan, rng, writer, world, topics)
    _seed_decks(plan, rng, writer, world, topics)
    return world


def _seed_institutions(plan: Plan, rng: random.Random, world: World) -> list:
    from network.models import Institution

    rows = []
    for number in range(plan.institutions):
        country = rng.choice(world.countries)
        city = rng.choice(CITIES[country])
        kind = rng.choice(list(INSTITUTION_NAMES))
        french, english = INSTITUTION_NAMES[kind]
        name = french if country in {"FR", "BE", "CH", "CA", "LU", "MA", "SN"} else english
        rows.append(
            Institution(
                name=name.format(city=city),
                slug=f"bench-institution-{number}",
                kind=kind,
                country=country,
                city=city,
                size_band=rng.choice(INSTITUTION_SIZES),
            )
        )
    created = Institution.objects.bulk_create(rows, batch_size=BATCH)
    world.institutions = [(item.kind, item.size_band, item.country.code) for item in rows]
    world.rows["institutions"] = len(created)
    return created


def _seed_members(plan, rng, writer, world, institutions, topics, platforms) -> None:
    from allauth.account.models import EmailAddress
    from django.contrib.auth.hashers import make_password

    from network.models import Member, Membership

    unusable = make_password(None)  # nobody signs in as a benchmark member
    members = []
    for number in range(plan.members):
        language = writer.language()
        subject = writer.subject()
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        members.append(
            Member(
                email=f"bench-{number}@bench.example",
                handle=f"bench-{number}",
                display_name=name,
                job_title=rng.choice(JOB_TITLES[language]),
                bio=writer.body(language, subject, 2024, 2),
                languages=rng.choice((["fr"], ["en"], ["fr", "en"], ["en", "fr"])),
                profile_visibility="public" if rng.random() < 0.6 else "members",
                preferred_language=language,
                password=unusable,
                date_joined=_moment(rng, rng.choice(YEARS)),
            )
        )
    members = Member.objects.bulk_create(members, batch_size=BATCH)
    world.member_pks = [member.pk for member in members]
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=m, email=m.email, verified=True, primary=True) for m in members],
        batch_size=BATCH,
    )
    Membership.objects.bulk_create(
        [
            Membership(member=m, institution=rng.choice(institutions), status="verified")
            for m in members
        ],
        batch_size=BATCH,
    )
    expertise, channels = Member.expertise.through, Member.platforms.through
    expertise.objects.bulk_create(
        [expertise(member=m, topic=t) for m in members for t in _some(rng, topics, 1, 3)],
        batch_size=BATCH,
    )
    channels.objects.bulk_create(
        [channels(member=m, platform=p) for m in members for p in _some(rng, platforms, 1, 4)],
        batch_size=BATCH,
    )
    world.rows["members"] = len(members)


def _seed_threads(plan, rng, writer, world, topics) -> None:
    from forums.models import Category, Post, Thread

    categories = Category.objects.bulk_create(
        [
            Category(slug=f"bench-{topic.slug}", name_en=topic.name_en, name_fr=topic.name_fr,
                     topic=topic)
            for topic in topics
        ]
    )  # fmt: skip
    threads, replies = [], []
    for _number in range(plan.threads):
        language = writer.language()
        subject = writer.subject()
        year = rng.choice(YEARS)
        started = _moment(rng, year)
        posts = [writer.body(language, subject, year, rng.randint(2, 4))]
        posts += [writer.reply(language) for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4)))]
        category = next(c for c in categories if c.topic.slug == subject[0])
        threads.append(
            Thread(
                category=category,
                title=writer.title(language, subject, year),
                author_id=rng.choice(world.member_pks),
                language=language,
                created_at=started,
                last_post_at=started + dt.timedelta(hours=len(posts) * 5),
                post_count=len(posts),
            )
        )
        replies.append(posts)
    threads = Thread.objects.bulk_create(threads, batch_size=BATCH)
    posts = [
        Post(
            thread=thread,
            author_id=thread.author_id if position == 0 else rng.choice(world.member_pks),
            body=body,
            body_html=f"<p>{escape(body)}</p>",
            created_at=thread.created_at + dt.timedelta(hours=position * 5),
        )
        for thread, bodies in zip(threads, replies, strict=True)
        for position, body in enumerate(bodies)
    ]
    posts = Post.objects.bulk_create(posts, batch_size=BATCH)
    first_reply = {}
    for post in posts:
        if post.author_id != post.thread.author_id:
            first_reply.setdefault(post.thread_id, post)
    answered = [t for t in threads if t.pk in first_reply and rng.random() < 0.4]
    for thread in answered:
        thread.accepted_post = first_reply[thread.pk]
    Thread.objects.bulk_update(answered, ["accepted_post"], batch_size=500)
    world.rows["forum threads"] = len(threads)
    world.rows["forum posts"] = len(posts)


def _seed_decks(plan, rng, writer, world, topics) -> None:
    from casestudies.models import Slide, SlideDeck

    decks, pages = [], []
    for number, slide_count in enumerate(plan.slides_per_deck):
        language = writer.language()
        subject = writer.subject()
        year = rng.choice(YEARS)
        decks.append(
            SlideDeck(
                title=writer.title(language, subject, year),
                slug=f"bench-deck-{number}",
                description=writer.body(language, subject, year, 2),
                owner_id=rng.choice(world.member_pks),
                language=language,
                licence=rng.choice(LICENCES),
                original="decks/originals/bench.pdf",
                status=SlideDeck.Status.READY,
                page_count=slide_count,
            )
        )
        pages.append(
            [
                writer.title(language, subject, year)
                + "\n"
                + writer.body(language, subject, year, 2)
                for _ in range(slide_count)
            ]
        )
    decks = SlideDeck.objects.bulk_create(decks, batch_size=BATCH)
    for deck in decks:
        # created_at is set on insert; the year facet wants decks spread over the years.
        deck.created_at = _moment(rng, rng.choice(YEARS))
    SlideDeck.objects.bulk_update(decks, ["created_at"], batch_size=500)
    deck_topics = SlideDeck.topics.through
    deck_topics.objects.bulk_create(
        [deck_topics(slidedeck=d, topic=t) for d in decks for t in _some(rng, topics, 1, 2)],
        batch_size=BATCH,
    )
    Slide.objects.bulk_create(
        [
            Slide(deck=deck, number=number, text=text, thumbnail="decks/slides/bench.png",
                  image="decks/slides/bench.png", width=1280, height=720)
            for deck, texts in zip(decks, pages, strict=True)
            for number, text in enumerate(texts, start=1)
        ],
        batch_size=BATCH,
    )  # fmt: skip
    world.rows["slide decks"] = len(decks)
    world.rows["slides"] = sum(len(texts) for texts in pages)


def page_documents(plan: Plan, rng: random.Random, world: World) -> dict[type, list]:
    """Documents of case studies, events and sessions, shaped as the real pages give them."""
    writer = Writer(rng, world.platform_names)
    case_studies = []
    for number in range(1, plan.case_studies + 1):
        language = writer.language()
        subject = writer.subject()
        year = rng.choice(YEARS)
        kind, size, country = rng.choice(world.institutions)
        case_studies.append(
            CaseStudyDocument(
                meta={"id": str(number)},
                type="case_study",
                title=writer.title(language, subject, year),
                body=writer.body(language, subject, year, 5),
                tags=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                topics=sorted({subject[0], *_some(rng, world.topics, 0, 2)}),
                platforms=_some(rng, world.platforms, 1, 3),
                institution_kinds=[kind],
                institution_sizes=[size],
                countries=[country],
                language=language,
                year=year,
                licence=rng.choice(LICENCES),
                url=f"/{language}/case-studies/bench-{number}/",
                date=_moment(rng, year),
                visibility="public",
                object_id=str(number),
                authors=_some(rng, world.member_pks, 1, 2),
            )
        )
    events, programme = [], []
    for number in range(1, plan.events + 1):
        name, language = rng.choice(EVENTS)
        year = rng.choice(YEARS)
        title = f"{name} {year}"
        if title not in world.events:
            world.events.append(title)
        kind, _size, country = rng.choice(world.institutions)
        common = {
            "language": language,
            "event": title,
            "institution_kinds": [kind],
            "countries": [country],
            "parent": SessionDocument.parent_key(number),
            "visibility": "public",
        }
        starts = _moment(rng, year)
        events.append(
            SessionDocument(
                meta={"id": SessionDocument.event_doc_id(number)},
                type="event",
                title=title,
                body=writer.body(language, writer.subject(), year, 3),
                year=year,
                url=f"/{language}/events/bench-{number}/",
                date=starts,
                object_id=str(number),
                **common,
            )
        )
        programme.append((common, starts, language, year))
    for number in range(1, plan.sessions + 1):
        common, starts, language, year = programme[number % len(programme)]
        subject = writer.subject()
        session = SessionDocument(
            meta={"id": SessionDocument.doc_id(number)},
            type="session",
            title=writer.title(language, subject, year),
            body=writer.body(language, subject, year, 3),
            tags=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}\n{rng.choice(TRACKS)}",
            year=year,
            url=f"/{language}/events/sessions/bench-{number}/",
            date=starts + dt.timedelta(minutes=30 * (number % 16)),
            object_id=str(number),
            authors=_some(rng, world.member_pks, 1, 2),
            **common,
        )
        events.append(session)
    return {CaseStudyDocument: case_studies, SessionDocument: events}


def write_documents(documents_by_family: dict[type, list], *, chunk: int = 500) -> None:
    """Writes documents as a publication would, in chunks: the database copy, then the engine."""
    from . import database, indexing

    for family, documents in documents_by_family.items():
        for start in range(0, len(documents), chunk):
            change = indexing.Change(family, documents[start : start + chunk])
            database.apply(change)
            if engine.engine_configured():
                indexing.apply_to_engine(change)


# --- The queries ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    query: SearchQuery
    public_only: bool


def _typo(rng: random.Random, word: str) -> str:
    """One edit after the first letter (the engine's prefix_length is 1)."""
    position = rng.randint(1, len(word) - 2)
    edit = rng.choice(("swap", "drop", "double"))
    if edit == "swap" and word[position] != word[position + 1]:
        return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    if edit == "drop":
        return word[:position] + word[position + 1 :]
    return word[:position] + word[position] + word[position:]


def facet_values(world: World) -> dict[str, list[str]]:
    return {
        "type": list(RESOURCE_TYPES),
        "topic": world.topics,
        "platform": world.platforms,
        "institution_kind": list(INSTITUTION_NAMES),
        "country": world.countries,
        "language": ["fr", "en"],
        "year": [str(year) for year in YEARS],
        "event": world.events,
        "licence": list(LICENCES),
    }


def query_mix(rng: random.Random, world: World, count: int) -> list[Probe]:
    """Typical searches: one or two words (some misspelt), 0–3 facets, sort, page 2."""
    values = facet_values(world)
    probes = []
    for _number in range(count):
        roll = rng.random()
        if roll < 0.12:
            text = ""
        elif roll < 0.50:
            text = rng.choice(QUERY_WORDS)
        elif roll < 0.85:
            text = rng.choice(QUERY_PHRASES)
        else:
            text = _typo(rng, rng.choice([w for w in QUERY_WORDS if len(w) >= 6]))
        filters = {}
        facets = rng.choices((0, 1, 2, 3), weights=(30, 35, 20, 15))[0]
        for name in rng.sample(FACET_CHOICES, k=facets):
            picked = 2 if rng.random() < 0.3 else 1
            filters[name] = tuple(rng.sample(values[name], k=min(picked, len(values[name]))))
        query = SearchQuery(
            text=text,
            filters=filters,
            sort="newest" if rng.random() < 0.2 else "relevance",
            page=2 if rng.random() < 0.15 else 1,
        )
        probes.append(Probe(query, public_only=rng.random() < 0.7))
    return probes


@dataclass(frozen=True)
class Latency:
    timings_ms: tuple[float, ...]
    planned: int
    with_results: int
    budget_s: float
    # The address of the slowest search, to look into it.
    slowest: str = ""

    @property
    def measured(self) -> int:
        return len(self.timings_ms)

    @property
    def p50(self) -> float:
        return statistics.median(self.timings_ms)

    @property
    def p95(self) -> float:
        ordered = sorted(self.timings_ms)
        return ordered[max(ceil(0.95 * len(ordered)) - 1, 0)]


def measure_queries(
    backend, probes: list[Probe], *, warm_up: list[Probe], budget_s: float
) -> Latency:
    """Runs the probes one after the other until done or out of time; times each call."""
    for probe in warm_up:
        backend.search(probe.query, public_only=probe.public_only)
    timings, with_results, slowest = [], 0, ""
    deadline = time.perf_counter() + budget_s
    for probe in probes:
        started = time.perf_counter()
        results = backend.search(probe.query, public_only=probe.public_only)
        finished = time.perf_counter()
        timings.append((finished - started) * 1000)
        with_results += results.total > 0
        if timings[-1] == max(timings):
            audience = "anonymous" if probe.public_only else "member"
            slowest = f"?{probe.query.querystring()} ({audience})"
        if finished > deadline:
            break
    return Latency(tuple(timings), len(probes), with_results, budget_s, slowest)


# --- The rebuild ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Throughput:
    documents: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def timed_rebuild(backend: str, count_documents: Callable[[], int]) -> Throughput:
    """Wall time of ``manage.py rebuild_search_index --backend …`` over the rebuilt families."""
    families = [family.family for family in REBUILT_FAMILIES]
    started = time.perf_counter()
    call_command("rebuild_search_index", family=families, backend=backend, stdout=StringIO())
    seconds = time.perf_counter() - started
    documents = count_documents()
    if not documents:
        raise RuntimeError(f"the rebuild on the {backend} wrote no documents")
    return Throughput(documents, seconds)


def engine_document_count() -> int:
    client = engine.client()
    aliases = ",".join(family.alias() for family in REBUILT_FAMILIES)
    client.indices.refresh(index=aliases)
    return client.count(index=aliases)["count"]


def documents_held() -> dict[str, int]:
    """Every document each backend holds at the end, to check they answer over the same set."""
    from .documents import all_aliases
    from .models import SearchEntry

    held = {}
    if engine.engine_configured():
        client = engine.client()
        client.indices.refresh(index=",".join(all_aliases()))
        held["engine"] = client.count(index=",".join(all_aliases()))["count"]
    held["database"] = SearchEntry.objects.count()
    return held


def database_document_count() -> int:
    from .models import SearchEntry

    families = [family.family for family in REBUILT_FAMILIES]
    return SearchEntry.objects.filter(family__in=families).count()


# --- Where it ran -----------------------------------------------------------------------------


def _proc_value(path: str, key: str) -> str:
    try:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                name, _, value = line.partition(":")
                if name.strip() == key:
                    return value.strip()
    except OSError:
        pass
    return ""


def machine() -> dict[str, str]:
    memory_kb = _proc_value("/proc/meminfo", "MemTotal").split()
    memory = f"{int(memory_kb[0]) / 1024 / 1024:.1f} GiB RAM" if memory_kb else "RAM unknown"
    model = _proc_value("/proc/cpuinfo", "model name") or platform.processor() or "CPU unknown"
    return {
        "cpus": f"{os.cpu_count()} CPUs ({model})",
        "memory": memory,
        "system": f"{platform.system()} {platform.release()}",
        "load": _load_average(),
    }


def _load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def versions() -> dict[str, str]:
    import django
    import wagtail

    found = {
        "Python": platform.python_version(),
        "Django": django.get_version(),
        "Wagtail": wagtail.__version__,
    }
    if engine.engine_configured():
        info = engine.engine_info()
        found[info["distribution"].capitalize().replace("search", "Search")] = info["version"]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("select sqlite_version()")
            found["SQLite"] = cursor.fetchone()[0]
        elif connection.vendor == "postgresql":
            cursor.execute("show server_version")
            found["PostgreSQL"] = cursor.fetchone()[0]
        else:
            found[connection.vendor] = connection.display_name
    return found


# --- The run ----------------------------------------------------------------------------------


@dataclass
class Outcome:
    latency: dict[str, Latency] = field(default_factory=dict)
    rebuild: dict[str, Throughput] = field(default_factory=dict)
    held: dict[str, int] = field(default_factory=dict)


def _say(out, text: str = "") -> None:
    out.write(text + "\n")
    out.flush()


def _timed(out, text: str, work: Callable[[], object]):
    started = time.perf_counter()
    out.write(f"… {text}")
    out.flush()
    result = work()
    _say(out, f" ({time.perf_counter() - started:.1f} s)")
    return result


def run(
    out,
    *,
    documents: int,
    queries: int,
    query_budget_s: float,
    seed: int,
    token: str,
) -> None:
    """The whole benchmark, reported on ``out``; missed targets are reported, not raised."""
    from .database import DatabaseBackend

    ensure_throwaway_world(token)
    rng = random.Random(seed)  # noqa: S311  (reproducible synthetic data, not secrets)
    host = machine()
    _timed(out, "creating the throw-away database", lambda: call_command("migrate", verbosity=0))
    plan = Plan.for_documents(documents, rng)
    world = _timed(out, "seeding rows in bulk", lambda: seed_rows(plan, rng))
    pages = page_documents(plan, rng, world)
    _timed(out, "writing case-study, event and session documents", lambda: write_documents(pages))
    backends: dict[str, object] = {}
    outcome = Outcome()
    if engine.engine_configured():
        from .faceted import EngineBackend

        backends["engine"] = EngineBackend()
        outcome.rebuild["engine"] = _timed(
            out, "rebuilding on the engine", lambda: timed_rebuild("engine", engine_document_count)
        )
    backends["database"] = DatabaseBackend()
    outcome.rebuild["database"] = _timed(
        out,
        "rebuilding the database copy",
        lambda: timed_rebuild("database", database_document_count),
    )
    outcome.held = documents_held()
    probes = query_mix(rng, world, queries)
    warm_up = query_mix(random.Random(seed + 1), world, WARM_UP_QUERIES)  # noqa: S311
    for name, backend in backends.items():
        outcome.latency[name] = _timed(
            out,
            f"{len(probes)} queries on the {name}",
            lambda backend=backend: measure_queries(
                backend, probes, warm_up=warm_up, budget_s=query_budget_s
            ),
        )
    _say(out)
    for line in report(plan, world, host, versions(), outcome, requested=documents):
        _say(out, line)


def _figure(value: float | None, pattern: str) -> str:
    return "n/a" if value is None else pattern.format(value)


def report(plan: Plan, world: World, host, found_versions, outcome: Outcome, *, requested: int):
    names = list(outcome.latency) or ["engine", "database"]
    yield "Search benchmark"
    yield f"N: {plan.documents:,} documents (requested {requested:,})"
    yield "Documents: " + ", ".join(f"{kind} {count:,}" for kind, count in plan.by_type.items())
    yield "Rows in the database: " + ", ".join(f"{name} {n:,}" for name, n in world.rows.items())
    yield "Documents held at the end: " + ", ".join(
        f"{name} {count:,}" for name, count in outcome.held.items()
    )
    yield f"Machine: {host['cpus']}, {host['memory']}, {host['system']}"
    yield f"Load average (1, 5, 15 min): {host['load']} at the start, {_load_average()} at the end"
    yield "Versions: " + ", ".join(f"{name} {number}" for name, number in found_versions.items())
    yield ""
    rows = [
        ("", lambda name: name),
        ("query p50 (ms)", lambda name: _figure(_latency(outcome, name, "p50"), "{:.1f}")),
        ("query p95 (ms)", lambda name: _figure(_latency(outcome, name, "p95"), "{:.1f}")),
        ("queries measured", lambda name: _measured(outcome, name)),
        ("queries with results", lambda name: _with_results(outcome, name)),
        ("rebuild documents", lambda name: _rebuild(outcome, name, "documents", "{:,}")),
        ("rebuild time (s)", lambda name: _rebuild(outcome, name, "seconds", "{:.1f}")),
        ("rebuild (documents/s)", lambda name: _rebuild(outcome, name, "per_second", "{:,.0f}")),
    ]
    for label, cell in rows:
        yield f"{label:<24}" + "".join(f"{cell(name):>14}" for name in names)
    yield ""
    for name, latency in outcome.latency.items():
        yield f"Slowest on the {name}: {max(latency.timings_ms):.0f} ms for {latency.slowest}"
    for name, latency in outcome.latency.items():
        if latency.measured < latency.planned:
            yield (
                f"Note: the {name} ran {latency.measured} of the {latency.planned} queries "
                f"within its {latency.budget_s:.0f} s budget; its percentiles are over those."
            )
    yield from verdicts(outcome, documents=plan.documents)


def _latency(outcome: Outcome, name: str, which: str) -> float | None:
    latency = outcome.latency.get(name)
    return getattr(latency, which) if latency and latency.measured else None


def _measured(outcome: Outcome, name: str) -> str:
    latency = outcome.latency.get(name)
    return f"{latency.measured}/{latency.planned}" if latency else "n/a"


def _with_results(outcome: Outcome, name: str) -> str:
    latency = outcome.latency.get(name)
    return f"{latency.with_results}/{latency.measured}" if latency else "n/a"


def _rebuild(outcome: Outcome, name: str, which: str, pattern: str) -> str:
    throughput = outcome.rebuild.get(name)
    return pattern.format(getattr(throughput, which)) if throughput else "n/a"


def verdicts(outcome: Outcome, *, documents: int) -> Iterator[str]:
    scale = (
        ""
        if documents >= TARGET_SCALE
        else f" (measured at N={documents:,}; the target is set at 100,000)"
    )
    p95 = _latency(outcome, "engine", "p95")
    if p95 is None:
        yield "Engine p95 < 50 ms: not measured (no engine configured: set SEARCH_URL)"
    else:
        met = "target met" if p95 < ENGINE_P95_TARGET_MS else "target missed"
        yield f"Engine p95 < {ENGINE_P95_TARGET_MS:.0f} ms: {met} ({p95:.1f} ms){scale}"
    for name, throughput in outcome.rebuild.items():
        met = (
            "target met" if throughput.per_second >= REBUILD_TARGET_PER_SECOND else "target missed"
        )
        yield (
            f"Rebuild on the {name} >= {REBUILD_TARGET_PER_SECOND:,} documents/s: {met} "
            f"({throughput.per_second:,.0f}/s){scale}"
        )
