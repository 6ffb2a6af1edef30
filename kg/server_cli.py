"""``kg serve`` and ``kg push``: thin click commands over kg.serve and kg.push."""
from __future__ import annotations

import sys

import click


@click.command("serve")
@click.argument("graph", type=click.Path())
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (the endpoint is meant for this machine).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Port (0: any free port).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Seconds a query may run before it is stopped (503).")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Rows (or triples) a result may hold; longer results are cut (header X-SPARQL-MaxRows).")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1),
              help="Queries run at once, each in its own process.")
@click.option("--cors", is_flag=True, help="Allow web pages from other origins (e.g. a hosted YASGUI) to query.")
@click.option("--log", "log", is_flag=True, help="Print one line per query on stderr.")
def serve_cli(graph, host, port, timeout, max_rows, workers, cors, log) -> None:
    """Serve GRAPH (a graph file or a store) as a read-only SPARQL 1.1 endpoint with a query page."""
    from .serve import Endpoint, ServeOptions

    options = ServeOptions(host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers, cors=cors,
                           log=(lambda line: click.echo(line, err=True)) if log else None)
    endpoint = Endpoint(graph, options)
    click.echo(f"serving {graph} at {endpoint.url} (SPARQL endpoint: {endpoint.sparql_url}); Ctrl-C stops")
    sys.stdout.flush()
    endpoint.serve_forever()
    click.echo("stopped")


@click.command("push")
@click.argument("graph", type=click.Path())
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol endpoint, e.g. http://localhost:3030/kg/data (Fuseki).")
@click.option("--graph", "graph_iri", metavar="IRI", help="Named graph to replace (default: the default graph).")
@click.option("--user", help="User name for HTTP authentication.")
@click.option("--password", envvar="KG_PUSH_PASSWORD", help="Password (or set KG_PUSH_PASSWORD).")
@click.option("--auth", "auth_kind", default="basic", show_default=True, type=click.Choice(["basic", "digest"]),
              help="HTTP authentication scheme for --user (Virtuoso wants digest).")
@click.option("--token", envvar="KG_PUSH_TOKEN", help="Bearer token (or set KG_PUSH_TOKEN).")
@click.option("--header", "headers", multiple=True, metavar="'NAME: VALUE'", help="Extra HTTP header (repeatable).")
@click.option("--timeout", default=300.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Seconds to wait for the server.")
def push_cli(graph, endpoint, graph_iri, user, password, auth_kind, token, headers, timeout) -> None:
    """Load GRAPH (a graph file or a store) into a triple store, replacing the target graph."""
    from .errors import UsageError
    from .push import Auth, push

    pairs = []
    for h in headers:
        name, sep, value = h.partition(":")
        if not sep or not name.strip():
            raise UsageError(f"--header {h!r}: expected 'NAME: VALUE'")
        pairs.append((name.strip(), value.strip()))
    result = push(graph, endpoint, graph_iri, auth=Auth(user, password, auth_kind, token), headers=pairs,
                  timeout=timeout)
    target = f"graph <{result.graph}>" if result.graph else "the default graph"
    click.echo(f"pushed {result.triples} triples to {target} at {endpoint} (HTTP {result.status})")
