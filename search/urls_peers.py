from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views_peers

app_name = "peers"

urlpatterns = [
    path(_("search/peers/"), views_peers.find_peers, name="find_peers"),
]
