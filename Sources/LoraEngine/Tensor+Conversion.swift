/// Element conversion between dtypes.
///
/// Every float dtype converts through `Float` (F64 → F64 is a copy; F64 → narrower types rounds
/// to `Float` first). Narrowing rounds to nearest, ties to even, unless stochastic rounding is
/// asked for; F8_E4M3 (e4m3fn) saturates to ±448 (±inf included) and has no infinities;
/// F8_E5M2 and F16 overflow to ±inf; NaN stays NaN. The kernels live in `DTypeConversion`.
extension Tensor {
    /// The elements as `Float`s (row-major).
    /// - Precondition: `dtype.isFloatingPoint`.
    /// - Complexity: O(count), vectorised.
    public func floats() -> [Float] {
        precondition(dtype.isFloatingPoint, "floats() of a \(dtype.rawValue) tensor")
        let n = count
        // An empty array without the initializer, which would store a count into the standard
        // library's shared empty-array storage (a race ThreadSanitizer reports).
        if n == 0 { return [] }
        return [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
            withUnsafeRawBytes { source in
                if n > 0 {
                    DTypeConversion.convert(
                        from: source.baseAddress!, dtype: dtype,
                        to: UnsafeMutableRawPointer(buffer.baseAddress!), dtype: .f32, count: n)
                }
            }
            initialized = n
        }
    }

    /// This tensor with its elements converted to `target` (the same tensor when equal),
    /// rounding to nearest even.
    /// - Precondition: both dtypes are floating point, unless they are equal.
    /// - Complexity: O(count), vectorised.
    public func converted(to target: DType) -> Tensor {
        converted(to: target, rounding: .nearestEven)
    }

    /// This tensor with its elements converted to `target` with the given rounding.
    ///
    /// Stochastic rounding (`.stochastic(seed:)`) applies when `target` is BF16, F8_E4M3 or
    /// F8_E5M2; other targets round to nearest even. The random numbers depend only on the seed
    /// and the element index, so the result is the same however the work is split.
    /// - Precondition: both dtypes are floating point, unless they are equal.
    /// - Complexity: O(count).
    public func converted(to target: DType, rounding: DTypeConversion.Rounding) -> Tensor {
        if target == dtype { return self }
        precondition(
            dtype.isFloatingPoint && target.isFloatingPoint,
            "cannot convert \(dtype.rawValue) to \(target.rawValue)")
        let n = count
        let out = TensorStorage(uninitializedByteCount: n * target.byteSize)
        if n > 0 {
            withUnsafeRawBytes { source in
                DTypeConversion.convert(
                    from: source.baseAddress!, dtype: dtype, to: out.baseAddress, dtype: target,
                    count: n, rounding: rounding)
            }
        }
        return Tensor(shape: shape, dtype: target, storage: out)
    }
}
