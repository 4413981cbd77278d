"""The two categories every installation needs, and who may manage categories."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CATEGORIES = [
    {
        "slug": "discussions",
        "name_en": "Discussions of shared content",
        "name_fr": "Discussions des contenus partagés",
        "description_en": "Each case study, slide deck and event session has its thread here.",
        "description_fr": "Chaque étude de cas, support et session d'événement a son fil ici.",
        "access": "everyone",
        "is_discussion_home": True,
        "sort_order": 90,
    },
    {
        "slug": "moderators-room",
        "name_en": "Moderators' room",
        "name_fr": "Salle des modérateurs",
        "description_en": "Where moderators agree on how to handle difficult threads.",
        "description_fr": "Là où les modérateurs s'accordent sur les fils difficiles.",
        "access": "moderators",
        "is_discussion_home": False,
        "sort_order": 99,
    },
]


def create(apps, schema_editor):
    Category = apps.get_model("forums", "Category")
    for values in CATEGORIES:
        Category.objects.update_or_create(slug=values["slug"], defaults=values)
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="forums",
        codename__in=["add_category", "change_category", "delete_category"],
    )
    for name in ("Editors", "Administrators"):
        Group.objects.get(name=name).permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("forums", "0001_initial"),
        ("network", "0002_roles_and_taxonomies"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
