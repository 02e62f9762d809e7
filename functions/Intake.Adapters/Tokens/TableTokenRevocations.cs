using Azure;
using Azure.Data.Tables;
using Intake.Core.Tokens;

namespace Intake.Adapters.Tokens;

/// <summary>
/// The revoked link tokens in a table: one row per token id (partition = the id, so each check is
/// one point read), with when it was revoked and when the token would have expired anyway — after
/// that the row protects nothing and may be deleted. No token text, request data or reason is kept.
/// </summary>
public sealed class TableTokenRevocations(TableClient table) : ITokenRevocations
{
    private const string Row = "revoked";

    public async Task<bool> RevokeAsync(string tokenId, DateTimeOffset revokedAt, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        Require(tokenId);
        try
        {
            await table.AddEntityAsync(new TableEntity(tokenId, Row) { ["RevokedAt"] = revokedAt, ["ExpiresAt"] = expiresAt }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Revoked before: the first date is the one that matters.
            return false;
        }
    }

    public async Task<bool> IsRevokedAsync(string tokenId, CancellationToken cancellationToken = default)
    {
        Require(tokenId);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(tokenId, Row, ["PartitionKey"], cancellationToken);
        return row.HasValue;
    }

    /// <summary>Ids are derived hex; anything else is a bug in the caller, not a key to look up.</summary>
    private static void Require(string tokenId)
    {
        if (!TokenIds.IsId(tokenId))
        {
            throw new ArgumentException("Not a token id.", nameof(tokenId));
        }
    }
}
