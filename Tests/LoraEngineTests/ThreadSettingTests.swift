import Testing

@testable import LoraEngine

/// `LORASH_THREADS`: an integer 1…256 (spaces around it allowed), unset or empty for every core;
/// anything else is an error that names the variable and the value as set.
@Suite struct ThreadSettingTests {
    @Test(arguments: [("1", 1), ("2", 2), ("8", 8), ("256", 256), (" 16 ", 16), ("007", 7)])
    func countsAreRead(_ text: String, _ expected: Int) throws {
        #expect(try ParallelFor.threadCount(setting: text) == expected)
    }

    @Test(arguments: [nil, "", "  "] as [String?])
    func unsetOrEmptyMeansEveryCore(_ text: String?) throws {
        #expect(try ParallelFor.threadCount(setting: text) == nil)
    }

    @Test(arguments: ["0", "257", "-1", "+-3", "four", "1.5", "1e2", "8 threads", "0x10", "99999999999999999999"])
    func otherValuesAreRefused(_ text: String) {
        #expect(throws: ThreadSettingError(value: text)) { try ParallelFor.threadCount(setting: text) }
        #expect(
            ThreadSettingError(value: text).description
                == "LORASH_THREADS=\"\(text)\" is not a thread count: set it to an integer 1…256, or unset it to use every core"
        )
    }
}
