"""``{% similar_resources %}`` on case study, deck and thread pages."""

import pytest

from casestudies.models import Slide, SlideDeck
from search import indexing, service
from search.query import Hit
from search.templatetags.similar import document_of
from tests.casestudies.builders import publish_case_study

TROLLS = {
    "title": "Handling trolls and insulting comments on our Facebook page",
    "summary": "Trolls flooded our Facebook comments with insults after a divisive exhibition.",
    "lessons": "A public moderation charter and hiding insulting comments calmed the trolls.",
}


def _similar_section(html: str) -> str:
    """The "Similar resources" aside of a page, or "" when the page has none."""
    start = html.find('<section class="similar-resources"')
    return html[start : html.index("</section>", start)] if start >= 0 else ""


def _index(*objects) -> None:
    for obj in objects:
        indexing.index_object(obj._meta.app_label, obj._meta.model_name, obj.pk)
    indexing.refresh_all()


def _ready_deck(owner, *, title: str, description: str, slug: str, slides=()) -> SlideDeck:
    deck = SlideDeck.objects.create(
        title=title,
        slug=slug,
        owner=owner,
        language="en",
        description=description,
        status=SlideDeck.Status.READY,
        page_count=len(slides),
    )
    for number, text in enumerate(slides, start=1):
        Slide.objects.create(deck=deck, number=number, text=text, thumbnail="t.png", image="i.png")
    return deck


@pytest.fixture
def troll_resources(member, institution, home_page, trusted_member, thread_factory):
    """A case study, a thread and a deck on one problem, plus hidden and unpublished twins."""
    case_study = publish_case_study(author=member, institution=institution, **TROLLS)
    thread = thread_factory(
        trusted_member,
        title="Trolls insulting us in the Facebook comments",
        body="Since the exhibition opened, trolls post insulting comments on Facebook. "
        "Do you hide them, answer them, or publish a moderation charter?",
    )
    deck = _ready_deck(
        member,
        title="Moderating trolls without losing your community",
        description="Trolls, insulting comments and a moderation charter on Facebook.",
        slug="moderating-trolls",
        slides=["Trolls and insults: what we hid, what we answered."],
    )
    hidden_thread = thread_factory(
        trusted_member,
        title="Trolls and insulting comments again on Facebook",
        body="Trolls keep posting insulting comments. Moderation charter?",
    )
    withdrawn = publish_case_study(
        author=member,
        institution=institution,
        **{**TROLLS, "title": "Withdrawn: trolls and insulting Facebook comments"},
    )
    _index(case_study, thread, deck, hidden_thread, withdrawn)
    hidden_thread.is_hidden = True
    hidden_thread.save()
    withdrawn.unpublish()
    _index(hidden_thread, withdrawn)
    return {
        "case_study": case_study,
        "thread": thread,
        "deck": deck,
        "hidden_thread": hidden_thread,
        "withdrawn": withdrawn,
    }


@pytest.mark.opensearch
def test_a_case_study_lists_a_thread_and_a_deck_on_its_problem_but_not_itself_or_hidden_things(
    client, troll_resources
):
    response = client.get(troll_resources["case_study"].url)

    similar = _similar_section(response.content.decode())
    assert response.status_code == 200
    assert "Similar resources" in similar
    assert troll_resources["thread"].get_absolute_url() in similar
    assert troll_resources["deck"].get_absolute_url() in similar
    assert "Forum thread" in similar
    assert "Slide deck" in similar
    assert troll_resources["case_study"].title not in similar
    assert troll_resources["hidden_thread"].title not in similar
    assert troll_resources["withdrawn"].title not in similar


@pytest.mark.opensearch
def test_the_deck_and_thread_pages_list_the_case_study_on_the_same_problem(client, troll_resources):
    case_study = troll_resources["case_study"]

    on_deck = _similar_section(
        client.get(troll_resources["deck"].get_absolute_url()).content.decode()
    )
    on_thread = _similar_section(
        client.get(troll_resources["thread"].get_absolute_url()).content.decode()
    )

    assert case_study.title in on_deck
    assert "Case study" in on_deck
    assert troll_resources["deck"].title not in on_deck
    assert case_study.title in on_thread
    assert troll_resources["thread"].title not in on_thread


@pytest.mark.opensearch
def test_a_resource_with_nothing_similar_shows_no_similar_section(
    client, member, institution, home_page
):
    lonely = publish_case_study(
        author=member,
        institution=institution,
        title="Cataloguing herbarium sheets",
        summary="Scanning pressed plants.",
    )
    _index(lonely)

    response = client.get(lonely.url)

    assert response.status_code == 200
    assert "Similar resources" not in response.content.decode()


def _hit(title: str) -> Hit:
    return Hit(
        type="thread",
        id="1",
        title=title,
        url="/en/forums/threads/1/",
        snippet="",
        language="en",
        date=None,
    )


def test_similar_resources_are_asked_once_per_audience_then_served_from_the_cache(
    client, member, institution, home_page, monkeypatch
):
    page = publish_case_study(author=member, institution=institution)
    asked = []

    def similar_resources(family, doc_id, viewer):
        asked.append((family, doc_id, service.public_only(viewer)))
        return [_hit("Trolls at night")]

    monkeypatch.setattr(service, "similar_resources", similar_resources)

    for _ in range(2):
        anonymous = client.get(page.url).content.decode()
    client.force_login(member)
    for _ in range(2):
        signed_in = client.get(page.url).content.decode()

    assert asked == [("casestudies", str(page.pk), True), ("casestudies", str(page.pk), False)]
    assert "Trolls at night" in _similar_section(anonymous)
    assert "Trolls at night" in _similar_section(signed_in)


def test_a_failing_search_leaves_the_host_page_whole_and_without_similar_section(
    client, member, institution, home_page, monkeypatch, caplog
):
    page = publish_case_study(author=member, institution=institution)

    def broken(family, doc_id, viewer):
        raise RuntimeError("engine on fire")

    monkeypatch.setattr(service, "similar_resources", broken)

    response = client.get(page.url)

    assert response.status_code == 200
    assert page.title in response.content.decode()
    assert "Similar resources" not in response.content.decode()
    assert "engine on fire" in caplog.text


def test_each_page_type_maps_to_the_document_that_stands_for_it(
    member, institution, home_page, trusted_member, thread_factory
):
    case_study = publish_case_study(author=member, institution=institution)
    deck = _ready_deck(member, title="Reels", description="", slug="reels")
    thread = thread_factory(trusted_member)

    assert document_of(case_study) == ("casestudies", str(case_study.pk))
    assert document_of(deck) == ("decks", f"{deck.pk}-0")
    assert document_of(thread) == ("threads", str(thread.pk))
