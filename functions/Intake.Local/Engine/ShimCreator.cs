using DurableTask.Core;

namespace Intake.Local.Engine;

/// <summary>Hands the Durable Task Framework a fresh orchestration or activity object, by name, each time it asks.</summary>
internal sealed class ShimCreator<T> : ObjectCreator<T>
{
    private readonly Func<T> create;

    public ShimCreator(string name, Func<T> create)
    {
        Name = name;

        // The process is not versioned through the framework's name/version pairs: its input carries
        // a format number instead (see ProcessInput.CurrentFormat).
        Version = string.Empty;
        this.create = create;
    }

    public override T Create() => create();
}
