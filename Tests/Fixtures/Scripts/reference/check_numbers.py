#!/usr/bin/env python3
"""Recomputes every number the golden scripts expect, independently of lorash.

    .venv/bin/python3 Tests/Fixtures/Scripts/reference/check_numbers.py

Reads the peer-made fixtures (Tests/Fixtures/peers, files written by PEFT, diffusers and
LyCORIS), computes each expected line with numpy from the math of shared/LORA.md and
Docs/Merging.md (lora_ref.py), and checks that the line is among the `# expect:` lines of its
script. It also cross-checks the formulas against the tools' own outputs (PEFT's dense deltas and
linear merge, LyCORIS' forward deltas, diffusers' fused U-Net). Exit status 1 on any mismatch.
"""
import fnmatch
import os
import struct
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lora_ref import *  # noqa: E402,F403

SCRIPTS = os.path.normpath(os.path.join(HERE, ".."))
failures = 0


def expected_lines(script):
    out = []
    for line in open(os.path.join(SCRIPTS, script)).read().split("\n"):
        if "# expect: " in line:
            out.append(line.split("# expect: ", 1)[1])
    return out


def check(script, line, note=""):
    global failures
    ok = line in expected_lines(script)
    failures += not ok
    print(f"{'ok  ' if ok else 'FAIL'} {script}: {line}" + (f"   [{note}]" if note else ""))


def close(name, got, want, tolerance):
    global failures
    flat = lambda x: np.concatenate([np.ravel(v) for v in x]) if isinstance(x, list) else np.asarray(x)
    got, want = flat(got), flat(want)
    error = float(np.max(np.abs(np.asarray(got) - np.asarray(want))) / max(np.max(np.abs(want)), 1e-30))
    ok = error <= tolerance
    failures += not ok
    print(f"{'ok  ' if ok else 'FAIL'} cross-check {name}: max rel err {error:.1e} (≤ {tolerance:g})")


def margin3g(x):
    """Distance of x from the nearest %.3g rounding boundary, relative (small = fragile)."""
    if x == 0:
        return 1.0
    e = np.floor(np.log10(abs(x))) - 2
    step = 10.0**e
    r = abs(x) / step
    return abs(r - np.floor(r) - 0.5) * step / abs(x)


def strengths_line(lora, delta, weight):
    return f"  {lora}: {block_strengths(delta, weight)}"


# ---- the fixtures ----------------------------------------------------------------------------
A = peft_adapter("peft_weighted_adapter/src/a")
B = peft_adapter("peft_weighted_adapter/src/b")
a, b = dense(A), dense(B)
NAMES = list(a)  # base_model.model.fc1, fc2, out
RS = peft_adapter("peft_rslora_mlp")
rs = dense(RS)
dif = dense(diffusers_file("diffusers_tiny_unet_lora/lora_diffusers.safetensors"))
koh = dense(kohya_file("diffusers_tiny_unet_lora/lora_kohya_by_diffusers.safetensors"))
nometa = dense(diffusers_file("diffusers_tiny_unet_lora/lora_diffusers_nometa.safetensors"))
locon = dense(kohya_file("lycoris_locon/lycoris.safetensors"))
loha = dense(loha_file("lycoris_loha/lycoris.safetensors"))
lokr = dense(lokr_file("lycoris_lokr/lycoris.safetensors"))
dora = dense(peft_adapter("peft_dora_mlp"))

# ---- the formulas against the tools' own outputs ---------------------------------------------
for name, mine in [("a", a), ("b", b)]:
    ref, _ = read(f"peft_weighted_adapter/dense_{name}.safetensors")
    close(f"PEFT dense_{name} = s·BA", [mine[n] for n in NAMES], [ref[n.split(".")[-1] + ".weight"] for n in NAMES], 1e-5)
ref, _ = read("peft_rslora_mlp/delta_peft.safetensors")
close("PEFT rsLoRA delta = 8/√4·BA", [rs[n] for n in NAMES], [ref[n.split(".")[-1] + ".weight"] for n in NAMES], 1e-5)
ref, _ = read("diffusers_tiny_unet_lora/delta_peft.safetensors")
close("diffusers delta (α from metadata) = 2·BA", np.concatenate([dif[n].ravel() for n in dif]),
      np.concatenate([ref[n[5:] + ".weight"].ravel() for n in dif]), 1e-5)
for case, delta in [("lycoris_locon", locon), ("lycoris_loha", loha), ("lycoris_lokr", lokr)]:
    base, _ = read(case + "/base.safetensors")
    forward, _ = read(case + "/merged_forward.safetensors")
    for n in delta:
        k = n.replace("lycoris_", "") + ".weight"
        close(f"{case} {n} = LyCORIS forward delta", delta[n], (forward[k] - base[k]).reshape(delta[n].shape), 1e-5)
stack = {n: 0.7 * a[n] + 0.4 * b[n] for n in NAMES}
ref, _ = read("peft_weighted_adapter/derived_stack_dense.safetensors")
close("stack 0.7a + 0.4b = derived_stack_dense", [stack[n] for n in NAMES], [ref[n.split(".")[-1] + ".weight"] for n in NAMES], 1e-5)


def parts(x, y, mx, my, n):
    return [(mx, x[n][0], x[n][1], x[n][2], 4), (my, y[n][0], y[n][1], y[n][2], 4)]


ref, _ = read("peft_weighted_adapter/m_linear.dense.safetensors")
close("peft_linear formula = PEFT add_weighted_adapter(linear)", [peft_linear(parts(A, B, 0.7, 0.4, n)) for n in NAMES],
      [ref[n.split(".")[-1] + ".weight"] for n in NAMES], 1e-5)
ref, _ = read("peft_weighted_adapter/m_svd.dense.safetensors")
close("svd rank 4 = PEFT add_weighted_adapter(svd, 4)", [truncate(stack[n], 4) for n in NAMES],
      [ref[n.split(".")[-1] + ".weight"] for n in NAMES], 2e-5)
fused, _ = read("diffusers_tiny_unet_lora/unet_fused_0.8_meta.safetensors")
ubase, _ = read("diffusers_tiny_unet_lora/unet_base.safetensors")
close("diffusers fuse_lora(0.8) = base + 0.8·2·BA", np.concatenate([(fused[n[5:] + ".weight"] - ubase[n[5:] + ".weight"]).ravel() for n in dif]),
      np.concatenate([0.8 * dif[n].ravel() for n in dif]), 1e-5)

# ---- stack.lsh and weight.lsh: info STACK -------------------------------------------------------


def norm(delta, m):
    return float(np.sqrt(sum(fro2(m * delta[n]) for n in delta)))


def cosines(x, y, sign=1):
    return {n: sign * float(np.sum(x[n] * y[n]) / np.sqrt(fro2(x[n]) * fro2(y[n]))) for n in x}


def cosine_line(c):
    worst = min(c, key=c.get)
    label = "most opposed" if c[worst] < 0 else "least aligned"
    return f"a × b: {len(c)} shared modules, mean cosine {np.mean(list(c.values())):.3f}, {label} {worst} ({c[worst]:.3f})"


for script, ma, mb in [("stack.lsh", 0.7, 0.4), ("weight.lsh", 0.35, 0.4), ("weight.lsh", -1, 0.4), ("weight.lsh", 0.9, 0.4)]:
    na, nb = norm(a, ma), norm(b, mb)
    check(script, f"  a: other {na:.3g}", f"‖{ma}·2·BA‖ = {na:.5f}, margin {margin3g(na):.0e}")
    check(script, f"  b: other {nb:.3g}", f"‖{mb}·0.5·BA‖ = {nb:.5f}")
    check(script, cosine_line(cosines(a, b, np.sign(ma * mb))))
check("weight.lsh", "  b: other 0")
w = lambda m: (lambda n: m)
check("stack.lsh", strengths_line("dif", dif, w(0.8)))
check("stack.lsh", strengths_line("dif", dif, w(0.6)), "te=0.2:unet=0.6: U-Net modules take 0.6")
check("weight.lsh", strengths_line("dif", dif, w(0.6)))
check("stack.lsh", strengths_line("nometa", nometa, w(1)), "no alpha: s = 1")
OUTD = dict(zip(SLOTS17, [1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0]))
check("stack.lsh", strengths_line("dif", dif, lambda n: 0.8 * OUTD.get(block_of(n), 0)), "OUTD")
check("weight.lsh", strengths_line("dif", dif, lambda n: OUTALL.get(block_of(n), 0)), "OUTALL at 1")
vector = dict(zip(SLOTS17, [0] + [1] * 16))
check("stack.lsh", strengths_line("dif", dif, lambda n: vector.get(block_of(n), 0)), "17-value vector, BASE 0")
check("stack.lsh", strengths_line("dif", dif, lambda n: 0 if fnmatch.fnmatchcase(n, "*attn1*") else 1), "*attn1*=0")
low = {n: truncate(stack[n], 2) for n in NAMES}
check("merge_methods.lsh", f"  $tmp/low.safetensors: other {norm(low, 1):.3g}", "‖svd₂(M)‖ over the modules")
blocks = sorted({block_of(n) for n in dif}, key=SLOTS.index)
check("render.lsh", f"wrote $tmp/blocks.png (2 LoRAs × {len(blocks)} blocks)", " ".join(blocks))

# ---- merge_methods.lsh -------------------------------------------------------------------------


def merged(operation, exact, approx, ranks, script="merge_methods.lsh"):
    line, per = report(operation, list(exact), exact, approx, ranks)
    total = 1 - sum(fro2(exact[n] - approx[n]) for n in exact) / sum(fro2(exact[n]) for n in exact)
    # how far the printed values (total and worst) are from a rounding boundary of the 0.1% digit
    fragile = min(abs(x * 1000 - np.floor(x * 1000) - 0.5) for x in [min(per), total])
    check(script, line, f"printed values {fragile * 1e-3:.0e} from a rounding boundary")


def svd_ranks(M, key, t):
    ks = {n: rank_for(sv(M[n]), key, t) for n in M}
    return {n: truncate(M[n], ks[n]) for n in M}, list(ks.values())


for key, t in [("rank", 2), ("rank", 4), ("fro", 0.9), ("ratio", 1.5), ("cumulative", 0.5)]:
    approx, ks = svd_ranks(stack, key, t)
    merged("svd", stack, approx, ks)
merged("peft_svd", stack, svd_ranks(stack, "rank", 4)[0], [4])
merged("peft_svd", stack, svd_ranks(stack, "rank", 2)[0], [2])
merged("dare_linear", stack, svd_ranks(stack, "rank", 4)[0], [4])  # density 1
for density, k in [(0.5, 4), (0.3, 2)]:
    merged("ties", stack, {n: truncate(ties_consensus([magnitude_prune(0.7 * a[n], density), magnitude_prune(0.4 * b[n], density)]), k) for n in NAMES}, [k])
for density in [0.5, 0.3]:
    merged("magnitude_prune", stack, {n: truncate(magnitude_prune(0.7 * a[n], density) + magnitude_prune(0.4 * b[n], density), 4) for n in NAMES}, [4])
# DARE: the seed of a module is SplitMix64.hash(seed, FNV-1a of the weight it patches, "model:fc1"), then per LoRA.
key = lambda n: "model:" + n.split(".")[-1]
drop = lambda n, i, x: dare(x, 0.5, dare_seed(3, key(n), i))
merged("dare_linear", stack, {n: truncate(drop(n, 0, 0.7 * a[n]) + drop(n, 1, 0.4 * b[n]), 4) for n in NAMES}, [4])
merged("dare_ties", stack, {n: truncate(ties_consensus([drop(n, 0, 0.7 * a[n]), drop(n, 1, 0.4 * b[n])]), 4) for n in NAMES}, [4])
merged("kohya_sum", stack, {n: kohya_sum(parts(A, B, 0.7, 0.4, n)) for n in NAMES}, [4])
merged("kohya_concat", stack, {n: kohya_concat(parts(A, B, 0.7, 0.4, n)) for n in NAMES}, [8])
merged("peft_linear", stack, {n: peft_linear(parts(A, B, 0.7, 0.4, n)) for n in NAMES}, [4])
merged("concat", stack, stack, [8])
rstack = {n: 0.7 * a[n] + 0.5 * rs[n] for n in NAMES}
merged("kohya_sum", rstack, {n: kohya_sum(parts(A, RS, 0.7, 0.5, n)) for n in NAMES}, [4])
merged("peft_linear", rstack, {n: peft_linear(parts(A, RS, 0.7, 0.5, n)) for n in NAMES}, [4])
ly = {n: 0.5 * locon[n] + loha[n] for n in locon}
merged("svd", ly, svd_ranks(ly, "rank", 4)[0], [4])
ks = {n: 2 if n == "lycoris_conv1" else 4 for n in ly}  # conv1 is the only 3×3 conv
merged("svd", ly, {n: truncate(ly[n], ks[n]) for n in ly}, list(ks.values()))
kr = {n: locon[n] + lokr[n] for n in locon}
approx, ks = svd_ranks(kr, "fro", 0.95)
merged("svd", kr, approx, ks)
check("merge_methods.lsh", f"parameters: {(32 + 16) * 8 + (32 + 32) * 8 + (8 + 32) * 8}", "concat: rank 8 on fc1, fc2, out")

# ---- resize.lsh --------------------------------------------------------------------------------
for key, t in [("rank", 2), ("fro", 0.9), ("ratio", 2), ("cumulative", 0.6)]:
    approx, ks = svd_ranks(a, key, t)
    merged("resize", a, approx, ks, "resize.lsh")
for key, t in [("rank", 4), ("fro", 0.9), ("ratio", 3), ("cumulative", 0.75)]:
    approx, ks = svd_ranks(loha, key, t)
    merged("resize", loha, approx, ks, "resize.lsh")
    if key == "fro":
        shapes = {n: loha[n].shape for n in loha}
        check("resize.lsh", f"parameters: {sum((shapes[n][0] + shapes[n][1]) * k for n, k in zip(loha, ks))}", f"ranks {ks}")
approx, ks = svd_ranks(lokr, "fro", 0.99)
merged("resize", lokr, approx, ks, "resize.lsh")
ks = {n: 1 if n == "lycoris_conv1" else 3 for n in locon}
merged("resize", locon, {n: truncate(locon[n], ks[n]) for n in locon}, list(ks.values()), "resize.lsh")
approx, ks = svd_ranks(dora, "rank", 2)
merged("resize", dora, approx, ks, "resize.lsh")
approx, ks = svd_ranks(dif, "fro", 0.7)
merged("resize", dif, approx, ks, "resize.lsh")
check("resize.lsh", f"parameters: {(32 + 16) * 2 + (32 + 32) * 2 + (8 + 32) * 2}")

# ---- extract.lsh and bake.lsh ------------------------------------------------------------------


def extracted(script, tuned, base, k, convk=None):
    d = checkpoint_diff(tuned, base, with_convs=convk is not None)
    t, _ = read(tuned)
    isconv = lambda n: t[n + ".weight"].ndim == 4 and t[n + ".weight"].shape[2] * t[n + ".weight"].shape[3] > 1
    ks = {n: min(convk if isconv(n) else k, *d[n].shape) for n in d}
    merged("extract", d, {n: truncate(d[n], ks[n]) for n in d}, list(ks.values()), script)


extracted("extract.lsh", "peft_lora_mlp/merged.safetensors", "peft_lora_mlp/base.safetensors", 2)
extracted("extract.lsh", "peft_lora_mlp/merged.safetensors", "peft_lora_mlp/base.safetensors", 1)
extracted("extract.lsh", "lycoris_locon/merged.safetensors", "lycoris_locon/base.safetensors", 2)
extracted("extract.lsh", "lycoris_locon/merged.safetensors", "lycoris_locon/base.safetensors", 2, 2)
extracted("extract.lsh", "lycoris_loha/merged.safetensors", "lycoris_loha/base.safetensors", 4, 2)
extracted("extract.lsh", "diffusers_tiny_unet_lora/unet_fused_0.8_meta.safetensors", "diffusers_tiny_unet_lora/unet_base.safetensors", 2)
extracted("bake.lsh", "diffusers_tiny_unet_lora/unet_fused_0.8_meta.safetensors", "diffusers_tiny_unet_lora/unet_base.safetensors", 2, 2)
t, _ = read("diffusers_tiny_unet_lora/unet_fused_0.8_meta.safetensors")
raw = open(os.path.join(PEERS, "diffusers_tiny_unet_lora/unet_fused_0.8_meta.safetensors"), "rb").read()
header = json.loads(raw[8 : 8 + struct.unpack("<Q", raw[:8])[0]])
header.pop("__metadata__", None)
order = sorted(header, key=lambda k: header[k]["data_offsets"][0])
convs = [k for k in order if t[k].ndim == 4 and t[k].shape[2] * t[k].shape[3] > 1 and np.abs(t[k] - ubase[k]).max() > 0]
check("extract.lsh", f"  note: {len(convs)} conv weights (k×k kernels) differ but are not in the LoRA: add conv_rank=K to extract them ({convs[0]}, {convs[1]}, …)")
linear = [k for k in order if t[k].ndim >= 2 and k.endswith("weight") and k not in convs and np.abs(t[k] - ubase[k]).max() > 0]
print(f"     ({len(linear)} linear/1×1 weights differ: the 36 modules of the extract; {len(order)} tensors in the file)")
# bake: the TinyMLP's fc1 at weight 1e37 in F16.
mlp, _ = read("peft_weighted_adapter/base.safetensors")
u, d, s = (x.astype(np.float32) if hasattr(x, "astype") else x for x in A["base_model.model.fc1"])
w = mlp["fc1.weight"].astype(np.float32) + np.float32(1e37) * np.float32(s) * (u @ d)
with np.errstate(over="ignore"):
    count = int(np.sum(~np.isfinite(w.astype(np.float16))))
print(f"{'ok  ' if count == 512 and np.isfinite(w).all() else 'FAIL'} bake.lsh: {count} of fc1's {w.size} values overflow F16 at 1e37, none F32 (max {np.abs(w).max():.1e})")
failures += not (count == 512 and np.isfinite(w).all())

print("all numbers agree" if failures == 0 else f"{failures} mismatches")
sys.exit(1 if failures else 0)
