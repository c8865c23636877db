// swift-tools-version: 6.1
import PackageDescription

// Dependencies point one way: content -> model -> document tree -> renderers -> CLI.
let package = Package(
    name: "CarerPress",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "carerpress", targets: ["carerpress"]),
    ],
    // Exact versions: a newer YAML parser, argument parser or template engine could change
    // messages, exit codes or output bytes, which the tests pin.
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
    ],
    targets: [
        // C libraries from Debian packages, reached through pkg-config.
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CHarfBuzz", path: "Sources/CHarfBuzz", pkgConfig: "harfbuzz-subset freetype2",
            providers: [.apt(["libharfbuzz-dev", "libfreetype-dev"])]),
        // ICU's line-break iterator behind plain C names (ICU's versioned names are macros Swift cannot see).
        .target(name: "CLineBreak", linkerSettings: [.linkedLibrary("icuuc")]),
        .systemLibrary(
            name: "CLibDeflate", path: "Sources/CLibDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        .systemLibrary(
            name: "CLibCrypto", path: "Sources/CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // mimalloc, the memory allocator the commands use instead of the C library's: a build makes
        // and frees millions of small objects, and it does that in less time, from several threads.
        .systemLibrary(name: "CMimalloc", path: "Sources/CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        .systemLibrary(name: "CIsal", path: "Sources/CIsal", pkgConfig: "libisal", providers: [.apt(["libisal-dev"])]),

        // Types of the content model, diagnostics and source locations. No I/O.
        .target(name: "CarerPressModel"),
        // Reads Content/ (YAML), validates it against the schema, builds the model. YAML is read from
        // the events of libyaml as Yams carries it (its CYaml module), into a flat tree of its own.
        .target(
            name: "CarerPressSchema",
            dependencies: ["CarerPressModel", "Pictures", .product(name: "Yams", package: "Yams")]),
        // Picture files (PNG, JPEG, safe SVG) checked by content, and the named pictures for Easy Read
        // points, drawn from OpenMoji. Depends on libxml2 only, to read SVG.
        .target(name: "Pictures", dependencies: ["CLibXML2"]),
        // Vector pictures (SVG, read with libxml2) as shapes to paint: paths, transforms, colours,
        // strokes. No PDF: the PDF writer turns the shapes into drawing operators.
        .target(name: "VectorGraphics", dependencies: ["CLibXML2", "PageGeometry"]),
        // Reading-age measures (Flesch, Flesch-Kincaid, SMOG), sentence and word segmentation. No I/O.
        .target(name: "Readability"),
        // Composes a document for one version (standard, Easy Read, young) into a tree of headings,
        // paragraphs, lists, tables and typed blocks that every renderer reads. No HTML.
        .target(name: "DocumentTree", dependencies: ["CarerPressModel"]),
        // Renders document trees to accessible HTML through the Mustache templates in Templates/.
        .target(
            name: "HTMLRenderer",
            dependencies: [
                "DocumentTree", "CarerPressModel", .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]),
        // Renders document trees as plain text: Easy Read and young people's text versions.
        .target(name: "TextRenderer", dependencies: ["DocumentTree", "CarerPressModel", "Readability"]),
        // Print layout without PDF: fonts, HarfBuzz shaping with a word cache, ICU break opportunities,
        // total-fit paragraphs, pages of positioned glyph runs tagged with their structure elements.
        // Points, rectangles and colours on a page, shared by layout and the PDF writer.
        .target(name: "PageGeometry"),
        .target(name: "TextLayout", dependencies: ["CHarfBuzz", "CLineBreak", "PageGeometry"]),
        // Times TextLayout on a strategy-sized text (`swift run -c release layout-benchmark`).
        .executableTarget(name: "layout-benchmark", dependencies: ["TextLayout"]),
        // Writes tagged PDF (PDF/UA-1) from positioned glyph runs, pictures and a structure tree:
        // font subsets (hb-subset), Flate streams (libdeflate). No text layout.
        .target(name: "PDFWriter", dependencies: ["CHarfBuzz", "CLibDeflate", "CIsal", "VectorGraphics", "PageGeometry"]),
        // Times PDFWriter on a strategy-sized synthetic document (release build; not a test).
        .executableTarget(
            name: "pdfwriter-benchmark", dependencies: ["PDFWriter", "CHarfBuzz"], path: "Sources/PDFWriterBenchmark"),
        // Turns composed documents into tagged PDF: document tree -> layout blocks (TextLayout) ->
        // pages -> PDF (PDFWriter), styled by Templates/print.yaml. Pictures are checked by their bytes.
        .target(
            name: "PDFRenderer",
            dependencies: [
                "DocumentTree", "CarerPressModel", "TextLayout", "PDFWriter", "Pictures", "VectorGraphics",
                .product(name: "Yams", package: "Yams"),
            ]),
        // Times the standard PDF of each shipped document (scripts/bench-pdf.sh; release build, not a test).
        .executableTarget(
            name: "pdf-benchmark",
            dependencies: ["PDFRenderer", "CarerPressSchema", "DocumentTree", "CarerPressModel", "CMimalloc"],
            path: "Sources/PDFRendererBenchmark"),
        // Checks written HTML pages for accessibility defects, with libxml2.
        .target(name: "HTMLCheck", dependencies: ["CarerPressModel", "CLibXML2"]),
        // The live preview: serves Output/ on 127.0.0.1, rebuilds when content changes, reloads pages.
        .target(
            name: "PreviewServer",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),
        // The build pipeline: discovery, validation, rendering, atomic writes.
        .target(
            name: "CarerPressCore",
            dependencies: [
                "CarerPressModel", "CarerPressSchema", "DocumentTree", "HTMLRenderer", "HTMLCheck", "TextRenderer",
                "Readability", "Pictures", "PDFRenderer", "CLibCrypto",
            ]),
        // The command-line tool; thin.
        .executableTarget(
            name: "carerpress",
            dependencies: [
                "CarerPressCore", "CarerPressSchema", "CarerPressModel", "HTMLCheck", "PreviewServer", "CMimalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "CarerPressModelTests", dependencies: ["CarerPressModel", "TestSupport"]),
        .testTarget(
            name: "CarerPressSchemaTests",
            dependencies: ["CarerPressSchema", "CarerPressModel", "TestSupport", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "CarerPressCLITests",
            dependencies: ["CarerPressCore", "CarerPressSchema", "CarerPressModel", "DocumentTree", "TextRenderer", "TestSupport"],
            exclude: ["Scripts"]),
        .testTarget(
            name: "ReadabilityTests", dependencies: ["Readability", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DocumentTreeTests", dependencies: ["DocumentTree", "CarerPressModel", "CarerPressSchema", "TestSupport"]),
        .testTarget(
            name: "HTMLRendererTests",
            dependencies: ["HTMLRenderer", "DocumentTree", "CarerPressModel", "CarerPressSchema", "HTMLCheck", "Pictures", "TestSupport",
                           .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Golden")]),
        .testTarget(name: "HTMLCheckTests", dependencies: ["HTMLCheck", "CarerPressModel"]),
        .testTarget(
            name: "TextRendererTests",
            dependencies: ["TextRenderer", "DocumentTree", "CarerPressModel", "CarerPressSchema", "Readability"],
            resources: [.copy("Golden")]),
        .testTarget(name: "PicturesTests", dependencies: ["Pictures"]),
        .testTarget(name: "VectorGraphicsTests", dependencies: ["VectorGraphics", "TestSupport"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer"]),
        // Helpers shared by test targets (a seeded random generator for property tests).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TextLayoutTests", dependencies: ["TextLayout", "TestSupport"], resources: [.copy("Golden")]),
        .testTarget(
            name: "PDFWriterTests", dependencies: ["PDFWriter", "CHarfBuzz", "CLibDeflate", "VectorGraphics", "TestSupport"], exclude: ["Golden", "Scripts"]),
        .testTarget(
            name: "PDFRendererTests",
            dependencies: ["PDFRenderer", "DocumentTree", "CarerPressModel", "CarerPressSchema", "CarerPressCore", "TextLayout"],
            exclude: ["Golden", "Scripts", "Fixtures"]),
        .testTarget(name: "SystemLibraryTests", dependencies: ["CLibXML2", "CHarfBuzz"]),
    ],
    swiftLanguageModes: [.v6]
)
