namespace Kamaelia.Http;

/// <summary>What the server decided about a request once its factory had been asked.</summary>
internal enum ExchangeAdmission
{
    /// <summary>A handler graph was made and runs: its response parts follow.</summary>
    Started,

    /// <summary>The factory made no graph: 404.</summary>
    NotFound,

    /// <summary>The factory threw or made a graph that cannot be linked: 500, and the fault is reported.</summary>
    Failed,

    /// <summary>The server is stopping or has stopped: 503.</summary>
    Unavailable,
}
