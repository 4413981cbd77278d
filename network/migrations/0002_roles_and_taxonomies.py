"""Creates the five roles with their permissions, and the shared vocabularies."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TOPICS = [
    ("social-media-strategy", "Social-media strategy", "Stratégie sur les réseaux sociaux"),
    ("community-management", "Community management", "Community management"),
    ("editorial-planning", "Editorial planning", "Planification éditoriale"),
    ("live-coverage", "Live coverage of events", "Couverture en direct d'événements"),
    ("audience-development", "Audience development (including foreign-language tourists)",
     "Développement des publics (dont touristes non francophones)"),
    ("moderation", "Moderation and troll handling", "Modération et gestion des trolls"),
    ("crisis-communication", "Crisis communication", "Communication de crise"),
    ("digital-mediation", "Digital mediation", "Médiation numérique"),
    ("accessibility", "Accessibility", "Accessibilité"),
    ("analytics", "Analytics and evaluation", "Mesure et évaluation"),
    ("partnerships", "Partnerships and influencers", "Partenariats et influenceurs"),
    ("small-museums", "Small-museum / no-budget practice", "Petits musées / pratiques sans budget"),
]

PLATFORMS = [
    ("facebook", "Facebook", "Facebook"),
    ("instagram", "Instagram", "Instagram"),
    ("x", "X", "X"),
    ("tiktok", "TikTok", "TikTok"),
    ("youtube", "YouTube", "YouTube"),
    ("linkedin", "LinkedIn", "LinkedIn"),
    ("mastodon", "Mastodon", "Mastodon"),
    ("bluesky", "Bluesky", "Bluesky"),
    ("threads", "Threads", "Threads"),
    ("pinterest", "Pinterest", "Pinterest"),
    ("wechat", "WeChat", "WeChat"),
    ("weibo", "Weibo", "Weibo"),
    ("website", "Museum website or blog", "Site web ou blog du musée"),
    ("newsletter", "Newsletter", "Lettre d'information"),
]

ORGANISER = ["wagtailadmin.access_admin", "network.organise_events"]
MODERATOR = ["wagtailadmin.access_admin", "network.moderate_forums"]
EDITOR = [
    "wagtailadmin.access_admin",
    "network.verify_memberships",
    "network.add_topic", "network.change_topic", "network.delete_topic",
    "network.add_platform", "network.change_platform", "network.delete_platform",
    "network.add_institution", "network.change_institution",
]
ADMIN = sorted(set(ORGANISER + MODERATOR + EDITOR) | {
    "network.delete_institution", "network.change_member", "network.view_member",
})
ROLES = {
    "Members": [],
    "Event organisers": ORGANISER,
    "Moderators": MODERATOR,
    "Editors": EDITOR,
    "Administrators": ADMIN,
}


def create_roles_and_vocabularies(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        for code in codes:
            app_label, codename = code.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )

    Topic = apps.get_model("network", "Topic")
    for order, (slug, name_en, name_fr) in enumerate(TOPICS):
        Topic.objects.update_or_create(
            slug=slug, defaults={"name_en": name_en, "name_fr": name_fr, "sort_order": order}
        )
    Platform = apps.get_model("network", "Platform")
    for order, (slug, name_en, name_fr) in enumerate(PLATFORMS):
        Platform.objects.update_or_create(
            slug=slug, defaults={"name_en": name_en, "name_fr": name_fr, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0001_initial"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_roles_and_vocabularies, migrations.RunPython.noop),
    ]
