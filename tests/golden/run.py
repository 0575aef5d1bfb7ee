#!/usr/bin/env python3
"""Golden-file tests for the rapporteur command line, after jq's tests/jq.test.

A .test file is a list of cases separated by blank lines; '#' lines are
comments. A case:

    $ segment --format text -         the command: arguments after `rapporteur`,
                                      split like a shell would (shlex); @SRC@ and
                                      @SHARED@ become the source tree and ../shared
                                      (here and in expected stdout/stderr lines)
    < a line of standard input        (any number; joined with newlines)
    > a line of expected stdout       (any number; compared exactly)
    >~ a regex the stdout must match  (search, multi-line)
    ! a line of expected stderr       (each must occur in stderr, in order)
    ? 1                               expected exit status (default 0)
    @needs shared                     skip the case when ../shared is absent

Every case runs with LC_ALL=C.UTF-8 from the build tree; with RP_VALGRIND=1
(make check-valgrind) under valgrind memcheck, where any memory error or
definite leak fails the case (exit status 99). The last line is
`N passed, N failed, N skipped`; the exit status is 1 if anything failed.
"""
import os
import re
import shlex
import subprocess
import sys


def parse(path):
    cases, cur = [], None
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if cur:
                    cases.append(cur)
                cur = None
                continue
            if cur is None:
                cur = {"line": lineno, "cmd": None, "stdin": [], "stdout": [], "regex": [],
                       "stderr": [], "status": 0, "needs": []}
            tag, _, rest = line.partition(" ")
            if tag == "$":
                cur["cmd"] = rest
            elif tag == "<":
                cur["stdin"].append(rest)
            elif tag == ">":
                cur["stdout"].append(rest)
            elif tag == ">~":
                cur["regex"].append(rest)
            elif tag == "!":
                cur["stderr"].append(rest)
            elif tag == "?":
                cur["status"] = int(rest)
            elif tag == "@needs":
                cur["needs"].append(rest.strip())
            elif line in ("<", ">"):
                cur["stdin" if line == "<" else "stdout"].append("")
            else:
                sys.exit(f"{path}:{lineno}: cannot parse test line: {line!r}")
    if cur:
        cases.append(cur)
    return cases


def main():
    rap = os.environ.get("RAPPORTEUR", "./rapporteur")
    src = os.environ.get("RP_SRCDIR", ".")
    shared = os.environ.get("RP_SHARED", os.path.join(src, "..", "shared"))
    passed = failed = skipped = 0
    for path in sys.argv[1:]:
        for n, case in enumerate(parse(path), 1):
            if case["cmd"] is None:
                print(f"{path}:{case['line']}: case without a `$` command line")
                failed += 1
                continue
            if "shared" in case["needs"] and not os.path.isdir(os.path.join(shared, "corpora")):
                print(f"SKIP {path}:{case['line']}: needs ../shared (not present)")
                skipped += 1
                continue
            def subst(t):
                return t.replace("@SRC@", src).replace("@SHARED@", shared)
            cmd = subst(case["cmd"])
            case["stdout"] = [subst(x) for x in case["stdout"]]
            case["stderr"] = [subst(x) for x in case["stderr"]]
            argv = [rap] + shlex.split(cmd)
            if os.environ.get("RP_VALGRIND") == "1":
                argv = ["valgrind", "-q", "--error-exitcode=99", "--leak-check=full",
                        "--errors-for-leak-kinds=definite", "--show-leak-kinds=definite"] + argv
            stdin = ("\n".join(case["stdin"]) + "\n") if case["stdin"] else ""
            env = dict(os.environ, LC_ALL="C.UTF-8")
            p = subprocess.run(argv, input=stdin.encode(), capture_output=True, env=env)
            out = p.stdout.decode("utf-8", "replace")
            err = p.stderr.decode("utf-8", "replace")
            problems = []
            if p.returncode != case["status"]:
                problems.append(f"exit status {p.returncode}, expected {case['status']}")
            if case["stdout"] or not case["regex"]:
                want = "\n".join(case["stdout"]) + ("\n" if case["stdout"] else "")
                if out != want:
                    problems.append("stdout differs:\n--- expected\n" + want + "--- got\n" + out)
            for rx in case["regex"]:
                if not re.search(rx, out, re.M):
                    problems.append(f"stdout does not match /{rx}/:\n{out}")
            pos = 0
            for want_err in case["stderr"]:
                i = err.find(want_err, pos)
                if i < 0:
                    problems.append(f"stderr lacks {want_err!r}:\n{err}")
                    break
                pos = i + len(want_err)
            if problems:
                failed += 1
                print(f"FAIL {path}:{case['line']}: rapporteur {cmd}")
                for pr in problems:
                    print("  " + pr.replace("\n", "\n  "))
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
