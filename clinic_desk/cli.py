"""The `clinic-desk` command. Without a sub-command it opens the application.

Exit codes: 0 done; 1 failed; 2 usage; 3 wrong user, password or key; 4 a bundle or
backup that is damaged, tampered with, or not for this installation. A failure prints
one sentence on stderr, never a traceback, and leaves the database as it was.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from clinic_desk import __version__
from clinic_desk.core import logs
from clinic_desk.core.errors import ClinicDeskError, UsageError, WrongCredentials
from clinic_desk.core.hardening import disable_core_dumps
from clinic_desk.core.paths import default_data_dir

log = logging.getLogger("clinic_desk.cli")
PROG = "clinic-desk"


# -- secrets from the environment, a file or a prompt --------------------------
def _prompt(label: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(
            "No terminal to ask for the {what}: set it in the environment or use "
            "--password-file.", what=label
        )
    return getpass.getpass(f"{label}: ")


def read_password(args: argparse.Namespace) -> str:
    if getattr(args, "password_file", None):
        try:
            text = Path(args.password_file).read_text("utf-8")
        except OSError:
            raise UsageError("The password file cannot be read.") from None
        return text.splitlines()[0] if text else ""
    env = os.environ.get("CLINIC_DESK_PASSWORD")
    if env is not None:
        return env
    return _prompt("Password")


def read_new_password(variable: str = "CLINIC_DESK_NEW_PASSWORD") -> str:
    env = os.environ.get(variable)
    if env is not None:
        return env
    first = _prompt("New password")
    if _prompt("New password again") != first:
        raise UsageError("The two passwords are not the same.")
    return first


def read_recovery_code() -> str:
    env = os.environ.get("CLINIC_DESK_RECOVERY_CODE")
    return env if env is not None else _prompt("Recovery code")


# -- commands --------------------------------------------------------------------
def _installation(args: argparse.Namespace):  # -> Installation
    from clinic_desk.core.installation import Installation

    return Installation(args.data_dir)


def _open(args: argparse.Namespace):  # -> Workspace
    if not args.user:
        raise UsageError("Say who you are with --user USER.")
    inst = _installation(args)
    inst._require_ready()  # a clear message before asking for a password
    return inst.unlock(args.user, read_password(args))


def cmd_init(args: argparse.Namespace) -> int:
    inst = _installation(args)
    if inst.state() != "new":
        from clinic_desk.core.errors import AlreadySetUp

        raise AlreadySetUp(
            "The data folder {folder} already holds a Clinic Desk installation; it was not "
            "changed.", folder=str(inst.paths.root)
        )
    env_pw = os.environ.get("CLINIC_DESK_PASSWORD")
    if args.password_file or env_pw is not None:
        password = read_password(args)
    else:
        password = read_new_password("CLINIC_DESK_PASSWORD")
    result = inst.initialize(args.site_code, args.site_name, args.admin,
                             args.admin_name or args.admin, password, args.lang or "es")
    print(f"Set up site {args.site_code.strip().upper()} in {inst.paths.root}.")
    if not result.keyring_used:
        print("No key store works on this PC: the database is protected by passwords alone.")
    print("Write the recovery code down now; it is shown only once.")
    print(f"Recovery code: {result.recovery_code}")
    if args.recovery_pdf:
        from clinic_desk.core.reports.recovery_sheet import write_recovery_sheet

        write_recovery_sheet(Path(args.recovery_pdf), args.site_name.strip(),
                             result.recovery_code)
        print(f"Recovery sheet written to {args.recovery_pdf}.")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    ws = _open(args)
    try:
        info = ws.add_user(args.username, args.name or args.username, args.roles.split(","),
                           read_new_password())
        print(f"User {info.username} added with roles {', '.join(sorted(info.roles))}.")
    finally:
        ws.close()
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    ws = _open(args)
    try:
        target = args.username or ws.actor.username
        ws.change_password(target, read_new_password())
        print(f"Password changed for {target.strip().lower()}.")
    finally:
        ws.close()
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    ws = _open(args)
    try:
        ws.disable_user(args.username)
        print(f"User {args.username.strip().lower()} disabled; they can no longer log in.")
    finally:
        ws.close()
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    ws = _open(args)
    try:
        for u in ws.list_users():
            state = "active" if u.active else "disabled"
            roles = ",".join(sorted(u.roles))
            print(f"{u.username}\t{u.full_name}\t{roles}\t{state}")
    finally:
        ws.close()
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    if not args.user:
        raise UsageError("Say whose password to reset with --user USER.")
    inst = _installation(args)
    inst._require_ready()
    code = read_recovery_code()
    inst.recover(args.user, code, read_new_password())
    print(f"New password set for {args.user.strip().lower()}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    ws = _open(args)
    try:
        report = ws.verify()
    finally:
        ws.close()
    print("Encryption pages: " + ("ok" if not report.cipher_errors else
                                  f"{len(report.cipher_errors)} damaged"))
    print("Database structure: " + ("ok" if not report.integrity_errors else
                                    f"{len(report.integrity_errors)} problems"))
    chain = report.chain
    if chain.ok:
        print(f"Audit log: ok ({chain.entries} entries)")
    else:
        print(f"Audit log: broken at entry {chain.first_broken_seq} "
              f"(site {chain.first_broken_site}): {chain.reason}")
    if not report.ok:
        print("Verification failed: restore the last good backup.", file=sys.stderr)
        return 1
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from clinic_desk.core.demo import DEMO_USERS, create_demo

    inst = _installation(args)
    if inst.state() != "new":
        raise UsageError(
            "demo-data writes only into a new, empty data folder; {folder} is in use.",
            folder=str(inst.paths.root),
        )
    for name in ("people", "botiquines", "years"):
        if getattr(args, name) < 0:
            raise UsageError("Sizes cannot be negative.")
    sizes = {"people": args.people, "botiquines": args.botiquines, "years": args.years,
             "seed": args.seed}
    create_demo(inst.paths.root, sizes=sizes)
    print(f"Synthetic data written to {inst.paths.root} (no real person).")
    for user in DEMO_USERS:
        print(f"  {user.username}\t{user.password}\t{','.join(user.roles)}")
    return 0


def run_gui(args: argparse.Namespace) -> int:
    from clinic_desk.ui.app import run

    return run(args.data_dir, args.lang, quit_after_start=args.quit_after_start)


def run_demo(args: argparse.Namespace) -> int:
    import keyring
    import keyring.backends.null

    from clinic_desk.core.demo import DEMO_USERS, create_demo
    from clinic_desk.ui.app import run

    keyring.set_keyring(keyring.backends.null.Keyring())  # never touch the real key store
    folder = Path(tempfile.mkdtemp(prefix="clinic-desk-demo-"))
    try:
        print("Preparing the demo data…", file=sys.stderr)
        create_demo(folder / "data")
        users = [(u.username, u.password, ", ".join(u.roles)) for u in DEMO_USERS]
        return run(folder / "data", args.lang, demo_users=users,
                   quit_after_start=args.quit_after_start)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- parser ------------------------------------------------------------------------
class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors: one line, exit 2
        self.print_usage(sys.stderr)
        print(f"{PROG}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _common(p: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    p.add_argument("--data-dir", type=Path, default=default,
                   help="data folder (default: the user's application data folder)")
    p.add_argument("--user", default=default, help="who is acting")
    p.add_argument("--password-file", default=default,
                   help="read the password from the first line of this file")
    p.add_argument("--lang", choices=["es", "en"], default=default, help="language")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Clinic Desk: records for shelters, "
                     "psychosocial care and botiquines. Without a command, opens the app.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _common(parser, suppress=False)
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway database of synthetic data")
    parser.add_argument("--quit-after-start", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    def add(name: str, fn: Callable[[argparse.Namespace], int], help_text: str,
            parent: argparse._SubParsersAction = sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        p.set_defaults(func=fn)
        return p

    p = add("init", cmd_init, "set up a new site in an empty data folder")
    p.add_argument("--site-code", required=True, help="short code, e.g. HUAYCAN-01")
    p.add_argument("--site-name", required=True, help="the site's name")
    p.add_argument("--admin", required=True, help="user name of the first administrator")
    p.add_argument("--admin-name", help="full name of the first administrator")
    p.add_argument("--recovery-pdf", help="also write the recovery sheet to this PDF")

    users = sub.add_parser("user", help="add, change or list users")
    users_sub = users.add_subparsers(dest="user_command", parser_class=_Parser,
                                     metavar="ACTION", required=True)
    p = add("add", cmd_user_add, "add a user (new password from CLINIC_DESK_NEW_PASSWORD "
            "or a prompt)", users_sub)
    p.add_argument("username")
    p.add_argument("--name", help="full name")
    p.add_argument("--roles", required=True,
                   help="comma-separated: admin, counsellor, staff, promoter")
    p = add("passwd", cmd_user_passwd, "set a new password for a user", users_sub)
    p.add_argument("username", nargs="?")
    p = add("disable", cmd_user_disable, "stop a user from logging in", users_sub)
    p.add_argument("username")
    add("list", cmd_user_list, "list users and roles", users_sub)

    p = add("demo-data", cmd_demo_data,
            "create a new data folder full of synthetic data (trials and benchmarks)")
    p.add_argument("--people", type=int, default=300, help="about this many people")
    p.add_argument("--botiquines", type=int, default=4, help="botiquines (up to 16)")
    p.add_argument("--years", type=int, default=1, help="years of movements and stays")
    p.add_argument("--seed", type=int, default=7, help="random seed")

    add("recover", cmd_recover, "use the recovery code to set a new password for --user")
    add("verify", cmd_verify, "check encryption, structure and the audit chain")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    logs.configure(None)
    try:
        if args.command is None:
            return run_demo(args) if args.demo else run_gui(args)
        return int(args.func(args))
    except ClinicDeskError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was changed.", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - no traceback ever reaches a user
        log.error("unexpected failure: %s", logs.safe_traceback(exc))
        print(f"{PROG}: unexpected error ({type(exc).__name__}); nothing was changed.",
              file=sys.stderr)
        return 1


__all__ = ["main", "WrongCredentials"]
