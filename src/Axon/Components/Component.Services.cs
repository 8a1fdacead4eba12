namespace Axon;

public abstract partial class Component
{

    /// <summary>
    /// The services registry this component uses: <see cref="CoordinatingAssistantTracker.Default"/> unless
    /// another one is set (tests set their own to stay independent).
    /// </summary>
    public CoordinatingAssistantTracker Tracker
    {
        get => _rarelyUsed?.Tracker ?? CoordinatingAssistantTracker.Default;
        set => RarelyUsed.Tracker = value ?? throw new ArgumentNullException(nameof(value));
    }
}
