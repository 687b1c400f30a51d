// The code fixes (replace a hard-coded secret with IConfiguration, an environment variable or the team's own
// secret provider) live in this assembly, apart from the analyzers: RS1038 keeps Workspaces out of an assembly
// that declares [DiagnosticAnalyzer]. It ships today so the package layout users install does not change when they land.
[assembly: System.Reflection.AssemblyMetadata("SecretAnalyzers.Role", "CodeFixes")]
