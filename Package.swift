// swift-tools-version:6.0
// lorash: a LoRA shell. No package dependencies beyond the toolchain: the engine is our own.
import Foundation
import PackageDescription

/// The release engine is compiled for the building machine's instruction set (AVX2/FMA/F16C on
/// x86_64): without it `SIMD.addingProduct` lowers to one `fmaf` call per lane and Float16
/// conversion goes through software. `LORASH_PORTABLE=1` builds for any CPU of the architecture.
let portable = ProcessInfo.processInfo.environment["LORASH_PORTABLE"] == "1"
let nativeCPU: [SwiftSetting] = portable ? [] : [.unsafeFlags(["-target-cpu", "native"])]
let nativeC: [CSetting] = portable ? [] : [.unsafeFlags(["-march=native"])]

let package = Package(
    name: "lorash",
    products: [
        .executable(name: "lorash", targets: ["lorash"]),
        .library(name: "LoraScript", targets: ["LoraScript"]),
        .library(name: "LoraKit", targets: ["LoraKit"]),
        .library(name: "LoraEngine", targets: ["LoraEngine"]),
    ],
    targets: [
        // Each target names every module it imports (none relies on another target's imports).
        .executableTarget(name: "lorash", dependencies: ["LoraShell"]),
        .executableTarget(
            name: "LoraBench", dependencies: ["LoraEngine", "LoraFormats", "LoraLibrary", "LoraDiffusion"],
            swiftSettings: nativeCPU),
        .target(
            name: "LoraShell",
            dependencies: ["LoraScript", "LoraKit", "LoraFormats", "LoraEngine", "CEditLine", "CTempFiles"]),
        .target(
            name: "LoraScript",
            dependencies: [
                "LoraKit", "LoraLibrary", "LoraDiffusion", "LoraFormats", "LoraRender", "LoraEngine", "CTempFiles",
            ]),
        .target(
            name: "LoraKit", dependencies: ["LoraDiffusion", "LoraLibrary", "LoraFormats", "LoraRender", "LoraEngine"],
            swiftSettings: nativeCPU),
        // The LoRA library: the SQLite index of the user's folders, families, lineage.
        .target(
            name: "LoraLibrary", dependencies: ["LoraFormats", "LoraEngine", "CSQLite"],
            swiftSettings: nativeCPU),
        // Architectures/Tables holds the TSVs that Scripts/gen-architecture-tables embeds as Swift.
        .target(
            name: "LoraFormats", dependencies: ["LoraEngine", "CFileCopy", "CSHA256", "CTempFiles"],
            exclude: ["Architectures/Tables"], swiftSettings: nativeCPU),
        // Stable Diffusion 1.5 / SDXL text-to-image on the engine: tokenizer, text encoders,
        // U-Net, VAE decoder, samplers, torch-compatible noise. Resources: CLIP's BPE vocabulary.
        .target(
            name: "LoraDiffusion", dependencies: ["LoraEngine", "CZlib"],
            resources: [
                .copy("Resources/bpe_simple_vocab_16e6.txt.gz"),
                .copy("Resources/LICENSE-bpe_simple_vocab_16e6.txt"),
            ],
            swiftSettings: nativeCPU),
        .target(name: "CSHA256"),
        .target(name: "CTempFiles"),
        .target(name: "LoraRender", dependencies: ["LoraEngine", "CZlib"], swiftSettings: nativeCPU),
        .target(name: "LoraEngine", cSettings: nativeC, swiftSettings: nativeCPU),
        .systemLibrary(
            name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .systemLibrary(name: "CFileCopy"),
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        .testTarget(name: "LoraEngineTests", dependencies: ["LoraEngine"], swiftSettings: nativeCPU),
        .testTarget(
            name: "LoraDiffusionTests", dependencies: ["LoraDiffusion", "LoraFormats", "LoraEngine"],
            swiftSettings: nativeCPU),
        .testTarget(name: "LoraFormatsTests", dependencies: ["LoraFormats", "LoraEngine", "CTempFiles"]),
        .testTarget(name: "LoraKitTests", dependencies: ["LoraKit", "LoraFormats", "LoraRender", "LoraEngine"]),
        .testTarget(
            name: "LoraLibraryTests", dependencies: ["LoraLibrary", "LoraFormats", "LoraEngine", "CSQLite"]),
        .testTarget(name: "LoraRenderTests", dependencies: ["LoraRender", "LoraEngine"]),
        .testTarget(
            name: "LoraScriptTests", dependencies: ["LoraScript", "LoraKit", "LoraFormats", "LoraRender", "LoraEngine"]),
        .testTarget(
            name: "LoraShellTests",
            dependencies: [
                "LoraShell", "LoraScript", "LoraKit", "LoraFormats", "LoraRender", "LoraEngine", "LoraLibrary",
            ]),
    ]
)
