import Foundation
import Testing

/// The command takes its memory from mimalloc: the Swift runtime's malloc and free are bound to it,
/// not to the C library's, as the dynamic linker reports.
struct AllocatorTests {
    @Test func mallocAndFreeComeFromMimalloc() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The linker's report goes to a file of its own (LD_DEBUG_OUTPUT.<process id>).
        let outcome = try CommandRunner.run(
            ["--version"], environment: ["LD_DEBUG": "bindings", "LD_DEBUG_OUTPUT": folder.appendingPathComponent("bindings").path])
        #expect(outcome.status == 0)
        let reports = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        let text = try reports.map { try String(contentsOf: $0, encoding: .utf8) }.joined()
        let bindings = text.split(separator: "\n").filter { $0.contains("binding file") && $0.contains("libswiftCore.so") }
        for symbol in ["malloc", "free", "malloc_usable_size"] {
            let binding = bindings.first { $0.contains("symbol `\(symbol)'") }
            #expect(binding?.contains("libmimalloc") == true, "\(symbol): \(binding.map(String.init) ?? "no binding reported")")
        }
    }
}
