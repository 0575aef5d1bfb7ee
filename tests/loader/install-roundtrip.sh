#!/bin/sh
# install-roundtrip.sh -- the promise of rapporteur-plugin(7), end to end:
# stage `make install DESTDIR=...`, build examples/symbols out of tree with
# nothing but its own Makefile and `pkg-config rapporteur-plugin` pointed at
# the staged tree, then check that rapporteur loads it by name -- both the
# build tree's binary (--plugin-dir) and the installed one
# (RAPPORTEUR_PLUGIN_PATH).
set -eu
: "${RP_BUILDDIR:?run me from make check}" "${RP_SRCDIR:?}" "${RAPPORTEUR:?}"
command -v pkg-config >/dev/null 2>&1 || { echo "SKIP: pkg-config not found"; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rp-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
fail() { echo "FAIL: $*"; exit 1; }

# 1. a staged installation (a sub-make of its own, not make check's jobserver)
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$RP_BUILDDIR" install DESTDIR="$tmp/root" \
    >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "make install DESTDIR=... failed"; }
pc=$(find "$tmp/root" -name rapporteur-plugin.pc | head -n 1)
[ -n "$pc" ] || fail "make install did not install rapporteur-plugin.pc"
header=$(find "$tmp/root" -path '*/include/rapporteur/plugin.h' | head -n 1)
[ -n "$header" ] || fail "make install did not install rapporteur/plugin.h"
[ -n "$(find "$tmp/root" -path '*/man7/rapporteur-plugin.7')" ] ||
    fail "make install did not install the rapporteur-plugin(7) man page"
installed=$(find "$tmp/root" -path '*/bin/rapporteur' | head -n 1)
[ -x "$installed" ] || fail "make install did not install bin/rapporteur"

# 2. the example, built out of tree against the staged header only
mkdir "$tmp/symbols" "$tmp/plugins"
cp "$RP_SRCDIR/examples/symbols/symbols.c" "$RP_SRCDIR/examples/symbols/Makefile" "$tmp/symbols/"
PKG_CONFIG_LIBDIR=$(dirname "$pc") PKG_CONFIG_PATH= PKG_CONFIG_SYSROOT_DIR="$tmp/root" \
    env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
    make -s -C "$tmp/symbols" CFLAGS="-O2 -Wall -Wextra -Werror" >"$tmp/build.log" 2>&1 ||
    { cat "$tmp/build.log"; fail "examples/symbols does not build against the installed header"; }
cp "$tmp/symbols/symbols.so" "$tmp/plugins/"

# 3. loaded by name, by the build tree's binary ...
"$RAPPORTEUR" plugins --plugin-dir "$tmp/plugins" >"$tmp/list.txt" || fail "rapporteur plugins failed"
grep -Eq '^symbols 1\.0\.0 \(ABI 1\.[0-9]+\)' "$tmp/list.txt" || { cat "$tmp/list.txt"; fail "symbols not listed"; }
grep -q "^    $tmp/plugins/symbols.so\$" "$tmp/list.txt" || { cat "$tmp/list.txt"; fail "symbols: wrong path"; }

# ... and by the installed one, found through RAPPORTEUR_PLUGIN_PATH
RAPPORTEUR_PLUGIN_PATH="$tmp/plugins" "$installed" plugins --format json >"$tmp/list.json" ||
    fail "the installed rapporteur plugins failed"
grep -q "^{\"name\":\"symbols\",\"path\":\"$tmp/plugins/symbols.so\",\"status\":\"ok\"" "$tmp/list.json" ||
    { cat "$tmp/list.json"; fail "the installed rapporteur does not list symbols"; }
# the installed binary must not look into the build tree
if grep -q "$RP_BUILDDIR/plugins" "$tmp/list.json"; then
    cat "$tmp/list.json"; fail "the installed rapporteur searched the build tree"
fi
# 4. the shipped plugins, installed and then moved (a staged tree): each
# loads from where it is, through its .la file
pkglib=$(dirname "$(find "$tmp/root" -name '*.la' -path '*/rapporteur/*' | head -n 1)")
if [ -d "$pkglib" ]; then
    RAPPORTEUR_PLUGIN_PATH="$pkglib" "$installed" plugins --format json >"$tmp/shipped.json" ||
        fail "the installed rapporteur cannot list its own plugins"
    for la in "$pkglib"/*.la; do
        name=$(basename "$la" .la)
        grep -q "^{\"name\":\"$name\",\"path\":\"$la\",\"status\":\"ok\"" "$tmp/shipped.json" ||
            { cat "$tmp/shipped.json"; fail "installed plugin $name does not load"; }
    done
fi
echo "PASS: examples/symbols builds against the staged install and loads by name"
