"""drafter's command line. Heavy libraries are imported inside commands so `drafter --help` is instant."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import sys
from pathlib import Path
from typing import Any

import click

from drafter.errors import EXIT_BAD_INPUT, DrafterError, output_error

_EXISTING = click.Path(exists=False, dir_okay=True, path_type=Path)


class DrafterGroup(click.Group):
    """Turns a DrafterError into one line on stderr and its exit code; --debug shows the traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DrafterError as exc:
            if ctx.meta.get("drafter.debug"):
                raise
            click.echo(f"drafter: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("drafter: interrupted. Answers so far are saved; run the same command again to resume.",
                       err=True)
            ctx.exit(130)
        except (OSError, sqlite3.Error) as exc:
            # A read-only or full output folder, or a locked checkpoint database: one line, not a traceback.
            if ctx.meta.get("drafter.debug"):
                raise
            click.echo(f"drafter: error: {_environment_error(exc)}", err=True)
            ctx.exit(EXIT_BAD_INPUT)


def _environment_error(exc: OSError | sqlite3.Error) -> str:
    """One line for an error of the machine rather than of an input file, with the fix."""
    if isinstance(exc, sqlite3.Error):
        return (f"checkpoints.sqlite (in the output folder): cannot use the checkpoint database: {exc} "
                "(fix: make the output folder writable, or choose another with --out; "
                "if another drafter run uses this folder, wait for it to finish)")
    return output_error(exc.filename or "output folder", exc, "to it").one_line()


@click.group(cls=DrafterGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="drafter")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Ask a panel of AI models, map where they disagree, and draft a column that quotes them verbatim."""
    ctx.meta["drafter.debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="drafter: %(levelname)s: %(message)s", stream=sys.stderr)
    for noisy in ("httpx", "httpcore", "openai", "aiosqlite"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


@cli.command()
@click.argument("topic", type=_EXISTING)
@click.option("--panel", "panel", type=_EXISTING, help="Panel config (TOML): models, keys, roles.")
@click.option("--out", "out_dir", type=_EXISTING, help="Output folder (default: out/<slug>/).")
@click.option("--fresh", is_flag=True, help="Ask every model again, ignoring saved answers.")
@click.option("--review", is_flag=True, help="Pause after planning and after analysis for the author.")
@click.option("--questions-file", type=_EXISTING, help="Reviewed questions (YAML list) for --review.")
@click.option("--analysis-file", type=_EXISTING, help="Reviewed analysis.json for --review.")
@click.option("--reply", is_flag=True, help="Right of reply: contradicting models answer each other.")
@click.option("--reference-docx", type=_EXISTING, help="Take Word styles from this house template.")
@click.option("--style", help="Column template (columnist, op-ed, briefing, columnist-trad…); overrides the topic's.")
@click.option("--press", type=click.IntRange(min=1), is_flag=False, flag_value=1, default=None,
              help="Ask each model that dodged one follow-up (or N rounds); also `press: true` in the topic.")
@click.option("--samples", type=click.IntRange(min=1), default=1, show_default=True,
              help="Ask every model each question N times; report how stable each position is.")
@click.option("--also-ask", type=click.Choice(["zh", "en"]), help="Ask the questions again in this language.")
@click.option("--dry-run", is_flag=True, help="Print the calls, estimated tokens and cost; ask nothing.")
@click.option("-q", "--quiet", is_flag=True, help="No progress display.")
def draft(topic: Path, panel: Path | None, out_dir: Path | None, fresh: bool, review: bool,
          questions_file: Path | None, analysis_file: Path | None, reply: bool,
          reference_docx: Path | None, style: str | None, press: int | None, samples: int, also_ask: str | None,
          dry_run: bool, quiet: bool) -> None:
    """Draft a column from TOPIC.md: plan, ask the panel, analyze, write, verify, export."""
    from drafter.workflow.runner import RunOptions, run_draft

    options = RunOptions(topic_path=topic, panel_path=panel, out_dir=out_dir, fresh=fresh, review=review,
                         reply=reply, reference_docx=reference_docx, progress=not quiet, style=style,
                         questions_file=questions_file, analysis_file=analysis_file,
                         press=press or 0, samples=samples, also_ask=also_ask)
    if dry_run:
        from drafter.workflow.dry_run import dry_run as print_dry_run

        click.echo(print_dry_run(options))
        return
    result = asyncio.run(run_draft(options))
    again = f"drafter draft {topic}" + (f" --panel {panel}" if panel else "") + (f" --out {out_dir}" if out_dir else "")
    # the same interrogation options on resume: the run's context is given again with every resume
    again += (f" --press {press}" if press else "") + (f" --samples {samples}" if samples > 1 else "") + (
        f" --also-ask {also_ask}" if also_ask else "")
    _print_run_summary(result, again)
    sys.exit(result.exit_code)


def _print_run_summary(result: Any, again: str) -> None:
    """What was written and what went wrong; for a pause, the file to edit and the command to go on."""
    run = result.run
    if result.status == "paused":
        target = "questions.yaml" if result.paused_for == "questions" else "analysis.json"
        flag = "--questions-file" if result.paused_for == "questions" else "--analysis-file"
        path = result.out.root / target
        click.echo(f"Paused for review of the {result.paused_for}: edit {path}, then run\n"
                   f"  {again} --review {flag} {path}\n"
                   f"or review it in the browser: drafter view {result.out.root}", err=True)
        return
    quotes, length = run.get("quotes", {}), run.get("length", {})
    click.echo(f"Draft written to {result.out.root}/ (draft.md, draft.docx, report.html, transcript.yaml, "
               f"analysis.json, run.json)", err=True)
    target = f" (target {length['target']})" if length.get("target") else ""
    click.echo(f"  {quotes.get('verified', 0)} quotes verified, length {length.get('value')} "
               f"{length.get('unit')}{target}", err=True)
    for problem in [*run.get("problems", []), *run.get("warnings", [])]:
        click.echo(f"  ! {problem}", err=True)
    for kept in run.get("kept_copies", []):
        click.echo(f"  ! {kept}", err=True)


@cli.command()
@click.argument("transcript", type=_EXISTING)
@click.option("--panel", type=_EXISTING, help="Panel config; its analyst role, if any, is used.")
@click.option("--json", "as_json", is_flag=True, help="Print the analysis as JSON (the default and only format).")
def analyze(transcript: Path, panel: Path | None, as_json: bool) -> None:
    """Print the disagreement analysis of TRANSCRIPT (YAML or JSON)."""
    from drafter.cli.analyze import analyze_transcript

    analysis = asyncio.run(analyze_transcript(transcript, panel))
    click.echo(json.dumps(analysis.model_dump(mode="json"), ensure_ascii=False, indent=2))


@cli.command()
@click.argument("draft", type=_EXISTING)
@click.option("--transcript", type=_EXISTING, help="The transcript the quotes come from "
              "(default: the draft's front matter, or transcript.yaml beside it).")
@click.option("--ledger", type=_EXISTING, help="The quote ledger of the run (default: quotes.json beside the "
              "draft, else the copy inside a drafter DOCX).")
@click.option("--allow-cuts", is_flag=True, help="A ledger quote cut from the document is a note, not a failure.")
def check(draft: Path, transcript: Path | None, ledger: Path | None, allow_cuts: bool) -> None:
    """Re-verify every attributed quote in DRAFT.md or DRAFT.docx, also after an editor's changes."""
    from drafter.cli.check import run_check

    sys.exit(run_check(draft, transcript, ledger, allow_cuts))


@cli.command()
@click.argument("draft", type=_EXISTING)
@click.option("--transcript", type=_EXISTING, help="Default: from the draft's front matter.")
@click.option("--out", "out_path", type=_EXISTING, help="DOCX to write (default: beside the draft).")
@click.option("--reference-docx", type=_EXISTING, help="Take Word styles from this house template.")
@click.option("--ledger", type=_EXISTING, help="The quote ledger to check against (default: quotes.json beside).")
def render(draft: Path, transcript: Path | None, out_path: Path | None, reference_docx: Path | None,
           ledger: Path | None) -> None:
    """Rebuild the DOCX (and quotes.json) from an edited DRAFT.md, verifying every quote first.
    Failing quotes are written red with a NOT VERIFIED comment; an edited DOCX is kept under a dated name."""
    from drafter.cli.check import run_render

    sys.exit(run_render(draft, transcript, out_path, reference_docx, ledger))


@cli.command()
@click.argument("out_dir", type=_EXISTING)
@click.option("--style", help="A column template (see templates/columns/).")
@click.option("--length", type=int, help="Target length: characters for zh, words for en.")
@click.option("--panel", type=_EXISTING, help="Panel config, for an LLM writer role.")
def redraft(out_dir: Path, style: str | None, length: int | None, panel: Path | None) -> None:
    """Write the column again from OUT_DIR's transcript and analysis, asking no panel model."""
    from drafter.cli.redraft import redraft as run_redraft

    state = asyncio.run(run_redraft(out_dir, style=style, length=length, panel_path=panel))
    report = state.get("write_report", {})
    click.echo(f"Redrafted {out_dir}/draft.md and draft.docx: {report.get('quotes_placed')} quotes, "
               f"length {report.get('length')} {report.get('unit')}", err=True)
    for key, kept in (state.get("outputs") or {}).items():
        if key.startswith("kept:"):
            click.echo(f"  ! {kept}", err=True)
    sys.exit(1 if state.get("verify_report", {}).get("failed") else 0)


@cli.command()
@click.argument("root", type=_EXISTING, default=Path("out"))
def runs(root: Path) -> None:
    """List the runs under ROOT (default: out/) and where each stands."""
    from drafter.cli.runs import list_runs

    rows = asyncio.run(list_runs(root))
    if not rows:
        click.echo(f"No runs under {root}/.", err=True)
        return
    for row in rows:
        click.echo(f"{row.slug}\t{row.state}\t{row.answers}\t{row.detail}\t{row.title}")


@cli.command()
@click.argument("topics", nargs=-1, required=True, type=_EXISTING)
@click.option("--panel", type=_EXISTING, help="Panel config shared by every topic.")
@click.option("--out-root", type=_EXISTING, default=Path("out"), show_default=True)
@click.option("--parallel", type=int, default=4, show_default=True, help="Topics in flight at once.")
@click.option("--fresh", is_flag=True, help="Ask every model again.")
@click.option("--press", type=click.IntRange(min=1), is_flag=False, flag_value=1, default=None,
              help="Ask each model that dodged one follow-up (or N rounds).")
@click.option("--samples", type=click.IntRange(min=1), default=1, show_default=True,
              help="Ask every model each question N times.")
@click.option("--also-ask", type=click.Choice(["zh", "en"]), help="Ask the questions again in this language.")
def batch(topics: tuple[Path, ...], panel: Path | None, out_root: Path, parallel: int, fresh: bool,
          press: int | None, samples: int, also_ask: str | None) -> None:
    """Draft many TOPICS; per-model limits are shared; each topic resumes on its own."""
    from drafter.cli.batch import print_table, run_batch

    rows = asyncio.run(run_batch(list(topics), panel=panel, out_root=out_root, parallel=parallel, fresh=fresh,
                                 press=press or 0, samples=samples, also_ask=also_ask))
    print_table(rows)
    sys.exit(max((row.exit_code for row in rows), default=0))


@cli.command()
@click.argument("keys", nargs=-1)
@click.option("--panel", type=_EXISTING, help="Panel config (default: the provider presets).")
@click.option("--ping", is_flag=True, help="Send each model one tiny request: checks endpoint and key.")
def models(keys: tuple[str, ...], panel: Path | None, ping: bool) -> None:
    """List the panel's models (or KEYS), their endpoints and whether their keys are set."""
    from drafter.cli.models import run_models

    sys.exit(run_models(panel, list(keys), ping))


@cli.command()
@click.argument("out_dir", type=_EXISTING, required=False)
@click.option("--no-browser", is_flag=True, help="Print the URL only; do not open a browser.")
@click.option("--idle-timeout", type=float, default=1800, show_default=True,
              help="Stop the server after this many seconds without a request.")
@click.option("-q", "--quiet", is_flag=True, help="No progress display when the run resumes.")
def view(out_dir: Path | None, no_browser: bool, idle_timeout: float, quiet: bool) -> None:
    """Show OUT_DIR's report.html on 127.0.0.1 (default: the latest run under out/).

    When the run is paused by --review, the page is the review: keep or drop each clash and dodge,
    relabel stances or edit the questions, save, and the run resumes."""
    from drafter.cli.view import run_view

    sys.exit(run_view(out_dir, open_browser=not no_browser, idle_timeout=idle_timeout, quiet=quiet))


def main() -> None:
    cli(prog_name="drafter")


if __name__ == "__main__":
    main()
