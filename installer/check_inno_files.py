"""Check the Inno Setup script against the real build, on any platform (ISCC itself needs Windows).

    python installer/check_inno_files.py [--iss installer/windows/oco-desktop.iss]

After `python installer/build.py` this checks that:
- every #include, SetupIconFile and [Files] Source exists (wildcards must match at least one file);
- every {app}\\... file named in [Icons], [Run] and UninstallDisplayIcon is installed by [Files];
- names come from pyproject.toml (version.iss is current) and the vault path in [Code] is the one
  oco_desktop.paths uses, and [UninstallDelete] never names the vault.
On Linux/macOS the build has no .exe files: `oco-desktop.exe` is looked for as `oco-desktop`, and the
console twin `oco-desktop-cli.exe` (built on Windows only, see installer/oco_desktop.spec) is
accepted when the spec builds it. Exits 1 and lists every problem when anything is off.
"""

from __future__ import annotations

import argparse
import glob
import re
import sys
from pathlib import Path, PureWindowsPath

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metadata  # noqa: E402

ROOT = metadata.ROOT
DEFAULT_ISS = metadata.INSTALLER_DIR / "windows" / "oco-desktop.iss"
IS_WINDOWS = sys.platform == "win32"


def to_path(base: Path, windows_path: str) -> Path:
    return base.joinpath(*PureWindowsPath(windows_path).parts)


class IssScript:
    """Just enough of ISPP (#define, #include, {#Name}) and the section syntax for these checks."""

    DEFINE = re.compile(r'^#define\s+(\w+)\s+(.+)$')

    def __init__(self, path: Path):
        self.path = path
        self.defines: dict[str, str] = {}
        self.includes: list[Path] = []
        self.lines = self._read(path)

    def _value(self, expression: str) -> str:
        """A string expression of quoted literals and defined names joined with '+'."""
        parts = re.findall(r'"([^"]*)"|(\w+)', expression)
        return "".join(literal if literal or not name else self.defines[name] for literal, name in parts)

    def _read(self, path: Path) -> list[str]:
        lines = []
        for raw in path.read_text(encoding="utf-8-sig").splitlines():
            line = raw.strip()
            if match := self.DEFINE.match(line):
                self.defines[match.group(1)] = self._value(match.group(2))
            elif line.startswith("#include"):
                include = to_path(path.parent, self._value(line[len("#include"):]))
                self.includes.append(include)
                if include.is_file():
                    lines += self._read(include)
            elif not line.startswith("#"):
                lines.append(self.expand(raw))
        return lines

    def expand(self, text: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda m: self.defines.get(m.group(1), m.group(0)), text)

    def section(self, name: str) -> list[str]:
        out, current = [], None
        for line in self.lines:
            stripped = line.strip()
            if re.fullmatch(r"\[\w+\]", stripped):
                current = stripped[1:-1].lower()
            elif current == name.lower() and stripped and not stripped.startswith(";"):
                out.append(stripped)
        return out

    def entries(self, name: str) -> list[dict[str, str]]:
        """`Key: "value"; Key: value` lines as dicts."""
        rows = []
        for line in self.section(name):
            pairs = re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line)
            rows.append({key.lower(): value.strip().strip('"') for key, value in pairs})
        return rows

    def setting(self, key: str) -> str | None:
        for line in self.section("Setup"):
            if line.lower().startswith(key.lower() + "="):
                return line.split("=", 1)[1].strip()
        return None


def installed_files(script: IssScript, app_dir: Path) -> tuple[set[str], list[str]]:
    """{app}-relative names the [Files] section installs, and the Source problems found."""
    iss_dir = script.path.parent
    installed, problems = set(), []
    cli_name = f"{metadata.load().app_id}{metadata.WINDOWS_CLI_SUFFIX}.exe"
    for entry in script.entries("Files"):
        source, dest = entry.get("source", ""), entry.get("destdir", "")
        dest_rel = dest.replace("{app}", "").strip("\\")
        path = to_path(iss_dir, source)
        if "*" in path.name:
            matches = [Path(p) for p in glob.glob(str(path.parent / "**" / path.name), recursive=True)]
            matches = [p for p in matches if p.is_file()]
            if not matches:
                problems.append(f"[Files] {source}: matches no file")
            for match in matches:
                rel = match.relative_to(path.parent)
                installed.add(str(PureWindowsPath(dest_rel, *rel.parts)))
            continue
        name = PureWindowsPath(source).name
        installed.add(str(PureWindowsPath(dest_rel, name)))
        if path.is_file():
            continue
        if not IS_WINDOWS and path.suffix == ".exe":
            if name == cli_name and spec_builds_cli_twin():
                continue  # built on Windows only
            if path.with_suffix("").is_file():
                continue
        problems.append(f"[Files] {source}: not found ({path})")
    return installed, problems


def spec_builds_cli_twin() -> bool:
    spec = (metadata.INSTALLER_DIR / "oco_desktop.spec").read_text(encoding="utf-8")
    return "WINDOWS_CLI_SUFFIX" in spec and "if IS_WINDOWS:" in spec


def check(iss: Path) -> list[str]:
    meta = metadata.load()
    app_dir = metadata.dist_app_dir(meta)
    if not app_dir.is_dir():
        return [f"{app_dir} does not exist: run python installer/build.py first"]
    script = IssScript(iss)
    problems = [f"#include {p}: not found (run installer/build.py)" for p in script.includes if not p.is_file()]
    if problems:
        return problems

    expected = {"AppName": meta.display_name, "AppVersion": meta.version, "AppId": meta.app_id,
                "AppExeName": f"{meta.app_id}.exe"}
    for name, value in expected.items():
        if script.defines.get(name) != value:
            problems.append(f"#define {name} is {script.defines.get(name)!r}, pyproject says {value!r}")

    for key in ("SetupIconFile",):
        value = script.setting(key)
        if value and not to_path(iss.parent, value).is_file():
            problems.append(f"{key}={value}: not found")
    for key, value in (("PrivilegesRequired", "lowest"),):
        if (script.setting(key) or "").lower() != value:
            problems.append(f"{key} must be {value} (per-user install without admin rights)")
    languages = {row.get("name") for row in script.entries("Languages")}
    if not {"dutch", "english"} <= languages:
        problems.append(f"[Languages] must offer dutch and english, has {sorted(languages)}")

    installed, file_problems = installed_files(script, app_dir)
    problems += file_problems
    targets = [("UninstallDisplayIcon", script.setting("UninstallDisplayIcon") or "")]
    targets += [(f"[Icons] {row.get('name')}", row.get("filename", "")) for row in script.entries("Icons")]
    targets += [("[Run]", row.get("filename", "")) for row in script.entries("Run")]
    for label, target in targets:
        if target.startswith("{app}\\"):
            rel = str(PureWindowsPath(target[len("{app}\\"):]))
            if rel not in installed:
                problems.append(f"{label}: {target} is not installed by [Files]")

    from oco_desktop import paths  # the vault name the app really uses

    vault_name = paths.default_vault_path().name
    vault_dir = script.defines.get("VaultDir", "")
    wanted = f"{{localappdata}}\\{meta.app_id}\\{vault_name}"
    if vault_dir != wanted:
        problems.append(f"VaultDir is {vault_dir!r}; the app keeps its vault in {wanted!r}")
    for row in script.entries("UninstallDelete"):
        if vault_name in row.get("name", "") or row.get("name", "").rstrip("\\") == script.defines.get("DataDir"):
            problems.append(f"[UninstallDelete] {row.get('name')} would delete the vault unasked")
    code = "\n".join(script.section("Code"))
    if "Checked := False" not in code or "DelTree(Vault" not in code:
        problems.append("[Code] must offer an unticked 'delete my vault' box and delete only when ticked")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check the Inno Setup script against the build.")
    parser.add_argument("--iss", type=Path, default=DEFAULT_ISS)
    args = parser.parse_args(argv)
    problems = check(args.iss.resolve())
    if problems:
        print(f"{args.iss.name}: {len(problems)} problem(s)")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print(f"{args.iss.name}: every file it names is in the build, names and vault path match")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
