"""The audiences a case study can be aimed at, labelled in both languages."""

from django.db import migrations

AUDIENCES = [
    ("families", "Families", "Familles"),
    ("school-groups", "School groups", "Groupes scolaires"),
    ("students", "Students", "Étudiants"),
    ("tourists", "Tourists, including foreign-language visitors", "Touristes, dont visiteurs étrangers"),
    ("local-community", "Local community", "Habitants et communauté locale"),
    ("young-adults", "Young adults", "Jeunes adultes"),
    ("seniors", "Seniors", "Seniors"),
    ("people-with-disabilities", "People with disabilities", "Personnes en situation de handicap"),
    ("professionals", "Museum and heritage professionals", "Professionnels des musées et du patrimoine"),
    ("researchers", "Researchers", "Chercheurs"),
    ("members-donors", "Members and donors", "Amis du musée et mécènes"),
    ("online-audiences", "Online-only audiences", "Publics exclusivement en ligne"),
]


def create_audiences(apps, schema_editor):
    Audience = apps.get_model("casestudies", "Audience")
    for order, (slug, name_en, name_fr) in enumerate(AUDIENCES):
        Audience.objects.update_or_create(
            slug=slug, defaults={"name_en": name_en, "name_fr": name_fr, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("casestudies", "0002_case_studies_decks_events")]

    operations = [migrations.RunPython(create_audiences, migrations.RunPython.noop)]
