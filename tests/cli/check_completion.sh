#!/usr/bin/env bash
# The generated completion scripts work in the shells they are for:
#
#     tests/cli/check_completion.sh EVGRAPH
#
# bash: the script is sourced and its function asked what completes a few command lines, as
# bash's programmable completion would ask it. zsh: the script parses (zsh -n) and defines the
# completion function when loaded the way compinit loads it.
set -euo pipefail
evgraph=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$evgraph" completion bash > "$work/evgraph.bash"
"$evgraph" completion zsh > "$work/_evgraph"

fail() { echo "check_completion: $*" >&2; exit 1; }

# complete WORD... : the candidates for the last word of "evgraph WORD...".
complete_line() {
  bash -c '
    source "$1"; shift
    COMP_WORDS=(evgraph "$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    _evgraph
    printf "%s\n" "${COMPREPLY[@]}"' _ "$work/evgraph.bash" "$@"
}

[[ $(complete_line bu) == build ]] || fail "'evgraph bu' does not complete to build: $(complete_line bu)"
got=$(complete_line ex | sort | tr '\n' ' ')
[[ $got == "export extract " ]] || fail "'evgraph ex' offers: $got"
[[ $(complete_line exp) == export ]] || fail "'evgraph exp' does not complete to export"
got=$(complete_line render "" | sort | tr '\n' ' ')
[[ $got == "graph html timeline " ]] || fail "'evgraph render ' offers: $got"
got=$(complete_line export "" | sort | tr '\n' ' ')
[[ $got == "csv gexf graphml mermaid timelinejs " ]] || fail "'evgraph export ' offers: $got"
got=$(complete_line render timeline out/graph.json --lanes "" | sort | tr '\n' ' ')
[[ $got == "actor none place proposal type " ]] || fail "'--lanes ' offers: $got"
got=$(complete_line diff a b --ed)
[[ $got == "--edges" ]] || fail "'diff a b --ed' offers: $got"
got=$(complete_line render timeline x --the)
[[ $got == "--theme" ]] || fail "'render timeline x --the' offers: $got"

command -v zsh >/dev/null || fail "zsh is not installed (scripts/setup.sh installs it)"
zsh -n "$work/_evgraph" || fail "the zsh script does not parse"
zsh -f -c "fpath=('$work' \$fpath); autoload -Uz compinit; compinit -u -d '$work/zcompdump'; autoload -Uz _evgraph; \
           [[ \${_comps[evgraph]} == _evgraph ]] || exit 3" || fail "zsh's compinit does not register _evgraph for evgraph"
echo "check_completion: bash and zsh completion ok"
