"""E-mail backend for the embedded defaults."""

from django.core.mail.backends.console import EmailBackend as ConsoleBackend
from django.core.mail.backends.filebased import EmailBackend as FileBackend


class ConsoleAndFileEmailBackend(FileBackend):
    """Writes every message to var/mail/ and echoes it to the console.

    With no SMTP server configured a developer still sees the verification
    link in the terminal, and tests or scripts can read it from the file.
    """

    def send_messages(self, email_messages):
        sent = super().send_messages(email_messages)
        ConsoleBackend(fail_silently=self.fail_silently).send_messages(email_messages)
        return sent
