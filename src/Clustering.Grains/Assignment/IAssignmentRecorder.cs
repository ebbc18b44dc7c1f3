namespace Clustering.Grains.Assignment;

/// <summary>
/// Sees every candidate the assigner measured, for fitting the ranker (`clustering tune`). Not
/// registered in a running engine: measuring costs nothing extra, recording does.
/// </summary>
public interface IAssignmentRecorder
{
    void Candidates(string articleId, IReadOnlyList<string> storyIds, IReadOnlyList<float[]> features);
}
