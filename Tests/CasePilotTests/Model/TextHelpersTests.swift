import Foundation
import Testing
@testable import CasePilot

/// The small text helpers that stand in for locale-dependent Foundation formatting.
@Suite struct TextHelpersTests {
    @Test func fixedDecimalsRoundAndPad() {
        #expect(NumberText.fixed(12.5, decimals: 2) == "12.50")
        #expect(NumberText.fixed(0.005, decimals: 2) == "0.01")
        #expect(NumberText.fixed(1.994, decimals: 2) == "1.99")
        #expect(NumberText.fixed(-3.25, decimals: 1) == "-3.3")
        #expect(NumberText.fixed(-0.01, decimals: 1) == "0.0")
        #expect(NumberText.fixed(9.96, decimals: 1) == "10.0")
        #expect(NumberText.fixed(42, decimals: 0) == "42")
        #expect(NumberText.padded(7, width: 4) == "0007")
        #expect(NumberText.padded(2024, width: 2) == "2024")
        #expect(NumberText.dateStamp(year: 2024, month: 7, day: 1) == "20240701")
    }

    @Test func trimmingRemovesSurroundingWhiteSpaceOnly() {
        #expect("  a b \t\r\n".trimmed() == "a b")
        #expect(" \n ".trimmed() == "")
        #expect("x".trimmed() == "x")
        #expect("\u{00A0}café\u{2003}"[...].trimmed() == "café")
    }

    @Test func httpDatesAreReadWithoutALocale() throws {
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == Date(timeIntervalSince1970: 784_111_777))
        #expect(HTTPDate.parse("Thu, 29 Feb 2024 00:00:00 GMT") == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(HTTPDate.parse("Thu, 01 Jan 1970 00:00:00 GMT") == Date(timeIntervalSince1970: 0))
        for bad in ["", "Sun, 06 Nov 1994 08:49:37 PST", "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 8:49 GMT", "tomorrow"] {
            #expect(HTTPDate.parse(bad) == nil, "\(bad)")
        }
    }
}
