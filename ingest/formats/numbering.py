"""List numbers as documents print them: letters (a, b, ... z, aa) and roman numerals."""

from __future__ import annotations

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def letters(value: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa (as Word and browsers count); value must be positive."""
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def roman(value: int) -> str:
    """1 -> i, 4 -> iv, 1999 -> mcmxcix; value must be 1 to 3999."""
    out = ""
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        out += numeral * count
    return out
