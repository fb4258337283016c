"""English listings: a screening's day, time or channel in brackets after a title ("The Backcountry Tour
(Thursday)", "Cobalt Skies (Sat 8pm)", "Ghost Acre (BBC Two, 9pm)") is when and where it plays, never a performer
named after a part. The parenthesis rule of the credits reader ("Role (Actor)") would otherwise pair them."""

from __future__ import annotations

import re

_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\.?|today|tonight|tomorrow|weekdays|weekends|daily"
_TIME = r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h)?|noon|midnight"
_PART = r"matinee|afternoon|evening|night|morning|only|late|show|screening|and|&|at|from|till|until"
_MONTH = r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december"
_CHANNEL = (
    r"(?:bbc|itv|channel|sky|s4c|pbs|hbo|film4|more4|e4|cbs|nbc|abc|fox|amc|tcm|cnn|rte|rté|cbc|tvo|stv|utv|"
    r"netflix|hulu)(?:[ \t]+(?:one|two|three|four|hd|plus|cinema|arts|premiere|video|\+1|\d{1,3}))*(?![\w-])"
)
#: The whole bracket's content: a day, a time, a date, a channel, or several joined by commas.
_SLOT = re.compile(rf"(?i)(?:(?:{_DAY}|{_TIME}|{_PART}|{_MONTH}|\d{{1,2}}(?:st|nd|rd|th)?|{_CHANNEL})[\s,;/–-]*)+")


def is_slot(name: str) -> bool:
    """Whether ``name`` (a performer read from brackets) is a screening's day, time or channel."""
    value = name.strip()
    return bool(value) and _SLOT.fullmatch(value) is not None and any(ch.isalpha() for ch in value)
