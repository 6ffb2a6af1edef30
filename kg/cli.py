"""The ``kg`` command: parse arguments, call one library function, print the result.

This is the only module that prints or exits. Any ``KgError`` becomes one
line on stderr and exit code 1; anything unexpected becomes one line and
exit code 2, never a traceback (set ``KG_DEBUG=1`` to see it).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .errors import KgError

EXIT_OK, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2
HTML_MAX_TRIPLES = 1_000_000  # the viewer holds its graph in memory; beyond this, kg.html is skipped


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KgError as e:
            click.echo(f"error: {e}", err=True)
            ctx.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(130)
        except Exception as e:  # the promise: one line, never a traceback
            if os.environ.get("KG_DEBUG"):
                raise
            first = str(e).splitlines()[0] if str(e) else ""
            click.echo(f"internal error: {type(e).__name__}: {first} (set KG_DEBUG=1 for details)", err=True)
            ctx.exit(EXIT_INTERNAL)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="hospital-kg")
def main() -> None:
    """hospital-kg: Chinese hospital news articles -> a knowledge graph."""


@main.command("build")
@click.argument("articles", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Folder for kg.ttl and kg.html.")
@click.option("--format", "formats", multiple=True, type=click.Choice(["nt", "json-ld", "graphml"]),
              help="Also write these formats (repeatable).")
@click.option("--no-html", is_flag=True, help="Do not write the kg.html viewer.")
@click.option("--max-bytes", default=20_000_000, show_default=True, help="Skip files larger than this.")
@click.option("--jobs", "-j", default=0, show_default=True, type=click.IntRange(min=0),
              help="Worker processes extracting articles (0: one per core).")
@click.option("--cache", "cache", type=click.Path(),
              help="Folder of the extraction cache (default: $KG_CACHE_DIR/build or ~/.cache/hospital-kg); "
                   "a rebuild re-extracts only changed articles.")
@click.option("--no-cache", is_flag=True, help="Extract every article again; keep no cache.")
@click.option("--store", "store", type=click.Path(file_okay=False),
              help="Also fill an Oxigraph store in this folder (for kg query / kg serve on big graphs).")
@click.option("--segmenter", type=click.Choice(["jieba", "rjieba"]), default=None,
              help="jieba (the reference, default) or rjieba (same words, ~15x faster cutting; "
                   "pip install 'hospital-kg[fast]'). Also set by KG_SEGMENTER.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary.")
def build_cli(articles, out, formats, no_html, max_bytes, jobs, cache, no_cache, store, segmenter, quiet) -> None:
    """Build the graph from files and folders of articles (.txt, .md, .html)."""
    if segmenter:
        os.environ["KG_SEGMENTER"] = segmenter  # read by this process and inherited by the workers
    from .cache import default_cache_dir
    from .export import write_graph
    from .pipeline import build

    progress = None if quiet else _progress_bar()
    cache_dir = None if no_cache else (cache or default_cache_dir())
    try:
        result = build(list(articles), progress=progress and progress.update, max_bytes=max_bytes, jobs=jobs,
                       cache=cache_dir)
    finally:
        if progress:
            progress.close()
    for problem in result.problems:
        click.echo(f"warning: {problem}", err=True)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    for error in result.errors:
        click.echo(f"error: {error}", err=True)
    if result.documents == 0:
        raise KgError("no article could be read; nothing written")
    out_dir = Path(out)
    path = result.write(out_dir / "kg.ttl", "turtle")
    written = [path]
    ext = {"nt": "nt", "json-ld": "jsonld", "graphml": "graphml"}
    for fmt in formats:
        if fmt == "nt":
            written.append(result.write(out_dir / "kg.nt", "nt"))
        else:
            written.append(write_graph(result.graph, out_dir / f"kg.{ext[fmt]}", fmt))
    if not no_html:
        if result.triples <= HTML_MAX_TRIPLES:
            from .viz import write_explorer

            page = write_explorer(result.graph, out_dir / "kg.html")
            written.append(page.path)
            for warning in page.warnings:
                click.echo(f"warning: {warning}", err=True)
        else:
            click.echo(f"warning: kg.html not written: {result.triples} triples is more than the viewer takes "
                       f"({HTML_MAX_TRIPLES}); run kg viz on a smaller graph", err=True)
    if store:
        from .store import create_store

        written.append(create_store(store, path).path)
    if not quiet:
        click.echo(_summary(result, written))
    if result.errors:
        click.echo(f"internal error: the extractor failed on {len(result.errors)} article(s), listed above; "
                   "the graph was written without them (set KG_DEBUG=1 for details)", err=True)
        click.get_current_context().exit(EXIT_INTERNAL)


def _summary(result, written) -> str:
    s = result.stats
    lines = [
        f"documents read: {s['documents']}" + (f" ({s['failed']} skipped)" if s["failed"] else ""),
        "entities: " + ", ".join(f"{k} {s[k]}" for k in ("Hospital", "OrgUnit", "Person", "Honor",
                                                         "AwardingBody", "Region")),
        f"awards: {s['awards']}",
        f"aid links: {s['aid_links']}",
        f"affiliations: {s['affiliations']}",
        f"triples: {s['triples']}",
        f"warnings: {len(result.problems) + len(result.warnings)}",
        f"extracted: {result.extracted}, from cache: {result.cached}",
        f"resolved again: {result.update.groups} entities ({result.update.added} articles in, "
        f"{result.update.removed} out, {result.update.redone} redone)",
        "wrote: " + ", ".join(str(p) for p in written),
    ]
    return "\n".join(lines)


class _progress_bar:
    """A progress bar on a terminal (rich), nothing when output is piped."""

    def __init__(self) -> None:
        self._bar = None
        if sys.stderr.isatty():
            from rich.progress import Progress

            self._bar = Progress(transient=True)
            self._bar.start()
            self._task = self._bar.add_task("reading articles", total=None)

    def update(self, done: int, total: int, name: str) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=done, total=total, description=f"reading {name[:40]}")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


@main.command("query")
@click.argument("graph", type=click.Path())
@click.argument("sparql", required=False)
@click.option("--file", "file", type=click.Path(), help="Read the query from a file.")
@click.option("--named", help="Run a named query (see: kg queries).")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
              help="table for reading; csv, tsv, json, xml are the SPARQL 1.1 results formats.")
def query_cli(graph, sparql, file, named, fmt) -> None:
    """Run SPARQL over a built graph (Turtle, N-Triples or JSON-LD) or a store (kg build --store)."""
    from .query import format_table, open_graph, query_text, run_query, serialize_results

    text = query_text(sparql, file, named)
    g = open_graph(graph)
    if fmt == "table":
        click.echo(format_table(run_query(g, text)), nl=False)
    else:
        sys.stdout.buffer.write(serialize_results(g, text, fmt))
        sys.stdout.flush()


@main.command("queries")
def queries_cli() -> None:
    """List the named queries of kg query --named."""
    from .query import named_queries

    for q in named_queries().values():
        click.echo(f"{q.name:30} {q.help}")


@main.command("export")
@click.argument("graph", type=click.Path())
@click.option("--format", "fmt", required=True, type=click.Choice(["turtle", "nt", "json-ld", "graphml"]))
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="File to write.")
def export_cli(graph, fmt, out) -> None:
    """Convert a graph to Turtle, N-Triples, JSON-LD or GraphML (for Gephi)."""
    from .export import write_graph
    from .query import load_graph

    path = write_graph(load_graph(graph), out, fmt)
    click.echo(f"wrote {path}")


@main.command("evaluate")
@click.argument("graph", type=click.Path())
@click.option("--gold", required=True, type=click.Path(), help="Folder of gold JSON files.")
@click.option("--json", "as_json", is_flag=True, help="Print scores as JSON.")
@click.option("--min", "minimums", multiple=True, metavar="KEY=F1", help="Exit 1 when KEY's F1 is below (repeatable).")
def evaluate_cli(graph, gold, as_json, minimums) -> None:
    """Score a graph against gold annotations (precision, recall, F1 per key)."""
    import dataclasses
    import json

    from .errors import UsageError
    from .evaluate import evaluate, format_scores
    from .query import load_graph

    scores = evaluate(load_graph(graph), gold)
    if as_json:
        click.echo(json.dumps({k: dataclasses.asdict(v) for k, v in scores.items()}, indent=1))
    else:
        click.echo(format_scores(scores), nl=False)
    failed = []
    for spec in minimums:
        key, _, value = spec.partition("=")
        if key not in scores or not value:
            raise UsageError(f"--min {spec}: expected KEY=F1 with KEY one of {', '.join(scores)}")
        if scores[key].f1 < float(value):
            failed.append(f"{key} F1 {scores[key].f1} < {value}")
    if failed:
        raise KgError("below minimum: " + "; ".join(failed))


@main.command("validate")
@click.argument("graph", type=click.Path())
@click.option("--shapes", type=click.Path(), help="SHACL shapes (default: the shipped ontology/shapes.ttl).")
def validate_cli(graph, shapes) -> None:
    """Check a graph against the SHACL shapes; exit 1 when it does not conform."""
    from .query import load_graph
    from .validate import validate

    result = validate(load_graph(graph), load_graph(shapes) if shapes else None)
    if result.conforms:
        click.echo("conforms")
    else:
        click.echo(result.report, err=True)
        raise KgError("does not conform to the shapes")


@main.command("viz")
@click.argument("graph", type=click.Path())
@click.option("--out", default="kg.html", show_default=True, type=click.Path(dir_okay=False))
@click.option("--focus", multiple=True, metavar="NAME",
              help="Show what lies around this node (full name or alias, or an unambiguous part; repeatable).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=0), help="Hops around --focus.")
@click.option("--class", "classes", multiple=True, metavar="CLASS",
              help="Keep only this class (repeatable): Hospital, OrgUnit, Person, Honor, AwardingBody, Region "
                   "or 医院, 科室, 人物, 荣誉, 授予机构, 地区.")
@click.option("--since", type=int, metavar="YEAR", help="Keep awards of YEAR or later only (undated awards go).")
@click.option("--awards", type=click.Choice(["edges", "nodes"]), default="edges", show_default=True,
              help="Open with awards drawn as edges (recipient -荣获-> honor) or as nodes.")
@click.option("--map", "as_map", is_flag=True, help="Open on the map (regions and hospitals by longitude/latitude).")
@click.option("--title", default="医院知识图谱 hospital-kg", show_default=True, help="Page title.")
def viz_cli(graph, out, focus, depth, classes, since, awards, as_map, title) -> None:
    """Write the interactive HTML explorer of a graph or of a part of it (one file, works offline)."""
    from .query import load_graph
    from .viz import ViewSpec, write_explorer

    spec = ViewSpec(focus=tuple(focus), depth=depth, classes=tuple(classes), since=since, awards=awards,
                    view="map" if as_map else "graph", title=title)
    page = write_explorer(load_graph(graph), out, spec)
    for warning in page.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"wrote {page.path} ({page.nodes:,} nodes, {page.edges:,} edges)")


from .server_cli import push_cli, serve_cli  # noqa: E402 (registered last: kg serve, kg push)

main.add_command(serve_cli)
main.add_command(push_cli)


if __name__ == "__main__":
    main()
