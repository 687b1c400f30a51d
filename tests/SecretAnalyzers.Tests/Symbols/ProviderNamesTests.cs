using Microsoft.CodeAnalysis;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Symbols;

/// <summary>
/// Whether a compilation names Twilio or AWS anywhere a called method could take its provider from: only then does
/// the context check of a hash-shaped positional argument bind the call.
/// </summary>
public class ProviderNamesTests
{
    [Fact]
    public void A_compilation_that_names_no_provider_names_neither()
    {
        var compilation = TestCompilations.Consumer(new[] { TestCompilations.Library("Shop.Data", "namespace Shop.Data.RawSql { public class Draws { public void Laws() { } } }") },
            "namespace Shop { class Program { void FromSqlRaw() { } } }");

        Assert.False(ProviderNames.MayNameTwilio(compilation));
        Assert.False(ProviderNames.MayNameAws(compilation));
    }

    [Theory]
    [InlineData("Twilio", "namespace Twilio.Rest { public class Client { } }")]
    [InlineData("Vendor.Messaging", "namespace Vendor.Messaging.Twilio { public class Sms { } }")]
    [InlineData("Vendor.Messaging", "namespace Acme { public class TwilioSender { } }")]
    public void A_reference_names_twilio_by_its_assembly_a_namespace_at_any_depth_or_a_type(string assemblyName, string source)
    {
        var compilation = TestCompilations.Consumer(new[] { TestCompilations.Library(assemblyName, source) }, "class Program { }");

        Assert.True(ProviderNames.MayNameTwilio(compilation));
        Assert.False(ProviderNames.MayNameAws(compilation));
    }

    [Theory]
    [InlineData("AWSSDK.Core", "namespace Vendor.Runtime { public class Client { } }")]
    [InlineData("Vendor.Cloud", "namespace Amazon.Runtime { public class Client { } }")]
    [InlineData("Vendor.Cloud", "namespace Vendor.Cloud.MyAws { public class Client { } }")]
    [InlineData("Vendor.Cloud", "namespace Vendor { public class AmazonUploader { } }")]
    public void A_reference_names_aws_by_its_assembly_a_namespace_or_a_type_where_a_word_starts(string assemblyName, string source)
    {
        var compilation = TestCompilations.Consumer(new[] { TestCompilations.Library(assemblyName, source) }, "class Program { }");

        Assert.True(ProviderNames.MayNameAws(compilation));
        Assert.False(ProviderNames.MayNameTwilio(compilation));
    }

    [Theory]
    [InlineData("namespace Twilio.Clients { public class SmsClient { } }")]
    [InlineData("namespace Acme { public static class AmazonSettings { } }")]
    [InlineData("class Notifier { class TwilioOptions { } }")]
    public void Source_names_a_provider_by_a_namespace_or_a_type_at_any_depth(string source)
    {
        var compilation = TestCompilations.Consumer(new MetadataReference[0], source);

        Assert.True(ProviderNames.MayNameTwilio(compilation) || ProviderNames.MayNameAws(compilation));
    }
}
