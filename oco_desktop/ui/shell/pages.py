"""The pages of an opened client, in tab order: (module, class name).

Each page is a QWidget with the constructor `Page(session, parent=None)`, a `title()` method returning
its translated tab title, and `show_client(client_id: str | None)` / `show_case(case_id: str | None)`.
Add a line here to add a page; the client workspace builds its tabs from this list.
"""

CLIENT_PAGES: list[tuple[str, str]] = [
    ("oco_desktop.ui.client.client_details_page", "ClientDetailsPage"),
    ("oco_desktop.ui.client.cases_page", "CasesPage"),
    ("oco_desktop.ui.client.notes_page", "NotesPage"),
    ("oco_desktop.ui.checklist.checklist_page", "ChecklistPage"),
    ("oco_desktop.ui.agenda.follow_ups_page", "FollowUpsPage"),
    ("oco_desktop.ui.plan.plan_page", "PlanPage"),
    ("oco_desktop.ui.route.route_page", "RoutePage"),
    ("oco_desktop.ui.backup.access_log_page", "AccessLogPage"),
]

# Pages of the home area (left side of the main window), in tab order. Same constructor;
# they do not get show_client/show_case. Optional: `focus_input()` to put the cursor in its main field.
HOME_PAGES: list[tuple[str, str]] = [
    ("oco_desktop.ui.agenda.today_view", "TodayView"),
    ("oco_desktop.ui.caseload.caseload_view", "CaseloadView"),
    ("oco_desktop.ui.search.search_view", "SearchView"),
    ("oco_desktop.ui.reports.overview_page", "OverviewPage"),
]

# Dialogs, for `oco-desktop screenshot` and the keyboard and screen-reader tests: (module, function),
# where function(session, parent) -> QDialog builds the dialog for the open vault's first client without
# showing it or writing anything. Add a line here when you add a dialog.
DIALOGS: list[tuple[str, str]] = [
    ("oco_desktop.ui.shell.dialog_examples", "new_client"),
    ("oco_desktop.ui.shell.dialog_examples", "consent"),
    ("oco_desktop.ui.shell.dialog_examples", "network_member"),
    ("oco_desktop.ui.shell.dialog_examples", "close_case"),
    ("oco_desktop.ui.shell.dialog_examples", "follow_up"),
    ("oco_desktop.ui.shell.dialog_examples", "move_date"),
    ("oco_desktop.ui.shell.dialog_examples", "settings"),
    ("oco_desktop.ui.shell.dialog_examples", "change_passphrase"),
]
