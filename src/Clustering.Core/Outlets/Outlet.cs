namespace Clustering.Core.Outlets;

/// <summary>How an outlet's name was known, most certain first.</summary>
public enum OutletBasis
{
    /// <summary>The article's own <c>source</c> field.</summary>
    Source,

    /// <summary>The agency in the dateline, "Seoul, May 10 (Agency) —", or a bracketed name opening the story.</summary>
    Dateline,

    /// <summary>A byline that names a desk, not a person: "by The Valley Courier news desk".</summary>
    Byline,

    /// <summary>"By The Associated Press", "Copyright 2031 Reuters": the whole copy is the agency's.</summary>
    Syndicated,

    /// <summary>"(With inputs from Reuters)": the outlet is unnamed, the agency is who it credits.</summary>
    Inputs,

    /// <summary>The host of the article's URL, "valleycourier.example".</summary>
    Host,

    /// <summary>A copyright line naming the page's own publisher, "© 2031 Valley Courier. All rights reserved."</summary>
    Copyright,
}

/// <summary>Who published an article, how that is known, and the words that said so.</summary>
public sealed record Outlet(string Name, OutletBasis Basis, string Evidence)
{
    /// <summary>The basis as the API writes it: "source", "dateline", "byline", "copyright", "syndicated", "inputs", "host".</summary>
    public string BasisName => Basis.ToString().ToLowerInvariant();
}
