namespace Clustering.Core.Evaluation;

/// <summary>Reads and writes the `articleId&lt;TAB&gt;storyId` files of the contract.</summary>
public static class LabelFiles
{
    public static Dictionary<string, string> Read(string path)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"{path}:{number}: expected articleId<TAB>storyId");
            }
            labels[line[..tab]] = line[(tab + 1)..].Trim();
        }
        return labels;
    }

    public static void Write(string path, IEnumerable<KeyValuePair<string, string>> labels)
    {
        using var writer = new StreamWriter(path);
        foreach (var (articleId, storyId) in labels)
        {
            writer.Write(articleId);
            writer.Write('\t');
            writer.WriteLine(storyId);
        }
    }
}
