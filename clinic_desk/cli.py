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
    inst.require_ready()  # a clear message before asking for a password
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

        write_recovery_sheet(Path(args.recovery_pdf), args.site_code.strip().upper(),
                             args.site_name.strip(), result.recovery_code)
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
    inst.require_ready()
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


def cmd_self_test(args: argparse.Namespace) -> int:
    """Hidden: the smoke test of a built program (packaging/, tests/packaging)."""
    if not args.user:
        raise UsageError("Say who you are with --user USER.")
    from clinic_desk.ui.self_test import run_self_test

    return run_self_test(args.data_dir, args.user, read_password(args))


# -- exchange: keys, bundles, backups, statistics ------------------------------------------
def cmd_keys_central_init(args: argparse.Namespace) -> int:
    from clinic_desk.core.exchange import keys

    ws = _open(args)
    try:
        with ws.db.write(ws.actor.user_id) as s:
            public, created = keys.create_central_keys(
                s, ws.actor, Path(args.public_out),
                Path(args.identity_out) if args.identity_out else None)
    finally:
        ws.close()
    print(("Central keys created." if created else "The central keys exist already.")
          + f" Fingerprint: {keys.pretty(public.fingerprint)}")
    print(f"Public key file for the sites: {args.public_out}")
    if args.identity_out:
        print(f"WARNING: {args.identity_out} holds the PRIVATE identity that opens every "
              "bundle; keep it offline and safe.", file=sys.stderr)
    return 0


def cmd_keys_central_import(args: argparse.Namespace) -> int:
    from clinic_desk.core.errors import InvalidInput
    from clinic_desk.core.exchange import keys

    try:
        raw = Path(args.file).read_bytes()
    except OSError:
        raise InvalidInput("The file {file} cannot be read.", file=args.file) from None
    ws = _open(args)
    try:
        with ws.db.write(ws.actor.user_id) as s:
            new, previous = keys.install_central_key(s, ws.actor, raw)
    finally:
        ws.close()
    print(f"Central office key imported. Fingerprint: {keys.pretty(new.fingerprint)}")
    if previous is not None and previous.fingerprint != new.fingerprint:
        print("It replaces a different key: the next export will be a full one.")
    return 0


def cmd_keys_show(args: argparse.Namespace) -> int:
    from clinic_desk.core.atomic import atomic_write_bytes
    from clinic_desk.core.exchange import keys
    from clinic_desk.core.security.roles import Perm, require

    ws = _open(args)
    try:
        actor = ws.actor
        if not (actor.can(Perm.EXPORT) or actor.can(Perm.IMPORT)):
            require(actor, Perm.EXPORT)
        with ws.db.write(actor.user_id) as s:
            keys.site_signing_key(s, ws.site.id)  # made on first use
            site = keys.site_public(s, ws.site.id, ws.site.code)
            central = keys.central_public(s)
            imported = keys.imported_central(s)
            trusted = [(t.site_code, t.fingerprint, t.how) for t in keys.trusted_sites(s)]
        if args.site_key_out:
            atomic_write_bytes(Path(args.site_key_out), site.to_json(), mode=0o644)
    finally:
        ws.close()
    print(f"This site ({ws.site.code}) signing key: {keys.pretty(site.fingerprint)}")
    if central:
        print(f"Central keys of this office: {keys.pretty(central.fingerprint)}")
    print("Central office key imported: "
          + (keys.pretty(imported.fingerprint) if imported else "none"))
    for code, fp, how in trusted:
        print(f"Trusted site {code}: {keys.pretty(fp)} ({how.replace('_', ' ')})")
    if args.site_key_out:
        print(f"Site key file written to {args.site_key_out}")
    return 0


def cmd_keys_site_trust(args: argparse.Namespace) -> int:
    from clinic_desk.core.errors import InvalidInput
    from clinic_desk.core.exchange import import_, keys

    try:
        raw = Path(args.file).read_bytes()
    except OSError:
        raise InvalidInput("The file {file} cannot be read.", file=args.file) from None
    ws = _open(args)
    try:
        site = import_.trust_site_file(ws, raw)
    finally:
        ws.close()
    print(f"Site {site.site_code} trusted. Fingerprint: {keys.pretty(site.fingerprint)}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from clinic_desk.core.exchange import export

    ws = _open(args)
    try:
        result = export.export_bundle(ws, Path(args.to), full=args.full)
    finally:
        ws.close()
    kind = "full" if result.full else f"changes {result.from_seq + 1}..{result.to_seq}"
    print(f"Exported {sum(result.rows.values())} records ({kind}): "
          f"{result.identified_people} people identified, "
          f"{result.pseudonymised_people} pseudonymised; {result.size} bytes.")
    print(result.path)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from clinic_desk.core.exchange import import_

    ws = _open(args)
    try:
        reports = []
        for bundle_path in args.bundles:
            reports += import_.import_bundles(ws, [Path(bundle_path)], dry_run=args.dry_run,
                                              trust_new_site=args.trust_new_site,
                                              database_url=args.database_url)
            for line in reports[-1].lines():
                print(line)
        if args.report_pdf:
            from clinic_desk.core.reports.import_report_pdf import write_import_report_pdf

            ranges = import_.coverage(ws, args.database_url)
            write_import_report_pdf(Path(args.report_pdf), reports, lang=_report_lang(ws),
                                    office=ws.site.code, coverage=ranges,
                                    waiting=import_.waiting_ranges(ws))
            print(f"Report written to {args.report_pdf}")
    finally:
        ws.close()
    return 0


def _report_lang(ws: object) -> str:
    try:
        return str(ws.setting("language"))  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - Spanish, the default
        return "es"


def cmd_backup(args: argparse.Namespace) -> int:
    from clinic_desk.core.exchange import backup

    ws = _open(args)
    try:
        result = backup.backup_to(ws, Path(args.to))
    finally:
        ws.close()
    print(f"Backup written ({result.size} bytes); {len(result.kept)} rotated copies kept in "
          "the data folder.")
    print(result.path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from clinic_desk.core.exchange import backup

    if args.recovery:
        secret, user = read_recovery_code(), None
    else:
        if not args.user:
            raise UsageError("Say who you are with --user USER (or use --recovery).")
        secret, user = read_password(args), args.user
    result = backup.restore(Path(args.file), args.data_dir, user, secret,
                            recovery=args.recovery,
                            allow_other_installation=args.other_installation)
    print(f"Backup of {result.created_at} restored into {result.data_dir} "
          f"(checked: encryption, structure, audit log of {result.audit_entries} entries).")
    if result.safety_copy:
        print(f"The data it replaced is kept in {result.safety_copy}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from clinic_desk.core.exchange import stats

    ws = _open(args)
    try:
        rows = stats.write_stats(ws, Path(args.out))
    finally:
        ws.close()
    print(f"{rows} rows of de-identified statistics written.")
    print(args.out)
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

    keys_p = sub.add_parser("keys", help="central key pair, site keys and trust")
    keys_sub = keys_p.add_subparsers(dest="keys_command", parser_class=_Parser,
                                     metavar="ACTION", required=True)
    p = add("central-init", cmd_keys_central_init, "create the central office's key pair "
            "and write the public key file the sites import", keys_sub)
    p.add_argument("--public-out", required=True, help="write the public key file here")
    p.add_argument("--identity-out", help="also write the PRIVATE age identity here (for "
                   "age -d -i FILE BUNDLE); keep it safe")
    p = add("central-import", cmd_keys_central_import, "on a site: import the central "
            "office's public key file", keys_sub)
    p.add_argument("file")
    p = add("show", cmd_keys_show, "show key fingerprints", keys_sub)
    p.add_argument("--site-key-out", help="write this site's public key file (for keys "
                   "site-trust at the centre)")
    p = add("site-trust", cmd_keys_site_trust, "at the centre: trust a site's key file",
            keys_sub)
    p.add_argument("file")

    p = add("export", cmd_export, "write an export bundle for the central office and print "
            "its path")
    p.add_argument("--to", required=True, help="folder (the USB stick)")
    p.add_argument("--full", action="store_true", help="everything, not only what changed")
    p = add("import", cmd_import, "consolidate bundles and print a report")
    p.add_argument("bundles", nargs="+", metavar="BUNDLE")
    p.add_argument("--dry-run", action="store_true", help="report without changing anything")
    p.add_argument("--trust-new-site", action="store_true",
                   help="trust the key of a site seen for the first time (prints it)")
    p.add_argument("--database-url", help="consolidate into this PostgreSQL database "
                   "(postgresql+psycopg://...)")
    p.add_argument("--report-pdf", metavar="FILE",
                   help="also write the import report as PDF to FILE")
    p = add("backup", cmd_backup, "write an encrypted backup and print its path")
    p.add_argument("--to", required=True, help="folder (a USB stick, or the data folder)")
    p = add("restore", cmd_restore, "check a backup, then put it in place in --data-dir")
    p.add_argument("file")
    p.add_argument("--recovery", action="store_true",
                   help="open it with the recovery code (CLINIC_DESK_RECOVERY_CODE)")
    p.add_argument("--other-installation", action="store_true",
                   help="allow replacing the data of another installation")
    p = add("stats", cmd_stats, "write de-identified statistics as CSV")
    p.add_argument("--out", required=True, help="the CSV file")
    p = sub.add_parser("self-test")  # no help: hidden; the packaging smoke test
    _common(p, suppress=True)
    p.set_defaults(func=cmd_self_test)
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
