"""An organiser imports a whole programme from a CSV file: all of it, or nothing."""

import codecs
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from casestudies.models import EventSession
from network.roles import Role

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
HEADER = "title,date,start,end,room,track,speakers,external_speakers,abstract,video_url"


def _upload(client, event, content: bytes | str, *, replace=False, name="programme.csv"):
    if isinstance(content, str):
        content = content.encode()
    data = {"file": SimpleUploadedFile(name, content, content_type="text/csv")}
    if replace:
        data["replace"] = "on"
    return client.post(reverse("casestudies:programme_import", args=[event.pk]), data)


def _twenty_sessions(speaker_email: str) -> str:
    lines = [HEADER]
    for number in range(20):
        day = "2030-03-12" if number < 10 else "2030-03-13"
        hour = 9 + number % 10
        lines.append(
            f"Talk {number + 1},{day},{hour:02d}:00,{hour:02d}:45,Room {number % 3 + 1},"
            f"Track {number % 2 + 1},{speaker_email},Ada Moreau;Léa Tremblay,"
            f'"What we learned, in {number + 1} points",https://video.example/{number + 1}'
        )
    return "\n".join(lines) + "\n"


def test_organiser_imports_a_twenty_session_programme_that_shows_on_the_event_page(
    client, organiser, event, member_factory
):
    speaker = member_factory(email="nadia@museum.example", display_name="Nadia Benali")
    client.force_login(organiser)

    response = _upload(client, event, _twenty_sessions("Nadia@Museum.example"))

    assert response.status_code == 302
    assert event.sessions.count() == 20
    page = client.get(response["Location"])
    html = page.content.decode()
    assert "20 sessions imported." in html
    for number in range(1, 21):
        assert f"Talk {number}<" in html
    assert html.index("Tuesday 12 March 2030") < html.index("Wednesday 13 March 2030")
    first = event.sessions.get(title="Talk 1")
    assert first.starts_at == dt.datetime(2030, 3, 12, 9, 0, tzinfo=PARIS)
    assert first.ends_at == dt.datetime(2030, 3, 12, 9, 45, tzinfo=PARIS)
    assert list(first.speakers.all()) == [speaker]
    assert first.external_speakers == "Ada Moreau, Léa Tremblay"
    assert first.abstract == "What we learned, in 1 points"
    assert first.video_url == "https://video.example/1"
    assert speaker.get_absolute_url() in html


def test_several_bad_lines_are_each_reported_by_line_number_and_nothing_is_imported(
    client, organiser, event
):
    client.force_login(organiser)
    content = "\n".join(
        [
            HEADER,
            ",2030-03-12,09:00,10:00,,,,,,",
            "Keynote,2030-03-12,10:00,11:00,,,x@y.example,,,",
            "Fine session,2030-03-12,11:00,12:00,,,,,,",
            "Panel,12/03/2030,9h,11:00,,,,,,",
            "Workshop,2030-03-12,09:00,09:00,,,,,,",
            "Wrap-up,2030-03-13,10:30,09:00,,,,,,",
        ]
    )

    response = _upload(client, event, content)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Line 2: missing title." in html
    assert "Line 3: no member has the address x@y.example." in html
    assert "Line 4" not in html
    assert "Line 5: the date 12/03/2030 is not in the form YYYY-MM-DD." in html
    assert "Line 5: the start time 9h is not in the form HH:MM." in html
    assert "Line 6: the session ends when it starts (09:00)." in html
    assert "Line 7: the end time 09:00 is before the start time 10:30." in html
    assert "Nothing was imported" in html
    assert not EventSession.objects.exists()


def test_line_numbers_count_the_lines_of_a_quoted_multiline_abstract(client, organiser, event):
    client.force_login(organiser)
    content = (
        f"{HEADER}\n"
        'Opening,2030-03-12,09:00,09:30,,,,,"First line\nsecond line",\n'
        "Closing,2030-03-14,17:00,18:00,,,,,,\n"
    )

    response = _upload(client, event, content)

    assert "Line 4: 2030-03-14 is not a day of the event (2030-03-12 to 2030-03-13)." in (
        response.content.decode()
    )
    assert not EventSession.objects.exists()


def test_semicolon_separated_file_with_a_byte_order_mark_is_read(client, organiser, event):
    client.force_login(organiser)
    content = (
        "Title;Date;Start;End;Room\nCafé des publics;2030-03-12;14:00;15:30;Salle Jaune, 2e étage\n"
    )

    response = _upload(client, event, codecs.BOM_UTF8 + content.encode())

    assert response.status_code == 302
    session = event.sessions.get()
    assert session.title == "Café des publics"
    assert session.room == "Salle Jaune, 2e étage"


def test_replacing_the_programme_deletes_the_old_sessions_and_appending_keeps_them(
    client, organiser, event
):
    client.force_login(organiser)
    _upload(client, event, f"{HEADER}\nOld talk,2030-03-12,09:00,10:00,,,,,,\n")

    _upload(client, event, f"{HEADER}\nSecond talk,2030-03-12,10:00,11:00,,,,,,\n")
    assert sorted(event.sessions.values_list("title", flat=True)) == ["Old talk", "Second talk"]

    _upload(client, event, f"{HEADER}\nNew talk,2030-03-13,09:00,10:00,,,,,,\n", replace=True)
    assert list(event.sessions.values_list("title", flat=True)) == ["New talk"]


def test_a_failed_replacement_keeps_the_existing_programme(client, organiser, event):
    client.force_login(organiser)
    _upload(client, event, f"{HEADER}\nOld talk,2030-03-12,09:00,10:00,,,,,,\n")

    response = _upload(client, event, f"{HEADER}\n,2030-03-12,09:00,10:00,,,,,,\n", replace=True)

    assert "Line 2: missing title." in response.content.decode()
    assert list(event.sessions.values_list("title", flat=True)) == ["Old talk"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "This is not a CSV file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "This is a spreadsheet file, not a CSV file."),
        ("title,date,start,end\nCafé,2030-03-12,09:00,10:00\n".encode("latin-1"), "not in UTF-8"),
        (b"", "The submitted file is empty."),
        (b"name,when\nOpening,2030-03-12\n", "these required ones are missing: title, date"),
        (b"title,date,start,end,speaker\n", "unknown columns: speaker."),
        (b"title,date,start,end\n", "The file has a header row but no sessions."),
        (b'title,date,start,end\n"Open"ing,2030-03-12,09:00,10:00\n', "Line 2: this line is not"),
    ],
)
def test_a_file_that_is_not_a_programme_gets_a_clear_error(
    client, organiser, event, content, message
):
    client.force_login(organiser)

    response = _upload(client, event, content, name="programme.csv")

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EventSession.objects.exists()


def test_programmes_over_the_size_and_row_limits_are_refused(client, organiser, event):
    client.force_login(organiser)
    row = "Talk,2030-03-12,09:00,10:00\n"

    too_many = _upload(client, event, "title,date,start,end\n" + row * 1001)
    too_big = _upload(client, event, "title,date,start,end\n" + "x" * (2 * 1024 * 1024))

    assert "A programme has at most 1000 sessions; this file has 1001." in too_many.content.decode()
    assert "The file is larger than 2 MB." in too_big.content.decode()
    assert not EventSession.objects.exists()


def test_the_import_page_documents_the_columns(client, organiser, event):
    client.force_login(organiser)

    response = client.get(reverse("casestudies:programme_import", args=[event.pk]))

    html = response.content.decode()
    for column in ("title", "date", "start", "end", "speakers", "external_speakers", "video_url"):
        assert f"<code>{column}</code>" in html
    assert 'enctype="multipart/form-data"' in html


def test_only_the_events_organiser_may_import_its_programme(client, event, members_by_role):
    url = reverse("casestudies:programme_import", args=[event.pk])
    content = f"{HEADER}\nTalk,2030-03-12,09:00,10:00,,,,,,\n"

    anonymous = client.post(url, {"file": SimpleUploadedFile("p.csv", content.encode())})
    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]
    for role in (Role.MEMBER, Role.ORGANISER, Role.MODERATOR):
        client.force_login(members_by_role[role])
        assert client.get(url).status_code == 403
        assert _upload(client, event, content).status_code == 403
    assert not EventSession.objects.exists()

    client.force_login(members_by_role[Role.EDITOR])
    assert _upload(client, event, content).status_code == 302
    assert event.sessions.count() == 1
