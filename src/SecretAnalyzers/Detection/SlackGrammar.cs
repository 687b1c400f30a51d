using System;

namespace SecretAnalyzers.Detection;

/// <summary>Slack tokens are dash-separated groups (numeric team and user ids, then a random part); webhooks are URL paths.</summary>
internal static class SlackGrammar
{
    /// <summary>Returns the end of the token that starts with <paramref name="prefix"/> and whose groups start at <paramref name="body"/>, or -1.</summary>
    public static int Match(ReadOnlySpan<char> text, int body, string prefix)
    {
        var p = body;
        int last;
        switch (prefix)
        {
            case "xoxb-":
                // Current: <team id>-<bot id>-<24 random>; legacy: <id>-<18..26 random>.
                if (Group(text, ref p, CharClass.Digit, 8, 14) && Dash(text, ref p) && Group(text, ref p, CharClass.Digit, 8, 14) && Dash(text, ref p))
                {
                    last = p;
                    if (Group(text, ref p, CharClass.Alnum, 18, 40))
                    {
                        return Finish(text, last, p);
                    }
                }

                p = body;
                if (Group(text, ref p, CharClass.Digit, 8, 14) && Dash(text, ref p))
                {
                    last = p;
                    if (Group(text, ref p, CharClass.Alnum, 18, 26))
                    {
                        return Finish(text, last, p);
                    }
                }

                return -1;

            case "xoxp-":
            case "xoxo-":
            case "xoxs-":
                // <team id>-<user id>-<id>-<random>: the ids as Slack issues them (8 to 14 digits, no 1234…); legacy user
                // tokens (xoxo-, xoxs-) end in a hex group that may be as short as 8.
                if (IdGroup(text, ref p) && Dash(text, ref p) && IdGroup(text, ref p) && Dash(text, ref p) && IdGroup(text, ref p) && Dash(text, ref p))
                {
                    last = p;
                    var legacy = prefix != "xoxp-";
                    if (Group(text, ref p, CharClass.Alnum, 20, 64)
                        || (legacy && Group(text, ref p, CharClass.HexLower, LegacyHexTail, 64)))
                    {
                        return Finish(text, last, p);
                    }
                }

                return -1;

            case "xapp-":
                if (Group(text, ref p, CharClass.Digit, 1, 2) && Dash(text, ref p) && Group(text, ref p, CharClass.Alnum, 8, 14) && Dash(text, ref p)
                    && Group(text, ref p, CharClass.Digit, 1, 14) && Dash(text, ref p))
                {
                    last = p;
                    if (Group(text, ref p, CharClass.Alnum, 32, 80))
                    {
                        return Finish(text, last, p);
                    }
                }

                return -1;

            case "xoxa-":
            case "xoxr-":
                var mark = p;
                if (!(Group(text, ref p, CharClass.Digit, 1, 2) && Dash(text, ref p)))
                {
                    p = mark;
                }

                last = p;
                return Group(text, ref p, CharClass.Alnum, 8, 48) ? Finish(text, last, p) : -1;

            default:
                // Configuration tokens: xoxe.xoxp-1-<long random>, xoxe-1-<long random>.
                if (Group(text, ref p, CharClass.Digit, 1, 2) && Dash(text, ref p))
                {
                    last = p;
                    if (Group(text, ref p, CharClass.Alnum, 100, 200))
                    {
                        return Finish(text, last, p);
                    }
                }

                return -1;
        }
    }

    /// <summary>After <c>hooks.slack.com/</c>: <c>services/T…/B…/&lt;random&gt;</c>, or the workflows and triggers forms.</summary>
    public static int MatchWebhook(ReadOnlySpan<char> text, int body)
    {
        int p;
        if (StartsWith(text, body, "services/"))
        {
            p = body + 9;
        }
        else if (StartsWith(text, body, "workflows/"))
        {
            p = body + 10;
        }
        else if (StartsWith(text, body, "triggers/"))
        {
            p = body + 9;
        }
        else
        {
            return -1;
        }

        var groups = 0;
        var last = p;
        while (true)
        {
            last = p;
            if (!Group(text, ref p, CharClass.Alnum, 1, 80))
            {
                return -1;
            }

            groups++;
            if (p < text.Length && text[p] == '/' && p + 1 < text.Length && CharClasses.IsAlnum(text[p + 1]) && groups < 5)
            {
                p++;
                continue;
            }

            break;
        }

        if (groups < 3 || p - last < 20 || !SecretScanner.EndsAtBoundary(text, p) || PlaceholderFilter.IsPlaceholderBody(text, last, p - last, 62))
        {
            return -1;
        }

        return p;
    }

    private static int Finish(ReadOnlySpan<char> text, int randomStart, int end)
    {
        if (end < text.Length && (CharClasses.IsAlnum(text[end]) || text[end] == '-'))
        {
            return -1;
        }

        return PlaceholderFilter.IsPlaceholderBody(text, randomStart, end - randomStart, 62) ? -1 : end;
    }

    /// <summary>The shortest hex tail of a legacy user token (<c>xoxo-</c>, <c>xoxs-</c>).</summary>
    private const int LegacyHexTail = 8;

    /// <summary>A numeric id group as Slack issues them: 8 to 14 digits that are no placeholder (<c>1234567890</c>, <c>00000000</c>).</summary>
    private static bool IdGroup(ReadOnlySpan<char> text, ref int p)
    {
        var start = p;
        return Group(text, ref p, CharClass.Digit, 8, 14) && !PlaceholderFilter.IsPlaceholderBody(text, start, p - start, 10, checkWords: false);
    }

    private static bool Group(ReadOnlySpan<char> text, ref int p, CharClass alphabet, int min, int max)
    {
        var run = CharClasses.RunLength(text, p, text.Length, alphabet, max + 1);
        if (run < min || run > max)
        {
            return false;
        }

        p += run;
        return true;
    }

    private static bool Dash(ReadOnlySpan<char> text, ref int p)
    {
        if (p < text.Length && text[p] == '-')
        {
            p++;
            return true;
        }

        return false;
    }

    private static bool StartsWith(ReadOnlySpan<char> text, int at, string value) =>
        TextSearch.HasAt(text, at, value);
}
