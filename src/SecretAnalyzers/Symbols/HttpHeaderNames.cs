using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecretAnalyzers;

/// <summary>
/// The HTTP header an argument names, for the rules that look at headers (SECA004's key headers, SECA005/006's CORS
/// headers): a constant, or a field of the types that name headers (<c>HeaderNames.AccessControlAllowOrigin</c>,
/// <c>CorsConstants.AccessControlAllowOrigin</c>, the <c>HttpRequestHeader</c> and <c>HttpResponseHeader</c> enums),
/// whose name spells the header in Pascal case.
/// </summary>
internal static class HttpHeaderNames
{
    public static string? Of(IOperation? name)
    {
        if (name is null)
        {
            return null;
        }

        name = LocalFlow.Unwrap(name);
        if (name.ConstantValue.Value is string text)
        {
            return text.Trim();
        }

        // Static readonly fields, not constants; or enum members, whose constant is a number.
        return name is IFieldReferenceOperation { Field: var field }
            && field.ContainingType?.Name is "HeaderNames" or "CorsConstants" or "HttpRequestHeader" or "HttpResponseHeader"
            ? Hyphenated(field.Name)
            : null;
    }

    /// <summary><c>ProxyAuthorization</c> → <c>Proxy-Authorization</c>.</summary>
    private static string Hyphenated(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('-');
            }

            builder.Append(pascal[i]);
        }

        return builder.ToString();
    }
}
