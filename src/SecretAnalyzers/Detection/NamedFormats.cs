using System;

namespace SecretAnalyzers.Detection;

/// <summary>
/// The format a value found by its name is reported as. Mostly a password or a secret (<see cref="TokenFormats.NamedPassword"/>,
/// <see cref="TokenFormats.NamedSecret"/>); but a provider key that has no signature of its own is known once a name
/// says whose it is: 88 base64 characters under an account or storage key's name are an Azure storage account key,
/// 32 hex digits under an Azure OpenAI or AI services name, or beside an <c>openai.azure.com</c> endpoint, an Azure AI
/// services key. Those are reported as the provider's, with its configuration key and its provider key for
/// <c>disabled_providers</c>.
/// </summary>
internal static class NamedFormats
{
    /// <summary>Words of a name that say Azure AI services (compared on letters only, ignoring case).</summary>
    private static readonly string[] AiServiceWords = { "azureopenai", "aoai", "cognitive", "aiservice", "speech", "translator", "formrecognizer", "documentintelligence", "contentsafety", "computervision" };

    public static TokenFormat For(NamedKind kind, string name, string text, int start, int length)
    {
        if (kind == NamedKind.Secret && length == 88 && text[start + 86] == '=' && text[start + 87] == '='
            && IsRun(text, start, 86, CharClass.Base64)
            && (ContextRules.LettersContain(name, 0, name.Length, "account") || ContextRules.LettersContain(name, 0, name.Length, "storage")))
        {
            return TokenFormats.AzureStorageAccountKey;
        }

        if (kind == NamedKind.Secret && length == 32 && IsRun(text, start, 32, CharClass.HexLower) && HasLetterAndDigit(text, start, length)
            && (NamesAiService(name) || text.IndexOf(".openai.azure.com", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf(".cognitiveservices.azure.com", StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return TokenFormats.AzureAiServicesKey;
        }

        return kind == NamedKind.Password ? TokenFormats.NamedPassword : TokenFormats.NamedSecret;
    }

    private static bool NamesAiService(string name)
    {
        foreach (var word in AiServiceWords)
        {
            if (ContextRules.LettersContain(name, 0, name.Length, word))
            {
                return true;
            }
        }

        return ContextRules.LettersContain(name, 0, name.Length, "azure") && ContextRules.LettersContain(name, 0, name.Length, "openai");
    }

    private static bool IsRun(string text, int start, int length, CharClass alphabet) =>
        CharClasses.RunLength(text, start, text.Length, alphabet, length) == length;

    private static bool HasLetterAndDigit(string text, int start, int length)
    {
        bool letter = false, digit = false;
        for (var i = start; i < start + length; i++)
        {
            letter |= char.IsLetter(text[i]);
            digit |= char.IsDigit(text[i]);
        }

        return letter && digit;
    }
}
