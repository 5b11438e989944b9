"""Finds pairs of modules in one crate that import each other.

A module's imports are the `crate::a::b` and `super::x` paths in its code
(comments and its `#[cfg(test)] mod tests` left out), mapped to the longest
module they name. Prints each pair and exits 1 if there is one.
"""

import os
import re
import sys

ROOTS = ["src"] + sorted(
    os.path.join("crates", c, "src") for c in os.listdir("crates") if os.path.isdir(os.path.join("crates", c, "src"))
)


def module_of(root, path):
    parts = os.path.relpath(path, root)[:-3].split(os.sep)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return tuple(parts)


def longest_module(path, modules):
    for k in range(len(path), -1, -1):
        if path[:k] in modules:
            return path[:k]
    return None


def pairs_in(root):
    modules = {}
    for folder, _, names in os.walk(root):
        for name in names:
            if name.endswith(".rs"):
                path = os.path.join(folder, name)
                modules[module_of(root, path)] = path
    imports = {}
    for module, path in modules.items():
        with open(path, encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r"(?m)^\s*//.*$", "", text)
        text = re.sub(r"#\[cfg\(test\)\]\s*mod tests \{.*", "", text, flags=re.S)
        found = set()
        for named in re.findall(r"\bcrate::((?:\w+::)*\w+)", text):
            target = longest_module(tuple(named.split("::")), modules)
            if target:
                found.add(target)
        for named in re.findall(r"\bsuper::((?:\w+::)*\w+)", text):
            target = longest_module(module[:-1] + tuple(named.split("::")), modules)
            if target:
                found.add(target)
        found.discard(module)
        imports[module] = found
    for a, targets in imports.items():
        for b in targets:
            # A module naming its own parent (`super::Item`) is the parent's child, not a cycle.
            if a < b and a in imports.get(b, ()) and a != b[: len(a)] and b != a[: len(b)]:
                yield "/".join(a) or "(root)", "/".join(b) or "(root)"


def main():
    bad = [(root, a, b) for root in ROOTS for a, b in pairs_in(root)]
    for root, a, b in bad:
        print(f"{root}: modules `{a}` and `{b}` import each other", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
