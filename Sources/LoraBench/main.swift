import Foundation
import LoraEngine

func time(_ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}
var g = SplitMix64(seed: 1)
for (m, k, n) in [(1280, 32, 1280), (5120, 64, 1280), (2048, 2048, 2048)] {
    let a = Tensor.randomNormal(shape: [m, k], generator: &g)
    let b = Tensor.randomNormal(shape: [k, n], generator: &g)
    var c = Tensor(zeros: [m, n])
    for t in [1, 2] {
        let s = time { _ = GEMM.product(a, b, threads: t) }
        let s2 = time { GEMM.multiplyAdd(a, b, beta: 0, into: &c, threads: t) }
        print(m, k, n, t, s, s2, 2.0 * Double(m * n * k) / s2 / 1e9, "GFLOPS")
    }
}
