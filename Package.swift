// swift-tools-version:6.1
// PlaceHealth: the information system of a place-based health and care partnership.
//
// Targets follow the one-way data flow:
//   sources (Synth, CSV via Tabular) -> Ingest -> Store -> Engine (+ Statistics) -> presentation (CLI, Dashboard)
import PackageDescription

let package = Package(
    name: "PlaceHealth",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "placehealth", targets: ["placehealth"]),
        .library(name: "Statistics", targets: ["Statistics"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // Pure statistics: the English public-health methods. No I/O, no dependencies.
        .target(name: "Statistics"),
        // Domain records of the place data model (persons, activity, deaths, ...).
        .target(name: "PlaceModel"),
        // The place pack: geography, strategy and calibration targets, read from YAML.
        .target(name: "PlacePack", dependencies: ["PlaceModel", .product(name: "Yams", package: "Yams")]),
        // Fast, line-aware CSV reading and writing (sources and outputs).
        .target(name: "Tabular"),
        // The store interface and its embedded SQLite implementation.
        .target(
            name: "Store",
            dependencies: [
                "PlaceModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // Validation, quarantine and all-or-nothing loading of source files.
        .target(name: "Ingest", dependencies: ["PlaceModel", "PlacePack", "Tabular", "Store"]),
        // The deterministic synthetic place (a source).
        .target(name: "Synth", dependencies: ["PlaceModel", "PlacePack", "Store", "Ingest", "Statistics"]),
        // The shared columnar model of the place (persons, areas, every kind of event as integer-coded
        // columns), built once from the store and cached as a snapshot beside it.
        .target(name: "PlaceColumns", dependencies: ["PlaceModel", "Store", "Tabular", "Statistics"]),
        // Engine: calibration and (later) indicators, segments, risk, scenarios.
        .target(
            name: "Engine", dependencies: ["PlaceModel", "PlaceColumns", "PlacePack", "Store", "Statistics"]),
        // Scenarios: population projection (cohort-component) and the Left Shift scenarios' Monte Carlo.
        .target(
            name: "Scenarios",
            dependencies: [
                "PlaceModel", "PlaceColumns", "PlacePack", "Store", "Statistics", "Population",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // Publication: the only door out for figures. Disclosure control solved jointly over every
        // table of a quantity, its exact audit, the published indicator results and scorecard.
        .target(
            name: "Publication",
            dependencies: [
                "Engine", "Population", "PlacePack", "Store", "Statistics", "Scenarios",
                .product(name: "BigInt", package: "BigInt"),
            ]),
        // Presentation: the web dashboard and JSON API (reads figures through Publication only).
        .target(
            name: "Dashboard",
            dependencies: [
                "Publication", "Engine", "PlacePack", "Store", "PlaceModel", "Statistics", "Access",
                "Population", "Assurance", "Scenarios",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "Yams", package: "Yams"),
            ]),
        // Population health management: segments, frailty, risk of emergency admission, cohorts,
        // timelines. Pure computations on data read once from the store.
        .target(
            name: "Population",
            dependencies: ["PlaceModel", "PlaceColumns", "PlacePack", "Store", "Statistics"]),
        // Access: users (bcrypt passwords), roles, the access policy, the append-only audit log, and
        // the population service through which presentation reaches person-level data.
        .target(
            name: "Access",
            dependencies: [
                "Population", "Publication", "PlaceModel", "PlacePack", "Store", "Assurance",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]),
        // Board assurance: risk matrices, registers and action plans, read from the pack. Pure, no store.
        .target(
            name: "Assurance",
            dependencies: ["PlaceModel", "PlacePack", .product(name: "Yams", package: "Yams")]),
        // Presentation: the command-line interface.
        .target(
            name: "PlaceHealthCLI",
            dependencies: [
                "Statistics", "PlacePack", "Tabular", "Store", "Ingest", "Synth", "Engine", "Population",
                "Publication", "Dashboard", "Access", "Assurance", "Scenarios",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "placehealth",
            dependencies: [
                "PlaceHealthCLI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Shared test helpers: the repository root, the Leeds pack, synthetic stores.
        .target(
            name: "TestSupport",
            dependencies: ["PlacePack", "Store", "Synth", "Engine", "Population", "PlaceModel"]),

        .testTarget(name: "StatisticsTests", dependencies: ["Statistics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PlacePackTests", dependencies: ["PlacePack"]),
        .testTarget(
            name: "AssuranceTests", dependencies: ["Assurance", "PlacePack", "PlaceModel", "TestSupport"]),
        .testTarget(
            name: "TabularTests", dependencies: ["Tabular", "TestSupport"], resources: [.copy("Corpus")]),
        .testTarget(
            name: "PlaceColumnsTests",
            dependencies: [
                "PlaceColumns", "TestSupport", "Store", "PlaceModel", "Synth", "Ingest", "PlacePack",
            ]),
        .testTarget(
            name: "ScenariosTests",
            dependencies: ["Scenarios", "PlacePack", "PlaceColumns", "Store", "Population", "TestSupport"]),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "PlaceModel", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "IngestTests", dependencies: ["Ingest", "Store", "PlaceModel", "TestSupport"],
            resources: [.copy("Corpus")]),
        .testTarget(
            name: "SynthTests",
            dependencies: [
                "TestSupport", "Synth", "Store", "PlacePack", "Engine", "Publication", "Population",
                "PlaceModel",
            ]),
        .testTarget(
            name: "EngineTests",
            dependencies: [
                "TestSupport", "Engine", "PlaceColumns", "Store", "PlaceModel", "PlacePack", "Statistics",
            ]),
        .testTarget(
            name: "PublicationTests",
            dependencies: [
                "TestSupport",
                "Publication", "Engine", "Population", "Synth", "Store", "PlacePack", "Statistics",
                "Scenarios",
            ]),
        .testTarget(
            name: "DashboardTests",
            dependencies: [
                "TestSupport",
                "Dashboard", "Publication", "Engine", "Store", "PlacePack", "PlaceModel", "Synth", "Access",
                "Population", "Scenarios",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "PopulationTests",
            dependencies: [
                "TestSupport", "Population", "Synth", "Store", "PlaceModel", "PlacePack", "Statistics",
            ],
            resources: [.copy("Corpus")]),
        .testTarget(
            name: "AccessTests",
            dependencies: [
                "TestSupport", "Access", "Population", "Synth", "Store", "PlaceModel", "PlacePack",
            ]),
        .testTarget(
            name: "PlaceHealthCLITests",
            dependencies: [
                "TestSupport", "PlaceHealthCLI", "Publication", "Tabular", "Engine", "PlacePack",
                "Statistics",
            ],
            resources: [.copy("Golden")]),
    ]
)
