#!/usr/bin/env bash
# Fetches the large real WASI programs of the `first-result` benchmark (issue #10) into a cache
# folder, from the npm registry with `npm pack`, and unpacks them. Never commit what it writes.
#   scripts/fetch-large-programs.sh CACHE_DIR
# Writes CACHE_DIR/yosys-0.55.944/{yosys.core.wasm,share/} (YoWASP Yosys: a WASI command with 34k
# functions; its share/ files come from gen/resources-yosys.js, where the JS wrapper keeps them)
# and CACHE_DIR/ruby-3.4-2.10.1/ruby.wasm (ruby.wasm: a WASI reactor with 17.8k functions). Each
# program's folder gets a `complete` marker last, so an interrupted fetch is redone.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 CACHE_DIR" >&2
    exit 2
fi

cache=$(mkdir -p "$1" && cd "$1" && pwd)

# unpack PACKAGE@VERSION DEST: `npm pack` the tarball into a scratch folder and untar it as DEST/package.
unpack() {
    local spec=$1 dest=$2 scratch
    scratch=$(mktemp -d "$cache/.fetch-XXXXXX")
    (cd "$scratch" && npm pack --silent "$spec" >/dev/null)
    rm -rf "$dest"
    mkdir -p "$dest"
    tar -xzf "$scratch"/*.tgz -C "$dest"
    rm -rf "$scratch"
}

yosys="$cache/yosys-0.55.944"
if [ ! -f "$yosys/complete" ]; then
    unpack @yowasp/yosys@0.55.944 "$yosys"
    mv "$yosys/package/gen/yosys.core.wasm" "$yosys/yosys.core.wasm"
    # resources-yosys.js exports `filesystem`: a tree whose leaves are file contents (strings or
    # bytes) or URLs of files shipped next to it (the large cell libraries). Write it out as share/.
    node --input-type=module - "$yosys/package/gen/resources-yosys.js" "$yosys" <<'JS'
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
const [resources, dest] = process.argv.slice(2);
const { filesystem } = await import(pathToFileURL(resources).href);
function write(dir, tree) {
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, value] of Object.entries(tree)) {
        const target = path.join(dir, name);
        if (typeof value === "string" || value instanceof Uint8Array) {
            fs.writeFileSync(target, value);
        } else if (value instanceof URL) {
            fs.copyFileSync(fileURLToPath(value), target);
        } else {
            write(target, value);
        }
    }
}
write(dest, filesystem);
JS
    rm -rf "$yosys/package"
    touch "$yosys/complete"
fi

ruby="$cache/ruby-3.4-2.10.1"
if [ ! -f "$ruby/complete" ]; then
    unpack @ruby/3.4-wasm-wasi@2.10.1 "$ruby"
    mv "$ruby/package/dist/ruby.wasm" "$ruby/ruby.wasm"
    rm -rf "$ruby/package"
    touch "$ruby/complete"
fi

echo "$cache"
