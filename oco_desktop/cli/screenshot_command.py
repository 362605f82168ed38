"""`oco-desktop screenshot --out DIR [--size WxH] [--lang nl|en] [--theme light|dark]`.

Renders the main pages and dialogs for the vault's first client offscreen into PNG files, plus
layout.json (per page: window size, enabled buttons outside the visible area, horizontal scrollbar,
duplicate Alt letters). Exit 0 also when it finds problems: they are in the JSON. The vault comes from
--vault, the passphrase from OCO_PASSPHRASE (or a prompt). The PNGs show client data: keep them to demo
vaults, or delete them after looking.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from oco_desktop.errors import EXIT_OK, UsageError


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})[xX](\d{3,5})", text.strip())
    if not match:
        raise UsageError("--size moet BREEDTExHOOGTE zijn, bijvoorbeeld 1000x560.")
    width, height = int(match.group(1)), int(match.group(2))
    if not (320 <= width <= 10000 and 240 <= height <= 10000):
        raise UsageError("--size moet tussen 320x240 en 10000x10000 liggen.")
    return width, height


def cmd_screenshot(args) -> int:
    width, height = _size(args.size)
    out = Path(args.out)
    from oco_desktop.cli.plan_command import vault_folder_of
    from oco_desktop.export.safe_write import check_export_folder

    check_export_folder(args.out, vault_folder_of(args))  # the PNGs show client data: never in a vault folder
    from oco_desktop.cli.vault_commands import open_vault, vault_folder

    folder = vault_folder(args).expanduser().resolve()
    target = out.expanduser().resolve()
    if target == folder or folder in target.parents:
        raise UsageError("Zet de schermafbeeldingen niet in de kluismap: kies een andere map voor --out.")
    vault = open_vault(args)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never a window on the screen
    try:
        from PySide6.QtCore import QSize, qInstallMessageHandler

        from oco_desktop.app import create_application, load_session_definitions
        from oco_desktop.i18n import install_translators
        from oco_desktop.settings import Settings
        from oco_desktop.ui.shell.screenshots import render_all
        from oco_desktop.ui.shell.session import Session
        from oco_desktop.ui.widgets.theme import apply_theme

        # Qt's own warnings (the offscreen plugin warns on every window shown) would break the promise of
        # one line on stderr; they are not for the user, and their text is not logged (it could name data).
        qInstallMessageHandler(lambda mode, _context, _message: None)
        from PySide6.QtCore import qInstallMessageHandler

        # The offscreen platform says it cannot size windows to their hints: true and harmless here.
        qInstallMessageHandler(lambda _kind, _ctx, message: None if "propagateSizeHints" in message
                               else sys.stderr.write(message + "\n"))
        app = create_application([])
        apply_theme(app, args.theme)
        install_translators(app, args.lang)
        settings = Settings()
        definitions, _problems = load_session_definitions(settings, args.lang)
        session = Session(vault, definitions, args.lang)
        report = render_all(session, settings, vault.folder, out, QSize(width, height))
    finally:
        if vault.is_open:
            vault.close()
    problems = sum(len([b for b in p["outside_buttons"] if not b["reachable_by_scrolling"]])
                   + len(p["duplicate_alt_letters"]) + p["horizontal_scrollbar"]
                   for p in report["pages"] + [d for d in report["dialogs"] if "error" not in d])
    print(f"{len(report['pages'])} pagina's en {len(report['dialogs'])} dialogen in {out} "
          f"({problems} aandachtspunten, zie layout.json)")
    return EXIT_OK


def register(subparsers, common) -> None:
    p = subparsers.add_parser(
        "screenshot", parents=[common],
        help="schermafbeeldingen van alle pagina's en dialogen (eerste cliënt) plus layout.json",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="map voor de PNG's en layout.json")
    p.add_argument("--size", default="1000x560", metavar="WxH", help="venstergrootte (standaard 1000x560)")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal (standaard nl)")
    p.add_argument("--theme", choices=("light", "dark"), default="light", help="licht of donker")
    p.set_defaults(func=cmd_screenshot)
