using System;
using static SecretAnalyzers.Detection.Alphabets;

namespace SecretAnalyzers.Detection;

/// <summary>The token rows of Slack (the grammar is in SlackGrammar), with the validators only they use.</summary>
internal static class SlackRows
{
    public static readonly PrefixRule[] Rows =
    {
        // Slack. Legacy tokens can be as short as 13 characters: found at the dash after their prefix word.
        new("xoxb-", TokenFormats.SlackBotToken, SlackToken, shortestText: 20),
        new("xoxp-", TokenFormats.SlackUserToken, SlackToken, shortestText: 20),
        new("xoxe.xoxp-", TokenFormats.SlackConfigToken, SlackToken, shortestText: 20),
        new("xoxe.xoxb-", TokenFormats.SlackConfigToken, SlackToken, shortestText: 20),
        new("xoxe-", TokenFormats.SlackConfigToken, SlackToken, shortestText: 20),
        new("xapp-", TokenFormats.SlackAppToken, SlackToken, shortestText: 20),
        new("xoxa-", TokenFormats.SlackLegacyToken, SlackToken, shortestText: 13, foundInGaps: true),
        new("xoxr-", TokenFormats.SlackLegacyToken, SlackToken, shortestText: 13, foundInGaps: true),
        new("xoxo-", TokenFormats.SlackLegacyToken, SlackToken, shortestText: 13, foundInGaps: true),
        new("xoxs-", TokenFormats.SlackLegacyToken, SlackToken, shortestText: 13, foundInGaps: true),
        new("hooks.slack.com/", TokenFormats.SlackWebhookUrl, SlackWebhook, shortestText: 40),
    };

    public static bool SlackToken(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, SlackGrammar.Match(text, start + rule.Prefix.Length, rule.Prefix), out match);

    public static bool SlackWebhook(ReadOnlySpan<char> text, int start, PrefixRule rule, out SecretMatch match) => TokenValidators.Whole(text, start, rule, SlackGrammar.MatchWebhook(text, start + rule.Prefix.Length), out match);
}
