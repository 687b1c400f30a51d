using System.Collections.Generic;
using System.Text;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>
/// A key path as <c>IConfiguration</c> spells it (<c>ConnectionStrings:Default</c>, <c>AllowedOrigins:0</c>): a segment
/// and the path above it. Values share their parents' nodes, so a file of many values under long keys costs memory
/// linear in its size; the path is written out only for what is reported.
/// </summary>
internal sealed class ConfigPath
{
    /// <summary>Segments of the path that matter for naming a value: its key, the array indices under it and its section.</summary>
    private const int NamingSegments = 4;

    /// <summary>A key longer than this is shown as <c>****</c>: no configuration key is, and a dictionary key may be a secret.</summary>
    private const int LongestShownSegment = 64;

    private string? text;

    public ConfigPath(ConfigPath? parent, string segment)
    {
        Parent = parent;
        Segment = segment;
    }

    public ConfigPath? Parent { get; }

    public string Segment { get; }

    /// <summary>The whole path: <c>profiles:Web:environmentVariables:STRIPE_API_KEY</c>.</summary>
    public override string ToString() => text ??= Join(int.MaxValue, redact: false);

    /// <summary>The last few segments, enough to tell what the value is (<c>Jwt:Key</c>, <c>ApiKeys:0</c>).</summary>
    public string Tail() => Join(NamingSegments, redact: false);

    /// <summary>The path to show in a message or property: a segment that holds a secret, or is too long for a name, is <c>****</c>.</summary>
    public string Display() => Join(int.MaxValue, redact: true);

    public static string Display(ConfigPath? path) => path?.Display() ?? string.Empty;

    private string Join(int segments, bool redact)
    {
        var parts = new List<string>();
        for (var node = this; node is not null && parts.Count < segments; node = node.Parent)
        {
            parts.Add(redact && (node.Segment.Length > LongestShownSegment || Detection.SecretScanner.TryFind(node.Segment, 0, out _)) ? "****" : node.Segment);
        }

        parts.Reverse();
        return string.Join(":", parts);
    }
}

/// <summary>
/// One string of a configuration file — a value, or a key that is scanned too — with the path it sits under and where
/// its characters stand in the file. Holds positions, never a copy of the value; <see cref="Decode"/> makes one on demand.
/// </summary>
internal readonly struct ConfigValue
{
    public ConfigValue(ConfigPath? path, int start, int end, bool hasEscapes, bool isKey = false)
    {
        Path = path;
        Start = start;
        End = end;
        HasEscapes = hasEscapes;
        IsKey = isKey;
    }

    /// <summary>The key path of a value; for a key, the path of the object it is a key of.</summary>
    public ConfigPath? Path { get; }

    /// <summary>The whole key path as text.</summary>
    public string KeyPath => Path?.ToString() ?? string.Empty;

    /// <summary>Whether this is a JSON object's key rather than a value (<c>"ApiKeys": { "sk_live_…": … }</c>).</summary>
    public bool IsKey { get; }

    /// <summary>Offset in the file of the value's first character (after an opening quote).</summary>
    public int Start { get; }

    /// <summary>Offset in the file just after the value's last character (before a closing quote).</summary>
    public int End { get; }

    /// <summary>Whether the raw value holds JSON escapes (<c>\"</c>, <c>\u0041</c>), so that value and file offsets differ.</summary>
    public bool HasEscapes { get; }

    /// <summary>
    /// The value, and for an escaped one the file offset of each of its characters (plus one for its end), so that a
    /// secret found in the value is reported at its own characters in the file.
    /// </summary>
    public string Decode(string fileText, out int[]? fileOffsets)
    {
        if (!HasEscapes)
        {
            fileOffsets = null;
            return fileText.Substring(Start, End - Start);
        }

        var value = new StringBuilder(End - Start);
        var offsets = new List<int>(End - Start + 1);
        for (var i = Start; i < End; i++)
        {
            offsets.Add(i);
            if (fileText[i] != '\\' || i + 1 >= End)
            {
                value.Append(fileText[i]);
                continue;
            }

            var escaped = fileText[i + 1];
            if (escaped == 'u' && i + 5 < End && TryParseHex(fileText, i + 2, out var code))
            {
                value.Append((char)code);
                i += 5;
                continue;
            }

            value.Append(escaped switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'b' => '\b',
                'f' => '\f',
                _ => escaped,
            });
            i++;
        }

        offsets.Add(End);
        fileOffsets = offsets.ToArray();
        return value.ToString();
    }

    /// <summary>The file offset of a value offset.</summary>
    public int FileOffset(int valueOffset, int[]? fileOffsets) => fileOffsets is null ? Start + valueOffset : fileOffsets[valueOffset];

    private static bool TryParseHex(string text, int start, out int code)
    {
        code = 0;
        for (var i = start; i < start + 4; i++)
        {
            var c = text[i];
            var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                return false;
            }

            code = (code * 16) + digit;
        }

        return true;
    }
}
