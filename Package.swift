// swift-tools-version:6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "CasePilot",
    products: [
        .library(name: "CasePilot", targets: ["CasePilot"]),
        .executable(name: "casepilot", targets: ["CasePilotCLI"]),
        .executable(name: "casepilot-bench", targets: ["CasePilotBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libcurl's headers (libcurl4-openssl-dev) and typed wrappers; the library itself is loaded
        // on first use (see Sources/CCurl/include/CCurl.h).
        .target(name: "CCurl"),
        // libedit's headers (libedit-dev) and typed wrappers; the library itself is loaded when the
        // REPL starts on a terminal (see Sources/CEdit/include/CEdit.h).
        .target(name: "CEdit"),
        .target(
            name: "CasePilot",
            dependencies: ["CSQLite", "CZlib", "CCurl"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "CasePilotCLI",
            dependencies: [
                "CasePilot",
                "CEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "CasePilotBench",
            dependencies: [
                "CasePilot",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CasePilotTests",
            dependencies: ["CasePilot"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PublicAPITests",
            dependencies: ["CasePilot"],
            swiftSettings: strict
        ),
    ]
)
