"""environment.yml (for conda users) lists exactly the dependencies of pyproject.toml, the source of truth."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def names(requirements) -> set[str]:
    """Requirement strings -> package names; an extra such as dask[distributed] names both packages."""
    found = set()
    for requirement in requirements:
        match = re.match(r"\s*([A-Za-z0-9_.-]+)(?:\[([^\]]+)\])?", requirement)
        found.add(match.group(1).lower().replace("_", "-"))
        if match.group(2) and match.group(1).lower() == "dask":
            found |= {extra.strip().lower() for extra in match.group(2).split(",")}
    return found


def pyproject_packages() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements += extra
    return names(requirements)


def environment_packages() -> tuple[set[str], list]:
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    plain = [d for d in environment["dependencies"] if isinstance(d, str)]
    pip = [d for d in environment["dependencies"] if isinstance(d, dict)]
    return names(d for d in plain if not d.startswith(("python", "pip"))), pip


def test_environment_lists_the_same_packages_as_pyproject():
    conda, _ = environment_packages()
    assert conda == pyproject_packages()


def test_environment_installs_the_package_itself_with_pip():
    _, pip = environment_packages()
    assert pip == [{"pip": ["-e ."]}]


def test_version_floors_agree():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"]) + [r for e in project["optional-dependencies"].values() for r in e]
    floors = {names([r]).pop() if "[" not in r else "dask": r.split(">=")[1] for r in requirements if ">=" in r}
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    for dependency in environment["dependencies"]:
        if isinstance(dependency, str) and ">=" in dependency and not dependency.startswith("python"):
            name, floor = dependency.split(">=")
            if name in floors:
                assert floors[name] == floor, name
