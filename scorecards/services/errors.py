from django.core.exceptions import ValidationError


class Conflict(ValidationError):
    """Well-formed input that clashes with the current state: a double-booking, a closed loop, a submitted
    scorecard. The API answers 409; pages show the message like any other form error."""
