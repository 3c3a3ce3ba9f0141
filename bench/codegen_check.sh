#!/usr/bin/env bash
# Compiles and runs the C and Python code that code() writes, and checks it against
# compile to 1e-14 relative (bench/CodegenCheck.java says what and how). Skips a
# language whose gcc, python3 or numpy is missing. Usage: bench/codegen_check.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/cofactor" -e '1' >/dev/null   # builds target/cofactor.jar when the sources are newer
exec java -cp "$root/target/cofactor.jar" "$root/bench/CodegenCheck.java"
