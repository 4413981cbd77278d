"""Editors and administrators manage the shared content from Wagtail's admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["slidedeck", "eventsession", "livecoveragepost", "audience"]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="casestudies",
        codename__in=[f"{verb}_{model}" for verb in ("add", "change", "delete") for model in MODELS],
    )
    for name in ("Editors", "Administrators"):
        Group.objects.get(name=name).permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0003_audiences"),
        ("network", "0002_roles_and_taxonomies"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
