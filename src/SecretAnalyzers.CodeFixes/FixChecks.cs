using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.CodeFixes;

/// <summary>What every fix checks before it is offered: it does not throw, and what it gives compiles no worse.</summary>
internal static class FixChecks
{
    public static int CountErrors(SemanticModel model, CancellationToken cancellationToken) =>
        model.GetDiagnostics(cancellationToken: cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);

    public static async Task<bool> CompilesAsWellAsync(Document document, int errorsBefore, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return model is not null && CountErrors(model, cancellationToken) <= errorsBefore;
    }

    /// <summary>A fix that fails on code it did not foresee is not offered; it never throws into the IDE.</summary>
    public static async Task<Document?> TryAsync(System.Func<Task<Document>> fix)
    {
        try
        {
            return await fix().ConfigureAwait(false);
        }
        catch (System.Exception exception) when (exception is not System.OperationCanceledException)
        {
            return null;
        }
    }
}
