#!/usr/bin/env bash
# Runs samples/tour.ipynb end to end through Jupyter and writes it as HTML with its outputs:
# installs the Cofactor kernelspec into a temporary Jupyter data directory (yours is left as
# it is), then executes the notebook with nbconvert. Needs jupyter nbconvert and nbclient
# (Debian: apt-get install python3-jupyter-client python3-nbclient jupyter-nbconvert).
#   samples/run-notebook.sh [OUTPUT_DIR]      (default: target/notebook)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/target/notebook}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export JUPYTER_DATA_DIR="$data"
"$root/cofactor" kernel install >/dev/null
# PNG before SVG: nbconvert 6's HTML export runs SVG through an HTML cleaner that strips its
# drawing (jupyter/nbconvert#1849, fixed in 7); JupyterLab shows either
jupyter nbconvert --to html --execute --ExecutePreprocessor.timeout=600 \
    --NbConvertBase.display_data_priority="['text/html', 'text/markdown', 'text/latex', 'image/png', 'image/svg+xml', 'text/plain']" \
    --output-dir "$out" "$root/samples/tour.ipynb"
echo "wrote $out/tour.html"
