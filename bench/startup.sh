#!/usr/bin/env bash
# Whole-process times of one-shot runs, each row beside Giac in the same call: Cofactor and Giac
# alternate (A B A B ...) N times (default 9) and the table shows the medians of wall and CPU
# (user + system, all threads: the JIT compilers and the collector count too) and the ratio
# of the medians. Rows without a Giac command run Cofactor alone.
# Usage: bench/startup.sh [N] [ROW-NAME-SUBSTRING]    (needs giac on the PATH for the Giac column)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-9}"
only="${2:-}"

trig5='[[cos x, -sin x, 0, x, 1], [sin x, cos x, exp(y), 0, y], [0, exp(-y), cos y, -sin y, x*y], [x, 0, sin y, cos y, exp(x)], [1, y, x*y, exp(-x), cos(x + y)]]'
trig6='[[cos x, -sin x, 0, x, 1, y], [sin x, cos x, exp(y), 0, y, x], [0, exp(-y), cos y, -sin y, x*y, 1], [x, 0, sin y, cos y, exp(x), 0], [1, y, x*y, exp(-x), cos(x + y), sin x], [y, 1, 0, x, sin(x*y), cos y]]'
giac_trig5='[[cos(x),-sin(x),0,x,1],[sin(x),cos(x),exp(y),0,y],[0,exp(-y),cos(y),-sin(y),x*y],[x,0,sin(y),cos(y),exp(x)],[1,y,x*y,exp(-x),cos(x+y)]]'
giac_generic7="[$(for i in 1 2 3 4 5 6 7; do printf '%s[' "$([ $i -gt 1 ] && echo ,)"; for j in 1 2 3 4 5 6 7; do printf '%sa%d%d' "$([ $j -gt 1 ] && echo ,)" $i $j; done; printf ']'; done)]"

# name | Cofactor statements (-e; FILE f runs a file) | Giac input (empty: Cofactor alone). Giac
# computes each in its fastest form: det_minor (minor expansion; its default det takes 13 s on the
# generic 7x7), its internal polynomials for the power, Jacobi's formula by hand (a sum of
# determinants with one column differentiated, simplified, then 5 random points).
rows=(
  "1+1|1+1|1+1;"
  "det 7x7 generic, expanded (terms)|nterms(det(matrix(a, 7, 7)))|nops(det_minor($giac_generic7));"
  "trig5 det + d/dx + grad|A = $trig5; D = det(A); Dx = d(D, x); G = grad(D, [x, y]); nterms(Dx)|A:=$giac_trig5:; D:=det_minor(A):; Dx:=diff(D,x):; G:=grad(D,[x,y]):; nops(Dx);"
  "10th derivative of sin(sin(sin(sin x))) (terms)|nterms(d(sin(sin(sin(sin(x)))), x, 10))|nops(diff(sin(sin(sin(sin(x)))),x\$10));"
  "jacobi, 5x5 trig (Giac by hand)|jacobi($trig5, x)|A:=$giac_trig5:; dA:=diff(A,x):; L:=diff(det_minor(A),x):; R:=sum(det_minor(makemat((r,c)->if c==j then dA[r,c] else A[r,c] fi,5,5)),j,0,4):; simplify(L-R); [seq(subst(L-R,[x,y],[rand(0,1.0),rand(0,1.0)]),k,1,5)];"
  "expand((1+x+y+z)^100) (terms; Giac: p^100 of its polynomial)|nterms(expand((1+x+y+z)^100))|p:=symb2poly(1+x+y+z,[x,y,z]):; q:=p^100:; size(q);"
  "jacobi, 6x6 trig (a long run)|jacobi($trig6, x)|"
  "samples/seed.cof|FILE samples/seed.cof|"
)

./cofactor -e '1+1' >/dev/null   # build and make the start-up cache if needed
have_giac=$(command -v giac >/dev/null && echo yes || echo no)
giac_in="$(mktemp)"
giac_dir="$(mktemp -d)" # Giac writes session.tex where it runs
trap 'rm -rf "$giac_in" "$giac_in".times* "$giac_dir"' EXIT
giac_run() { (cd "$giac_dir" && giac "$1"); }

# Appends "wall cpu" of one run of the command to the file $1.
timed() {
  local file="$1"; shift
  local TIMEFORMAT='%R %U %S'
  { time "$@" >/dev/null 2>&1; } 2>>"$file.raw"
  tail -n 1 "$file.raw" | awk '{printf "%.3f %.3f\n", $1, $2 + $3}' >>"$file"
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

cache="$(ls -t target/cofactor-*.aot target/cofactor-*.jsa 2>/dev/null | head -n 1 || true)"
echo "load average before: $(uptime | sed 's/.*load average: //'); $n paired runs; start-up cache (names the JDK): ${cache:-none}"
printf '| %s | %s | %s | %s | %s | %s | %s |\n' "whole process (median of $n)" "Cofactor wall" "Cofactor CPU" "Giac wall" "Giac CPU" "wall ratio" "CPU ratio"
echo '|---|---|---|---|---|---|---|'
for row in "${rows[@]}"; do
  IFS='|' read -r name statements giac <<<"$row"
  [[ -n "$only" && "$name" != *"$only"* ]] && continue
  if [[ "$statements" == FILE\ * ]]; then cmd=(./cofactor "${statements#FILE }"); else cmd=(./cofactor -e "$statements"); fi
  ours="$giac_in.times.ours"; theirs="$giac_in.times.giac"
  rm -f "$ours" "$ours.raw" "$theirs" "$theirs.raw"
  [ -n "$giac" ] && [ "$have_giac" = yes ] && printf 'threads:=1:;\n%s\n' "$giac" >"$giac_in" || giac=""
  for _ in $(seq "$n"); do
    timed "$ours" "${cmd[@]}"
    [ -n "$giac" ] && timed "$theirs" giac_run "$giac_in"
  done
  ow=$(cut -d' ' -f1 "$ours" | median); oc=$(cut -d' ' -f2 "$ours" | median)
  if [ -n "$giac" ]; then
    gw=$(cut -d' ' -f1 "$theirs" | median); gc=$(cut -d' ' -f2 "$theirs" | median)
    printf '| %s | %.3f s | %.3f s | %.3f s | %.3f s | %.1f× | %.1f× |\n' "$name" "$ow" "$oc" "$gw" "$gc" \
      "$(awk "BEGIN {print $ow / $gw}")" "$(awk "BEGIN {print $oc / $gc}")"
  else
    printf '| %s | %.3f s | %.3f s | — | — | — | — |\n' "$name" "$ow" "$oc"
  fi
done
echo "load average after: $(uptime | sed 's/.*load average: //')"
