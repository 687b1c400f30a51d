// The code fixes (replace a hard-coded secret with IConfiguration, an environment variable or the team's own
// secret provider) live in this assembly, apart from the analyzers: RS1038 keeps Workspaces out of an assembly
// that declares [DiagnosticAnalyzer]. It ships in the package beside the analyzer assembly.
[assembly: System.Reflection.AssemblyMetadata("SecretAnalyzers.Role", "CodeFixes")]

namespace SecretAnalyzers.CodeFixes
{
    /// <summary>Names this assembly for the tests that check whether it ships.</summary>
    internal static class CodeFixesAssembly
    {
    }
}
