#!/usr/bin/env python3
"""Runs the WASI preview 1 conformance programs through the `wasmsharp run` CLI.

Each program of ../shared/wasi-testsuite/wasm32-wasip1 (or $WASMSHARP_WASI_TESTSUITE) runs in a
fresh temporary copy of its directory. Its <name>.json becomes flags: "args" are the guest's
arguments, "env" becomes --env NAME=VAL, "root" is preopened as / and each of "dirs" under its own
name (--dir HOST::GUEST); "exit_code", "stdout" and "stderr" are compared (missing json: no
arguments, exit 0). Prints one line per failure and last "N passed, M failed"; exits 1 on failure.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
suite = os.environ.get("WASMSHARP_WASI_TESTSUITE") or os.path.join(repo, "..", "shared", "wasi-testsuite", "wasm32-wasip1")
cli = os.path.join(repo, "src", "WasmSharp.Cli", "bin", "Release", "net10.0", "wasmsharp")

if not os.path.isdir(suite):
    sys.exit(f"wasi-testsuite not found at {suite} (set WASMSHARP_WASI_TESTSUITE)")
if not os.path.exists(cli):
    subprocess.run(["dotnet", "build", os.path.join(repo, "src", "WasmSharp.Cli"), "-c", "Release", "-v", "q"], check=True)

passed = failed = 0
for root, _, files in sorted(os.walk(suite)):
    for wasm in sorted(f for f in files if f.endswith(".wasm")):
        name = wasm[:-5]
        spec_path = os.path.join(root, name + ".json")
        spec = json.load(open(spec_path)) if os.path.exists(spec_path) else {}
        work = tempfile.mkdtemp(prefix="wasi-cli-")
        try:
            shutil.copy(os.path.join(root, wasm), work)
            flags = []
            for key, value in spec.get("env", {}).items():
                flags += ["--env", f"{key}={value}"]
            preopens = ([(spec["root"], "/")] if "root" in spec else []) + [(d, d) for d in spec.get("dirs", [])]
            for host, guest in preopens:
                shutil.copytree(os.path.join(root, host), os.path.join(work, host), dirs_exist_ok=True)
                flags += ["--dir", f"{host}::{guest}"]
            result = subprocess.run([cli, "run", *flags, wasm, *spec.get("args", [])], cwd=work,
                                    capture_output=True, timeout=300)
            problems = []
            if result.returncode != spec.get("exit_code", 0):
                problems.append(f"exit code {result.returncode}, expected {spec.get('exit_code', 0)}")
            for stream in ("stdout", "stderr"):
                if stream in spec and getattr(result, stream).decode("utf-8", "replace") != spec[stream]:
                    problems.append(f"{stream} differs")
            label = os.path.relpath(os.path.join(root, wasm), suite)
            if problems:
                failed += 1
                print(f"FAIL {label}: {'; '.join(problems)} {result.stderr.decode('utf-8', 'replace')[:200]!r}")
            else:
                passed += 1
        finally:
            for dirpath, dirnames, filenames in os.walk(work):
                for entry in dirnames + filenames:
                    try:
                        os.chmod(os.path.join(dirpath, entry), 0o700)
                    except OSError:
                        pass
            shutil.rmtree(work, ignore_errors=True)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
