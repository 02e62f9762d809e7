using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Core.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench.EndToEnd;

/// <summary>
/// How the benchmark opens access requests: through <c>POST /api/requests</c> when the host serves
/// it, otherwise in process through <see cref="IntakeService.OpenAsync"/> — the same path below
/// the HTTP layer — and the figure is labelled so. Every request is from a fake person of its own
/// (<c>bench-N@example.com</c>), so no repeat or per-address rule changes the path.
/// </summary>
public abstract class RequestDoor
{
    private int opened;

    /// <summary>Says which path the figures measured.</summary>
    public abstract string Label { get; }

    public abstract bool IsHttp { get; }

    /// <summary>Opens one request for a fresh fake person; true when it was accepted. The address is returned for mail lookups.</summary>
    public async Task<(bool Accepted, string Email)> OpenAsync()
    {
        var number = Interlocked.Increment(ref opened).ToString("D6", CultureInfo.InvariantCulture);
        var email = $"bench-{number}@example.com";
        return (await OpenAsync($"Testi Henkilö {number}", email), email);
    }

    protected abstract Task<bool> OpenAsync(string name, string email);

    /// <summary>Probes the host's JSON API with one request and picks the door.</summary>
    public static async Task<RequestDoor> ChooseAsync(BenchHost host, HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(host);
        var http = new HttpApiDoor(client);
        var status = await http.ProbeAsync();
        if (status == HttpStatusCode.Accepted)
        {
            return http;
        }

        if (status is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            return new ServiceDoor(host.Services.GetRequiredService<IntakeService>());
        }

        throw new InvalidOperationException($"POST /api/requests answered {(int)status}: the body the benchmark sends no longer matches the API.");
    }

    /// <summary>The documented body of <c>POST /api/requests</c>.</summary>
    public static object Body(string name, string email) => new
    {
        type = "access",
        controller = "clerica",
        language = "fi",
        subject = new { name, email },
        details = new { text = "Pyydän jäljennöksen kaikista minua koskevista tiedoista." },
    };

    private sealed class HttpApiDoor(HttpClient client) : RequestDoor
    {
        public override string Label => "HTTP POST /api/requests";

        public override bool IsHttp => true;

        public async Task<HttpStatusCode> ProbeAsync()
        {
            using var response = await client.PostAsJsonAsync("api/requests", Body("Testi Henkilö", "bench-probe@example.com"));
            return response.StatusCode;
        }

        protected override async Task<bool> OpenAsync(string name, string email)
        {
            using var response = await client.PostAsJsonAsync("api/requests", Body(name, email));
            return response.StatusCode == HttpStatusCode.Accepted;
        }
    }

    private sealed class ServiceDoor(IntakeService service) : RequestDoor
    {
        public override string Label => "in process via IntakeService.OpenAsync (POST /api/requests is not in this build)";

        public override bool IsHttp => false;

        protected override async Task<bool> OpenAsync(string name, string email)
        {
            var request = new NewRequest(
                new ControllerId("clerica"),
                RequestType.Access,
                true,
                Channel.Api,
                Language.Fi,
                new DataSubject(name, email),
                null,
                new RequestDetails(Text: "Pyydän jäljennöksen kaikista minua koskevista tiedoista."));
            var result = await service.OpenAsync(request);
            return result.IsOpened;
        }
    }
}
