"""Designer forms: every form in forms/ loads, every text in it has an English translation, and the
static dialogs are built from their form."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from oco_desktop import i18n
from oco_desktop.ui.widgets.forms import load_form

FORMS = sorted((Path(__file__).resolve().parent.parent / "forms").glob("*.ui"))


def _translations() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for ts in i18n.ts_files():
        for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own files
            name = context.findtext("name", default="")
            for message in context.iter("message"):
                found.setdefault(name, set()).add(message.findtext("source", default=""))
    return found


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_every_form_loads_and_every_text_is_translated(qtbot, form):
    host = QWidget()
    qtbot.addWidget(host)
    assert load_form(form.name, host) is not None
    root = ET.parse(form).getroot()  # noqa: S314 - our own files
    context = root.findtext("class")
    known = _translations().get(context, set())
    missing = [s.text for s in root.iter("string")
               if s.get("notr") != "true" and (s.text or "").strip() and s.text not in known]
    assert missing == []


def test_static_dialogs_are_designer_forms(qtbot):
    from oco_desktop.domain.models import NetworkMember
    from oco_desktop.ui.client.close_case_dialog import CloseCaseDialog
    from oco_desktop.ui.client.consent_dialog import ConsentDialog
    from oco_desktop.ui.client.network_member_dialog import NetworkMemberDialog

    consent = ConsentDialog()
    close = CloseCaseDialog()
    member = NetworkMemberDialog(NetworkMember(name="Ria", relation="dochter", is_informal_carer=True, id="m1"))
    for dialog in (consent, close, member):
        qtbot.addWidget(dialog)
        assert dialog.form.objectName() == type(dialog).__name__  # the form's top widget
    assert consent.verbal_radio.isChecked() and not consent.written_radio.isChecked()
    assert close.reason_combo.count() == 6 and close.appreciation_spin.specialValueText() == "Geen cijfer"
    changed = member.member()
    assert (changed.name, changed.relation, changed.is_informal_carer, changed.id) == ("Ria", "dochter", True, "m1")
