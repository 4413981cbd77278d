"""Members share case studies from the site; moderators approve or ask for changes."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from casestudies.models import CaseStudyPage
from network.models import Notification, Platform, Topic
from network.roles import Role

pytestmark = pytest.mark.django_db


def _form(institution, **overrides):
    data = {
        "language": "en",
        "title": "Calming a heated thread after a controversial exhibition",
        "summary": "How we answered 400 angry comments in a week without feeding the trolls.",
        "institutions": [institution.pk],
        "co_authors": "",
        "external_authors": "Dr. Ada Moreau",
        "period_start": 2024,
        "period_end": "",
        "topics": [Topic.objects.get(slug="moderation").pk],
        "platforms": [Platform.objects.get(slug="instagram").pk],
        "budget_band": "none",
        "team_size": "2-5",
        "licence": "cc-by-sa",
        "context": "An exhibition on colonial history drew **strong** reactions.",
        "goal": "Keep the conversation open and respectful.",
        "actions": "- A moderation charter\n- Answers within the hour",
        "results": "Fewer insults after three days.",
        "lessons": "Publish the charter *before* the storm.",
        "outcomes-TOTAL_FORMS": "2",
        "outcomes-INITIAL_FORMS": "0",
        "outcomes-0-label": "Comments hidden per day",
        "outcomes-0-before": "120",
        "outcomes-0-after": "15",
        "outcomes-0-unit": "comments",
        "outcomes-1-label": "",
        "resources-TOTAL_FORMS": "1",
        "resources-INITIAL_FORMS": "0",
        "resources-0-title": "Our moderation charter",
        "resources-0-url": "https://museum.example/charter",
        "action": "draft",
    }
    data.update(overrides)
    return data


@pytest.fixture
def author(member_factory, institution, membership_factory):
    person = member_factory(display_name="Nadia Benali")
    membership_factory(member=person, institution=institution)
    return person


@pytest.fixture
def moderator(member_factory):
    return member_factory(display_name="Mod Erator", role=Role.MODERATOR)


def _submit(client, author, institution, django_capture_on_commit_callbacks, **overrides):
    client.force_login(author)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("casestudies:case_study_new"), _form(institution, action="submit", **overrides)
        )
    return response, CaseStudyPage.objects.get(
        title=overrides.get("title", _form(institution)["title"])
    )


def test_member_saves_a_draft_that_only_they_can_see(client, author, institution, member_factory):
    client.force_login(author)

    response = client.post(reverse("casestudies:case_study_new"), _form(institution))

    page = CaseStudyPage.objects.get()
    assert response.status_code == 302
    assert not page.live
    assert client.get(reverse("casestudies:case_study_preview", args=[page.pk])).status_code == 200
    client.force_login(member_factory())
    assert client.get(reverse("casestudies:case_study_preview", args=[page.pk])).status_code == 403
    assert client.get(reverse("casestudies:case_study_edit", args=[page.pk])).status_code == 403


def test_preview_shows_the_draft_rendered_with_its_outcomes(client, author, institution):
    client.force_login(author)
    response = client.post(
        reverse("casestudies:case_study_new"), _form(institution, action="preview"), follow=True
    )

    page = response.content.decode()
    assert "Preview: this version is not published." in page
    assert "<strong>strong</strong>" in page
    assert "Comments hidden per day" in page
    assert "-88 %" in page


def test_moderator_approves_and_the_case_study_appears_on_profile_institution_and_index(
    client, author, institution, moderator, django_capture_on_commit_callbacks
):
    _response, page = _submit(client, author, institution, django_capture_on_commit_callbacks)
    assert not page.live
    assert Notification.objects.filter(recipient=moderator, kind="casestudy_submitted").exists()

    client.force_login(moderator)
    queue = client.get(reverse("casestudies:moderation_queue")).content.decode()
    assert page.title in queue
    state = page.current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("casestudies:moderation_decide", args=[state.pk]), {"decision": "approve"}
        )

    page.refresh_from_db()
    assert page.live
    assert page.title in client.get(author.get_absolute_url()).content.decode()
    assert page.title in client.get(institution.get_absolute_url()).content.decode()
    assert page.title in client.get(page.get_parent().url).content.decode()
    assert client.get(page.url).status_code == 200
    feeds = [
        reverse("casestudies:feed_all_rss"),
        reverse("casestudies:feed_all_atom"),
        reverse("casestudies:feed_topic_rss", args=["moderation"]),
        reverse("casestudies:feed_institution_atom", args=[institution.slug]),
    ]
    for feed in feeds:
        assert page.title in client.get(feed).content.decode(), feed
    assert Notification.objects.filter(recipient=author, kind="casestudy_published").exists()
    assert any(author.email in m.to and page.title in m.subject for m in mail.outbox)


def test_moderator_asks_for_changes_with_a_comment_and_the_author_is_told(
    client, author, institution, moderator, django_capture_on_commit_callbacks
):
    _response, page = _submit(client, author, institution, django_capture_on_commit_callbacks)
    state = page.current_workflow_task_state
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("casestudies:moderation_decide", args=[state.pk]),
            {"decision": "changes", "comment": "Please add your follower figures."},
        )

    page.refresh_from_db()
    assert not page.live
    notice = Notification.objects.get(recipient=author, kind="casestudy_changes_requested")
    assert notice.params["comment"] == "Please add your follower figures."
    assert "Please add your follower figures." in mail.outbox[-1].body
    client.force_login(author)
    edit_page = client.get(reverse("casestudies:case_study_edit", args=[page.pk])).content.decode()
    assert "Please add your follower figures." in edit_page


def test_asking_for_changes_without_a_comment_is_refused(
    client, author, institution, moderator, django_capture_on_commit_callbacks
):
    _response, page = _submit(client, author, institution, django_capture_on_commit_callbacks)
    client.force_login(moderator)

    response = client.post(
        reverse("casestudies:moderation_decide", args=[page.current_workflow_task_state.pk]),
        {"decision": "changes", "comment": "  "},
        follow=True,
    )

    assert "Tell the authors what should change." in response.content.decode()
    assert page.current_workflow_task_state.status == "in_progress"


def test_plain_member_cannot_moderate(
    client, author, institution, member_factory, django_capture_on_commit_callbacks
):
    _response, page = _submit(client, author, institution, django_capture_on_commit_callbacks)
    client.force_login(member_factory())

    queue = client.get(reverse("casestudies:moderation_queue"))
    decide = client.post(
        reverse("casestudies:moderation_decide", args=[page.current_workflow_task_state.pk]),
        {"decision": "approve"},
    )

    assert queue.status_code == 403
    assert decide.status_code == 403
    page.refresh_from_db()
    assert not page.live


def test_editing_a_published_case_study_keeps_the_live_text_until_the_new_revision_is_approved(
    client, author, institution, moderator, django_capture_on_commit_callbacks
):
    _response, page = _submit(client, author, institution, django_capture_on_commit_callbacks)
    client.force_login(moderator)
    client.post(
        reverse("casestudies:moderation_decide", args=[page.current_workflow_task_state.pk]),
        {"decision": "approve"},
    )

    client.force_login(author)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("casestudies:case_study_edit", args=[page.pk]),
            _form(
                institution, action="submit", summary="A new summary after one year.", language=""
            ),
        )
    page.refresh_from_db()
    assert "A new summary" not in client.get(page.url).content.decode()
    assert page.current_workflow_state.status == "in_progress"

    client.force_login(moderator)
    client.post(
        reverse("casestudies:moderation_decide", args=[page.current_workflow_task_state.pk]),
        {"decision": "approve"},
    )
    assert "A new summary after one year." in client.get(page.url).content.decode()


def test_french_translation_is_linked_both_ways(
    client, author, institution, moderator, django_capture_on_commit_callbacks
):
    _response, page = _submit(client, author, institution, django_capture_on_commit_callbacks)
    client.force_login(moderator)
    client.post(
        reverse("casestudies:moderation_decide", args=[page.current_workflow_task_state.pk]),
        {"decision": "approve"},
    )
    client.force_login(author)

    response = client.post(reverse("casestudies:case_study_translate", args=[page.pk]))
    french = CaseStudyPage.objects.get(locale__language_code="fr")
    client.post(
        response["Location"],
        _form(institution, action="submit", title="Apaiser un fil de discussion", language=""),
    )
    client.force_login(moderator)
    client.post(
        reverse("casestudies:moderation_decide", args=[french.current_workflow_task_state.pk]),
        {"decision": "approve"},
    )

    french.refresh_from_db()
    assert french.translation_key == page.translation_key
    assert french.url.startswith("/fr/")
    assert french.url in client.get(page.url).content.decode()
    assert page.url in client.get(french.url).content.decode()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": ""}, "title"),
        ({"summary": "x" * 301}, "summary"),
        ({"topics": []}, "topics"),
        ({"period_start": 2024, "period_end": 2020}, "period_end"),
        ({"co_authors": "nobody@example.org"}, "co_authors"),
        ({"institutions": []}, "institutions"),
    ],
)
def test_bad_input_gets_a_clear_error_keeps_what_was_typed_and_saves_nothing(
    client, author, institution, overrides, field
):
    client.force_login(author)

    response = client.post(reverse("casestudies:case_study_new"), _form(institution, **overrides))

    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert "Keep the conversation open and respectful." in response.content.decode()
    assert not CaseStudyPage.objects.exists()


def test_cover_image_needs_a_description_and_must_really_be_an_image(client, author, institution):
    client.force_login(author)
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), (200, 80, 40)).save(buffer, format="PNG")
    picture = SimpleUploadedFile("cover.png", buffer.getvalue(), "image/png")
    fake = SimpleUploadedFile("cover.png", b"<html><script>alert(1)</script></html>", "image/png")

    without_alt = client.post(
        reverse("casestudies:case_study_new"), {**_form(institution), "cover_image": picture}
    )
    not_an_image = client.post(
        reverse("casestudies:case_study_new"),
        {**_form(institution), "cover_image": fake, "cover_alt": "A gallery"},
    )

    assert without_alt.context["form"].errors["cover_alt"]
    assert not_an_image.context["form"].errors["cover_image"]
    assert not CaseStudyPage.objects.exists()


def test_scripts_in_the_text_are_never_rendered(client, author, institution, moderator):
    client.force_login(author)
    client.post(
        reverse("casestudies:case_study_new"),
        _form(
            institution,
            action="submit",
            title="<script>alert('title')</script>",
            context=(
                '<script>alert(1)</script><img src=x onerror="alert(2)"> [x](javascript:alert(3))'
            ),
        ),
    )
    page = CaseStudyPage.objects.get()
    client.force_login(moderator)
    client.post(
        reverse("casestudies:moderation_decide", args=[page.current_workflow_task_state.pk]),
        {"decision": "approve"},
    )

    html = client.get(CaseStudyPage.objects.get().url).content.decode()

    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert 'href="javascript' not in html
