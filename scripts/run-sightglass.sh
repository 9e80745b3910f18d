#!/usr/bin/env bash
# Runs every Sightglass program in ../shared/bench/sightglass (or $WASMSHARP_BENCH/sightglass) under
# `wasmsharp run --dir .::. -W unknown-imports-default`, each in a fresh copy of its own directory,
# and compares stdout and stderr with <name>.stdout.expected / <name>.stderr.expected where they
# exist (a program without them must still exit 0).
# With --precompiled, each program is first compiled with `wasmsharp compile` and the .cwasm is run
# with `run --allow-precompiled` (extra arguments after the flag go to both commands, e.g. -C strategy=compiler).
# Prints one line per program and last "N passed, M failed". Exits 1 if any failed.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bench="${WASMSHARP_BENCH:-$repo/../shared/bench}/sightglass"
cli="$repo/src/WasmSharp.Cli/bin/Release/net10.0/wasmsharp"
[ -d "$bench" ] || { echo "sightglass programs not found at $bench (set WASMSHARP_BENCH)" >&2; exit 1; }
[ -x "$cli" ] || dotnet build "$repo/src/WasmSharp.Cli" -c Release -v q >/dev/null || exit 1

precompiled=0
if [ "${1:-}" = "--precompiled" ]; then precompiled=1; shift; fi
passed=0; failed=0
for wasm in $(find "$bench" -name '*.wasm' | sort); do
    dir="$(dirname "$wasm")"; name="$(basename "$wasm" .wasm)"
    work="$(mktemp -d)"; cp -r "$dir/." "$work/"
    if [ $precompiled = 1 ]; then
        ( cd "$work" && "$cli" compile "$@" "$name.wasm" -o "$work/.module.cwasm" 2>"$work/.stderr" \
          && timeout 600 "$cli" run "$@" --allow-precompiled --dir .::. -W unknown-imports-default .module.cwasm >"$work/.stdout" 2>"$work/.stderr" ); code=$?
    else
        ( cd "$work" && timeout 600 "$cli" run "$@" --dir .::. -W unknown-imports-default "$name.wasm" >"$work/.stdout" 2>"$work/.stderr" ); code=$?
    fi
    ok=1
    if [ -f "$dir/$name.stdout.expected" ]; then cmp -s "$dir/$name.stdout.expected" "$work/.stdout" || ok=0; fi
    if [ -f "$dir/$name.stderr.expected" ]; then cmp -s "$dir/$name.stderr.expected" "$work/.stderr" || ok=0; fi
    if [ $ok = 1 ] && [ $code = 0 ]; then
        echo "pass  ${wasm#$bench/}"; passed=$((passed+1))
    else
        echo "FAIL  ${wasm#$bench/} (exit $code): $(head -c 300 "$work/.stderr" | tr '\n' ' ')"; failed=$((failed+1))
    fi
    rm -rf "$work"
done
echo "$passed passed, $failed failed"
[ $failed = 0 ]
