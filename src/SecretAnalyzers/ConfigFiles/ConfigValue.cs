using System.Collections.Generic;
using System.Text;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>
/// One string value of a configuration file: the key path it sits under, as <c>IConfiguration</c> spells it
/// (<c>ConnectionStrings:Default</c>, <c>profiles:Web:environmentVariables:STRIPE_API_KEY</c>), and where its
/// characters stand in the file. Holds positions, never a copy of the value; <see cref="Decode"/> makes one on demand.
/// </summary>
internal readonly struct ConfigValue
{
    public ConfigValue(string keyPath, int start, int end, bool hasEscapes)
    {
        KeyPath = keyPath;
        Start = start;
        End = end;
        HasEscapes = hasEscapes;
    }

    public string KeyPath { get; }

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
