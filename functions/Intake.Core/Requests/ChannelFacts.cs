namespace Intake.Core.Requests;

public static class ChannelFacts
{
    /// <summary>The channel's name in addresses, downloads and reports: web-form, api, email.</summary>
    public static string WireName(this Channel channel) => channel switch
    {
        Channel.WebForm => "web-form",
        Channel.Api => "api",
        Channel.Email => "email",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };
}
