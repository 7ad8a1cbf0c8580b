from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bulletin.errors import TemplateError
from bulletin.models import Item
from bulletin.text.render import render_script

BERLIN = ZoneInfo("Europe/Berlin")
AIR = datetime(2026, 11, 27, 14, tzinfo=BERLIN)


def item(text="Der Stadtrat hat getagt.", title="Stadtrat"):
    return Item(title=title, text=text, source="Stadtanzeiger", origin="x.txt", seconds=3.0)


def test_intro_items_outro_in_air_order_with_time_check():
    script = render_script([item("Erste Meldung."), item("Zweite Meldung.")], "Radio Test", AIR)
    assert [p.kind for p in script.parts] == ["intro", "item", "item", "outro"]
    intro = script.parts[0].text
    assert "Radio Test" in intro and "Es ist 14 Uhr." in intro and intro.startswith("Guten Tag")
    assert script.parts[1].text == "Erste Meldung." and script.parts[1].source == "Stadtanzeiger"
    assert "Radio Test" in script.parts[-1].text


@pytest.mark.parametrize("hour, greeting", [(4, "Guten Morgen"), (6, "Guten Morgen"), (12, "Guten Tag"), (21, "Guten Abend"),
                                            (0, "Guten Abend")])
def test_greeting_follows_the_air_hour(hour, greeting):
    script = render_script([item()], "R", AIR.replace(hour=hour))
    assert script.parts[0].text.startswith(greeting)


def test_article_text_with_template_syntax_is_read_not_evaluated():
    hostile = "Er schrieb {{ station }} und {% for x in range(3) %}x{% endfor %} ins Netz."
    script = render_script([item(hostile)], "Radio Test", AIR)
    assert script.parts[1].text == hostile


def test_user_folder_overrides_one_template(tmp_path):
    (tmp_path / "outro.j2").write_text("Ende der Nachrichten um {{ air.hour }} Uhr.\n", encoding="utf-8")
    script = render_script([item()], "Radio Test", AIR, str(tmp_path))
    assert script.parts[-1].text == "Ende der Nachrichten um 14 Uhr."
    assert "Radio Test" in script.parts[0].text  # built-in intro still used


def test_undefined_variable_in_user_template_is_one_clear_error(tmp_path):
    (tmp_path / "intro.j2").write_text("Hallo {{ sender }}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="sender") as caught:
        render_script([item()], "Radio Test", AIR, str(tmp_path))
    assert "intro.j2" in str(caught.value)


def test_syntax_error_names_file_and_line(tmp_path):
    (tmp_path / "item.j2").write_text("Zeile eins\n{{ item.text \n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"item.j2, line \d"):
        render_script([item()], "Radio Test", AIR, str(tmp_path))


def test_sandbox_blocks_attribute_tricks(tmp_path):
    (tmp_path / "intro.j2").write_text("{{ station.__class__.__mro__ }}\n", encoding="utf-8")
    with pytest.raises(TemplateError):
        render_script([item()], "Radio Test", AIR, str(tmp_path))
