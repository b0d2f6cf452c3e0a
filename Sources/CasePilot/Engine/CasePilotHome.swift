import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the folder that holds `Knowledge/` (and `Prompts/`).
///
/// Searched in order: an explicit path, `CASEPILOT_HOME`, the working directory and its parents,
/// then the executable's folder and its parents (so `swift run` and an installed copy both work).
public enum CasePilotHome {
    /// The home folder, or `nil` when none is found.
    public static func locate(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment, executablePath: String? = CommandLine.arguments.first) -> URL? {
        locatePath(explicit: explicit, environment: environment, executablePath: executablePath).map { URL(fileURLWithPath: $0, isDirectory: true) }
    }

    /// The home folder's path, or `nil` when none is found: ``locate(explicit:environment:executablePath:)``
    /// with paths kept as strings, for a process that should build no URL (see
    /// ``EngineConfiguration/init(databasePath:knowledgePath:)``).
    public static func locatePath(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment, executablePath: String? = CommandLine.arguments.first) -> String? {
        if let explicit { return isHome(explicit) ? explicit : nil }
        if let home = environment["CASEPILOT_HOME"], !home.isEmpty, isHome(home) { return home }
        var starts = [FileManager.default.currentDirectoryPath]
        if let executablePath, let resolved = realpath(executablePath, nil) {
            starts.append(parent(of: String(cString: resolved)))
            free(resolved)
        }
        for start in starts {
            var folder = start
            while true {
                if isHome(folder) { return folder }
                let up = parent(of: folder)
                if up == folder { break }
                folder = up
            }
        }
        return nil
    }

    /// The folder that holds the file or folder at the absolute `path` ("/" for "/").
    private static func parent(of path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        guard let slash = path.lastIndex(of: "/") else { return String(path) }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A home holds `Knowledge/` (`Prompts/` is needed only for the optional LLM).
    private static func isHome(_ folder: String) -> Bool {
        var isDirectory = false
        return FileManager.default.fileExists(atPath: folder + "/Knowledge", isDirectory: &isDirectory) && isDirectory
    }
}
