#!/usr/bin/env python3
"""Validates every content file against the JSON Schema CarerPress prints, with an independent
implementation (jsonschema), the way an editor's YAML language server would.

usage: validate_with_schema.py SCHEMA_DIR CONTENT_DIR
"""
import json
import pathlib
import sys

import jsonschema
import yaml


def kind_of(path: pathlib.Path, content: pathlib.Path) -> str | None:
    parts = path.relative_to(content).parts
    if parts[0] == "documents" and len(parts) == 2:
        return "document"
    if parts[:2] == ("library", "legislation") and len(parts) == 3:
        return "legislation"
    if parts[:2] == ("library", "areas") and len(parts) == 3:
        return "area"
    if parts[0] == "library" and len(parts) == 2:
        return {"glossary.yaml": "glossary", "organisations.yaml": "organisations", "facts.yaml": "facts"}.get(parts[1])
    return None


class PlainLoader(yaml.SafeLoader):
    """Reads dates as text, as the YAML language server does (JSON has no date type)."""


PlainLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def main() -> int:
    schemas = pathlib.Path(sys.argv[1])
    content = pathlib.Path(sys.argv[2])
    failures = 0
    checked = 0
    for path in sorted(content.rglob("*.yaml")):
        kind = kind_of(path, content)
        if kind is None:
            continue
        schema = json.loads((schemas / f"{kind}.json").read_text())
        validator = jsonschema.Draft202012Validator(schema)
        data = yaml.load(path.read_text(), Loader=PlainLoader)
        checked += 1
        for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
            failures += 1
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: {where}: {error.message[:300]}")
    print(f"{checked} files checked, {failures} problems" + (" - all valid" if failures == 0 else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
