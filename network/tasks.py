"""E-mails sent from the worker."""

from celery import shared_task

from .emails import send_member_email


@shared_task(name="network.email_notification")
def email_notification(notification_id: int) -> bool:
    from .models import Notification

    notification = (
        Notification.objects.select_related("recipient").filter(pk=notification_id).first()
    )
    if notification is None or not notification.recipient.is_active:
        return False
    send_member_email(
        notification.recipient, "network/email/notification", {"notification": notification}
    )
    return True
