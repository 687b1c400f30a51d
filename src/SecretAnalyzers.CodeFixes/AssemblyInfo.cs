// The code fixes (replace a hard-coded secret with IConfiguration, an environment variable or the team's own
// secret provider) live in this assembly, apart from the analyzers: RS1038 keeps Workspaces out of an assembly
// that declares [DiagnosticAnalyzer]. It joins the package with its first code fix; until then it is built and
// tested but not shipped, so the package holds nothing that does nothing.
[assembly: System.Reflection.AssemblyMetadata("SecretAnalyzers.Role", "CodeFixes")]

namespace SecretAnalyzers.CodeFixes
{
    /// <summary>Names this assembly for the tests that check whether it ships.</summary>
    internal static class CodeFixesAssembly
    {
    }
}
