using System.CommandLine;
using Intake.Local.Azurite;
using Intake.Adapters.Storage;
using Intake.Core.Tokens;
using Intake.Local.Hosting;
using Intake.Web.Callbacks;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Local.Cli;

/// <summary>
/// <c>revoke-link &lt;link&gt;</c>: withdraws one link before its time — say a link mailed to the
/// wrong person. Takes the whole URL as mailed (any of <c>/l/</c>, <c>/d/</c>, <c>/status/</c>,
/// <c>/staff/</c>, or a source's callback URL) or the bare token. The token must be one this
/// installation signed; its id goes into the revocation list, after which every handler answers it
/// as it answers a tampered link. Prints the id and what the link granted, never the token. Host
/// settings may follow, e.g. <c>--ConnectionStrings:Storage=…</c>.
/// </summary>
public static class RevokeLinkCommand
{
    public const string Name = "revoke-link";

    public static Command Create()
    {
        var link = new Argument<string>("link") { Description = "The link as mailed (URL), or its token." };
        var command = new Command(Name, "Revoke one link (or source callback) so that it no longer works.") { link };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
            await RunAsync(parse.GetRequiredValue(link), [.. parse.UnmatchedTokens], parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string link, string[] hostArgs, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (LinkText.Parse(link) is not { } parsed)
        {
            await error.WriteLineAsync("That is neither a link of this host nor a token.".AsMemory(), cancellationToken);
            return ExitCodes.Usage;
        }

        var builder = LocalApp.CreateBuilder(hostArgs);
        LocalPreparation? preparation = null;
        try
        {
            preparation = await LocalPreparation.RunAsync(builder, error, cancellationToken);
            await using var app = LocalApp.Build(builder);
            var services = app.Services;
            await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(cancellationToken);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var (id, expiresAt, described, refusal) = parsed.IsCallback ? Callback(services, parsed.Token, now) : Link(services, parsed.Token, now);
            if (id is null && parsed.IsBare && Callback(services, parsed.Token, now) is { Id: not null } callback)
            {
                // A bare token may be a source's callback token as well.
                (id, expiresAt, described, refusal) = callback;
            }

            if (id is null)
            {
                await error.WriteLineAsync(refusal!.AsMemory(), cancellationToken);
                return ExitCodes.Usage;
            }

            var revoked = await services.GetRequiredService<ITokenRevocations>().RevokeAsync(id, now, expiresAt, cancellationToken);
            await output.WriteLineAsync((revoked ? $"Revoked {described}: token id {id}." : $"Already revoked: {described}, token id {id}.").AsMemory(), cancellationToken);
            return ExitCodes.Success;
        }
        catch (InvalidOperationException e)
        {
            // Configuration: the link keys or storage are not set up as the host needs them.
            await error.WriteLineAsync(e.Message.AsMemory(), cancellationToken);
            return ExitCodes.Usage;
        }
        catch (AzuriteUnavailableException e)
        {
            await error.WriteLineAsync(e.Message.AsMemory(), cancellationToken);
            return ExitCodes.Unavailable;
        }
        catch (Exception e) when (StorageFailure.Is(e))
        {
            await error.WriteLineAsync("Storage is not reachable; nothing was revoked.".AsMemory(), cancellationToken);
            return ExitCodes.Unavailable;
        }
        finally
        {
            if (preparation is not null)
            {
                await preparation.DisposeAsync();
            }
        }
    }

    /// <summary>A link token this host signed, expired or not; refused otherwise (nothing to revoke).</summary>
    private static (string? Id, DateTimeOffset ExpiresAt, string Described, string? Refusal) Link(IServiceProvider services, string token, DateTimeOffset now)
    {
        var check = services.GetRequiredService<LinkTokenSigner>().Check(token, now);
        return check switch
        {
            { Token: { } granted } => (granted.Id, granted.ExpiresAt, $"the {granted.Action} link of {granted.Scope} (expires {granted.ExpiresAt:yyyy-MM-dd HH:mm}Z)", null),
            { Status: TokenStatus.Revoked } => (null, default, string.Empty, "That link is already refused: the key that signed it is revoked."),
            _ => (null, default, string.Empty, $"That is not a link this installation signed ({check.Status.ToString().ToLowerInvariant()}); nothing was revoked."),
        };
    }

    private static (string? Id, DateTimeOffset ExpiresAt, string Described, string? Refusal) Callback(IServiceProvider services, string token, DateTimeOffset now) =>
        services.GetRequiredService<CallbackSources>().Find(token, now) is { Claims: var claims }
            ? (claims.Id, claims.ExpiresAt, $"the {claims.SourceId} callback of {claims.Request.Value}", null)
            : (null, default, string.Empty, "That callback token is not one of a configured source, or it has expired; nothing was revoked.");
}
