using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.CodeFixes.Secrets;

/// <summary>The configuration key and environment variable a fixed secret is read from.</summary>
internal readonly struct SecretKey
{
    public SecretKey(string configurationKey, string environmentVariable)
    {
        ConfigurationKey = configurationKey;
        EnvironmentVariable = environmentVariable;
    }

    public string ConfigurationKey { get; }

    public string EnvironmentVariable { get; }
}

/// <summary>
/// Names the keys secrets are read from: the provider's own (<c>Stripe:SecretKey</c>, <c>STRIPE_SECRET_KEY</c>, from the
/// diagnostic's properties); a connection string's <c>ConnectionStrings:Name</c>. Two different secrets never share a
/// key: the second is named after the member that holds it (<c>Stripe:LegacyKey</c>), else numbered.
/// </summary>
internal sealed class SecretKeyNames
{
    private readonly HashSet<string> taken;
    private readonly Dictionary<string, SecretKey> byFingerprint = new(StringComparer.Ordinal);

    /// <param name="taken">Keys already read somewhere (configuration keys and environment variables alike).</param>
    public SecretKeyNames(IEnumerable<string> taken) => this.taken = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);

    public SecretKey For(Diagnostic diagnostic, SecretFixTarget target)
    {
        diagnostic.Properties.TryGetValue(SecretReporter.FingerprintProperty, out var fingerprint);
        if (fingerprint is not null && byFingerprint.TryGetValue(fingerprint, out var known))
        {
            // The same secret in two places is read from one key.
            return known;
        }

        diagnostic.Properties.TryGetValue(SecretReporter.ConfigurationKeyProperty, out var configurationKey);
        diagnostic.Properties.TryGetValue(SecretReporter.EnvironmentVariableProperty, out var environmentVariable);
        var name = Pascal(target.NameHint);
        SecretKey key;
        if (target.Shape == ValueShape.ConnectionString)
        {
            // The sink's own suggestion (ConnectionStrings:Storage) first, else the member's name (Shop, ShopConnectionString).
            var connection = configurationKey is not null && configurationKey.StartsWith("ConnectionStrings:", StringComparison.Ordinal)
                ? configurationKey.Substring("ConnectionStrings:".Length)
                : Strip(name, "ConnectionString") ?? "Default";
            key = new SecretKey("ConnectionStrings:" + connection, "ConnectionStrings__" + connection);
        }
        else
        {
            configurationKey ??= (Pascal(target.TypeName) ?? "Secrets") + ":" + (name ?? "ApiKey");
            key = new SecretKey(configurationKey, environmentVariable ?? UpperSnake(configurationKey.Replace(':', '_')));
        }

        // A key the secret was named by (settings["DB_PASSWORD"] = "…") is read in the code already, by that very name: it is this secret's.
        diagnostic.Properties.TryGetValue(SecretReporter.NameProperty, out var namedBy);
        if (namedBy is null || !(namedBy.Equals(key.ConfigurationKey, StringComparison.Ordinal) || namedBy.Equals(key.EnvironmentVariable, StringComparison.Ordinal)))
        {
            key = Distinct(key, name);
        }

        taken.Add(key.ConfigurationKey);
        taken.Add(key.EnvironmentVariable);
        if (fingerprint is not null)
        {
            byFingerprint[fingerprint] = key;
        }

        return key;
    }

    private SecretKey Distinct(SecretKey key, string? name)
    {
        if (!IsTaken(key))
        {
            return key;
        }

        var section = key.ConfigurationKey.Substring(0, Math.Max(0, key.ConfigurationKey.LastIndexOf(':')));
        var variablePrefix = key.EnvironmentVariable.IndexOf('_') > 0 && !key.EnvironmentVariable.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
            ? key.EnvironmentVariable.Substring(0, key.EnvironmentVariable.IndexOf('_') + 1)
            : string.Empty;
        if (name is not null && section.Length > 0)
        {
            var named = key.EnvironmentVariable.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
                ? new SecretKey(section + ":" + name, "ConnectionStrings__" + name)
                : new SecretKey(section + ":" + name, variablePrefix + UpperSnake(name).TrimStart('_'));
            if (!IsTaken(named) && named.EnvironmentVariable != variablePrefix)
            {
                return named;
            }
        }

        for (var number = 2; ; number++)
        {
            var numbered = new SecretKey(key.ConfigurationKey + number, key.EnvironmentVariable + "_" + number);
            if (!IsTaken(numbered))
            {
                return numbered;
            }
        }
    }

    private bool IsTaken(SecretKey key) => taken.Contains(key.ConfigurationKey) || taken.Contains(key.EnvironmentVariable);

    /// <summary><c>stripeKey</c> → <c>StripeKey</c>, <c>_apiKey</c> → <c>ApiKey</c>, <c>STRIPE_KEY</c> → <c>StripeKey</c>.</summary>
    internal static string? Pascal(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var result = new StringBuilder();
        var upperNext = true;
        var allUpper = name.ToUpperInvariant() == name;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            result.Append(upperNext ? char.ToUpperInvariant(c) : allUpper ? char.ToLowerInvariant(c) : c);
            upperNext = false;
        }

        return result.Length == 0 || char.IsDigit(result[0]) ? null : result.ToString();
    }

    /// <summary><c>LegacyKey</c> → <c>LEGACY_KEY</c>, <c>Stripe_SecretKey</c> → <c>STRIPE_SECRET_KEY</c>.</summary>
    internal static string UpperSnake(string name)
    {
        var result = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (result.Length > 0 && result[result.Length - 1] != '_')
                {
                    result.Append('_');
                }

                continue;
            }

            if (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]) && result.Length > 0 && result[result.Length - 1] != '_')
            {
                result.Append('_');
            }

            result.Append(char.ToUpperInvariant(c));
        }

        return result.ToString().TrimEnd('_');
    }

    /// <summary><c>ShopConnectionString</c> → <c>Shop</c>; <c>ConnectionString</c> (a parameter's name) → null.</summary>
    private static string? Strip(string? name, string suffix) =>
        name is null || name == suffix ? null
        : name.EndsWith(suffix, StringComparison.Ordinal) ? name.Substring(0, name.Length - suffix.Length)
        : name;
}
