using System;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>The configuration files SECA007 reads, told apart by file name.</summary>
internal enum ConfigFileKind
{
    None,

    /// <summary><c>appsettings*.json</c>, <c>secrets.json</c> (user-secrets copied into the tree), <c>launchSettings.json</c>.</summary>
    Json,

    /// <summary><c>.env</c>, <c>.env.local</c>, <c>production.env</c>.</summary>
    DotEnv,
}

internal static class ConfigFileNames
{
    /// <summary>The baseline of accepted findings: read by the analyzers, never scanned for secrets.</summary>
    public const string BaselineFileName = "secrets.baseline.json";

    private static readonly string[] ExampleSuffixes = { ".example", ".sample", ".template", ".dist", ".defaults" };

    /// <summary>What kind of configuration file a path names, if any. Only the name counts.</summary>
    public static ConfigFileKind KindOf(string path)
    {
        var name = FileName(path);
        if (name.Equals("secrets.json", StringComparison.OrdinalIgnoreCase)
            || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            return ConfigFileKind.Json;
        }

        return name.Equals(".env", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".env", StringComparison.OrdinalIgnoreCase)
            ? ConfigFileKind.DotEnv
            : ConfigFileKind.None;
    }

    /// <summary>
    /// Whether the file is a template others copy (<c>.env.example</c>, <c>appsettings.sample.json</c>): its values are
    /// placeholders by convention, so only provider-format tokens are reported there, not values by their key's name.
    /// </summary>
    public static bool IsTemplate(string path)
    {
        // By whole dot-separated parts: .env.example, appsettings.sample.json, but not appsettings.distributed.json.
        var name = FileName(path) + ".";
        foreach (var suffix in ExampleSuffixes)
        {
            if (name.IndexOf(suffix + ".", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public static string FileName(string path) => path.Substring(path.LastIndexOfAny(PathSeparators) + 1);

    /// <summary>Both separators, whatever the host: <c>Path.GetFileName</c> throws on some hosts for characters a path may hold.</summary>
    public static readonly char[] PathSeparators = { '/', '\\' };
}
