"""Safety first: reads each resident's message for danger or distress before anything else, and gives
emergency and helpline guidance (instead of a plan answer) or signposting (beside one)."""

from assistant.safety.guidance import Contact, Guidance, SafetyCheck
from assistant.safety.signposting import Signposting, SignpostingError, load_signposting

__all__ = ["Contact", "Guidance", "SafetyCheck", "Signposting", "SignpostingError", "load_signposting"]
