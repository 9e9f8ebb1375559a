"""Command-line entry point. Errors are one line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from core.errors import HutongError
from hutong.errors import CommandError

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise CommandError(f"{message} (see hutong --help)")


def _with_profile(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Subcommands repeat the options without defaults so `hutong --profile X card` keeps X.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--profile",
        metavar="DIR",
        default=default,
        help="profile folder (default: user data folder)",
    )
    parser.add_argument(
        "--passphrase-file", metavar="FILE", default=default, help="file holding the passphrase"
    )


def _run_gui(arguments: argparse.Namespace) -> int:
    from desktop.app import run_app
    from hutong.profiles import profile_dir

    return run_app(profile_dir(arguments.profile), language=arguments.language)


def _run_card(arguments: argparse.Namespace) -> int:
    from hutong.card_command import run

    return run(arguments)


def _run_export(arguments: argparse.Namespace) -> int:
    from hutong.backup import run_export

    return run_export(arguments)


def _run_import(arguments: argparse.Namespace) -> int:
    from hutong.backup import run_import

    return run_import(arguments)


def _run_node(arguments: argparse.Namespace) -> int:
    from hutong.node import run_node

    return run_node(arguments)


def _run_ctl(arguments: argparse.Namespace) -> int:
    import json

    from hutong.control import call
    from hutong.profiles import profile_dir

    try:
        extra = json.loads(arguments.arguments) if arguments.arguments else {}
        if not isinstance(extra, dict):
            raise CommandError("the arguments must be a JSON object")
        result = call(profile_dir(arguments.profile), arguments.op, **extra)
    except (RuntimeError, ValueError) as exc:
        raise CommandError(str(exc)) from exc
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


def _run_bench(arguments: argparse.Namespace) -> int:
    from hutong.bench import run_bench

    return run_bench(arguments)


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0 to 65535)")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hutong", description="Hutong: chat, Moments, wallet and mini-programs on your LAN."
    )
    _with_profile(parser, top=True)
    parser.add_argument("--language", choices=["en", "zh_CN", "fr"], help="interface language")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    parser.set_defaults(handler=_run_gui)
    commands = parser.add_subparsers(title="commands", parser_class=_Parser)

    card = commands.add_parser("card", help="print my contact card")
    _with_profile(card)
    card.add_argument("--qr", metavar="FILE.png", help="also write the card as a QR code image")
    card.set_defaults(handler=_run_card)

    export = commands.add_parser("export", help="back up every feed as JSON lines")
    _with_profile(export)
    export.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    export.set_defaults(handler=_run_export)

    restore = commands.add_parser("import", help="restore feeds from an export")
    _with_profile(restore)
    restore.add_argument("file", metavar="FILE", help="an export file, or - for stdin")
    restore.set_defaults(handler=_run_import)

    node = commands.add_parser("node", help="run a headless peer (relay, mailbox, bot host)")
    _with_profile(node)
    node.add_argument("--port", type=_port, default=0, help="TCP port to listen on (default: any)")
    node.add_argument("--host", default="0.0.0.0", help="address to listen on")
    node.add_argument("--name", help="display name when the profile is created")
    node.add_argument(
        "--no-discovery", action="store_true", help="do not use mDNS (manual peers only)"
    )
    node.add_argument(
        "--peer", action="append", default=[], metavar="HOST:PORT", help="dial this peer"
    )
    node.add_argument(
        "--clock-offset-ms",
        type=int,
        default=0,
        metavar="MS",
        help="run the node's clock this far ahead (or behind, negative) of the wall clock",
    )
    node.set_defaults(handler=_run_node)

    ctl = commands.add_parser("ctl", help="send a command to a running node (scripting, bots)")
    _with_profile(ctl)
    ctl.add_argument(
        "op", help="card, whoami, status, add_peer, add_contact, accept, send, messages ..."
    )
    ctl.add_argument(
        "arguments", nargs="?", help='the command\'s arguments as JSON, e.g. \'{"text": "hi"}\''
    )
    ctl.set_defaults(handler=_run_ctl)

    bench = commands.add_parser("bench", help="measure performance against limits measured here")
    bench.add_argument(
        "which", nargs="?", default="all", choices=["ingest", "sync", "gui", "wallet", "all"]
    )
    bench.add_argument("--quick", action="store_true", help="smaller workloads (for a smoke test)")
    bench.set_defaults(handler=_run_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        arguments = build_parser().parse_args(argv)
        logging.basicConfig(
            level=logging.DEBUG if arguments.verbose else logging.WARNING,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        if not arguments.verbose:
            # zeroconf warns (with a traceback) about every interface it cannot use, e.g. IPv6
            # on a host without it; that is expected, not news.
            logging.getLogger("zeroconf").setLevel(logging.ERROR)
        handler: Handler = arguments.handler
        return handler(arguments)
    except (CommandError, HutongError) as exc:
        print(f"hutong: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"hutong: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
