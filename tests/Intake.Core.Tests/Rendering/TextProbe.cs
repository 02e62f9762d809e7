using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Intake.Core.Tests.Rendering;

/// <summary>Renders one string as text and nothing else, so the output is exactly the encoder's work.</summary>
public sealed class TextProbe : ComponentBase
{
    [Parameter]
    public string Text { get; set; } = string.Empty;

    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Text);
}
