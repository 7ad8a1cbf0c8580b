"""The render stage: Jinja2 templates turn items into the script (intro, items, outro).

Templates are plain text. Article text only ever arrives as a variable, so "{{ ... }}" inside an
article is read as text and never evaluated; the sandbox and StrictUndefined catch template mistakes.
A user folder (setting `templates`) overrides any of intro.j2, item.j2, outro.j2.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from bulletin.errors import TemplateError
from bulletin.models import Item, Part, Script
from bulletin.speech.normalize import normalize
from bulletin.text.script_file import script_with_items

if TYPE_CHECKING:
    from bulletin.speech.normalize.lexicon import Lexicon

TEMPLATE_NAMES = ("intro.j2", "item.j2", "outro.j2")


def environment(user_folder: str = "") -> SandboxedEnvironment:
    loaders: list[jinja2.BaseLoader] = []
    if user_folder:
        loaders.append(jinja2.FileSystemLoader(user_folder))
    loaders.append(jinja2.PackageLoader("bulletin", "templates"))
    return SandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )


def greeting(air: datetime) -> str:
    if 4 <= air.hour < 10:  # the 4 o'clock news is for early risers, not night owls
        return "Guten Morgen"
    if 10 <= air.hour < 18:
        return "Guten Tag"
    return "Guten Abend"


def render_script(items: Sequence[Item], station: str, air: datetime, user_folder: str = "") -> Script:
    env = environment(user_folder)
    context = {"station": station, "air": air, "greeting": greeting(air), "items": list(items),
               "count": len(items)}
    parts = [Part(kind="intro", text=_render(env, "intro.j2", context))]
    for number, item in enumerate(items, start=1):
        text = _render(env, "item.j2", {**context, "item": item, "number": number})
        parts.append(Part(kind="item", text=text, title=item.title, source=item.source,
                          seconds=item.seconds, origin=item.origin, notes=item.notes))
    parts.append(Part(kind="outro", text=_render(env, "outro.j2", context)))
    return Script(parts=tuple(p for p in parts if p.text))


@dataclass(frozen=True)
class Rendered:
    """A script, and what rendering it warned about."""

    script: Script
    warnings: tuple[str, ...] = ()


def guard_frame(script: Script) -> Rendered:
    """The last guard for the station's own parts too: a template that puts an e-mail address or a
    phone number in the intro or outro gets a warning, and that sentence is not read."""
    from bulletin.text.clean import guard_text

    parts, warnings = [], []
    for part in script.parts:
        text, removed = (part.text, []) if part.kind == "item" else guard_text(part.text)
        for sentence in removed:
            message = f"{part.kind} template: left out {sentence[:80]!r} (payment or contact data, a link)"
            if message not in warnings:
                warnings.append(message)
        if text.strip():
            parts.append(dataclasses.replace(part, text=text) if removed else part)
    return Rendered(Script(parts=tuple(parts)), tuple(warnings))


def _render(env: SandboxedEnvironment, name: str, context: dict) -> str:
    try:
        template = env.get_template(name)
        text = template.render(context)
    except jinja2.TemplateNotFound:
        raise TemplateError(f"template {name} not found in the user folder or the package") from None
    except jinja2.TemplateSyntaxError as err:
        raise TemplateError(f"{err.filename or name}, line {err.lineno}: {err.message}") from None
    except (jinja2.UndefinedError, jinja2.exceptions.SecurityError, TypeError) as err:
        where = getattr(template, "filename", None) or name
        raise TemplateError(f"{where}: {err}; variables are station, air, greeting, items, count, "
                            "and item, number in item.j2") from None
    return " ".join(text.split())  # one paragraph per part: template line breaks are layout only


@dataclass(frozen=True)
class Renderer:
    """The render stage: a choice of items -> the script, from the templates with the station's own
    parts through the last guard, or inside an edited script's own intro and outro (`frame`). Each
    part carries its spoken form as the first voice reads it: fitting estimates lengths from it (the
    speaker normalizes again for the voice that speaks)."""

    station: str
    air: datetime
    templates: str = ""
    lexicon: Lexicon | None = None  # the first voice's
    frame: Script | None = None

    def __call__(self, items: Sequence[Item]) -> Script:
        script = self.written(items).script
        return Script(parts=tuple(dataclasses.replace(p, spoken=normalize(p.text, self.lexicon))
                                  for p in script.parts))

    def written(self, items: Sequence[Item]) -> Rendered:
        """The written script, and what the last guard took from the station's own parts."""
        if self.frame is not None:
            return Rendered(script_with_items(self.frame, items))
        return guard_frame(render_script(items, self.station, self.air, self.templates))
