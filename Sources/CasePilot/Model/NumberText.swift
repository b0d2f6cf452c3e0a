/// Numbers as text without locale-dependent formatters: "%.2f"-style decimals and zero padding.
enum NumberText {
    /// `value` rounded to `decimals` places, always with that many digits after the point ("12.50").
    static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let units = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && units != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(units) }
        return sign + String(units / scale) + "." + padded(units % scale, width: decimals)
    }

    /// A date as `YYYYMMDD`, the form the official files and the knowledge base store.
    static func dateStamp(year: Int, month: Int, day: Int) -> String {
        padded(year, width: 4) + padded(month, width: 2) + padded(day, width: 2)
    }

    /// `value` with leading zeros up to `width` digits ("0007").
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
