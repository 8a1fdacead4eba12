namespace Axon;

public abstract partial class Component
{
    private CoordinatingAssistantTracker? _tracker;

    /// <summary>
    /// The services registry this component uses: <see cref="CoordinatingAssistantTracker.Default"/> unless
    /// another one is set (tests set their own to stay independent).
    /// </summary>
    public CoordinatingAssistantTracker Tracker
    {
        get => _tracker ?? CoordinatingAssistantTracker.Default;
        set => _tracker = value ?? throw new ArgumentNullException(nameof(value));
    }
}
