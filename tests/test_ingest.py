import pytest

from bulletin.errors import InputError
from bulletin.ingest import collect
from bulletin.ingest.text import read_markdown, read_text, strip_markdown


def test_txt_headline_and_blank_line_paragraphs(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\n\n  Überschrift mit Umlauten  \n\nErster Absatz,\nzweite Zeile.\n\nZweiter Absatz.\n",
                    encoding="utf-8")
    article = read_text(path)
    assert article.title == "Überschrift mit Umlauten"
    assert article.paragraphs == ("Erster Absatz,\nzweite Zeile.", "Zweiter Absatz.")
    assert article.origin == str(path)


def test_txt_without_blank_lines_has_one_paragraph_per_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Titel\nErste Zeile.\nZweite Zeile.\n", encoding="utf-8")
    assert read_text(path).paragraphs == ("Erste Zeile.", "Zweite Zeile.")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_umlauts_survive_every_encoding(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes("Straßenbau in Köln\n\nDie Bürger äußern Größe.\n".encode(encoding))
    article = read_text(path)
    assert article.title == "Straßenbau in Köln"
    assert article.paragraphs == ("Die Bürger äußern Größe.",)


def test_markdown_front_matter_and_markup(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\nsource: NBC News\npriority: 2\npublished: 2026-11-27T10:15+01:00\n---\n"
                    "# Die Überschrift\n\nText mit **fett** und [Link](https://example.org).\n\n## Zwischentitel\n"
                    "\n- Punkt eins\n", encoding="utf-8")
    article = read_markdown(path)
    assert article.title == "Die Überschrift"
    assert article.source == "NBC News" and article.priority == 2
    assert article.published.isoformat() == "2026-11-27T10:15:00+01:00"
    assert article.paragraphs == ("Text mit fett und Link.", "Zwischentitel", "Punkt eins")


@pytest.mark.parametrize("front, message", [
    ("priority: hoch", "priority"),
    ("published: gestern", "published"),
    ("autor: X", "front matter"),
])
def test_bad_front_matter_is_named(tmp_path, front, message):
    path = tmp_path / "a.md"
    path.write_text(f"---\n{front}\n---\n# T\n\nText.\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        read_markdown(path)
    assert str(path) in str(caught.value)


def test_unclosed_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\nsource: X\n# T\n\nText.\n", encoding="utf-8")
    with pytest.raises(InputError, match="never ends"):
        read_markdown(path)


def test_strip_markdown_keeps_text():
    assert strip_markdown("> Ein *Zitat* mit `Code` und ![Bild](x.png)") == "Ein Zitat mit Code und Bild"


def test_folder_sorted_hidden_skipped_and_bad_files_warned(tmp_path):
    (tmp_path / "b.txt").write_text("Bravo\n\nText B.\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("# Alpha\n\nText A.\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Versteckt\n\nNie lesen.\n", encoding="utf-8")
    (tmp_path / "bild.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "leer.txt").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "binär.txt").write_bytes(b"\x00\x01\x02" * 100)
    sub = tmp_path / "unterordner"
    sub.mkdir()
    (sub / "c.txt").write_text("Charlie\n\nText C.\n", encoding="utf-8")
    collected = collect([str(tmp_path)])
    articles, warnings = collected.articles, collected.warnings
    assert [a.title for a in articles] == ["Alpha", "Bravo", "Charlie"]
    assert len(warnings) == 3
    assert any("bild.jpg" in w and "unsupported" in w for w in warnings)
    assert any("leer.txt" in w and "empty" in w for w in warnings)
    assert any("binär.txt" in w and "binary" in w for w in warnings)


def test_missing_input_is_an_error_naming_it(tmp_path):
    with pytest.raises(InputError, match="nicht-da"):
        collect([str(tmp_path / "nicht-da")])


def test_headline_only_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Nur eine Überschrift\n", encoding="utf-8")
    collected = collect([str(tmp_path)])
    articles, warnings = collected.articles, collected.warnings
    assert articles == [] and "no text" in warnings[0]
