"""Everything that can be checked before a model is asked: a bad input fails fast, with nothing lost."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import InputError
from drafter.inputs.topic import Topic, load_topic
from drafter.inputs.transcript import Transcript, load_transcript
from drafter.panel.config import ModelSpec, Panel, load_panel


@dataclass
class Checked:
    topic: Topic
    panel: Panel
    hand: Transcript | None
    live: list[ModelSpec] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # role -> "offline" or the model key


def preflight(topic_path: Path, panel_path: Path | None, reference_docx: Path | None = None, *,
              style: str | None = None) -> Checked:
    topic = load_topic(topic_path)
    from drafter.write.column_templates import load_template

    # An unknown style fails now, not after asking; --style names it on the command line, not in the topic.
    load_template(style or topic.style, topic.lang, where="--style" if style else str(topic_path))
    if reference_docx is not None:
        check_reference_docx(reference_docx)
    panel = load_panel(panel_path)
    hand = load_transcript(topic.answers_path) if topic.answers_path else None
    hand_models = set(hand.models()) if hand else set()
    if not topic.panel and not hand_models:
        raise InputError(topic_path, "panel", "no models to ask and no hand-collected answers",
                         "add `panel: [deepseek, kimi]` or `answers: answers.yaml` to the front matter")
    live = [panel.spec(key, where=str(topic_path)) for key in topic.panel if key not in hand_models]
    roles = {role: ("+".join(s.key for s in specs) if (specs := panel.role_models(role)) else "offline")
             for role in ("planner", "analyst", "writer")}
    role_specs = [spec for role in ("planner", "analyst", "writer") for spec in panel.role_models(role)]
    if live or role_specs:
        from drafter.panel.keys import require_key

        for spec in {s.key: s for s in [*live, *role_specs]}.values():
            require_key(spec, panel.path or str(topic_path), search_dirs=[Path(topic_path).parent])
    return Checked(topic=topic, panel=panel, hand=hand, live=live, roles=roles)


def check_reference_docx(path: Path) -> None:
    """A house template must be a real Word document: found out now, not after every model has answered."""
    import zipfile

    if not path.is_file():
        raise InputError(path, "--reference-docx", "house template not found",
                         "pass the path of an existing .docx (or drop the option)")
    try:
        with zipfile.ZipFile(path) as archive:
            if "word/document.xml" not in archive.namelist():
                raise zipfile.BadZipFile("no word/document.xml")
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(path, "--reference-docx", f"not a Word .docx file ({exc})",
                         "save the house template as .docx from Word or LibreOffice") from exc


def check_out_dir(root: Path) -> None:
    """Make the out dir and prove it writable before a checkpoint database is opened in it."""
    import tempfile

    try:
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=root):
            pass
    except OSError as exc:
        raise InputError(root, "--out", f"cannot write to the output folder ({exc.strerror or exc})",
                         "pass --out with a folder you can write to") from exc
