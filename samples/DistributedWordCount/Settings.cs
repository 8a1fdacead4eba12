using NATS.Client.Core;

namespace DistributedWordCount;

/// <summary>The command line: <c>--role producer|worker [--nats URL] [--durable] [--subject S] [--durable-name N] [files...]</c>.</summary>
internal sealed record Settings(string Role, string Url, bool Durable, string Subject, string DurableName, IReadOnlyList<string> Files)
{
    public const string Usage = "usage: DistributedWordCount --role producer|worker [--nats nats://127.0.0.1:4222] [--durable] [--subject wordcount.words] [--durable-name wordcount-worker] [files...]";

    public NatsOpts NatsOptions => NatsOpts.Default with { Url = Url, Name = $"DistributedWordCount {Role}" };

    /// <summary>Reads the arguments; null (after printing why) when they make no sense.</summary>
    public static Settings? Parse(string[] args)
    {
        string? role = null;
        var url = "nats://127.0.0.1:4222";
        var durable = false;
        var subject = "wordcount.words";
        var durableName = "wordcount-worker";
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--role" when i + 1 < args.Length:
                    role = args[++i];
                    break;
                case "--nats" when i + 1 < args.Length:
                    url = args[++i];
                    break;
                case "--subject" when i + 1 < args.Length:
                    subject = args[++i];
                    break;
                case "--durable-name" when i + 1 < args.Length:
                    durableName = args[++i];
                    break;
                case "--durable":
                    durable = true;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    Console.Error.WriteLine($"unknown or incomplete option {option}\n{Usage}");
                    return null;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (role is not ("producer" or "worker"))
        {
            Console.Error.WriteLine(Usage);
            return null;
        }

        if (files.Count == 0)
        {
            files.AddRange(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data"), "*.txt").Order(StringComparer.Ordinal));
        }

        return new Settings(role, url, durable, subject, durableName, files);
    }
}
