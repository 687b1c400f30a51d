using System.Collections.Generic;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Infrastructure;

internal static class Scan
{
    /// <summary>Every match in the text, as (format id, matched value, context requirement).</summary>
    public static List<(string Format, string Value, ContextRequirement Context)> All(string text)
    {
        var found = new List<(string, string, ContextRequirement)>();
        var position = 0;
        while (SecretScanner.TryFind(text, position, out var match))
        {
            Assert.True(match.Length > 0 && match.End <= text.Length && match.Start >= position, "match inside the scanned range");
            found.Add((match.Format.Id, text.Substring(match.Start, match.Length), match.Context));
            position = match.End;
        }

        return found;
    }

    /// <summary>Matches that need no further context.</summary>
    public static List<(string Format, string Value, ContextRequirement Context)> Reported(string text) =>
        All(text).FindAll(m => m.Context == ContextRequirement.None);
}
