from .case_studies import (
    Audience,
    CaseStudyIndexPage,
    CaseStudyOutcome,
    CaseStudyPage,
    CaseStudyResource,
)
from .choices import BudgetBand, Licence, TeamSize
from .decks import Slide, SlideDeck
from .events import EventIndexPage, EventPage, EventSession, LiveCoveragePost
from .home import HomePage

__all__ = [
    "Audience",
    "BudgetBand",
    "CaseStudyIndexPage",
    "CaseStudyOutcome",
    "CaseStudyPage",
    "CaseStudyResource",
    "EventIndexPage",
    "EventPage",
    "EventSession",
    "HomePage",
    "Licence",
    "LiveCoveragePost",
    "Slide",
    "SlideDeck",
    "TeamSize",
]
