"""A calm look in light and dark that follows the computer's colour scheme, with controls that stay visible.

- `apply_theme(app, scheme)`: scheme "light", "dark" or None (follow the OS, and follow it again when it
  changes). Fusion with one palette per scheme; every colour used anywhere comes from a palette role.
- `OcoStyle`: check boxes, radio buttons and the borders of text fields, combo boxes and spin boxes get an
  outline of at least 3:1 against their background (Fusion's own outline is about 1.1:1 in dark).
- `FocusRing`: a 2-pixel outline in the highlight colour around whatever has keyboard focus (tab bars,
  tables and scroll areas included), so focus is always visible.
- `contrast(a, b)`: the WCAG contrast ratio, used by the tests and by `border_color`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
MIN_CONTRAST = 3.0


# -- colour arithmetic ---------------------------------------------------------------------------------

def _channel(value: float) -> float:
    value /= 255.0
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    return 0.2126 * _channel(color.red()) + 0.7152 * _channel(color.green()) + 0.0722 * _channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`amount` of a, the rest b."""
    return QColor(round(a.red() * amount + b.red() * (1 - amount)),
                  round(a.green() * amount + b.green() * (1 - amount)),
                  round(a.blue() * amount + b.blue() * (1 - amount)))


def border_color(palette: QPalette, group: QPalette.ColorGroup = Group.Active) -> QColor:
    """The outline of fields and indicators: text colour mixed into the window colour until it stands out
    at least 3:1 against both the window and the field background."""
    text, window, base = (palette.color(group, r) for r in (Role.WindowText, Role.Window, Role.Base))
    for amount in (0.55, 0.65, 0.75, 0.85, 1.0):
        color = mix(text, window, amount)
        if contrast(color, window) >= MIN_CONTRAST + 0.2 and contrast(color, base) >= MIN_CONTRAST + 0.2:
            return color
    return text


# -- palettes ---------------------------------------------------------------------------------------------

def light_palette() -> QPalette:
    palette = QStyleFactory.create("Fusion").standardPalette()
    palette.setColor(Role.Highlight, QColor("#1f5fae"))  # 4.9:1 on the window: visible focus and selection
    palette.setColor(Role.HighlightedText, QColor("#ffffff"))
    palette.setColor(Role.Link, QColor("#1f5fae"))
    palette.setColor(Role.PlaceholderText, QColor("#666666"))
    return palette


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        Role.Window: "#2b2b2b", Role.WindowText: "#eeeeee", Role.Base: "#1f1f1f", Role.AlternateBase: "#353535",
        Role.ToolTipBase: "#3a3a3a", Role.ToolTipText: "#eeeeee", Role.Text: "#eeeeee", Role.Button: "#3a3a3a",
        Role.ButtonText: "#eeeeee", Role.BrightText: "#ffffff", Role.Light: "#4a4a4a", Role.Midlight: "#404040",
        Role.Mid: "#303030", Role.Dark: "#1a1a1a", Role.Shadow: "#000000", Role.Highlight: "#6cb0ff",
        Role.HighlightedText: "#0b0b0b", Role.Link: "#8cc4ff", Role.LinkVisited: "#c9a6ff",
        Role.PlaceholderText: "#a8a8a8",
    }
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    for role, value in {Role.WindowText: "#8a8a8a", Role.Text: "#8a8a8a", Role.ButtonText: "#8a8a8a",
                        Role.HighlightedText: "#8a8a8a", Role.Base: "#262626", Role.Button: "#323232"}.items():
        palette.setColor(Group.Disabled, role, QColor(value))
    return palette


def system_scheme() -> str:
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


# -- the style ---------------------------------------------------------------------------------------------

class OcoStyle(QProxyStyle):
    """Fusion with outlines that can be seen, in any palette."""

    OUTLINED = {
        QStyle.PrimitiveElement.PE_IndicatorCheckBox: "rect",
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck: "rect",
        QStyle.PrimitiveElement.PE_IndicatorRadioButton: "ellipse",
        QStyle.PrimitiveElement.PE_FrameLineEdit: "rect",
    }

    def __init__(self):
        super().__init__(QStyleFactory.create("Fusion"))
        self.setObjectName("oco")

    def _outline(self, painter: QPainter, option: QStyleOption, shape: str, rect: QRect | None = None) -> None:
        group = Group.Disabled if not option.state & QStyle.StateFlag.State_Enabled else Group.Active
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, shape == "ellipse")
        # A round outline is smoothed: 1.5 px keeps its middle at the full colour (3:1 measured on pixels).
        painter.setPen(QPen(border_color(option.palette, group), 1.5 if shape == "ellipse" else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        r = (rect or option.rect).adjusted(0, 0, -1, -1)
        if shape == "ellipse":
            painter.drawEllipse(r.adjusted(1, 1, -1, -1))
        else:
            painter.drawRect(r)
        painter.restore()

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 (Qt API)
        super().drawPrimitive(element, option, painter, widget)
        shape = self.OUTLINED.get(element)
        if shape is not None:
            self._outline(painter, option, shape)

    def drawComplexControl(self, control, option, painter, widget=None):  # noqa: N802 (Qt API)
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox):
            frame = getattr(option, "frame", True)
            if frame:
                self._outline(painter, option, "rect")


# -- focus -------------------------------------------------------------------------------------------------

class FocusRing(QFocusFrame):
    """A 2-pixel highlight-coloured outline around the focused control (follows focus through the app)."""

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        pen = QPen(self.palette().color(Role.Highlight), 2)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


class _FocusFollower(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.window() is new:
            # At shutdown the ring may already be gone while the last window gives up focus.
            if self.ring is not None and _alive(self.ring):
                self.ring.setWidget(None)
                self.ring.hide()
            return
        if self.ring is None or not _alive(self.ring):
            self.ring = FocusRing()
        self.ring.setWidget(new)
        self.ring.show()
        self.ring.raise_()


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True


# -- applying ------------------------------------------------------------------------------------------------

def apply_theme(app: QApplication, scheme: str | None = None) -> str:
    """Fusion + OcoStyle, the palette of `scheme` (None: the OS's, and again when the OS changes), and the
    focus ring. Returns the scheme used."""
    follow = scheme is None
    chosen = system_scheme() if follow else scheme
    if not isinstance(app.style(), OcoStyle):
        app.setStyle(OcoStyle())
    app.setPalette(dark_palette() if chosen == "dark" else light_palette())
    app._oco_follow_os = follow
    if not getattr(app, "_oco_theme_hooks", False):
        app._oco_theme_hooks = True
        app._oco_focus = _FocusFollower(app)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(
            lambda _scheme: app._oco_follow_os and app.setPalette(
                dark_palette() if system_scheme() == "dark" else light_palette()))
    return chosen
