using System.Text;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Sources;

public sealed class WebhookCallbackTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a-test-signing-key-of-32-bytes!!");
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly RequestId Request = RequestId.FromRandomBytes([9, 8, 7, 6, 5, 4, 3, 2]);

    [Fact]
    public void Token_round_trips_request_source_action_and_expiry()
    {
        var claims = new WebhookCallbackClaims(Request, "crm", SourceAction.Erase, Now.AddDays(30));

        Assert.True(WebhookCallbackToken.TryRead(Key, WebhookCallbackToken.Create(Key, claims), Now, out var read));
        Assert.Equal(claims, read);
    }

    [Fact]
    public void Expired_forged_or_foreign_token_is_refused()
    {
        var token = WebhookCallbackToken.Create(Key, new WebhookCallbackClaims(Request, "crm", SourceAction.Erase, Now.AddDays(1)));
        var forged = "A" + token[1..];

        Assert.False(WebhookCallbackToken.TryRead(Key, token, Now.AddDays(2), out _));
        Assert.False(WebhookCallbackToken.TryRead(Key, forged, Now, out _));
        Assert.False(WebhookCallbackToken.TryRead(Encoding.UTF8.GetBytes("another-key-another-key-another!"), token, Now, out _));
        Assert.False(WebhookCallbackToken.TryRead(Key, "garbage", Now, out _));
    }

    [Fact]
    public void Signed_callback_becomes_a_receipt_for_the_source_the_token_names()
    {
        var token = WebhookCallbackToken.Create(Key, new WebhookCallbackClaims(Request, "crm", SourceAction.Erase, Now.AddDays(30)));
        var body = Encoding.UTF8.GetBytes("""{"outcome":"partlyKept","rowsFound":3,"rowsAffected":2,"kept":[{"category":"invoices","rows":1,"ground":"Accounting Act","keptUntil":"2031-12-31"}],"note":"done"}""");
        var timestamp = WebhookSignature.Timestamp(Now);

        var verdict = WebhookCallbackVerifier.Verify(Key, token, timestamp, body, WebhookSignature.Compute(Key, timestamp, body), Now);

        Assert.True(verdict.Accepted, verdict.Problem);
        Assert.Equal(
            new SourceReceipt("crm", SourceAction.Erase, SourceOutcome.PartlyKept, 3, 2, verdict.Receipt!.Kept, "done", null, Now),
            verdict.Receipt);
        Assert.Equal(new KeptData("invoices", 1, "Accounting Act", new DateOnly(2031, 12, 31)), Assert.Single(verdict.Receipt.Kept));
        Assert.Equal(Request, verdict.Claims!.Request);
    }

    [Fact]
    public void Callback_with_a_bad_signature_or_a_non_final_outcome_is_refused()
    {
        var token = WebhookCallbackToken.Create(Key, new WebhookCallbackClaims(Request, "crm", SourceAction.Export, Now.AddDays(30)));
        var timestamp = WebhookSignature.Timestamp(Now);
        var body = Encoding.UTF8.GetBytes("""{"outcome":"exported","rowsFound":1,"rowsAffected":1}""");
        var awaiting = Encoding.UTF8.GetBytes("""{"outcome":"awaitingCallback","rowsFound":0,"rowsAffected":0}""");
        var inconsistent = Encoding.UTF8.GetBytes("""{"outcome":"applied","rowsFound":1,"rowsAffected":5}""");

        Assert.False(WebhookCallbackVerifier.Verify(Key, token, timestamp, body, "sha256=00", Now).Accepted);
        Assert.False(WebhookCallbackVerifier.Verify(Key, token, timestamp, awaiting, WebhookSignature.Compute(Key, timestamp, awaiting), Now).Accepted);
        Assert.False(WebhookCallbackVerifier.Verify(Key, token, timestamp, inconsistent, WebhookSignature.Compute(Key, timestamp, inconsistent), Now).Accepted);
        Assert.False(WebhookCallbackVerifier.Verify(Key, "x.y", timestamp, body, WebhookSignature.Compute(Key, timestamp, body), Now).Accepted);
    }

    [Fact]
    public void Export_callback_carries_rows_for_the_evidence_store()
    {
        var token = WebhookCallbackToken.Create(Key, new WebhookCallbackClaims(Request, "analytics", SourceAction.Export, Now.AddDays(30)));
        var body = Encoding.UTF8.GetBytes("""{"outcome":"exported","rowsFound":1,"rowsAffected":1,"rows":[{"clientId":"GA1.2.3","visits":12}]}""");
        var timestamp = WebhookSignature.Timestamp(Now);

        var verdict = WebhookCallbackVerifier.Verify(Key, token, timestamp, body, WebhookSignature.Compute(Key, timestamp, body), Now);

        var row = Assert.Single(verdict.Rows);
        Assert.Equal("GA1.2.3", row.Get("clientId"));
        Assert.Equal(12L, row.Get("visits"));
    }
}
