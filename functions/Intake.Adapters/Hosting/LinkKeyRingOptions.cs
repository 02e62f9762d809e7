using Intake.Core.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Intake.Adapters.Hosting;

/// <summary>
/// Configuration section <c>Tokens</c> as the options pattern holds it: the key ring
/// <see cref="LinkKeySettings"/> reads, or what is wrong with the section. The section is read by
/// that reader rather than bound property by property because its key ids are configuration keys
/// (<c>Tokens:Keys:&lt;id&gt;</c>) and its rules (unknown names, ids, lengths, the current key,
/// retired and revoked ids) look at the raw section; it is the one reader that decides which keys
/// links are signed and checked with.
/// </summary>
public sealed class LinkKeyRingOptions
{
    public LinkKeyRing? Ring { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void Read(IConfiguration configuration)
    {
        Ring = LinkKeySettings.Read(configuration, out var problems);
        Problems = problems;
    }

    /// <summary>Fails the start with each of <see cref="Problems"/>; they name keys, never a secret.</summary>
    internal sealed class Validator : IValidateOptions<LinkKeyRingOptions>
    {
        public ValidateOptionsResult Validate(string? name, LinkKeyRingOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            return options.Problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(options.Problems);
        }
    }
}
