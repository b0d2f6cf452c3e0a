import FoundationEssentials

/// Finds the folder that holds `Knowledge/` (and `Prompts/`).
///
/// Searched in order: an explicit path, `CASEPILOT_HOME`, the working directory and its parents,
/// then the executable's folder and its parents (so `swift run` and an installed copy both work).
public enum CasePilotHome {
    /// The home folder, or `nil` when none is found.
    public static func locate(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment, executablePath: String? = CommandLine.arguments.first) -> URL? {
        if let explicit { return isHome(explicit) ? URL(fileURLWithPath: explicit) : nil }
        if let home = environment["CASEPILOT_HOME"], !home.isEmpty, isHome(home) {
            return URL(fileURLWithPath: home)
        }
        var starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        if let executablePath {
            starts.append(URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for start in starts {
            var folder = start.standardizedFileURL
            while true {
                if isHome(folder.path) { return folder }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }

    /// A home holds `Knowledge/` (`Prompts/` is needed only for the optional LLM). Paths are
    /// joined as strings: every process locates its home, and `URL.appendingPathComponent`'s
    /// first use costs more than the rest of the search.
    private static func isHome(_ folder: String) -> Bool {
        var isDirectory = false
        return FileManager.default.fileExists(atPath: folder + "/Knowledge", isDirectory: &isDirectory) && isDirectory
    }
}
