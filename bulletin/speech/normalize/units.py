"""Rules for units, signs and ranges: "90 km/h", "-3 °C", "65.000 km²", "l/m²", "10-12", "±2".

Units are written out only after a number ("5 m", not the letter m in a name); the number itself is
left for the number rules, which then say "ein Kilometer", "eine Tonne", "minus drei Grad".
A newsreader says "Grad", not "Grad Celsius", and "Kilometer pro Stunde".
"""

from __future__ import annotations

import re

from bulletin.speech.normalize.numbers import NUM, ends_sentence

# symbol -> (singular, plural); most units do not change in the plural.
_UNITS: dict[str, tuple[str, str]] = {}
for _symbols, _singular, _plural in (
    ("km", "Kilometer", ""), ("m", "Meter", ""), ("cm", "Zentimeter", ""), ("mm", "Millimeter", ""),
    ("µm μm", "Mikrometer", ""), ("km² qkm", "Quadratkilometer", ""), ("m² qm", "Quadratmeter", ""),
    ("cm²", "Quadratzentimeter", ""), ("m³", "Kubikmeter", ""), ("cm³ ccm", "Kubikzentimeter", ""),
    ("ha", "Hektar", ""), ("kg", "Kilogramm", ""), ("g", "Gramm", ""), ("mg", "Milligramm", ""),
    ("t", "Tonne", "Tonnen"), ("l", "Liter", ""), ("ml", "Milliliter", ""), ("hl", "Hektoliter", ""),
    ("km/h", "Kilometer pro Stunde", ""), ("m/s", "Meter pro Sekunde", ""),
    ("mph", "Meile pro Stunde", "Meilen pro Stunde"), ("kn", "Knoten", ""),
    ("h Std.", "Stunde", "Stunden"), ("min Min.", "Minute", "Minuten"), ("s Sek.", "Sekunde", "Sekunden"),
    ("ms", "Millisekunde", "Millisekunden"),
    ("Wh", "Wattstunde", "Wattstunden"), ("kWh kwh", "Kilowattstunde", "Kilowattstunden"),
    ("MWh mwh", "Megawattstunde", "Megawattstunden"), ("GWh gwh", "Gigawattstunde", "Gigawattstunden"),
    ("TWh twh", "Terawattstunde", "Terawattstunden"),
    ("W", "Watt", ""), ("kW", "Kilowatt", ""), ("MW", "Megawatt", ""), ("GW", "Gigawatt", ""),
    ("V", "Volt", ""), ("kV", "Kilovolt", ""), ("mV mv", "Millivolt", ""),
    ("Hz", "Hertz", ""), ("kHz", "Kilohertz", ""), ("MHz", "Megahertz", ""), ("GHz", "Gigahertz", ""),
    ("hPa", "Hektopascal", ""), ("dB", "Dezibel", ""), ("ft", "Fuß", ""),
    ("kB", "Kilobyte", ""), ("MB", "Megabyte", ""), ("GB", "Gigabyte", ""), ("TB", "Terabyte", ""),
    ("Mbit/s", "Megabit pro Sekunde", ""), ("Gbit/s", "Gigabit pro Sekunde", ""),
    ("ct", "Cent", ""), ("°C ° Grad", "Grad", ""), ("°F", "Grad Fahrenheit", ""),
    ("l/100_km l/100km Liter/100_km", "Liter auf hundert Kilometer", ""),  # "_": a space in the symbol
):
    for _symbol in _symbols.split():
        _UNITS[_symbol.replace("_", " ")] = (_singular, _plural or _singular)

_UNIT_ALT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
# A unit right after a number (and what a range or a per-unit adds: "8 bis 11 °C", "l/m²").
_AFTER_NUMBER = re.compile(rf"(\d|[Mm]illion(?:en)? |[Mm]illiarden? )\s?({_UNIT_ALT})(?:/({_UNIT_ALT}))?"
                           r"(?:(?<!\.)(?![\w²³/])|(?<=\.)(?!\w))")
# A unit inside a compound: "15-TB-SSD" -> "15 Terabyte-SSD", "100-km/h-Schild". Scanned for the
# hyphen; the number before it is checked in Python.
_COMPOUND = re.compile(rf"-({_UNIT_ALT})-(?=[A-ZÄÖÜa-zäöü])")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])(\d+)$")


def _in_compound(match: re.Match) -> str:
    number = _NUMBER_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
    if not number:
        return match.group(0)
    return f" {_UNITS[match.group(1)][number.group(1) != '1']}-"
_PER = re.compile(r"(?<=[\w\d])\s?/\s?(km²|m²|qm|h|km|kg|l|Jahr|Monat|Tag|Kopf)(?![\w²])")
_PER_WORDS = {"km²": "Quadratkilometer", "m²": "Quadratmeter", "qm": "Quadratmeter", "h": "Stunde",
              "km": "Kilometer", "kg": "Kilogramm", "l": "Liter"}
_ONE = re.compile(r"(?<![\d.,])1\s?$")
# Metres and centimetres the way a level or a height is said: '7,45 m' -> '7 Meter 45'.
_METRES = re.compile(r"(?<![\w.,:/-])(\d{1,3}),(\d\d)\s?m(?![\w²³/])")
# A unit symbol with no number before it: "pro m²", "je kg", "bei km 12" (a road's kilometre mark).
_BARE = re.compile(r"\b(pro |je |(?<![.,/])(?=km \d))(km²|m²|qm|km|kg|h|l)(?![\w²])")


def units(text: str) -> str:
    """'90 km/h' -> '90 Kilometer pro Stunde', '-3 °C' -> '-3 Grad', '1 t' -> '1 Tonne', '2 t' ->
    '2 Tonnen', '5 l/m²' -> '5 Liter pro Quadratmeter', '42259 /m²' -> '42259 pro Quadratmeter',
    '11 € pro m²' -> '11 € pro Quadratmeter', 'bei km 12' -> 'bei Kilometer 12', '15-TB-SSD' -> '15
    Terabyte-SSD'; 'iPhone 4s' stays (seconds have a space: '7,5 s')."""
    def read(match: re.Match) -> str:
        number, symbol, per = match.groups()
        if symbol == "s" and not match.group(0)[len(number):].startswith(" "):
            return match.group(0)  # "iPhone 4s" is no time: seconds are written with a space
        singular, plural = _UNITS[symbol]
        one = _ONE.search(match.string[max(0, match.start() - 12):match.start() + 1])
        spoken = number + " " + (singular if one else plural)
        if per:
            spoken += " pro " + _UNITS[per][0]
        if symbol.endswith(".") and ends_sentence(match.string[match.end():match.end() + 30]):
            spoken += "."  # "nach 5 Min. Die ..." keeps its sentence end
        return spoken

    text = _COMPOUND.sub(_in_compound, text)
    text = _METRES.sub(lambda m: f"{'ein' if m.group(1) == '1' else m.group(1)} Meter "
                              f"{int(m.group(2)) or ''}".rstrip(), text)
    text = _AFTER_NUMBER.sub(read, text)
    text = _PER.sub(lambda m: f" pro {_PER_WORDS.get(m.group(1), m.group(1))}", text)
    return _BARE.sub(lambda m: m.group(1) + _PER_WORDS[m.group(2)], text)


_RANGE = re.compile(rf"(?<![\w.,:/-])({NUM}(?:,\d+)?)\s?[-–]\s?([-−]?{NUM}(?:,\d+)?)(?![\w-]|[.,:]\d)")


def ranges(text: str) -> str:
    """'10-12' -> '10 bis 12', '8–11 Grad' -> '8 bis 11 Grad' (the numbers are read later).
    Not in a compound ('10-12-jährige'), a date, a time or a score: those rules ran before."""
    return _RANGE.sub(lambda m: f"{m.group(1)} bis {m.group(2)}", text)


# (a character the text must contain, pattern, spoken): the cheap `in` test skips most texts.
_SYMBOL_WORDS = (
    ("§", re.compile(r"§§\s?"), "Paragrafen "), ("§", re.compile(r"§\s?"), "Paragraf "),
    ("&", re.compile(r"(?<=\s)&(?=\s)"), "und"), ("~", re.compile(r"(?<![\w.,])~\s?(?=\d)"), "zirka "),
    ("±", re.compile(r"(?<![\w.,])±\s?(?=\d)"), "plus minus "),
    ("x", re.compile(r"(?<=\d)\s?x\s?(?=\d)"), " mal "), ("×", re.compile(r"(?<=\d)\s?×\s?(?=\d)"), " mal "),
)


def symbols(text: str) -> str:
    """'§ 218' -> 'Paragraf 218', 'Bund & Länder' -> 'Bund und Länder', '~300' -> 'circa 300',
    '±2' -> 'plus minus 2', '3 x 4' -> '3 mal 4'."""
    for char, pattern, spoken in _SYMBOL_WORDS:
        if char in text:
            text = pattern.sub(spoken, text)
    return text
