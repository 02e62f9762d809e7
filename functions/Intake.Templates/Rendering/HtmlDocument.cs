using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Templates.Rendering;

/// <summary>
/// Renders a Razor component to an HTML string: pages, mails and report.html all go through here.
/// Text is encoded by the component model (a value can never become markup); letters outside
/// ASCII stay as characters, because the documents are UTF-8 and mail clients, screen readers and
/// people reading the source all do better with "ä" than with "&amp;#xE4;".
/// </summary>
public static class HtmlDocument
{
    // Only the encoder: the components here are static markup with no services, navigation or state.
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton<HtmlEncoder>(MarkupOnlyEncoder.Instance)
        .BuildServiceProvider();

    public static Task<string> RenderAsync<TComponent>(IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent => RenderAsync(typeof(TComponent), parameters);

    public static async Task<string> RenderAsync(Type component, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(parameters);
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters.ToDictionary()));
            return root.ToHtmlString();
        });
    }

    /// <summary>
    /// For callers that are synchronous by design (the mail templates are a pure function). The
    /// components do no I/O and no awaiting, so the render completes inline and nothing blocks.
    /// </summary>
    public static string Render<TComponent>(IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var rendering = RenderAsync<TComponent>(parameters);
        if (!rendering.IsCompleted)
        {
            throw new InvalidOperationException($"{typeof(TComponent).Name} did not render synchronously; render it with RenderAsync.");
        }

        return rendering.GetAwaiter().GetResult();
    }
}
