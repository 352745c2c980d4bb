#!/usr/bin/env bash
# Scripts/slurm-array.sh DIR [--wait] [--dry-run] [-- SBATCH_OPTIONS…]: runs a lorash plan
# (Docs/Batch.md) as Slurm job arrays, one per wave: DIR/jobs.txt is wave 1, DIR/jobs-2.txt
# wave 2, …; each line is one job's command. Wave k is `sbatch --array=1-N` whose task i runs
# line i of its list, with --dependency=afterok on wave k-1's array (and
# --kill-on-invalid-dep=yes, so a failed wave cancels the later ones instead of leaving them
# pending). Task output goes to DIR/slurm/wave-K-I.out. Prints one line per wave: its number,
# job count and Slurm job id.
#   --wait     block until every wave has ended; exit 1 if any task failed or was cancelled
#   --dry-run  print the batch scripts and sbatch commands instead of submitting
# Options after -- go to every sbatch (--partition=…, --mem=…, --time=…). sbatch reads
# SLURM_CONF from the environment as usual. Every node must see DIR, the inputs, the outputs
# and lorash at the same paths (a shared filesystem). Then: lorash -c 'plan assemble DIR'.
set -euo pipefail
usage() { echo "usage: Scripts/slurm-array.sh DIR [--wait] [--dry-run] [-- SBATCH_OPTIONS…]" >&2; exit 64; }
[[ $# -ge 1 ]] || usage
dir="$1"; shift
wait=""; dry=""; extra=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --wait) wait=1; shift ;;
        --dry-run) dry=1; shift ;;
        --) shift; extra=("$@"); break ;;
        *) echo "slurm-array.sh: unknown option '$1'" >&2; usage ;;
    esac
done
[[ -d "$dir" ]] || { echo "slurm-array.sh: $dir: no such folder (make a plan: lorash -c 'plan SCRIPT.lsh into $dir')" >&2; exit 64; }
dir="$(cd "$dir" && pwd)"
[[ -f "$dir/jobs.txt" ]] || { echo "slurm-array.sh: $dir holds no jobs.txt: it is not a lorash plan" >&2; exit 64; }
lists=("$dir/jobs.txt")
k=2
while [[ -f "$dir/jobs-$k.txt" ]]; do lists+=("$dir/jobs-$k.txt"); k=$((k + 1)); done
if [[ -z "$dry" ]] && ! command -v sbatch >/dev/null 2>&1; then
    echo "slurm-array.sh: sbatch is not installed here (run this on a Slurm login node)" >&2; exit 69
fi
mkdir -p "$dir/slurm"
ids=()
previous=""
wave=1
for list in "${lists[@]}"; do
    count=$(grep -c . "$list" || true)
    if [[ "$count" -eq 0 ]]; then echo "slurm-array.sh: $list is empty" >&2; exit 64; fi
    script="$dir/slurm/wave-$wave.sh"
    cat > "$script" <<SCRIPT
#!/usr/bin/env bash
# Wave $wave of the lorash plan $dir: task i runs line i of $list.
set -euo pipefail
line="\$(sed -n "\${SLURM_ARRAY_TASK_ID}p" '$list')"
exec bash -c "\$line"
SCRIPT
    chmod +x "$script"
    args=(--parsable --array="1-$count" --job-name="lorash-wave-$wave" --output="$dir/slurm/wave-$wave-%a.out")
    if [[ -n "$previous" ]]; then args+=(--dependency="afterok:$previous" --kill-on-invalid-dep=yes); fi
    if [[ -n "$dry" ]]; then
        echo "# wave $wave: $count jobs"
        cat "$script"
        echo "sbatch ${args[*]} ${extra[*]:-} $script"
        previous="WAVE$wave"
    else
        id="$(sbatch "${args[@]}" "${extra[@]}" "$script")"
        id="${id%%;*}"
        echo "wave $wave: $count jobs, Slurm job $id"
        ids+=("$id")
        previous="$id"
    fi
    wave=$((wave + 1))
done
[[ -n "$wait" && -z "$dry" ]] || exit 0

# Wait until no task of any wave is pending or running, then read every task's final state.
joined="$(IFS=,; echo "${ids[*]}")"
while squeue -h -j "$joined" -o %i 2>/dev/null | grep -q .; do
    sleep 1
done
failed=0
for id in "${ids[@]}"; do
    states="$(scontrol -o show job "$id" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | sort | uniq -c | tr -s ' ' || true)"
    if [[ -z "$states" ]]; then
        echo "slurm-array.sh: job $id: no state known (it ended more than MinJobAge ago?)" >&2; failed=1; continue
    fi
    if echo "$states" | grep -v 'JobState=COMPLETED' | grep -q .; then
        echo "slurm-array.sh: job $id:$(echo "$states" | tr '\n' ' ')" >&2; failed=1
    fi
done
if [[ "$failed" -ne 0 ]]; then
    echo "slurm-array.sh: some tasks failed or were cancelled (task output in $dir/slurm/); lorash -c 'plan check $dir' lists what is missing" >&2
    exit 1
fi
echo "slurm-array.sh: every wave completed"
