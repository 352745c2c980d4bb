#!/usr/bin/env bash
# Scripts/slurm-array.sh DIR [--wait] [--dry-run] [-- SBATCH_OPTIONS…]: runs a lorash plan
# (Docs/Batch.md) as Slurm job arrays, one per wave. DIR/jobs.txt is wave 1, DIR/jobs-2.txt
# wave 2, …; each non-empty line is one job's complete shell command. Wave k is submitted as
# `sbatch --array=1-N` whose task i runs the i-th non-empty line of its list with bash; wave k>1
# has --dependency=afterok on wave k-1 and --kill-on-invalid-dep=yes, so a failed task cancels
# the later waves instead of leaving them pending forever. Task output goes to
# DIR/slurm/wave-K-I.out. Prints one line per wave: its number, job count and Slurm job id.
#   --wait     block until every wave has ended; exit 1 if any task failed, was cancelled or
#              never ran (an afterok dependency that can no longer be met is cancelled here too).
#              It polls `squeue -t all` every $SLURM_ARRAY_POLL seconds (default 2), so it needs
#              no accounting database (sacct), only a MinJobAge longer than that (default 300 s).
#   --dry-run  print the batch scripts and sbatch commands instead of submitting (no Slurm needed)
# Options after -- go to every sbatch (--partition=…, --time=…, --mem=…). sbatch, squeue and
# scancel read SLURM_CONF from the environment as usual (Scripts/slurm-local prints it).
# A wave of more than M = MaxArraySize-1 jobs (Slurm's default: 1000) becomes several arrays:
# part P runs jobs (P-1)*M+1 … P*M, its task I (SLURM_ARRAY_TASK_ID) job (P-1)*M+I, with
# output DIR/slurm/wave-K-partP-I.out. Every node must
# see DIR, the inputs, the outputs and lorash at the same paths (a shared filesystem).
# Exit status: 0 submitted (or, with --wait, all tasks completed), 1 a task failed, 64 usage,
# 69 no sbatch here. Afterwards: lorash -c 'plan assemble DIR'.
set -euo pipefail
me="slurm-array.sh"
usage() { echo "usage: Scripts/slurm-array.sh DIR [--wait] [--dry-run] [-- SBATCH_OPTIONS…]" >&2; exit 64; }
fail() { echo "$me: $1" >&2; exit "${2:-1}"; }
[[ $# -ge 1 && "$1" != -* ]] || usage
dir="$1"; shift
wait=""; dry=""; extra=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --wait) wait=1 ;;
        --dry-run) dry=1 ;;
        --) shift; extra=("$@"); break ;;
        *) echo "$me: unknown option '$1'" >&2; usage ;;
    esac
    shift
done
for option in "${extra[@]}"; do
    case "$option" in
        -a*|--array|--array=*|-d*|--dependency|--dependency=*|-o*|--output|--output=*|--parsable)
            fail "$option: this script sets the array, the dependency and the output itself" 64 ;;
    esac
done

# Check the whole plan before submitting anything.
[[ -d "$dir" ]] || fail "$dir: no such folder (make a plan: lorash -c 'plan SCRIPT.lsh into $dir')" 64
dir="$(cd "$dir" && pwd)"
[[ -f "$dir/jobs.txt" ]] || fail "$dir holds no jobs.txt: it is not a lorash plan" 64
lists=("$dir/jobs.txt"); counts=()
while [[ -f "$dir/jobs-$(( ${#lists[@]} + 1 )).txt" ]]; do lists+=("$dir/jobs-$(( ${#lists[@]} + 1 )).txt"); done
for list in "${lists[@]}"; do
    n="$(awk 'NF { n++ } END { print n + 0 }' "$list")"
    [[ "$n" -gt 0 ]] || fail "$list has no job (an empty wave)" 64
    counts+=("$n")
done
if [[ -z "$dry" ]]; then
    command -v sbatch >/dev/null 2>&1 || fail "sbatch is not installed here (run this on a Slurm login node)" 69
    # Array indices must stay below MaxArraySize: larger waves become several arrays.
    max="$(scontrol show config 2>/dev/null | awk '$1 == "MaxArraySize" { print $3 - 1 }')"
fi
max="${max:-1000}"
[[ "$max" -gt 0 ]] || max=1000
[[ -n "$dry" ]] || mkdir -p "$dir/slurm"

# The batch script of one part of a wave: task i runs non-empty line (offset + i) of the list.
batch_script() { # LIST WAVE OFFSET
    cat <<SCRIPT
#!/usr/bin/env bash
# lorash plan $dir, wave $2: task i runs non-empty line $3+i of $(basename "$1").
line="\$(awk -v i=\$(( $3 + SLURM_ARRAY_TASK_ID )) 'NF && ++n == i { print; exit }' $(printf %q "$1"))"
[[ -n "\$line" ]] || { echo "no line \$(( $3 + SLURM_ARRAY_TASK_ID )) in $(printf %q "$1")" >&2; exit 2; }
exec bash -c "\$line"
SCRIPT
}

submitted=()   # every array's job id, to cancel them if a later submission fails
previous=()    # the arrays of the previous wave
waves=()       # per wave: "WAVE COUNT ID[:ID…]"
for w in "${!lists[@]}"; do
    wave=$((w + 1)); list="${lists[$w]}"; n="${counts[$w]}"
    parts=$(( (n + max - 1) / max )); current=()
    for ((p = 0; p < parts; p++)); do
        offset=$((p * max)); size=$(( n - offset < max ? n - offset : max ))
        out="$dir/slurm/wave-$wave-%a.out"
        [[ "$parts" -eq 1 ]] || out="$dir/slurm/wave-$wave-part$((p + 1))-%a.out"
        args=(--parsable --array="1-$size" --job-name="lorash-wave-$wave" --output="$out")
        if [[ ${#previous[@]} -gt 0 ]]; then
            args+=(--dependency="afterok:$(IFS=:; echo "${previous[*]}")" --kill-on-invalid-dep=yes)
        fi
        if [[ -n "$dry" ]]; then
            echo "# wave $wave ($n jobs), part $((p + 1)) of $parts: this batch script on sbatch's standard input"
            batch_script "$list" "$wave" "$offset"
            echo "sbatch$(printf ' %q' "${args[@]}" "${extra[@]}")"
            id="WAVE${wave}_PART$((p + 1))"
        else
            if ! id="$(batch_script "$list" "$wave" "$offset" | sbatch "${args[@]}" "${extra[@]}")"; then
                [[ ${#submitted[@]} -eq 0 ]] || scancel "${submitted[@]}" 2>/dev/null || true
                fail "sbatch refused wave $wave (the arrays submitted before it are cancelled)"
            fi
            id="${id%%;*}"
        fi
        submitted+=("$id"); current+=("$id")
    done
    echo "wave $wave: $n job$([[ $n -eq 1 ]] || echo s), Slurm job $(IFS=,; echo "${current[*]}")"
    waves+=("$wave $n $(IFS=:; echo "${current[*]}")")
    previous=("${current[@]}")
done
[[ -n "$wait" && -z "$dry" ]] || exit 0

# --wait: poll squeue (with -t all it also lists tasks that ended less than MinJobAge ago, so
# no accounting database is needed) and remember each task's last state, until none is left
# pending or running. A task pending on a dependency that can no longer be met is cancelled.
declare -A state=()
joined="$(IFS=,; echo "${submitted[*]}")"
poll="${SLURM_ARRAY_POLL:-2}"
misses=0
while true; do
    if ! lines="$(squeue -h -r -t all -j "$joined" -o '%i %T %r' 2>&1)"; then
        # Every job purged already ("Invalid job id") ends the wait; anything else is retried.
        grep -qi 'invalid job id' <<<"$lines" && break
        misses=$((misses + 1))
        [[ "$misses" -lt 30 ]] || fail "squeue keeps failing: $lines"
        sleep "$poll"; continue
    fi
    misses=0; active=0; stuck=()
    while read -r id st reason; do
        [[ -n "$id" ]] || continue
        state[$id]="$st"
        case "$st" in
            COMPLETED|FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|PREEMPTED|BOOT_FAIL|DEADLINE|SPECIAL_EXIT) ;;
            *) active=1; [[ "$reason" != DependencyNeverSatisfied* ]] || stuck+=("${id%%_*}") ;;
        esac
    done <<<"$lines"
    if [[ ${#stuck[@]} -gt 0 ]]; then
        mapfile -t stuck < <(printf '%s\n' "${stuck[@]}" | sort -u)
        echo "$me: cancelling job $(IFS=,; echo "${stuck[*]}"): its wave can never start" >&2
        scancel "${stuck[@]}" 2>/dev/null || true
    fi
    [[ "$active" -eq 1 ]] || break
    sleep "$poll"
done

# The verdict, wave by wave: every task must have been seen COMPLETED.
failed=0
for entry in "${waves[@]}"; do
    read -r wave n ids <<<"$entry"
    done_=0; bad=()
    IFS=: read -ra parts <<<"$ids"
    for p in "${!parts[@]}"; do
        size=$(( n - p * max < max ? n - p * max : max ))
        for ((i = 1; i <= size; i++)); do
            st="${state[${parts[$p]}_$i]:-UNKNOWN}"
            if [[ "$st" == COMPLETED ]]; then done_=$((done_ + 1)); else bad+=("$((p * max + i)):$st"); fi
        done
    done
    if [[ ${#bad[@]} -eq 0 ]]; then
        echo "wave $wave: $n of $n completed"
    else
        failed=1
        echo "wave $wave: $done_ of $n completed; not: ${bad[*]:0:20}$([[ ${#bad[@]} -le 20 ]] || echo " …")" >&2
    fi
done
[[ "$failed" -eq 0 ]] || fail "some tasks failed or never ran (task N's output: $dir/slurm/wave-K-N.out; lorash -c 'plan check $dir' lists what is missing)"
echo "$me: every wave completed"
