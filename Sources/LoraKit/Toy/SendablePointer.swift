/// A raw pointer handed to worker threads that write disjoint ranges through it.
struct SendablePointer: @unchecked Sendable {
    let address: UnsafeMutablePointer<Float>
}
